import { shareNoun } from '../../domain/figure-text'
import { Button, Group, Select, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useDialogFormDraft, draftKey } from '../../ui/unsaved-form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { parseLocaleNumber } from '../../../shared/format'
import { useServices } from '../../app/services'
import { createRecord, updateRecord } from '../../db/repository'
import { coverageInputSchema, describeIssues } from '../../db/schemas'
import {
  BASE_KINDS,
  MEASURES,
  SEGMENTS,
  type BaseKind,
  type CoverageObservation,
  type RecordInput,
} from '../../db/types'
import { useFormat } from '../../ui/use-format'
import { coverageRatio } from '../../domain/coverage-math'

interface Values {
  year: string
  month: string
  segment: string
  measure: string
  count: string
  baseKind: string
  baseLabel: string
  baseSize: string
  statedPercent: string
  sourceDocument: string
  sourceInstitution: string
  asOfDate: string
  note: string
}

const MONTHS = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12']

function toValues(o: CoverageObservation | null, year: string): Values {
  const num = (v: number | null) => (v === null ? '' : String(v).replace('.', ','))
  return {
    year: o ? o.period.slice(0, 4) : year,
    month: o && o.period.length === 7 ? o.period.slice(5) : '',
    segment: o?.segment ?? 'semua',
    measure: o?.measure ?? 'registered',
    count: o?.count !== null && o?.count !== undefined ? String(o.count) : '',
    baseKind: o?.baseKind ?? 'pekerja_eligible',
    baseLabel: o?.baseLabel ?? '',
    baseSize: o?.baseSize !== null && o?.baseSize !== undefined ? String(o.baseSize) : '',
    statedPercent: o ? num(o.statedPercent) : '',
    sourceDocument: o?.sourceDocument ?? '',
    sourceInstitution: o?.sourceInstitution ?? '',
    asOfDate: o?.asOfDate ?? '',
    note: o?.note ?? '',
  }
}

type NumberField = 'count' | 'baseSize' | 'statedPercent'

/** Add or edit one coverage figure. The percentage is computed from count and base, not typed. */
export function CoverageForm({
  regionId,
  existing,
  defaultYear,
  onDone,
  onDirtyChange,
}: {
  regionId: string
  existing: CoverageObservation | null
  defaultYear: string
  onDone: () => void
  /** Told whether there is unsaved input, so the modal around the form can ask before closing. */
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { db, actor } = useServices()
  const { t } = useTranslation('coverage')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: toValues(existing, defaultYear),
  })
  const { draft, done } = useDialogFormDraft(
    form,
    draftKey('coverage', existing?.id ?? `new-${regionId}`),
    onDone,
    onDirtyChange,
  )
  const v = form.getValues()
  const parsed = (field: NumberField) => parseLocaleNumber(v[field])
  const count = parsed('count')
  const baseSize = parsed('baseSize')
  const computable = count !== null && baseSize !== null
  const preview = computable
    ? coverageRatio({ count, baseSize, statedPercent: null }).percent
    : null

  const submit = async (values: Values) => {
    const numberErrors: Record<string, string> = {}
    const numbers = {} as Record<NumberField, number | null>
    for (const field of ['count', 'baseSize', 'statedPercent'] as const) {
      const raw = values[field].trim()
      const n = parseLocaleNumber(raw)
      if (raw !== '' && n === null) numberErrors[field] = t('entry.notNumber')
      numbers[field] = n
    }
    if (Object.keys(numberErrors).length) {
      form.setErrors(numberErrors)
      return
    }
    const input: RecordInput<CoverageObservation> = {
      regionId,
      period: values.month ? `${values.year}-${values.month}` : values.year,
      segment: values.segment as CoverageObservation['segment'],
      measure: values.measure as CoverageObservation['measure'],
      count: numbers.count,
      baseKind: values.baseKind as CoverageObservation['baseKind'],
      baseLabel: values.baseLabel,
      baseSize: numbers.baseSize,
      statedPercent:
        numbers.count !== null && numbers.baseSize !== null ? null : numbers.statedPercent,
      sourceDocument: values.sourceDocument,
      sourceInstitution: values.sourceInstitution,
      asOfDate: values.asOfDate.trim() || null,
      note: values.note,
    }
    const check = coverageInputSchema.safeParse(input)
    if (!check.success) {
      const errors: Record<string, string> = {}
      for (const issue of describeIssues(check.error)) {
        // Named as the form labels it: the stored period is typed as "Tahun" (and "Bulan").
        const field = issue.field === 'period' ? 'year' : issue.field
        const label = field === 'year' ? t('entry.year') : issue.label
        errors[field] ??= `${label}: ${issue.message}`
      }
      form.setErrors(errors)
      return
    }
    try {
      if (existing) await updateRecord(db, 'coverage', existing.id, input, { actor })
      else await createRecord(db, 'coverage', input, { actor })
      notifications.show({ message: t('entry.saved'), color: 'teal' })
      done()
    } catch (error) {
      notifications.show({ message: (error as Error).message, color: 'red' })
    }
  }

  return (
    <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
      {draft.guard}
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('entry.year')}
            required
            inputMode="numeric"
            {...form.getInputProps('year')}
            data-autofocus
          />
          <Select
            label={t('entry.month')}
            data={[
              { value: '', label: t('entry.monthNone') },
              ...MONTHS.map((m) => ({
                value: m,
                label: fmt.period(`2000-${m}`).replace(' 2000', ''),
              })),
            ]}
            {...form.getInputProps('month')}
            allowDeselect={false}
          />
          <Select
            label={t('entry.segment')}
            data={SEGMENTS.map((s) => ({ value: s, label: tc(`segments.${s}`) }))}
            {...form.getInputProps('segment')}
            allowDeselect={false}
          />
          <Select
            label={t('entry.measure')}
            data={MEASURES.map((m) => ({ value: m, label: tc(`measures.${m}`) }))}
            {...form.getInputProps('measure')}
            allowDeselect={false}
          />
          <TextInput
            label={t('entry.count')}
            description={t('entry.countHint')}
            inputMode="decimal"
            {...form.getInputProps('count')}
          />
          <Select
            label={t('entry.baseKind')}
            data={BASE_KINDS.map((b) => ({ value: b, label: tc(`baseKinds.${b}`) }))}
            {...form.getInputProps('baseKind')}
            allowDeselect={false}
          />
          <TextInput
            label={t('entry.baseLabel')}
            description={t('entry.baseLabelHint')}
            {...form.getInputProps('baseLabel')}
          />
          <TextInput
            label={t('entry.baseSize')}
            inputMode="decimal"
            {...form.getInputProps('baseSize')}
          />
        </SimpleGrid>
        <Text fw={600} data-testid="computed-preview" aria-live="polite">
          {preview !== null
            ? t('entry.computedPreview', {
                noun: shareNoun(v.baseKind as BaseKind, fmt.locale).replace(/^./, (c) =>
                  c.toUpperCase(),
                ),
                percent: fmt.percent(preview, 1),
                base: v.baseLabel || tc(`baseKinds.${v.baseKind}`),
              })
            : t('entry.previewNone')}
        </Text>
        <TextInput
          label={t('entry.statedPercent')}
          description={computable ? t('entry.statedPercentLocked') : t('entry.statedPercentHint')}
          disabled={computable}
          inputMode="decimal"
          {...form.getInputProps('statedPercent')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('entry.sourceDocument')}
            required
            {...form.getInputProps('sourceDocument')}
          />
          <TextInput
            label={t('entry.sourceInstitution')}
            {...form.getInputProps('sourceInstitution')}
          />
          <TextInput
            label={t('entry.asOfDate')}
            description={t('entry.asOfDateHint')}
            type="date"
            {...form.getInputProps('asOfDate')}
          />
        </SimpleGrid>
        <Textarea label={t('entry.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={done}>
            {tc('actions.cancel')}
          </Button>
          <Button type="submit">{tc('actions.save')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
