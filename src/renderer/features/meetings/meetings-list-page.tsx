import { Anchor, Badge, Button, Group, Table, Text, TextInput } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useServices } from '../../app/services'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { SampleBadge } from '../../ui/sample-badge'
import { useFormat } from '../../ui/use-format'
import { attendanceCounts, byStartDescending, meetingDateLabel } from './meeting-logic'

/** Kegiatan: every meeting, newest first, with attendance at a glance. */
export function MeetingsListPage() {
  const { db } = useServices()
  const { t } = useTranslation('meetings')
  const fmt = useFormat()
  const [query, setQuery] = useState('')
  const data = useLiveQuery(async () => {
    const [meetings, attendance] = await Promise.all([
      db.meetings.toArray(),
      db.attendance.toArray(),
    ])
    return {
      meetings: meetings.filter((m) => !m.deletedAt).sort(byStartDescending),
      attendance,
    }
  }, [db])
  const q = query.trim().toLowerCase()
  const rows =
    data?.meetings.filter(
      (m) => !q || `${m.title} ${m.venue} ${m.seriesName}`.toLowerCase().includes(q),
    ) ?? []
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            <Button component={Link} to="/kegiatan/pemangku" variant="light">
              {t('directory')}
            </Button>
            <Button component={Link} to="/kegiatan/baru">
              {t('add')}
            </Button>
          </>
        }
      />
      {data && data.meetings.length === 0 ? (
        <EmptyState
          title={t('emptyTitle')}
          actions={
            <Button component={Link} to="/kegiatan/baru" w="fit-content">
              {t('add')}
            </Button>
          }
        >
          {t('emptyBody')}
        </EmptyState>
      ) : (
        <>
          <TextInput
            label={t('list.search')}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            maw={360}
            mb="md"
          />
          <Table striped highlightOnHover verticalSpacing="sm" data-testid="meetings-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.date')}</Table.Th>
                <Table.Th>{t('list.kind')}</Table.Th>
                <Table.Th>{t('list.title')}</Table.Th>
                <Table.Th>{t('list.venue')}</Table.Th>
                <Table.Th>{t('list.attendance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((m) => {
                const counts = attendanceCounts(
                  data!.attendance.filter((a) => a.meetingId === m.id),
                )
                return (
                  <Table.Tr key={m.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {meetingDateLabel(m, fmt.locale)}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light">{t(`kinds.${m.kind}`)}</Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs">
                        <Anchor component={Link} to={`/kegiatan/${m.id}`} fw={600}>
                          {m.title}
                        </Anchor>
                        <SampleBadge isSample={m.isSample} />
                      </Group>
                      {m.seriesName && (
                        <Text size="xs" c="dimmed">
                          {t('list.series')}: {m.seriesName}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {m.venue || (
                        <Text c="dimmed" size="sm">
                          {t('noVenue')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {fmt.number(counts.attended)}/{fmt.number(counts.invited)}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        </>
      )}
    </>
  )
}
