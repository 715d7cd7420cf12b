import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useFormDraft, draftKey } from '../../ui/unsaved-form'
import { notifications } from '@mantine/notifications'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams, useSearchParams } from 'react-router'
import { useServices } from '../../app/services'
import { isYearOnly, todayWita } from '../../../shared/time'
import { useFormat } from '../../ui/use-format'
import { createRecord, updateRecord } from '../../db/repository'
import { ValidationError } from '../../db/schemas'
import { COMMITMENT_KINDS, SEGMENTS, type Commitment } from '../../db/types'
import { PageHeader } from '../../ui/page-header'
import {
  commitmentToForm,
  emptyCommitmentForm,
  formToCommitmentInput,
  proposeBaseline,
  type CommitmentFormValues,
} from './form-model'
import { parseLocaleNumber } from '../../../shared/format'
import {
  useCommitment,
  useMeetingOptions,
  useParentChoices,
  useRegionFigures,
  useRegionOptions,
} from './queries'

/** New (/komitmen/baru) or edit (/komitmen/:id/ubah); the edit form starts once the record is read. */
export function CommitmentFormPage() {
  const { id } = useParams()
  const [params] = useSearchParams()
  const existing = useCommitment(id)
  if (id && existing === undefined) return null
  const initial = existing
    ? commitmentToForm(existing)
    : { ...emptyCommitmentForm(params.get('wilayah') ?? ''), parentId: params.get('induk') ?? '' }
  return (
    <CommitmentForm key={existing?.id ?? 'new'} existing={existing ?? null} initial={initial} />
  )
}

function CommitmentForm({
  existing,
  initial,
}: {
  existing: Commitment | null
  initial: CommitmentFormValues
}) {
  const { t } = useTranslation('commitments')
  const { t: tc } = useTranslation()
  const { db, actor } = useServices()
  const navigate = useNavigate()
  const regions = useRegionOptions()
  const meetings = useMeetingOptions()
  const parents = useParentChoices(existing?.id)
  const fmt = useFormat()
  const [failed, setFailed] = useState(false)
  const form = useForm<CommitmentFormValues>({ initialValues: initial })
  const draft = useFormDraft(form, draftKey('commitment', existing?.id))
  const kind = form.values.kind
  const increaseMode = kind !== 'milestone' && form.values.pledge === 'increase'
  const figures = useRegionFigures(form.values.regionId)
  const meeting = meetings?.find((m) => m.value === form.values.meetingId)
  // The pledge's date: the meeting it was made at, or today.
  // A meeting known only by its year: the figures up to the end of that year.
  const pledgeDate = meeting
    ? isYearOnly(meeting.startsOn)
      ? `${meeting.startsOn}-12-31`
      : meeting.startsOn
    : todayWita(new Date())
  const proposal = useMemo(
    () =>
      proposeBaseline(
        figures ?? [],
        form.values.regionId,
        form.values.segment as never,
        kind,
        pledgeDate,
      ),
    [figures, form.values.regionId, form.values.segment, kind, pledgeDate],
  )
  const applyProposal = () => {
    if (!proposal) return
    form.setValues({
      baselineValue: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }).format(
        proposal.value,
      ),
      baselineDate: proposal.date,
      baselineSource: proposal.source,
      baselineOrigin: 'figure',
      baselineFigureId: proposal.figureId,
      baselineUnknown: false,
    })
  }
  // An increase is counted from the latest figure: proposed as soon as there is one, while
  // the baseline is empty or still the proposed one (a typed baseline is never overwritten).
  const { baselineValue: typedBaseline, baselineOrigin, baselineFigureId } = form.values
  useEffect(() => {
    if (!increaseMode || !proposal || form.values.baselineUnknown) return
    if (baselineOrigin === 'figure' && baselineFigureId === proposal.figureId) return
    if (typedBaseline.trim() !== '' && baselineOrigin === 'typed') return
    applyProposal()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [increaseMode, proposal?.figureId, typedBaseline, baselineOrigin, baselineFigureId])
  const baselineNumber = parseLocaleNumber(form.values.baselineValue)
  const increaseNumber = parseLocaleNumber(form.values.increaseValue)
  const baselineInput = (field: 'baselineValue' | 'baselineDate' | 'baselineSource') => {
    const props = form.getInputProps(field)
    return {
      ...props,
      disabled: form.values.baselineUnknown,
      onChange: (e: React.ChangeEvent<HTMLInputElement>) => {
        props.onChange(e)
        form.setFieldValue('baselineOrigin', 'typed')
      },
    }
  }
  const messages = {
    notNumber: t('form.notNumber'),
    evidenceLine: (line: number) => t('form.evidenceLineInvalid', { line }),
  }

  const submit = async (values: CommitmentFormValues) => {
    const { input, errors } = formToCommitmentInput(values, messages)
    form.setErrors(errors)
    if (!input) {
      setFailed(true)
      return
    }
    try {
      const saved = existing
        ? await updateRecord(db, 'commitments', existing.id, input, { actor })
        : await createRecord(db, 'commitments', input, { actor })
      notifications.show({ message: t('form.saved'), color: 'teal' })
      draft.clear()
      void navigate(`/komitmen/${saved.id}`)
    } catch (e) {
      if (e instanceof ValidationError) {
        form.setErrors(
          Object.fromEntries(e.issues.map((i) => [i.field, `${i.label}: ${i.message}`])),
        )
        setFailed(true)
      } else throw e
    }
  }

  const none = (label: string) => [{ value: '', label }]
  return (
    <>
      <PageHeader title={existing ? t('form.editTitle') : t('form.newTitle')} />
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="commitment-form">
        {draft.guard}
        <Stack gap="md" maw={960}>
          {failed && Object.keys(form.errors).length > 0 && (
            <Alert color="red" title={t('form.invalid')} data-testid="form-errors">
              {Object.values(form.errors).map((m) => (
                <Text size="sm" key={String(m)}>
                  {m}
                </Text>
              ))}
            </Alert>
          )}
          <Paper withBorder p="md">
            <Title order={4} mb="sm">
              {t('form.sectionWhat')}
            </Title>
            <Stack gap="sm">
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('form.region')}
                  required
                  data={[...none('—'), ...(regions ?? [])]}
                  {...form.getInputProps('regionId')}
                />
                <NativeSelect
                  label={t('form.parent')}
                  data={[
                    ...none('—'),
                    ...(parents ?? []).map((p) => ({ value: p.id, label: p.title })),
                  ]}
                  {...form.getInputProps('parentId')}
                />
              </SimpleGrid>
              <TextInput
                label={t('form.title')}
                placeholder={t('form.titlePlaceholder')}
                required
                {...form.getInputProps('title')}
              />
              <Textarea
                label={t('form.statement')}
                autosize
                minRows={2}
                {...form.getInputProps('statement')}
              />
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <NativeSelect
                  label={t('form.kind')}
                  data={COMMITMENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                  {...form.getInputProps('kind')}
                />
                <NativeSelect
                  label={t('form.segment')}
                  data={[
                    ...none(t('form.noSegment')),
                    ...SEGMENTS.map((s) => ({ value: s, label: tc(`segments.${s}`) })),
                  ]}
                  {...form.getInputProps('segment')}
                />
              </SimpleGrid>
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="sm">
              {t('form.sectionNumbers')}
            </Title>
            {kind === 'milestone' ? (
              <Stack gap="sm">
                <Textarea
                  label={t('form.stages')}
                  description={t('form.stagesHint')}
                  autosize
                  minRows={4}
                  required
                  {...form.getInputProps('stages')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }}>
                  <TextInput
                    type="date"
                    label={t('form.baselineDate')}
                    {...form.getInputProps('baselineDate')}
                  />
                  <TextInput
                    type="date"
                    label={t('form.deadline')}
                    required
                    {...form.getInputProps('deadline')}
                  />
                </SimpleGrid>
              </Stack>
            ) : (
              <Stack gap="sm">
                <Radio.Group
                  label={t('form.pledge')}
                  description={t('form.pledgeHint')}
                  {...form.getInputProps('pledge')}
                >
                  <Group mt={4}>
                    <Radio value="level" label={t('form.pledgeLevel')} />
                    <Radio value="increase" label={t('form.pledgeIncrease')} />
                  </Group>
                </Radio.Group>
                {increaseMode && (
                  <TextInput
                    label={t('form.increase')}
                    description={t('form.numberHint')}
                    inputMode="decimal"
                    required
                    maw={320}
                    {...form.getInputProps('increaseValue')}
                  />
                )}
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  <TextInput
                    label={t('form.baselineValue')}
                    description={t('form.numberHint')}
                    inputMode="decimal"
                    {...baselineInput('baselineValue')}
                  />
                  <TextInput
                    type="date"
                    label={t('form.baselineDate')}
                    description=" "
                    {...baselineInput('baselineDate')}
                  />
                  <TextInput
                    label={t('form.baselineSource')}
                    description=" "
                    {...baselineInput('baselineSource')}
                  />
                </SimpleGrid>
                {proposal ? (
                  <Group gap="sm" data-testid="baseline-proposal">
                    <Text size="sm">
                      {t(proposal.estimated ? 'form.proposalEstimated' : 'form.proposal', {
                        value:
                          kind === 'percent'
                            ? fmt.percent(proposal.value)
                            : fmt.number(proposal.value),
                        date: fmt.date(proposal.date),
                        source: proposal.source,
                      })}
                      {form.values.baselineOrigin === 'figure' &&
                        form.values.baselineFigureId === proposal.figureId &&
                        !form.values.baselineUnknown &&
                        ` ${t('form.proposalInUse')}`}
                    </Text>
                    {(form.values.baselineOrigin !== 'figure' ||
                      form.values.baselineFigureId !== proposal.figureId ||
                      form.values.baselineUnknown) && (
                      <Button size="compact-sm" variant="light" onClick={applyProposal}>
                        {t('form.applyProposal')}
                      </Button>
                    )}
                  </Group>
                ) : (
                  form.values.regionId &&
                  form.values.segment && (
                    <Text size="sm" c="dimmed" data-testid="baseline-proposal">
                      {t('form.noProposal', { date: fmt.date(pledgeDate) })}
                    </Text>
                  )
                )}
                <Checkbox
                  label={t('form.baselineUnknown')}
                  description={t('form.baselineUnknownHint')}
                  {...form.getInputProps('baselineUnknown', { type: 'checkbox' })}
                />
                <SimpleGrid cols={{ base: 1, sm: 3 }}>
                  {increaseMode ? (
                    <Stack gap={2}>
                      <Text size="sm" fw={500}>
                        {t('form.targetValue')}
                      </Text>
                      <Text fw={700} data-testid="target-preview">
                        {form.values.baselineUnknown
                          ? t('form.targetUnknown', {
                              increase:
                                increaseNumber === null ? '…' : fmt.number(increaseNumber, 2),
                            })
                          : baselineNumber !== null && increaseNumber !== null
                            ? t('form.targetSum', {
                                baseline: fmt.number(baselineNumber, 2),
                                increase: fmt.number(increaseNumber, 2),
                                target: fmt.number(baselineNumber + increaseNumber, 2),
                              })
                            : '—'}
                      </Text>
                    </Stack>
                  ) : (
                    <TextInput
                      label={t('form.targetValue')}
                      description={t('form.numberHint')}
                      inputMode="decimal"
                      required
                      {...form.getInputProps('targetValue')}
                    />
                  )}
                  <TextInput
                    type="date"
                    label={t('form.deadline')}
                    description=" "
                    required
                    {...form.getInputProps('deadline')}
                  />
                </SimpleGrid>
              </Stack>
            )}
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="sm">
              {t('form.sectionWho')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('form.meeting')}
                data={[...none(t('form.noMeeting')), ...(meetings ?? [])]}
                {...form.getInputProps('meetingId')}
              />
              <TextInput
                label={t('form.responsibleOffice')}
                {...form.getInputProps('responsibleOffice')}
              />
              <TextInput label={t('form.madeByName')} {...form.getInputProps('madeByName')} />
              <TextInput
                label={t('form.madeByPosition')}
                {...form.getInputProps('madeByPosition')}
              />
            </SimpleGrid>
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="sm">
              {t('form.sectionMore')}
            </Title>
            <Stack gap="sm">
              <NativeSelect
                label={t('form.lifecycle')}
                data={(['aktif', 'dibatalkan'] as const).map((l) => ({
                  value: l,
                  label: t(`lifecycle.${l}`),
                }))}
                {...form.getInputProps('lifecycle')}
              />
              <Textarea
                label={t('form.notes')}
                autosize
                minRows={2}
                {...form.getInputProps('notes')}
              />
              <Textarea
                label={t('form.evidence')}
                description={t('form.evidenceHint')}
                autosize
                minRows={2}
                {...form.getInputProps('evidence')}
              />
            </Stack>
          </Paper>
          <Group>
            <Button type="submit">{t('form.save')}</Button>
            <Button
              variant="default"
              onClick={() => {
                draft.clear()
                void navigate(existing ? `/komitmen/${existing.id}` : '/komitmen')
              }}
            >
              {tc('actions.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  )
}
