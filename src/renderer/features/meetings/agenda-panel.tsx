import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import type { AgendaItem } from '../../db/types'
import { useFormat } from '../../ui/use-format'
import {
  agendaMinutes,
  moveAgendaItem,
  nextAgendaOrder,
  sortedAgenda,
} from '../../domain/meeting-logic'
import { deleteWithUndo } from './undo-delete'
import { useMinutesWrite } from './minutes-write'
import { Fragment, useState } from 'react'

export function AgendaPanel({ meetingId, items }: { meetingId: string; items: AgendaItem[] }) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const fmt = useFormat()
  const list = sortedAgenda(items)
  const { save, final } = useMinutesWrite()
  const [outcome, setOutcome] = useState<{ id: string; text: string } | null>(null)
  const row = (i: AgendaItem) => i as unknown as Record<string, unknown> & { id: string }
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', presenter: '', minutes: '' as number | string },
  })
  const add = form.onSubmit(async (v) => {
    if (!v.title.trim()) {
      form.setFieldError('title', `${t('agenda.item')}: ${t('minutes.reasonRequired')}`)
      return
    }
    const saved = await save([
      {
        op: 'create',
        table: 'agendaItems',
        data: {
          meetingId,
          order: nextAgendaOrder(items),
          title: v.title,
          presenter: v.presenter,
          minutes: typeof v.minutes === 'number' ? v.minutes : null,
          outcome: '',
        },
        subject: v.title.trim(),
      },
    ])
    if (!saved) return
    form.reset()
    notifications.show({ color: 'teal', message: t('agenda.added') })
  })
  const move = async (id: string, direction: -1 | 1) => {
    const byId = new Map(list.map((i) => [i.id, i]))
    await save(
      moveAgendaItem(items, id, direction).map((u) => ({
        op: 'update' as const,
        table: 'agendaItems' as const,
        before: row(byId.get(u.id)!),
        patch: { order: u.order },
        subject: byId.get(u.id)!.title,
      })),
    )
  }
  const saveOutcome = async (item: AgendaItem) => {
    if (!outcome) return
    const text = outcome.text.trim()
    if (text === item.outcome) return setOutcome(null)
    const saved = await save([
      {
        op: 'update',
        table: 'agendaItems',
        before: row(item),
        patch: { outcome: text },
        subject: item.title,
      },
    ])
    if (saved) setOutcome(null)
  }
  const remove = (item: AgendaItem) =>
    final
      ? save([{ op: 'softDelete', table: 'agendaItems', before: row(item), subject: item.title }])
      : deleteWithUndo(
          db,
          actor,
          'agendaItems',
          item.id,
          `"${item.title}" ${t('common:history.delete')}`,
          t('common:actions.undo'),
        )
  return (
    <Paper withBorder p="md" data-testid="agenda-panel">
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t('agenda.title')}</Title>
        {list.length > 0 && (
          <Text c="dimmed" size="sm">
            {t('agenda.total', { minutes: fmt.number(agendaMinutes(items)) })}
          </Text>
        )}
      </Group>
      {list.length === 0 ? (
        <Text c="dimmed" mb="sm">
          {t('agenda.empty')}
        </Text>
      ) : (
        <Table mb="md" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>{t('agenda.item')}</Table.Th>
              <Table.Th>{t('agenda.presenter')}</Table.Th>
              <Table.Th w={80}>{t('agenda.minutes')}</Table.Th>
              <Table.Th w={150} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((item, i) => (
              <Fragment key={item.id}>
                <Table.Tr>
                  <Table.Td>{i + 1}</Table.Td>
                  <Table.Td>{item.title}</Table.Td>
                  <Table.Td>{item.presenter}</Table.Td>
                  <Table.Td>{item.minutes === null ? '' : fmt.number(item.minutes)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('agenda.up')}
                        disabled={i === 0}
                        onClick={() => void move(item.id, -1)}
                      >
                        ↑
                      </ActionIcon>
                      <ActionIcon
                        variant="subtle"
                        aria-label={t('agenda.down')}
                        disabled={i === list.length - 1}
                        onClick={() => void move(item.id, 1)}
                      >
                        ↓
                      </ActionIcon>
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        onClick={() => void remove(item)}
                      >
                        {t('common:actions.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
                <Table.Tr data-testid="agenda-outcome">
                  <Table.Td />
                  <Table.Td colSpan={4} pt={0}>
                    {outcome?.id === item.id ? (
                      <Group align="flex-end" gap="xs" mt={4}>
                        <Textarea
                          label={t('agenda.outcomeLabel', { title: item.title })}
                          autosize
                          minRows={2}
                          autoFocus
                          style={{ flex: 1 }}
                          value={outcome.text}
                          onChange={(e) => setOutcome({ id: item.id, text: e.currentTarget.value })}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey))
                              void saveOutcome(item)
                            if (e.key === 'Escape') {
                              e.stopPropagation()
                              setOutcome(null)
                            }
                          }}
                        />
                        <Button
                          size="compact-sm"
                          variant="light"
                          onClick={() => void saveOutcome(item)}
                        >
                          {t('agenda.saveOutcome')}
                        </Button>
                      </Group>
                    ) : (
                      <Group gap="xs" wrap="nowrap" align="flex-start">
                        <Text
                          size="sm"
                          c={item.outcome ? undefined : 'dimmed'}
                          style={{ whiteSpace: 'pre-wrap', flex: 1 }}
                        >
                          {item.outcome || t('agenda.outcomeEmpty')}
                        </Text>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          aria-label={t('agenda.outcomeLabel', { title: item.title })}
                          onClick={() => setOutcome({ id: item.id, text: item.outcome })}
                        >
                          {t('agenda.outcome')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                </Table.Tr>
              </Fragment>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={add} noValidate aria-label={t('agenda.add')}>
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('agenda.item')}
            required
            style={{ flex: 2, minWidth: 220 }}
            {...form.getInputProps('title')}
          />
          <TextInput
            label={t('agenda.presenter')}
            style={{ flex: 1, minWidth: 160 }}
            {...form.getInputProps('presenter')}
          />
          <NumberInput
            label={t('agenda.minutes')}
            min={1}
            max={600}
            allowDecimal={false}
            w={110}
            {...form.getInputProps('minutes')}
          />
          <Button type="submit" variant="light">
            {t('agenda.add')}
          </Button>
        </Group>
      </form>
    </Paper>
  )
}
