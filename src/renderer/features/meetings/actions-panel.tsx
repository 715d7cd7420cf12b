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
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { ActionItem, ActionStatus, Meeting } from '../../db/types'
import { useFormat } from '../../ui/use-format'
import type { CarriedAction } from '../../domain/meeting-logic'
import { CommitmentLink, PledgeModal } from './pledge-modal'
import { useMinutesWrite } from './minutes-write'
import { compareInstants } from '../../../shared/time'
import { isLive } from '../../db/live'

const STATUSES: ActionStatus[] = ['terbuka', 'selesai', 'batal']

function ActionRows({
  rows,
  from,
}: {
  rows: { item: ActionItem; fromMeeting?: Meeting }[]
  from?: boolean
}) {
  const { t } = useTranslation('meetings')
  const fmt = useFormat()
  const { save } = useMinutesWrite()
  const [pledgeFor, setPledgeFor] = useState<ActionItem | null>(null)
  return (
    <>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('actions.text')}</Table.Th>
            <Table.Th>{t('actions.owner')}</Table.Th>
            <Table.Th>{t('actions.due')}</Table.Th>
            <Table.Th w={140}>{t('actions.status')}</Table.Th>
            <Table.Th w={170} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ item, fromMeeting }) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text>{item.text}</Text>
                {from && fromMeeting && (
                  <Anchor component={Link} to={`/kegiatan/${fromMeeting.id}`} size="xs">
                    {t('actions.from', { title: fromMeeting.title })}
                  </Anchor>
                )}
              </Table.Td>
              <Table.Td>{item.owner}</Table.Td>
              <Table.Td>
                {item.dueDate ? (
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
                {item.commitmentId ? (
                  <CommitmentLink id={item.commitmentId} />
                ) : (
                  <Button size="compact-xs" variant="light" onClick={() => setPledgeFor(item)}>
                    {t('actions.toCommitment')}
                  </Button>
                )}
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
