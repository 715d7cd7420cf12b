import { Anchor, Button, Checkbox, Group, Paper, Select, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useServices } from '../../app/services'
import { createRecord, updateRecord } from '../../db/repository'
import type { Attendance, Stakeholder } from '../../db/types'
import { indexStakeholders, institutionOf } from '../../domain/stakeholder-logic'
import { useFormat } from '../../ui/use-format'
import { attendanceCounts } from '../../domain/meeting-logic'
import { reportSaveError } from '../../ui/save-errors'
import { deleteWithUndo } from './undo-delete'
import { isLive } from '../../db/live'

export function AttendancePanel({
  meetingId,
  rows,
  stakeholders,
}: {
  meetingId: string
  rows: Attendance[]
  stakeholders: Stakeholder[]
}) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const fmt = useFormat()
  const [choice, setChoice] = useState<string | null>(null)
  const index = indexStakeholders(stakeholders)
  const live = rows.filter(isLive)
  const listed = new Set(live.map((r) => r.stakeholderId))
  const options = stakeholders
    .filter((s) => isLive(s) && !listed.has(s.id))
    .map((s) => ({
      value: s.id,
      label: s.kind === 'person' ? `${s.name} — ${s.position || institutionOf(s, index)}` : s.name,
    }))
  const counts = attendanceCounts(live)
  const add = async () => {
    if (!choice) return
    try {
      await createRecord(
        db,
        'attendance',
        {
          meetingId,
          stakeholderId: choice,
          invited: 1,
          attended: 0,
          note: '',
        },
        { actor },
      )
      setChoice(null)
    } catch (error) {
      reportSaveError(error)
    }
  }
  const sorted = [...live].sort((a, b) =>
    (index.get(a.stakeholderId)?.name ?? '').localeCompare(
      index.get(b.stakeholderId)?.name ?? '',
      'id',
    ),
  )
  return (
    <Paper withBorder p="md" data-testid="attendance-panel">
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t('attendance.title')}</Title>
        <Text c="dimmed" size="sm" data-testid="attendance-summary">
          {t('attendance.summary', {
            attended: fmt.number(counts.attended),
            invited: fmt.number(counts.invited),
          })}
        </Text>
      </Group>
      {sorted.length === 0 ? (
        <Text c="dimmed" mb="sm">
          {t('attendance.empty')}
        </Text>
      ) : (
        <Table mb="md" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('attendance.who')}</Table.Th>
              <Table.Th w={90}>{t('attendance.invited')}</Table.Th>
              <Table.Th w={90}>{t('attendance.attended')}</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((r) => {
              const s = index.get(r.stakeholderId)
              const name = s?.name ?? r.note ?? '—'
              return (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Text fw={500}>{name}</Text>
                    {s && s.kind === 'person' && (
                      <Text size="xs" c="dimmed">
                        {[s.position, institutionOf(s, index)].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t('attendance.invited')}: ${name}`}
                      checked={r.invited === 1}
                      onChange={(e) =>
                        void updateRecord(
                          db,
                          'attendance',
                          r.id,
                          {
                            invited: e.currentTarget.checked ? 1 : 0,
                          },
                          { actor },
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t('attendance.attended')}: ${name}`}
                      checked={r.attended === 1}
                      onChange={(e) =>
                        void updateRecord(
                          db,
                          'attendance',
                          r.id,
                          {
                            attended: e.currentTarget.checked ? 1 : 0,
                          },
                          { actor },
                        )
                      }
                    />
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() =>
                        void deleteWithUndo(
                          db,
                          actor,
                          'attendance',
                          r.id,
                          t('attendance.removed'),
                          t('common:actions.undo'),
                        )
                      }
                    >
                      {t('common:actions.delete')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
      <Group align="flex-end">
        <Select
          label={t('attendance.pick')}
          data={options}
          searchable
          clearable
          value={choice}
          onChange={setChoice}
          style={{ flex: 1, minWidth: 280 }}
          nothingFoundMessage={t('attendance.already')}
        />
        <Button variant="light" onClick={() => void add()} disabled={!choice}>
          {t('attendance.add')}
        </Button>
        <Anchor component={Link} to="/kegiatan/pemangku" size="sm" mb={8}>
          {t('attendance.openDirectory')}
        </Anchor>
      </Group>
    </Paper>
  )
}
