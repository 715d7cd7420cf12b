import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import type { Decision } from '../../db/types'
import { deleteWithUndo } from './undo-delete'
import { useMinutesWrite } from './minutes-write'
import { CommitmentLink, PledgeModal } from './pledge-modal'
import { useState } from 'react'
import { compareInstants } from '../../../shared/time'
import { isLive } from '../../db/live'

export function DecisionsPanel({ meetingId, rows }: { meetingId: string; rows: Decision[] }) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const live = rows.filter(isLive).sort((a, b) => compareInstants(a.createdAt, b.createdAt))
  const [pledgeFor, setPledgeFor] = useState<Decision | null>(null)
  const [editing, setEditing] = useState<{ id: string; text: string } | null>(null)
  const { save, final } = useMinutesWrite()
  const form = useForm({ mode: 'controlled', initialValues: { text: '' } })
  const add = form.onSubmit(async (v) => {
    if (!v.text.trim()) {
      form.setFieldError('text', `${t('decisions.text')}: ${t('minutes.reasonRequired')}`)
      return
    }
    const saved = await save([
      {
        op: 'create',
        table: 'decisions',
        data: { meetingId, agendaItemId: null, text: v.text },
        subject: v.text.trim(),
      },
    ])
    if (saved) form.reset()
  })
  const row = (d: Decision) => d as unknown as Record<string, unknown> & { id: string }
  const saveEdit = async (d: Decision) => {
    if (!editing) return
    const text = editing.text.trim()
    if (!text || text === d.text) return setEditing(null)
    if (
      await save([
        { op: 'update', table: 'decisions', before: row(d), patch: { text }, subject: d.text },
      ])
    )
      setEditing(null)
  }
  const remove = (d: Decision) =>
    final
      ? save([{ op: 'softDelete', table: 'decisions', before: row(d), subject: d.text }])
      : deleteWithUndo(
          db,
          actor,
          'decisions',
          d.id,
          t('common:history.delete'),
          t('common:actions.undo'),
        )
  return (
    <Paper withBorder p="md" data-testid="decisions-panel">
      <Title order={3} mb="sm">
        {t('decisions.title')}
      </Title>
      {live.length === 0 ? (
        <Text c="dimmed" mb="sm">
          {t('decisions.empty')}
        </Text>
      ) : (
        <Stack
          gap="xs"
          mb="md"
          component="ol"
          style={{ listStyle: 'none', paddingLeft: 0, marginTop: 0 }}
        >
          {live.map((d, i) => (
            <li key={d.id}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <Text w={24} ta="right" style={{ flexShrink: 0 }}>
                  {i + 1}.
                </Text>
                {editing?.id === d.id ? (
                  <TextInput
                    aria-label={t('decisions.editLabel', { n: i + 1 })}
                    style={{ flex: 1, minWidth: 0 }}
                    size="xs"
                    autoFocus
                    value={editing.text}
                    onChange={(e) => setEditing({ id: d.id, text: e.currentTarget.value })}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') void saveEdit(d)
                      if (e.key === 'Escape') {
                        e.stopPropagation()
                        setEditing(null)
                      }
                    }}
                  />
                ) : (
                  <Text style={{ flex: 1, minWidth: 0 }}>{d.text}</Text>
                )}
                {editing?.id === d.id ? (
                  <Button size="compact-xs" variant="light" onClick={() => void saveEdit(d)}>
                    {t('decisions.save')}
                  </Button>
                ) : (
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    aria-label={t('decisions.editLabel', { n: i + 1 })}
                    onClick={() => setEditing({ id: d.id, text: d.text })}
                  >
                    {t('decisions.edit')}
                  </Button>
                )}
                {d.commitmentId ? (
                  <CommitmentLink id={d.commitmentId} />
                ) : (
                  <Button size="compact-xs" variant="light" onClick={() => setPledgeFor(d)}>
                    {t('actions.toCommitment')}
                  </Button>
                )}
                <Button
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  onClick={() => void remove(d)}
                >
                  {t('common:actions.delete')}
                </Button>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      <form onSubmit={add} noValidate>
        <Group align="flex-end">
          <TextInput
            label={t('decisions.text')}
            style={{ flex: 1 }}
            {...form.getInputProps('text')}
          />
          <Button type="submit" variant="light">
            {t('decisions.add')}
          </Button>
        </Group>
      </form>
      {pledgeFor && (
        <PledgeModal
          source={{ table: 'decisions', record: pledgeFor }}
          onClose={() => setPledgeFor(null)}
        />
      )}
    </Paper>
  )
}
