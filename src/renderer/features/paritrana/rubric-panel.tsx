import {
  Alert,
  Button,
  Group,
  Paper,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { parseLocaleNumber } from '../../../shared/format'
import { useServices } from '../../app/services'
import type { RubricAspect } from '../../db/types'
import { reportSaveError } from '../../ui/save-errors'
import { draftKey, useFormDraft } from '../../ui/unsaved-form'
import { RubricBadge } from './readiness-panel'
import type { ParitranaBoard } from '../../domain/paritrana-board'
import { saveRubricVersion } from './writes'

interface Values {
  name: string
  official: boolean
  aspects: { weight: string; indicators: { weight: string; target: string }[] }[]
}

const toValues = (board: ParitranaBoard): Values => ({
  name: board.rubric.name,
  official: board.rubric.official === 1,
  aspects: board.rubric.aspects.map((a) => ({
    weight: String(a.weight).replace('.', ','),
    indicators: a.indicators.map((i) => ({
      weight: String(i.weight).replace('.', ','),
      target: i.target === null ? '' : String(i.target).replace('.', ','),
    })),
  })),
})

/**
 * The rubric in use, editable: weights of aspects and indicators, full-marks percentages, the
 * name and whether the weights are official. Saving makes the next version.
 */
export function RubricPanel({ board }: { board: ParitranaBoard }) {
  const { t } = useTranslation('paritrana')
  const { db, actor } = useServices()
  const form = useForm<Values>({ mode: 'controlled', initialValues: toValues(board) })
  const draft = useFormDraft(
    form,
    draftKey('paritrana-rubric', `${board.rubric.lineageId}-${board.rubric.version}`),
  )
  const latestVersion = Math.max(
    board.rubric.version,
    ...board.rubrics.filter((r) => r.lineageId === board.rubric.lineageId).map((r) => r.version),
  )
  const submit = async (v: Values) => {
    const errors: Record<string, string> = {}
    const num = (raw: string, path: string, optional = false) => {
      if (optional && raw.trim() === '') return null
      const n = parseLocaleNumber(raw)
      if (n === null || n <= 0) errors[path] = t('rubric.badWeight')
      return n
    }
    const aspects: RubricAspect[] = board.rubric.aspects.map((a, ai) => ({
      ...a,
      weight: num(v.aspects[ai]!.weight, `aspects.${ai}.weight`) ?? a.weight,
      indicators: a.indicators.map((ind, ii) => ({
        ...ind,
        weight:
          num(v.aspects[ai]!.indicators[ii]!.weight, `aspects.${ai}.indicators.${ii}.weight`) ??
          ind.weight,
        target:
          ind.target === null
            ? null
            : (num(
                v.aspects[ai]!.indicators[ii]!.target,
                `aspects.${ai}.indicators.${ii}.target`,
              ) ?? ind.target),
      })),
    }))
    if (v.name.trim() === '') errors.name = t('form.required')
    if (Object.keys(errors).length) return form.setErrors(errors)
    const official = v.official ? 1 : 0
    if (
      JSON.stringify(aspects) === JSON.stringify(board.rubric.aspects) &&
      official === board.rubric.official &&
      v.name.trim() === board.rubric.name
    ) {
      notifications.show({ message: t('rubric.unchanged') })
      return
    }
    try {
      const saved = await saveRubricVersion(db, {
        rubric: board.rubric,
        latestVersion,
        name: v.name.trim(),
        official,
        aspects,
        actor,
      })
      draft.clear()
      notifications.show({ color: 'teal', message: t('rubric.saved', { version: saved.version }) })
    } catch (error) {
      reportSaveError(error)
    }
  }
  return (
    <Paper withBorder p="md">
      {draft.guard}
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate data-testid="rubric-form">
        <Stack gap="sm">
          <Group gap="xs">
            <Title order={3} size="h5">
              {t('rubric.version', { version: board.rubric.version })}
            </Title>
            <RubricBadge official={board.rubric.official} />
          </Group>
          <Alert color="gray" variant="light">
            {t('rubric.versioned')}
          </Alert>
          <TextInput label={t('rubric.name')} required {...form.getInputProps('name')} />
          <Switch
            label={t('rubric.officialSwitch')}
            {...form.getInputProps('official', { type: 'checkbox' })}
          />
          {board.rubric.aspects.map((a, ai) => (
            <Paper key={a.key} withBorder p="sm">
              <Group align="flex-end">
                <Text fw={600} style={{ flex: 1 }}>
                  {a.label}
                </Text>
                <TextInput
                  label={t('rubric.aspectWeight')}
                  w={140}
                  inputMode="decimal"
                  {...form.getInputProps(`aspects.${ai}.weight`)}
                />
              </Group>
              <Table fz="sm" mt="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('readiness.indicator')}</Table.Th>
                    <Table.Th>{t('rubric.metric')}</Table.Th>
                    <Table.Th>{t('rubric.indicatorWeight')}</Table.Th>
                    <Table.Th>{t('rubric.target')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {a.indicators.map((ind, ii) => (
                    <Table.Tr key={ind.key}>
                      <Table.Td>{ind.label}</Table.Td>
                      <Table.Td>{t(`rubric.metrics.${ind.metric}`)}</Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`${t('rubric.indicatorWeight')}: ${ind.label}`}
                          w={90}
                          inputMode="decimal"
                          {...form.getInputProps(`aspects.${ai}.indicators.${ii}.weight`)}
                        />
                      </Table.Td>
                      <Table.Td>
                        {ind.target !== null && (
                          <TextInput
                            aria-label={`${t('rubric.target')}: ${ind.label}`}
                            w={90}
                            inputMode="decimal"
                            {...form.getInputProps(`aspects.${ai}.indicators.${ii}.target`)}
                          />
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Paper>
          ))}
          <Group justify="flex-end">
            <Button type="submit">{t('rubric.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  )
}
