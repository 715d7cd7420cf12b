import {
  Anchor,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  Select,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useServices } from '../../app/services'
import type { Attendance, Committee, Stakeholder } from '../../db/types'
import { PRESENCES } from '../../db/types'
import {
  indexStakeholders,
  institutionOf,
  inviteGroups,
  planInvitations,
  type InviteGroup,
} from '../../domain/stakeholder-logic'
import { presenceCounts, presenceOf, presencePatch } from '../../domain/minutes-logic'
import { useFormat } from '../../ui/use-format'
import { deleteWithUndo } from './undo-delete'
import { isLive } from '../../db/live'
import { useMinutesWrite } from './minutes-write'
import type { PartChange } from './minutes-save'

const newRow = (meetingId: string, stakeholderId: string) => ({
  meetingId,
  stakeholderId,
  invited: 1 as const,
  attended: 0 as const,
  note: '',
  presence: null,
  representative: '',
})

export function AttendancePanel({
  meetingId,
  rows,
  stakeholders,
  committees,
}: {
  meetingId: string
  rows: Attendance[]
  stakeholders: Stakeholder[]
  committees: Committee[]
}) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const { t: ts } = useTranslation('stakeholders')
  const fmt = useFormat()
  const { save, final } = useMinutesWrite()
  const [choice, setChoice] = useState<string | null>(null)
  const [groupKey, setGroupKey] = useState<string | null>(null)
  const [result, setResult] = useState<string | null>(null)
  const index = indexStakeholders(stakeholders)
  const live = rows.filter(isLive)
  const listed = new Set(live.map((r) => r.stakeholderId))
  const nameOf = (id: string) => index.get(id)?.name ?? id
  const options = stakeholders
    .filter((s) => isLive(s) && !listed.has(s.id))
    .map((s) => ({
      value: s.id,
      label: s.kind === 'person' ? `${s.name} — ${s.position || institutionOf(s, index)}` : s.name,
    }))
  const groups = inviteGroups(stakeholders, committees)
  const groupName = (g: InviteGroup) =>
    t(`attendance.groupKinds.${g.kind}`, {
      name: g.kind === 'category' ? ts(`categories.${g.name}`) : g.name,
    })
  const groupOptions = groups.map((g) => ({
    value: g.key,
    disabled: g.memberIds.length === 0,
    label: [
      groupName(g),
      g.memberIds.length
        ? t('attendance.groupSize', { count: g.memberIds.length })
        : t('attendance.groupEmpty'),
      ...(g.vacantSeats ? [t('attendance.groupVacant', { count: g.vacantSeats })] : []),
    ].join(' · '),
  }))
  const counts = presenceCounts(live)

  const add = async () => {
    if (!choice) return
    if (
      await save([
        {
          op: 'create',
          table: 'attendance',
          data: newRow(meetingId, choice),
          subject: nameOf(choice),
        },
      ])
    )
      setChoice(null)
  }
  const inviteGroup = async () => {
    const group = groups.find((g) => g.key === groupKey)
    if (!group) return
    const plan = planInvitations(group, live)
    const changes: PartChange[] = plan.add.map((id) => ({
      op: 'create',
      table: 'attendance',
      data: newRow(meetingId, id),
      subject: nameOf(id),
    }))
    if (changes.length && !(await save(changes))) return
    const message =
      t('attendance.invitedResult', {
        added: fmt.number(plan.add.length),
        group: groupName(group),
        already: fmt.number(plan.already),
      }) + (group.vacantSeats ? t('attendance.invitedVacant', { count: group.vacantSeats }) : '')
    setResult(message)
    notifications.show({ color: 'teal', message })
    setGroupKey(null)
  }
  const update = (r: Attendance, patch: Partial<Attendance>) =>
    save([
      {
        op: 'update',
        table: 'attendance',
        before: r as unknown as Record<string, unknown> & { id: string },
        patch,
        subject: nameOf(r.stakeholderId),
      },
    ])
  const remove = (r: Attendance) =>
    final
      ? save([
          {
            op: 'softDelete',
            table: 'attendance',
            before: r as unknown as Record<string, unknown> & { id: string },
            subject: nameOf(r.stakeholderId),
          },
        ])
      : deleteWithUndo(
          db,
          actor,
          'attendance',
          r.id,
          t('attendance.removed'),
          t('common:actions.undo'),
        )
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
          {t('attendance.checklist', {
            present: fmt.number(counts.present),
            represented: fmt.number(counts.represented),
            absent: fmt.number(counts.absent),
            open: fmt.number(counts.open),
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
              <Table.Th w={80}>{t('attendance.invited')}</Table.Th>
              <Table.Th>{t('attendance.presence')}</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((r) => {
              const s = index.get(r.stakeholderId)
              const name = s?.name ?? r.note ?? '—'
              const presence = presenceOf(r)
              return (
                <Table.Tr key={r.id} data-testid="attendance-row">
                  <Table.Td>
                    <Text fw={500}>{name}</Text>
                    {s && s.kind === 'person' && (
                      <Text size="xs" c="dimmed">
                        {[s.position, institutionOf(s, index)].filter(Boolean).join(' · ')}
                      </Text>
                    )}
                    {r.invited === 0 && presence && presence !== 'tidak_hadir' && (
                      <Text size="xs" c="orange.8">
                        {t('attendance.uninvited')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Checkbox
                      aria-label={`${t('attendance.invited')}: ${name}`}
                      checked={r.invited === 1}
                      onChange={(e) => void update(r, { invited: e.currentTarget.checked ? 1 : 0 })}
                    />
                  </Table.Td>
                  <Table.Td>
                    {/* Native radios of one name: Tab reaches the group, arrow keys choose. */}
                    <div role="radiogroup" aria-label={`${t('attendance.presence')}: ${name}`}>
                      <Group gap="md" wrap="wrap">
                        {PRESENCES.map((p) => (
                          <Radio
                            key={p}
                            name={`presence-${r.id}`}
                            value={p}
                            checked={presence === p}
                            onChange={() => void update(r, presencePatch(p))}
                            label={t(`attendance.presences.${p}`)}
                          />
                        ))}
                        {!presence && (
                          <Text size="xs" c="dimmed">
                            {t('attendance.notRecorded')}
                          </Text>
                        )}
                      </Group>
                    </div>
                    {presence === 'diwakili' && (
                      <TextInput
                        key={`${r.id}:${r.representative ?? ''}`}
                        mt={6}
                        size="xs"
                        label={t('attendance.representative')}
                        aria-label={`${t('attendance.representative')}: ${name}`}
                        defaultValue={r.representative ?? ''}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') e.currentTarget.blur()
                        }}
                        onBlur={async (e) => {
                          const input = e.currentTarget
                          const value = input.value.trim()
                          if (value === (r.representative ?? '')) return
                          if (!(await update(r, { representative: value })))
                            input.value = r.representative ?? ''
                        }}
                      />
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      onClick={() => void remove(r)}
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
      <Group align="flex-end" mb="sm">
        <Select
          label={t('attendance.group')}
          description={t('attendance.groupHint')}
          data={groupOptions}
          searchable
          clearable
          value={groupKey}
          onChange={setGroupKey}
          style={{ flex: 1, minWidth: 280 }}
        />
        <Button variant="light" onClick={() => void inviteGroup()} disabled={!groupKey}>
          {t('attendance.inviteGroup')}
        </Button>
      </Group>
      {result && (
        <Text size="sm" c="teal.8" mb="sm" data-testid="invite-result" role="status">
          {result}
        </Text>
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
