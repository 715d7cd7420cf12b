import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useServices } from '../../app/services'
import { deleteWithUndo } from './undo-delete'
import type { ActionItem, ActionStatus, Meeting } from '../../db/types'
import { useFormat } from '../../ui/use-format'
import type { CarriedAction } from '../../domain/meeting-logic'
import { CommitmentLink, PledgeModal } from './pledge-modal'
import { useMinutesWrite } from './minutes-write'
import { compareInstants } from '../../../shared/time'
import { isLive } from '../../db/live'

const STATUSES: ActionStatus[] = ['terbuka', 'selesai', 'batal']

type Editing = { id: string; text: string; owner: string; dueDate: string }
const asRow = (a: ActionItem) => a as unknown as Record<string, unknown> & { id: string }

/**
 * This meeting's action items can be edited in their row (text, owner, due date: Enter
 * saves, Esc leaves it as it was) and removed; once the minutes are final both are
 * corrections with a reason. Items carried over from an earlier meeting are that meeting's
 * record: only their status is followed up here.
 */
function ActionRows({
  rows,
  from,
}: {
  rows: { item: ActionItem; fromMeeting?: Meeting }[]
  from?: boolean
}) {
  const { t } = useTranslation('meetings')
  const { db, actor } = useServices()
  const fmt = useFormat()
  const { save, final } = useMinutesWrite()
  const [pledgeFor, setPledgeFor] = useState<ActionItem | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [editError, setEditError] = useState<string | null>(null)
  const saveEdit = async (item: ActionItem) => {
    if (!editing) return
    const text = editing.text.trim()
    if (!text) return setEditError(`${t('actions.text')}: ${t('minutes.reasonRequired')}`)
    const patch: Partial<ActionItem> = {}
    if (text !== item.text) patch.text = text
    if (editing.owner.trim() !== item.owner) patch.owner = editing.owner.trim()
    if ((editing.dueDate || null) !== item.dueDate) patch.dueDate = editing.dueDate || null
    if (!Object.keys(patch).length) return setEditing(null)
    if (
      await save([
        { op: 'update', table: 'actionItems', before: asRow(item), patch, subject: item.text },
      ])
    )
      setEditing(null)
  }
  const keys = (item: ActionItem) => (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault()
      void saveEdit(item)
    }
    if (e.key === 'Escape') {
      e.stopPropagation()
      setEditing(null)
    }
  }
  const remove = (item: ActionItem) =>
    final
      ? save([{ op: 'softDelete', table: 'actionItems', before: asRow(item), subject: item.text }])
      : deleteWithUndo(
          db,
          actor,
          'actionItems',
          item.id,
          t('common:history.delete'),
          t('common:actions.undo'),
        )
  return (
    <>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actions.text')}</Table.Th>
            <Table.Th>{t('actions.owner')}</Table.Th>
            <Table.Th>{t('actions.due')}</Table.Th>
            <Table.Th w={140}>{t('actions.status')}</Table.Th>
            <Table.Th w={230} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ item, fromMeeting }) => (
            <Table.Tr key={item.id} data-testid="action-row">
              <Table.Td>
                {editing?.id === item.id ? (
                  <TextInput
                    size="xs"
                    autoFocus
                    aria-label={t('actions.editText', { text: item.text })}
                    value={editing.text}
                    error={editError}
                    onChange={(e) => {
                      setEditError(null)
                      setEditing({ ...editing, text: e.currentTarget.value })
                    }}
                    onKeyDown={keys(item)}
                  />
                ) : (
                  <Text>{item.text}</Text>
                )}
                {from && fromMeeting && (
                  <Anchor component={Link} to={`/kegiatan/${fromMeeting.id}`} size="xs">
                    {t('actions.from', { title: fromMeeting.title })}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>
                {editing?.id === item.id ? (
                  <TextInput
                    size="xs"
                    aria-label={t('actions.editOwner', { text: item.text })}
                    value={editing.owner}
                    onChange={(e) => setEditing({ ...editing, owner: e.currentTarget.value })}
                    onKeyDown={keys(item)}
                  />
                ) : (
                  item.owner
                )}
              </Table.Td>
              <Table.Td>
                {editing?.id === item.id ? (
                  <TextInput
                    size="xs"
                    type="date"
                    aria-label={t('actions.editDue', { text: item.text })}
                    value={editing.dueDate}
                    onChange={(e) => setEditing({ ...editing, dueDate: e.currentTarget.value })}
                    onKeyDown={keys(item)}
                  />
                ) : item.dueDate ? (
                  fmt.date(item.dueDate)
                ) : (
                  <Text c="dimmed" size="sm">
                    {t('actions.noDue')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`${t('actions.status')}: ${item.text}`}
                  size="xs"
                  allowDeselect={false}
                  value={item.status}
                  data={STATUSES.map((s) => ({ value: s, label: t(`actions.statuses.${s}`) }))}
                  onChange={(v) =>
                    v &&
                    void save([
                      {
                        op: 'update',
                        table: 'actionItems',
                        before: item as unknown as Record<string, unknown> & { id: string },
                        patch: { status: v as ActionStatus },
                        subject: item.text,
                      },
                    ])
                  }
                />
              </Table.Td>
              <Table.Td>
                <Group gap={4} wrap="wrap">
                  {item.commitmentId ? (
                    <CommitmentLink id={item.commitmentId} />
                  ) : (
                    <Button size="compact-xs" variant="light" onClick={() => setPledgeFor(item)}>
                      {t('actions.toCommitment')}
                    </Button>
                  )}
                  {!from &&
                    (editing?.id === item.id ? (
                      <>
                        <Button
                          size="compact-xs"
                          variant="light"
                          onClick={() => void saveEdit(item)}
                        >
                          {t('decisions.save')}
                        </Button>
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(null)}>
                          {t('common:actions.cancel')}
                        </Button>
                      </>
                    ) : (
                      <>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={t('actions.editLabel', { text: item.text })}
                          onClick={() => {
                            setEditError(null)
                            setEditing({
                              id: item.id,
                              text: item.text,
                              owner: item.owner,
                              dueDate: item.dueDate ?? '',
                            })
                          }}
                        >
                          {t('decisions.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          aria-label={t('actions.deleteLabel', { text: item.text })}
                          onClick={() => void remove(item)}
                        >
                          {t('common:actions.delete')}
                        </Button>
                      </>
                    ))}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pledgeFor && (
        <PledgeModal
          source={{ table: 'actionItems', record: pledgeFor }}
          onClose={() => setPledgeFor(null)}
        />
      )}
    </>
  )
}

export function ActionsPanel({
  meeting,
  rows,
  carried,
}: {
  meeting: Meeting
  rows: ActionItem[]
  carried: CarriedAction[]
}) {
  const { t } = useTranslation('meetings')
  const { save } = useMinutesWrite()
  const live = rows.filter(isLive).sort((a, b) => compareInstants(a.createdAt, b.createdAt))
  const form = useForm({ mode: 'controlled', initialValues: { text: '', owner: '', dueDate: '' } })
  const add = form.onSubmit(async (v) => {
    if (!v.text.trim()) {
      form.setFieldError('text', `${t('actions.text')}: ${t('minutes.reasonRequired')}`)
      return
    }
    const saved = await save([
      {
        op: 'create',
        table: 'actionItems',
        data: {
          meetingId: meeting.id,
          text: v.text,
          owner: v.owner,
          dueDate: v.dueDate || null,
          status: 'terbuka',
          commitmentId: null,
        },
        subject: v.text.trim(),
      },
    ])
    if (saved) form.reset()
  })
  return (
    <Paper withBorder p="md" data-testid="actions-panel">
      <Stack>
        <Title order={3}>{t('actions.title')}</Title>
        {meeting.seriesId && (
          <div>
            <Text fw={600} mb={4}>
              {t('actions.carried')}
            </Text>
            {carried.length === 0 ? (
              <Text c="dimmed" size="sm">
                {t('actions.carriedEmpty')}
              </Text>
            ) : (
              <ActionRows rows={carried} from />
            )}
          </div>
        )}
        {live.length === 0 ? (
          <Text c="dimmed">{t('actions.empty')}</Text>
        ) : (
          <ActionRows rows={live.map((item) => ({ item }))} />
        )}
        <form onSubmit={add} noValidate>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              label={t('actions.text')}
              style={{ flex: 2, minWidth: 240 }}
              {...form.getInputProps('text')}
            />
            <TextInput
              label={t('actions.owner')}
              style={{ flex: 1, minWidth: 160 }}
              {...form.getInputProps('owner')}
            />
            <TextInput
              type="date"
              label={t('actions.due')}
              w={170}
              {...form.getInputProps('dueDate')}
            />
            <Button type="submit" variant="light">
              {t('actions.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  )
}
