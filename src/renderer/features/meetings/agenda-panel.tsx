import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  Paper,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { createRecord, updateRecord } from '../../db/repository'
import type { AgendaItem } from '../../db/types'
import { useFormat } from '../../ui/use-format'
import {
  agendaMinutes,
  moveAgendaItem,
  nextAgendaOrder,
  sortedAgenda,
} from '../../domain/meeting-logic'
import { reportSaveError } from '../../ui/save-errors'
import { deleteWithUndo } from './undo-delete'

export function AgendaPanel({ meetingId, items }: { meetingId: string; items: AgendaItem[] }) {
  const { db, actor } = useServices()
  const { t } = useTranslation('meetings')
  const fmt = useFormat()
  const list = sortedAgenda(items)
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', presenter: '', minutes: '' as number | string },
  })
  const add = form.onSubmit(async (v) => {
    try {
      await createRecord(
        db,
        'agendaItems',
        {
          meetingId,
          order: nextAgendaOrder(items),
          title: v.title,
          presenter: v.presenter,
          minutes: typeof v.minutes === 'number' ? v.minutes : null,
          outcome: '',
        },
        { actor },
      )
      form.reset()
      notifications.show({ color: 'teal', message: t('agenda.added') })
    } catch (error) {
      reportSaveError(error, form.setFieldError)
    }
  })
  const move = async (id: string, direction: -1 | 1) => {
    for (const u of moveAgendaItem(items, id, direction))
      await updateRecord(db, 'agendaItems', u.id, { order: u.order }, { actor })
  }
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
              <Table.Tr key={item.id}>
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
                      onClick={() =>
                        void deleteWithUndo(
                          db,
                          actor,
                          'agendaItems',
                          item.id,
                          `"${item.title}" ${t('common:history.delete')}`,
                          t('common:actions.undo'),
                        )
                      }
                    >
                      {t('common:actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
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
