import {
  Alert,
  Button,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDialogFormDraft, draftKey } from '../../ui/unsaved-form'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { parseLocaleNumber } from '../../../shared/format'
import { useServices } from '../../app/services'
import { createRecord, updateRecord } from '../../db/repository'
import { SEGMENTS, TARGET_SETTERS, type CoverageTarget, type Region } from '../../db/types'
import { useFormat } from '../../ui/use-format'
import { useRegions } from '../../ui/use-regions'
import { targetsOfRegionYear } from './coverage-queries'
import {
  emptyTargetValues,
  findDuplicateTarget,
  parseTargetValues,
  targetRegionChoices,
  targetToValues,
  type TargetFormValues,
} from './target-logic'

/** "64.000 pekerja" or "75%": a target always says its unit. */
export function useTargetValueText() {
  const { t } = useTranslation('coverage')
  const fmt = useFormat()
  return (x: Pick<CoverageTarget, 'value' | 'unit'>) =>
    x.unit === 'percent'
      ? fmt.percent(x.value)
      : t('target.valueCount', { value: fmt.number(x.value) })
}

export function useRegionLabel() {
  const { t: tc } = useTranslation()
  return (r: Region) =>
    r.kind === 'kabupaten' ? r.name : `${tc(`regionKinds.${r.kind}`)} ${r.name}`
}

/**
 * Add or edit one coverage target. `regionId` is the profile it was opened from; the region
 * select offers that region's province and its regencies. A second target for the same
 * region, year and segment is refused with a way to edit the one already there.
 */
export function TargetForm({
  regionId,
  existing,
  defaultYear,
  onDone,
  onDirtyChange,
  onEditInstead,
}: {
  regionId: string
  existing: CoverageTarget | null
  defaultYear: number
  onDone: () => void
  /** Told whether there is unsaved input, so the modal around the form can ask before closing. */
  onDirtyChange?: (dirty: boolean) => void
  onEditInstead: (target: CoverageTarget) => void
}) {
  const { db, actor } = useServices()
  const { t } = useTranslation('coverage')
  const { t: tc } = useTranslation()
  const valueText = useTargetValueText()
  const regionLabel = useRegionLabel()
  const form = useForm<TargetFormValues>({
    mode: 'controlled',
    initialValues: existing ? targetToValues(existing) : emptyTargetValues(regionId, defaultYear),
  })
  const { draft, done } = useDialogFormDraft(
    form,
    draftKey('target', existing?.id ?? `new-${regionId}`),
    onDone,
    onDirtyChange,
  )
  const v = form.getValues()
  const year = /^\d{4}$/.test(v.year.trim()) ? Number(v.year.trim()) : null
  const regions = useRegions()
  const sameKey = useLiveQuery(
    (): Promise<CoverageTarget[]> =>
      year === null ? Promise.resolve([]) : targetsOfRegionYear(db, v.regionId, year),
    [db, v.regionId, year],
  )
  const choices = targetRegionChoices(regions ?? [], existing?.regionId ?? regionId)
  const nameOf = (id: string) => {
    const r = choices.find((x) => x.id === id)
    return r ? regionLabel(r) : id
  }
  const duplicate =
    year === null
      ? null
      : findDuplicateTarget(
          sameKey ?? [],
          { regionId: v.regionId, year, segment: v.segment },
          existing?.id ?? null,
        )
  const value = parseLocaleNumber(v.value)
  const preview =
    year !== null && value !== null
      ? t('target.preview', {
          year,
          region: nameOf(v.regionId),
          segment: tc(`segments.${v.segment}`),
          value: valueText({ value, unit: v.unit as CoverageTarget['unit'] }),
        })
      : t('target.previewNone')

  const submit = async (values: TargetFormValues) => {
    const parsed = parseTargetValues(values, {
      notNumber: t('target.notNumber'),
      notYear: t('target.notYear'),
      countWhole: t('target.countWhole'),
    })
    if (!parsed.ok) {
      form.setErrors(parsed.errors)
      return
    }
    // Re-read at save time: another window may have added the same target since the last render.
    const clash = findDuplicateTarget(
      await targetsOfRegionYear(db, parsed.input.regionId, parsed.input.year),
      parsed.input,
      existing?.id ?? null,
    )
    if (clash) {
      notifications.show({ message: t('target.duplicateBlocked'), color: 'yellow' })
      return
    }
    try {
      if (existing) await updateRecord(db, 'targets', existing.id, parsed.input, { actor })
      else await createRecord(db, 'targets', parsed.input, { actor })
      const elsewhere = parsed.input.regionId !== regionId
      notifications.show({
        message: elsewhere
          ? t('target.savedFor', { region: nameOf(parsed.input.regionId) })
          : t('target.saved'),
        color: 'teal',
      })
      done()
    } catch (error) {
      notifications.show({ message: (error as Error).message, color: 'red' })
    }
  }

  return (
    <form
      onSubmit={form.onSubmit((values) => void submit(values))}
      noValidate
      data-testid="target-form"
    >
      {draft.guard}
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('target.region')}
            data={choices.map((r) => ({ value: r.id, label: regionLabel(r) }))}
            searchable
            allowDeselect={false}
            {...form.getInputProps('regionId')}
          />
          <TextInput
            label={t('target.year')}
            required
            inputMode="numeric"
            maxLength={4}
            data-autofocus
            {...form.getInputProps('year')}
          />
          <Select
            label={t('target.segment')}
            data={SEGMENTS.map((s) => ({ value: s, label: tc(`segments.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('segment')}
          />
          <Radio.Group label={t('target.unit')} {...form.getInputProps('unit')}>
            <Group gap="lg" mt={8}>
              <Radio value="count" label={t('target.unitCount')} />
              <Radio value="percent" label={t('target.unitPercent')} />
            </Group>
          </Radio.Group>
          <TextInput
            label={t('target.value')}
            description={t('target.valueHint')}
            required
            inputMode="decimal"
            rightSection={
              <Text size="sm" c="dimmed">
                {v.unit === 'percent' ? '%' : t('target.workersSuffix')}
              </Text>
            }
            rightSectionWidth={v.unit === 'percent' ? 36 : 70}
            {...form.getInputProps('value')}
          />
          <Select
            label={t('target.setBy')}
            data={TARGET_SETTERS.map((s) => ({ value: s, label: t(`setters.${s}`) }))}
            allowDeselect={false}
            {...form.getInputProps('setBy')}
          />
        </SimpleGrid>
        <Text fw={600} data-testid="target-preview" aria-live="polite">
          {preview}
        </Text>
        {duplicate && (
          <Alert
            color="yellow"
            title={t('target.duplicateTitle', {
              year,
              region: nameOf(duplicate.regionId),
              segment: tc(`segments.${duplicate.segment}`),
            })}
            data-testid="target-duplicate"
          >
            <Text size="sm" mb="xs">
              {t('target.duplicateBody', {
                value: valueText(duplicate),
                setBy: t(`setters.${duplicate.setBy}`),
              })}
            </Text>
            <Button
              size="xs"
              variant="white"
              color="yellow"
              onClick={() => onEditInstead(duplicate)}
            >
              {t('target.duplicateEdit')}
            </Button>
          </Alert>
        )}
        <TextInput
          label={t('target.sourceDocument')}
          description={t('target.sourceHint')}
          required
          {...form.getInputProps('sourceDocument')}
        />
        <Textarea label={t('target.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={done}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit" disabled={duplicate !== null}>
            {tc('actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  )
}
