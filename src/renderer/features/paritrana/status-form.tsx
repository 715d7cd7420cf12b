import { Button, Group, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { parseLocaleNumber } from '../../../shared/format'
import { parseKnownDate, todayWita } from '../../../shared/time'
import { useServices } from '../../app/services'
import {
  INPRES_GROUPS,
  PROTECTION_STATUSES,
  REGULATION_KINDS,
  REGULATION_STAGES,
  type InpresGroup,
  type InpresStatus,
  type RecordInput,
  type Region,
} from '../../db/types'
import { reportSaveError } from '../../ui/save-errors'
import { draftKey, useDialogFormDraft } from '../../ui/unsaved-form'
import { regencyName } from '../../domain/paritrana-board'
import { saveInpresStatus } from './writes'

type Values = Record<
  | 'regionId'
  | 'group'
  | 'status'
  | 'covered'
  | 'groupSize'
  | 'regulationKind'
  | 'regulationNumber'
  | 'regulationDate'
  | 'regulationStage'
  | 'apbdYear'
  | 'apbdAmount'
  | 'apbdWorkers'
  | 'asOf'
  | 'sourceDocument'
  | 'note',
  string
>

function initial(regionId: string, group: InpresGroup, current: InpresStatus | null): Values {
  const s = (v: number | string | null | undefined) =>
    v === null || v === undefined ? '' : String(v)
  return {
    regionId,
    group,
    status: current?.status ?? 'belum',
    covered: s(current?.covered),
    groupSize: s(current?.groupSize),
    regulationKind: current?.regulationKind ?? '',
    regulationNumber: current?.regulationNumber ?? '',
    regulationDate: s(current?.regulationDate),
    regulationStage: current?.regulationStage ?? '',
    apbdYear: s(current?.apbdYear),
    apbdAmount: s(current?.apbdAmount),
    apbdWorkers: s(current?.apbdWorkers),
    asOf: todayWita(new Date()),
    sourceDocument: '',
    note: '',
  }
}

/**
 * Records a region's Inpres 2/2021 standing for one group (a new dated record: the older one
 * stays as history). Every field is checked here in the user's language before anything is
 * written; the shared schema checks again on the write path.
 */
export function StatusForm({
  regencies,
  regionId,
  group,
  current,
  onDone,
  onDirtyChange,
}: {
  regencies: Region[]
  regionId: string
  group: InpresGroup
  current: InpresStatus | null
  onDone: () => void
  onDirtyChange?: (dirty: boolean) => void
}) {
  const { t } = useTranslation('paritrana')
  const { db, actor } = useServices()
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: initial(regionId, group, current),
  })
  const { draft, done } = useDialogFormDraft(
    form,
    draftKey('inpres-status', `${regionId}-${group}`),
    onDone,
    onDirtyChange,
  )

  const submit = async (v: Values) => {
    const errors: Partial<Record<keyof Values, string>> = {}
    const whole = (field: keyof Values) => {
      const raw = v[field].trim()
      if (raw === '') return null
      const n = parseLocaleNumber(raw)
      if (n === null) errors[field] = t('form.notNumber')
      else if (!Number.isInteger(n) || n < 0) errors[field] = t('form.notWhole')
      return n
    }
    const date = (field: keyof Values, required: boolean) => {
      const raw = v[field].trim()
      if (raw === '') {
        if (required) errors[field] = t('form.required')
        return null
      }
      const d = parseKnownDate(raw)
      if (!d) errors[field] = t('form.notDate')
      return d
    }
    const covered = whole('covered')
    const groupSize = whole('groupSize')
    const apbdAmount = whole('apbdAmount')
    const apbdWorkers = whole('apbdWorkers')
    const apbdYearRaw = v.apbdYear.trim()
    const apbdYear =
      apbdYearRaw === '' ? null : /^\d{4}$/.test(apbdYearRaw) ? Number(apbdYearRaw) : NaN
    if (Number.isNaN(apbdYear)) errors.apbdYear = t('form.notYear')
    const asOf = date('asOf', true)
    const regulationDate = date('regulationDate', false)
    if (v.sourceDocument.trim() === '') errors.sourceDocument = t('form.required')
    const kind = v.regulationKind || null
    const stage = v.regulationStage || null
    if (!kind && (v.regulationNumber.trim() !== '' || stage))
      errors.regulationKind = t('form.needKind')
    if (kind && !stage) errors.regulationStage = t('form.needStage')
    if ((apbdAmount !== null || apbdWorkers !== null) && apbdYear === null)
      errors.apbdYear = t('form.needApbdYear')
    if (apbdYear !== null && !Number.isNaN(apbdYear) && apbdAmount === null && apbdWorkers === null)
      errors.apbdAmount = t('form.needApbd')
    if (covered !== null && groupSize !== null && covered > groupSize)
      errors.covered = t('form.coveredTooMany')
    if (Object.keys(errors).length) {
      form.setErrors(errors)
      return
    }
    const input: RecordInput<InpresStatus> = {
      regionId: v.regionId,
      group: v.group as InpresGroup,
      status: v.status as InpresStatus['status'],
      covered,
      groupSize,
      regulationKind: kind as InpresStatus['regulationKind'],
      regulationNumber: v.regulationNumber.trim(),
      regulationDate,
      regulationStage: stage as InpresStatus['regulationStage'],
      apbdYear,
      apbdAmount,
      apbdWorkers,
      asOf: asOf!,
      sourceDocument: v.sourceDocument.trim(),
      note: v.note.trim(),
    }
    try {
      await saveInpresStatus(db, input, actor)
      const region = regencies.find((r) => r.id === v.regionId)
      notifications.show({
        color: 'teal',
        message: t('form.saved', {
          group: t(`groups.${v.group}`),
          region: region ? regencyName(region) : v.regionId,
        }),
      })
      done()
    } catch (error) {
      reportSaveError(error, (f, m) => form.setFieldError(f, m))
    }
  }

  const groupOptions = INPRES_GROUPS.map((k) => ({ value: k, label: t(`groups.${k}`) }))
  const statusOptions = PROTECTION_STATUSES.map((k) => ({ value: k, label: t(`statuses.${k}`) }))
  const kindOptions = REGULATION_KINDS.map((k) => ({ value: k, label: t(`regulationKinds.${k}`) }))
  const stageOptions = REGULATION_STAGES.map((k) => ({
    value: k,
    label: t(`regulationStages.${k}`),
  }))
  return (
    <form
      onSubmit={form.onSubmit((v) => void submit(v))}
      noValidate
      data-testid="inpres-status-form"
    >
      {draft.guard}
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('form.region')}
            data={regencies.map((r) => ({ value: r.id, label: regencyName(r) }))}
            searchable
            allowDeselect={false}
            {...form.getInputProps('regionId')}
          />
          <Select
            label={t('form.group')}
            data={groupOptions}
            allowDeselect={false}
            {...form.getInputProps('group')}
          />
          <Select
            label={t('form.status')}
            data={statusOptions}
            allowDeselect={false}
            data-autofocus
            {...form.getInputProps('status')}
          />
          <TextInput
            label={t('form.asOf')}
            description={t('form.asOfHint')}
            required
            {...form.getInputProps('asOf')}
          />
          <TextInput
            label={t('form.covered')}
            inputMode="numeric"
            {...form.getInputProps('covered')}
          />
          <TextInput
            label={t('form.groupSize')}
            inputMode="numeric"
            {...form.getInputProps('groupSize')}
          />
          <Select
            label={t('form.regulationKind')}
            data={[{ value: '', label: t('form.regulationNone') }, ...kindOptions]}
            allowDeselect={false}
            {...form.getInputProps('regulationKind')}
          />
          <TextInput
            label={t('form.regulationNumber')}
            {...form.getInputProps('regulationNumber')}
          />
          <TextInput
            label={t('form.regulationDate')}
            description={t('form.asOfHint')}
            {...form.getInputProps('regulationDate')}
          />
          <Select
            label={t('form.regulationStage')}
            data={[{ value: '', label: '—' }, ...stageOptions]}
            allowDeselect={false}
            {...form.getInputProps('regulationStage')}
          />
          <TextInput
            label={t('form.apbdYear')}
            inputMode="numeric"
            maxLength={4}
            {...form.getInputProps('apbdYear')}
          />
          <TextInput
            label={t('form.apbdAmount')}
            inputMode="numeric"
            {...form.getInputProps('apbdAmount')}
          />
          <TextInput
            label={t('form.apbdWorkers')}
            inputMode="numeric"
            {...form.getInputProps('apbdWorkers')}
          />
        </SimpleGrid>
        <TextInput
          label={t('form.source')}
          description={t('form.sourceHint')}
          required
          {...form.getInputProps('sourceDocument')}
        />
        <Textarea label={t('form.note')} autosize minRows={2} {...form.getInputProps('note')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={done}>
            {t('form.cancel')}
          </Button>
          <Button type="submit">{t('form.save')}</Button>
        </Group>
      </Stack>
    </form>
  )
}
