import {
  ActionIcon,
  Button,
  Group,
  Modal,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { createRecord, updateRecord } from '../../db/repository'
import type { Committee, CommitteeMember, Stakeholder } from '../../db/types'
import { SampleBadge } from '../../ui/sample-badge'
import { reportSaveError } from '../../ui/save-errors'
import { indexStakeholders, orderedSeats } from '../../domain/stakeholder-logic'

export function CommitteesPanel({
  committees,
  people,
}: {
  committees: Committee[]
  people: Stakeholder[]
}) {
  const { t } = useTranslation('stakeholders')
  const [editing, setEditing] = useState<Committee | 'new' | null>(null)
  const index = indexStakeholders(people)
  return (
    <Paper withBorder p="md" data-testid="committees-panel">
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t('committees.title')}</Title>
        <Button variant="light" onClick={() => setEditing('new')}>
          {t('committees.add')}
        </Button>
      </Group>
      {committees.length === 0 && <Text c="dimmed">{t('committees.empty')}</Text>}
      <Stack>
        {committees.map((c) => (
          <div key={c.id}>
            <Group gap="xs">
              <Text fw={700}>{c.name}</Text>
              <SampleBadge isSample={c.isSample} />
              <Button size="compact-xs" variant="subtle" onClick={() => setEditing(c)}>
                {t('common:actions.edit')}
              </Button>
            </Group>
            {c.description && (
              <Text size="sm" c="dimmed">
                {c.description}
              </Text>
            )}
            <Table mt="xs" verticalSpacing={4}>
              <Table.Tbody>
                {orderedSeats(c).map((m, i) => {
                  const holder = m.stakeholderId ? index.get(m.stakeholderId) : undefined
                  return (
                    <Table.Tr key={i}>
                      <Table.Td w={120}>{t(`committees.roles.${m.role}`)}</Table.Td>
                      <Table.Td>{m.seat}</Table.Td>
                      <Table.Td>
                        {holder ? (
                          holder.name
                        ) : (
                          <Text c="dimmed" size="sm" fs="italic">
                            {t('committees.vacant')}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  )
                })}
              </Table.Tbody>
            </Table>
          </div>
        ))}
      </Stack>
      {editing && (
        <CommitteeForm
          record={editing === 'new' ? null : editing}
          people={people}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  )
}

function CommitteeForm({
  record,
  people,
  onClose,
}: {
  record: Committee | null
  people: Stakeholder[]
  onClose: () => void
}) {
  const { db, actor } = useServices()
  const { t } = useTranslation('stakeholders')
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: record?.name ?? '',
      description: record?.description ?? '',
      members:
        record?.members ??
        ([{ role: 'ketua', seat: '', stakeholderId: null }] as CommitteeMember[]),
    },
  })
  const submit = form.onSubmit(async (v) => {
    const input = {
      name: v.name,
      description: v.description,
      regionId: record?.regionId ?? null,
      members: v.members,
    }
    try {
      if (record) await updateRecord(db, 'committees', record.id, input, { actor })
      else await createRecord(db, 'committees', input, { actor })
      notifications.show({ color: 'teal', message: t('committees.saved') })
      onClose()
    } catch (error) {
      reportSaveError(error, form.setFieldError)
    }
  })
  const personOptions = people
    .filter((p) => p.kind === 'person')
    .map((p) => ({ value: p.id, label: p.name }))
  return (
    <Modal opened onClose={onClose} title={record ? record.name : t('committees.add')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label={t('committees.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('committees.description')} {...form.getInputProps('description')} />
          <Text fw={600}>{t('committees.seats')}</Text>
          {form.values.members.map((_, i) => (
            <Group key={i} align="flex-end" wrap="nowrap">
              <Select
                label={t('committees.role')}
                w={140}
                allowDeselect={false}
                data={(['ketua', 'sekretaris', 'anggota'] as const).map((r) => ({
                  value: r,
                  label: t(`committees.roles.${r}`),
                }))}
                {...form.getInputProps(`members.${i}.role`)}
              />
              <TextInput
                label={t('committees.seat')}
                style={{ flex: 1 }}
                {...form.getInputProps(`members.${i}.seat`)}
              />
              <Select
                label={t('committees.holder')}
                style={{ flex: 1 }}
                searchable
                clearable
                data={personOptions}
                {...form.getInputProps(`members.${i}.stakeholderId`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('committees.removeSeat')}
                mb={4}
                onClick={() => form.removeListItem('members', i)}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Button
            variant="subtle"
            w="fit-content"
            onClick={() =>
              form.insertListItem('members', { role: 'anggota', seat: '', stakeholderId: null })
            }
          >
            {t('committees.addSeat')}
          </Button>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit">{t('common:actions.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  )
}
