import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { parseLocaleNumber } from '../../../shared/format'
import { todayWita } from '../../../shared/time'
import { useServices } from '../../app/services'
import { reportSaveError } from '../../ui/save-errors'
import { draftKey, useFormDraft } from '../../ui/unsaved-form'
import { useFormat } from '../../ui/use-format'
import { regencyName, type ParitranaBoard } from '../../domain/paritrana-board'
import { saveEvidence, saveScore } from './writes'

export function RubricBadge({ official }: { official: 0 | 1 }) {
  const { t } = useTranslation('paritrana')
  return official ? (
    <Badge color="teal">{t('rubric.officialBadge')}</Badge>
  ) : (
    <Badge color="orange" data-testid="rubric-assumption">
      {t('rubric.assumptionBadge')}
    </Badge>
  )
}

function EvidenceForm({ board, regionId }: { board: ParitranaBoard; regionId: string }) {
  const { t } = useTranslation('paritrana')
  const { db, actor } = useServices()
  const entered = board.rubric.aspects
    .flatMap((a) => a.indicators)
    .filter((i) => i.metric === 'entered')
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      indicatorKey: entered[0]?.key ?? '',
      value: '',
      evidence: '',
      sourceDocument: '',
    },
  })
  const draft = useFormDraft(form, draftKey('paritrana-evidence', regionId))
  if (!entered.length) return null
  const submit = async (v: typeof form.values) => {
    const raw = v.value.trim()
    const value = raw === '' ? null : parseLocaleNumber(raw)
    const errors: Record<string, string> = {}
    if (raw !== '' && (value === null || value < 0 || value > 100))
      errors.value = t('readiness.valueRange')
    if (v.evidence.trim() === '') errors.evidence = t('form.required')
    if (Object.keys(errors).length) return form.setErrors(errors)
    try {
      await saveEvidence(
        db,
        {
          regionId,
          editionYear: board.editionYear,
          indicatorKey: v.indicatorKey,
          value,
          evidence: v.evidence.trim(),
          sourceDocument: v.sourceDocument.trim(),
          asOf: todayWita(new Date()),
        },
        actor,
      )
      notifications.show({ color: 'teal', message: t('readiness.evidenceSaved') })
      draft.clear()
      form.setValues({ value: '', evidence: '', sourceDocument: '' })
    } catch (error) {
      reportSaveError(error, (f, m) => form.setFieldError(f, m))
    }
  }
  return (
    <Paper withBorder p="md">
      {draft.guard}
      <Title order={3} size="h5" mb="xs">
        {t('readiness.evidence')}
      </Title>
      <form onSubmit={form.onSubmit((v) => void submit(v))} noValidate>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('readiness.evidenceIndicator')}
            data={entered.map((i) => ({ value: i.key, label: i.label }))}
            allowDeselect={false}
            {...form.getInputProps('indicatorKey')}
          />
          <TextInput
            label={t('readiness.evidenceValue')}
            inputMode="decimal"
            {...form.getInputProps('value')}
          />
          <Textarea
            label={t('readiness.evidenceText')}
            required
            autosize
            {...form.getInputProps('evidence')}
          />
          <TextInput
            label={t('readiness.evidenceSource')}
            {...form.getInputProps('sourceDocument')}
          />
        </SimpleGrid>
        <Group justify="flex-end" mt="sm">
          <Button type="submit" variant="light">
            {t('form.save')}
          </Button>
        </Group>
      </form>
    </Paper>
  )
}

/** Readiness per regency under the rubric in use: ranking, one region's aspects, gaps, history. */
export function ReadinessPanel({ board }: { board: ParitranaBoard }) {
  const { t } = useTranslation('paritrana')
  const fmt = useFormat()
  const { db, actor } = useServices()
  const [regionId, setRegionId] = useState<string | null>(null)
  const shown = regionId ?? board.ranking[0]?.regionId ?? null
  const result = shown ? board.results.get(shown) : undefined
  const nameOf = (id: string) => {
    const r = board.regencies.find((x) => x.id === id)
    return r ? regencyName(r) : id
  }
  const score = (x: number) => fmt.number(x, 1)
  const save = async () => {
    if (!result) return
    try {
      await saveScore(db, { rubric: board.rubric, result, editionYear: board.editionYear, actor })
      notifications.show({
        color: 'teal',
        message: t('readiness.scoreSaved', {
          region: nameOf(result.regionId),
          rubric: board.rubric.name,
          version: board.rubric.version,
        }),
      })
    } catch (error) {
      reportSaveError(error)
    }
  }
  return (
    <Stack gap="md">
      <Paper withBorder p="md">
        <Group gap="xs" mb="xs">
          <Text size="sm" fw={600}>
            {t('readiness.rubric')}: {board.rubric.name} ·{' '}
            {t('rubric.version', { version: board.rubric.version })}
          </Text>
          <RubricBadge official={board.rubric.official} />
        </Group>
        {!board.rubric.official && (
          <Alert color="orange" variant="light">
            {t('readiness.assumption')}
          </Alert>
        )}
        <Text size="xs" c="dimmed" mt="xs">
          {t('readiness.asOfNote', { date: fmt.date(board.asOf) })}
        </Text>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('readiness.ranking')}
        </Title>
        <Table data-testid="paritrana-ranking" fz="sm" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('readiness.rank')}</Table.Th>
              <Table.Th>{t('readiness.region')}</Table.Th>
              <Table.Th>
                {t('readiness.total')} ({t('readiness.outOf')})
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {board.ranking.map((r) => (
              <Table.Tr
                key={r.regionId}
                data-region={r.regionId}
                onClick={() => setRegionId(r.regionId)}
                style={{ cursor: 'pointer' }}
              >
                <Table.Td>{r.rank}</Table.Td>
                <Table.Td>{nameOf(r.regionId)}</Table.Td>
                <Table.Td>{score(r.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Select
        label={t('readiness.region1')}
        data={board.regencies.map((r) => ({ value: r.id, label: regencyName(r) }))}
        value={shown}
        onChange={setRegionId}
        allowDeselect={false}
        searchable
        w={320}
        data-testid="readiness-region"
      />
      {result && (
        <Paper withBorder p="md" data-testid="readiness-detail">
          <Group justify="space-between" mb="xs">
            <Title order={3} size="h4">
              {nameOf(result.regionId)}: {score(result.total)} {t('readiness.outOf')}
            </Title>
            <Button onClick={() => void save()} data-testid="save-score">
              {t('readiness.saveScore')}
            </Button>
          </Group>
          <Table fz="sm" data-testid="readiness-aspects">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('readiness.aspect')}</Table.Th>
                <Table.Th>{t('readiness.weight')}</Table.Th>
                <Table.Th>{t('readiness.score')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.aspects.map((a) => (
                <Table.Tr key={a.key}>
                  <Table.Td>{a.label}</Table.Td>
                  <Table.Td>{fmt.number(a.weight)}</Table.Td>
                  <Table.Td>{score(a.score)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
            <div data-testid="readiness-missing">
              <Text fw={600} size="sm">
                {t('readiness.missing')}
              </Text>
              {result.missing.length === 0 ? (
                <Text size="sm">{t('readiness.noneMissing')}</Text>
              ) : (
                <ul>
                  {result.missing.map((i) => (
                    <li key={i.key}>
                      <Text size="sm">
                        {i.label} — {i.basis[fmt.locale]}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div data-testid="readiness-raise">
              <Text fw={600} size="sm">
                {t('readiness.raise')}
              </Text>
              <ol>
                {result.raiseMost.slice(0, 5).map((i) => (
                  <li key={i.key}>
                    <Text size="sm">
                      {i.label}: {t('readiness.gain', { points: fmt.number(i.gain, 1) })} (
                      {i.basis[fmt.locale]})
                    </Text>
                  </li>
                ))}
              </ol>
            </div>
          </SimpleGrid>
          <Text fw={600} size="sm" mt="md">
            {t('readiness.history')}
          </Text>
          <Stack gap={2} data-testid="readiness-history">
            {board.scores.filter((s) => s.regionId === result.regionId).length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('readiness.noHistory')}
              </Text>
            ) : (
              board.scores
                .filter((s) => s.regionId === result.regionId)
                .map((s) => (
                  <Text key={s.id} size="sm">
                    {t('readiness.historyRow', {
                      year: s.editionYear,
                      total: score(s.total),
                      rubric: s.rubricName,
                      version: s.rubricVersion,
                      date: s.computedOn.length === 4 ? s.computedOn : fmt.date(s.computedOn),
                    })}
                  </Text>
                ))
            )}
          </Stack>
        </Paper>
      )}
      {shown && <EvidenceForm key={shown} board={board} regionId={shown} />}
    </Stack>
  )
}
