import {
  Alert,
  Autocomplete,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useFormDraft, draftKey } from '../../ui/unsaved-form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useNavigate, useParams } from 'react-router'
import { useServices } from '../../app/services'
import { newId } from '../../db/device'
import { createRecord } from '../../db/repository'
import { MEETING_KINDS, type Meeting, type MeetingKind, type RecordInput } from '../../db/types'
import { PageHeader } from '../../ui/page-header'
import { instantToWitaInput, yearOfDay } from '../../../shared/time'
import { meetingDateFields, resolveSeries, seriesOptions } from '../../domain/meeting-logic'
import { reportSaveError } from '../../ui/save-errors'
import { useRegions } from '../../ui/use-regions'
import { useAllMeetings, useMeeting } from './queries'
import { isFinal } from '../../domain/minutes-logic'
import { meetingFieldsCorrection, saveMeetingFields } from './minutes-save'

interface FormValues {
  kind: MeetingKind
  title: string
  precision: Meeting['datePrecision']
  date: string
  time: string
  year: string
  venue: string
  organiser: string
  regionIds: string[]
  series: string
  notes: string
  /** Only for a meeting whose minutes are final: why its recorded fields change. */
  reason: string
}

function toValues(m: Meeting | undefined): FormValues {
  if (!m)
    return {
      kind: 'rakor',
      title: '',
      precision: 'time',
      date: '',
      time: '09:00',
      year: '',
      venue: '',
      organiser: '',
      regionIds: [],
      series: '',
      notes: '',
      reason: '',
    }
  const clock = m.startsAt ? instantToWitaInput(m.startsAt) : null
  return {
    kind: m.kind,
    title: m.title,
    precision: m.datePrecision,
    date: clock?.day ?? (m.datePrecision === 'day' ? m.startsOn : ''),
    time: clock?.time ?? '09:00',
    year: yearOfDay(m.startsOn),
    venue: m.venue,
    organiser: m.organiser,
    regionIds: m.regionIds,
    series: m.seriesName,
    notes: m.notes,
    reason: '',
  }
}

export function MeetingNewPage() {
  return <MeetingForm />
}

export function MeetingEditPage() {
  const { meetingId = '' } = useParams()
  const meeting = useMeeting(meetingId)
  if (!meeting) return null
  return <MeetingForm key={meeting.id} meeting={meeting} />
}

function MeetingForm({ meeting }: { meeting?: Meeting }) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const navigate = useNavigate()
  const regions = useRegions() ?? []
  const meetings = useAllMeetings() ?? []
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: toValues(meeting),
    validate: {
      title: (v) => (v.trim() ? null : `${t('fields.title')}: wajib diisi`),
      date: (v, values) =>
        values.precision !== 'year' && !/^\d{4}-\d{2}-\d{2}$/.test(v)
          ? `${t('fields.date')}: wajib diisi`
          : null,
      year: (v, values) =>
        values.precision === 'year' && !/^(19|20)\d\d$/.test(v.trim())
          ? `${t('fields.year')}: TTTT`
          : null,
      time: (v, values) =>
        values.precision === 'time' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(v)
          ? `${t('fields.time')}: JJ:MM`
          : null,
    },
  })
  const save = form.onSubmit(async (v) => {
    const when = meetingDateFields({
      precision: v.precision,
      day: v.date,
      time: v.time,
      year: v.year,
    })
    if (!when) {
      form.setFieldError(v.precision === 'year' ? 'year' : 'date', `${t('fields.date')}: tidak sah`)
      return
    }
    const series = resolveSeries(v.series, meetings, newId)
    const input: RecordInput<Meeting> = {
      kind: v.kind,
      title: v.title,
      ...when,
      endsAt: null,
      venue: v.venue,
      organiser: v.organiser,
      regionIds: v.regionIds,
      seriesId: series.seriesId,
      seriesName: series.seriesName,
      notes: v.notes,
    }
    if (
      meeting &&
      !v.reason.trim() &&
      meetingFieldsCorrection(meeting, input, { at: new Date(), by: actor.name, reason: '' })
    ) {
      form.setFieldError(
        'reason',
        `${t('minutes.reason')}: ${t('minutes.reasonRequired')} (${t('minutes.formReasonHint')})`,
      )
      return
    }
    try {
      const saved = meeting
        ? await saveMeetingFields(db, actor, meeting, input, v.reason)
        : await createRecord(db, 'meetings', input, { actor })
      notifications.show({ color: 'teal', message: t(meeting ? 'updated' : 'created') })
      draft.clear()
      void navigate(`/kegiatan/${saved.id}`)
    } catch (error) {
      reportSaveError(
        error,
        form.setFieldError,
        {
          startsAt: 'date',
          startsOn: v.precision === 'year' ? 'year' : 'date',
          regionIds: 'regionIds',
          seriesName: 'series',
        },
        {
          date: t('fields.date'),
          year: t('fields.year'),
          time: t('fields.time'),
          series: t('fields.series'),
          regionIds: t('fields.regions'),
        },
      )
    }
  })
  const draft = useFormDraft(form, draftKey('meeting', meeting?.id))
  const precision = form.values.precision
  const final = isFinal(meeting)
  return (
    <>
      <PageHeader title={meeting ? t('edit') : t('add')} />
      <Paper withBorder p="lg" maw={880}>
        <form onSubmit={save} noValidate>
          {draft.guard}
          <Stack>
            {final && (
              <Alert color="yellow" role="note" data-testid="meeting-form-final">
                {t('minutes.formLocked')}
              </Alert>
            )}
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                label={t('fields.kind')}
                data={MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              <Select
                label={t('fields.precision')}
                data={(['time', 'day', 'year'] as const).map((p) => ({
                  value: p,
                  label: t(`precision.${p}`),
                }))}
                allowDeselect={false}
                {...form.getInputProps('precision')}
              />
            </SimpleGrid>
            <TextInput
              label={t('fields.title')}
              required
              data-autofocus
              {...form.getInputProps('title')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {precision === 'year' ? (
                <TextInput
                  label={t('fields.year')}
                  inputMode="numeric"
                  required
                  {...form.getInputProps('year')}
                />
              ) : (
                <TextInput
                  type="date"
                  label={t('fields.date')}
                  required
                  {...form.getInputProps('date')}
                />
              )}
              {precision === 'time' && (
                <TextInput type="time" label={t('fields.time')} {...form.getInputProps('time')} />
              )}
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('fields.venue')} {...form.getInputProps('venue')} />
              <TextInput label={t('fields.organiser')} {...form.getInputProps('organiser')} />
            </SimpleGrid>
            <MultiSelect
              label={t('fields.regions')}
              description={t('hints.regions')}
              searchable
              data={regions.map((r) => ({ value: r.id, label: `${r.name} (${r.id})` }))}
              {...form.getInputProps('regionIds')}
            />
            <Autocomplete
              label={t('fields.series')}
              description={t('hints.series')}
              data={seriesOptions(meetings).map((o) => o.seriesName)}
              {...form.getInputProps('series')}
            />
            <Textarea
              label={t('fields.notes')}
              autosize
              minRows={3}
              {...form.getInputProps('notes')}
            />
            {final && (
              <Textarea
                label={t('minutes.reason')}
                description={t('minutes.formReasonHint')}
                autosize
                minRows={2}
                {...form.getInputProps('reason')}
              />
            )}
            {Object.keys(form.errors).length > 0 && (
              <Text c="red" size="sm" role="alert">
                {Object.values(form.errors).join(' · ')}
              </Text>
            )}
            <Group>
              <Button type="submit">{t('common:actions.save')}</Button>
              <Button
                variant="default"
                onClick={() => {
                  draft.clear()
                  void navigate(meeting ? `/kegiatan/${meeting.id}` : '/kegiatan')
                }}
              >
                {t('common:actions.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </>
  )
}
