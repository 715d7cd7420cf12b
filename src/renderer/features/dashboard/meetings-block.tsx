import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { Meeting } from '../../db/types'
import { useFormat } from '../../ui/use-format'
import { meetingDateLabel } from '../../domain/meeting-logic'

export function MeetingsList({ meetings }: { meetings: Meeting[] }) {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  return (
    <Stack gap="xs">
      {meetings.map((m) => (
        <div key={m.id}>
          <Anchor component={Link} to={`/kegiatan/${m.id}`} fw={600}>
            {m.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            {t(`meetingKinds.${m.kind}`)} · {meetingDateLabel(m, fmt.locale)}
            {m.venue ? ` · ${m.venue}` : ''}
          </Text>
        </div>
      ))}
    </Stack>
  )
}

export function MeetingsBlock({ upcoming, last }: { upcoming: Meeting[]; last: Meeting | null }) {
  const { t } = useTranslation('dashboard')
  return (
    <Paper withBorder p="md" data-testid="dashboard-meetings">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {t('meetingsTitle')}
        </Title>
        <Anchor component={Link} to="/kegiatan" size="sm">
          {t('allMeetings')}
        </Anchor>
      </Group>
      {upcoming.length ? (
        <MeetingsList meetings={upcoming} />
      ) : (
        <Stack gap="xs">
          <Text c="dimmed">{t('noUpcoming')}</Text>
          {last && (
            <>
              <Text size="sm" fw={600}>
                {t('lastMeeting')}
              </Text>
              <MeetingsList meetings={[last]} />
            </>
          )}
        </Stack>
      )}
    </Paper>
  )
}
