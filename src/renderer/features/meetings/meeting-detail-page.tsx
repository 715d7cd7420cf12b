import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useServices } from '../../app/services'
import { softDeleteRecord } from '../../db/repository'
import { ConfirmButton } from '../../ui/confirm-button'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { RecordHistory } from '../../ui/record-history'
import { SampleBadge } from '../../ui/sample-badge'
import { useFormat } from '../../ui/use-format'
import { ActionsPanel } from './actions-panel'
import { AgendaPanel } from './agenda-panel'
import { AttendancePanel } from './attendance-panel'
import { DecisionsPanel } from './decisions-panel'
import { useMeetingDetail } from './queries'
import { MinutesWriteProvider } from './minutes-write'
import { NotulenPanel } from './notulen-panel'
import { carriedOverActions, meetingDateLabel, previousInSeries } from '../../domain/meeting-logic'
import { isLive } from '../../db/live'

export function MeetingDetailPage() {
  const { meetingId = '' } = useParams()
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const fmt = useFormat()
  const navigate = useNavigate()
  const data = useMeetingDetail(meetingId)
  if (!data) return null
  const { meeting } = data
  if (!meeting || !isLive(meeting)) {
    return (
      <EmptyState
        title={t('notFound')}
        actions={
          <Button component={Link} to="/kegiatan" w="fit-content">
            {t('back')}
          </Button>
        }
      >
        {t('notFound')}
      </EmptyState>
    )
  }
  const previous = previousInSeries(data.series, meeting)
  const carried = carriedOverActions(data.series, data.seriesActions, meeting)
  const regionNames = (data.regions ?? []).filter(Boolean).map((r) => r!.name)
  const remove = async () => {
    await softDeleteRecord(db, 'meetings', meeting.id, { actor })
    notifications.show({ color: 'gray', message: t('deleted') })
    void navigate('/kegiatan')
  }
  return (
    <MinutesWriteProvider meeting={meeting}>
      <Anchor component={Link} to="/kegiatan" size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeader
        title={meeting.title}
        description={
          <Group gap="xs" component="span">
            <Badge variant="light">{t(`kinds.${meeting.kind}`)}</Badge>
            <span data-testid="meeting-date">{meetingDateLabel(meeting, fmt.locale)}</span>
            <span>· {meeting.venue || t('noVenue')}</span>
            <SampleBadge isSample={meeting.isSample} />
          </Group>
        }
        actions={
          <>
            <Button component={Link} to={`/briefing/${meeting.id}`}>
              {t('briefing')}
            </Button>
            <Button
              component={Link}
              to={`/briefing/${meeting.id}/presentasi`}
              state={{ from: `/kegiatan/${meeting.id}` }}
              variant="light"
            >
              {t('present')}
            </Button>
            <Button component={Link} to={`/kegiatan/${meeting.id}/ubah`} variant="default">
              {t('common:actions.edit')}
            </Button>
            <ConfirmButton
              variant="subtle"
              color="red"
              message={t('deleteConfirm')}
              onConfirm={remove}
            >
              {t('common:actions.delete')}
            </ConfirmButton>
          </>
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <div>
              <Text size="xs" c="dimmed">
                {t('fields.organiser')}
              </Text>
              <Text>{meeting.organiser || '—'}</Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('fields.regions')}
              </Text>
              <Text>
                {regionNames.length > 5
                  ? `${regionNames.slice(0, 4).join(', ')} +${regionNames.length - 4}`
                  : regionNames.join(', ') || '—'}
              </Text>
            </div>
            <div>
              <Text size="xs" c="dimmed">
                {t('fields.series')}
              </Text>
              <Text>{meeting.seriesName || '—'}</Text>
              {previous && (
                <Anchor component={Link} to={`/kegiatan/${previous.id}`} size="sm">
                  {t('previous')}: {previous.title}
                </Anchor>
              )}
            </div>
          </SimpleGrid>
          {meeting.notes && (
            <Text size="sm" mt="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {meeting.notes}
            </Text>
          )}
        </Paper>
        <NotulenPanel meeting={meeting} />
        <AgendaPanel meetingId={meeting.id} items={data.agenda!} />
        <AttendancePanel
          meetingId={meeting.id}
          rows={data.attendance!}
          stakeholders={data.stakeholders!}
          committees={data.committees!}
        />
        <DecisionsPanel meetingId={meeting.id} rows={data.decisions!} />
        <ActionsPanel meeting={meeting} rows={data.actions!} carried={carried} />
        <RecordHistory table="meetings" recordId={meeting.id} />
      </Stack>
    </MinutesWriteProvider>
  )
}
