import { Anchor, Badge, Button, Group, Select, Stack, Table, Text, TextInput } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useDirectory } from './queries'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useServices } from '../../app/services'
import { softDeleteRecord } from '../../db/repository'
import { STAKEHOLDER_CATEGORIES, type Stakeholder } from '../../db/types'
import { ConfirmButton } from '../../ui/confirm-button'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { SampleBadge } from '../../ui/sample-badge'
import { CommitteesPanel } from './committees-panel'
import { StakeholderForm } from './stakeholder-form'
import { indexStakeholders, institutionOf, matchesQuery } from '../../domain/stakeholder-logic'

/** The directory of institutions and people, and committees such as Tim 9. */
export function StakeholdersPage() {
  const { db, actor } = useServices()
  const { t } = useTranslation('stakeholders')
  const [query, setQuery] = useState('')
  const [category, setCategory] = useState<string | null>(null)
  const [editing, setEditing] = useState<Stakeholder | 'new' | null>(null)
  const data = useDirectory()
  if (!data) return null
  const index = indexStakeholders(data.stakeholders)
  const rows = data.stakeholders
    .filter((s) => (!category || s.category === category) && matchesQuery(s, index, query))
    .sort((a, b) =>
      a.kind === b.kind ? a.name.localeCompare(b.name, 'id') : a.kind === 'institution' ? -1 : 1,
    )
  const institutions = data.stakeholders.filter((s) => s.kind === 'institution')
  const remove = async (s: Stakeholder) => {
    await softDeleteRecord(db, 'stakeholders', s.id, { actor })
    notifications.show({ color: 'gray', message: t('deleted', { name: s.name }) })
  }
  return (
    <>
      <Anchor component={Link} to="/kegiatan" size="sm">
        ← {t('back')}
      </Anchor>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={<Button onClick={() => setEditing('new')}>{t('add')}</Button>}
      />
      <Stack gap="lg">
        {data.stakeholders.length === 0 ? (
          <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
        ) : (
          <div>
            <Group mb="sm">
              <TextInput
                label={t('search')}
                value={query}
                onChange={(e) => setQuery(e.currentTarget.value)}
                w={320}
              />
              <Select
                label={t('fields.category')}
                placeholder={t('categoryFilter')}
                clearable
                value={category}
                onChange={setCategory}
                data={STAKEHOLDER_CATEGORIES.map((c) => ({
                  value: c,
                  label: t(`categories.${c}`),
                }))}
              />
            </Group>
            <Table striped verticalSpacing="xs" data-testid="stakeholders-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.position')}</Table.Th>
                  <Table.Th>{t('columns.institution')}</Table.Th>
                  <Table.Th>{t('columns.category')}</Table.Th>
                  <Table.Th>{t('columns.contact')}</Table.Th>
                  <Table.Th w={150} />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Group gap={6}>
                        <Text fw={s.kind === 'institution' ? 700 : 500}>{s.name}</Text>
                        <SampleBadge isSample={s.isSample} />
                      </Group>
                    </Table.Td>
                    <Table.Td>{s.position}</Table.Td>
                    <Table.Td>
                      {s.kind === 'person' ? (
                        institutionOf(s, index)
                      ) : (
                        <Text size="sm" c="dimmed">
                          {t('kinds.institution')}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color="gray">
                        {t(`categories.${s.category}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{[s.phone, s.email].filter(Boolean).join(' · ')}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing(s)}>
                          {t('common:actions.edit')}
                        </Button>
                        <ConfirmButton
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          message={t('deleteConfirm')}
                          onConfirm={() => remove(s)}
                        >
                          {t('common:actions.delete')}
                        </ConfirmButton>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        <CommitteesPanel committees={data.committees} people={data.stakeholders} />
      </Stack>
      {editing && (
        <StakeholderForm
          record={editing === 'new' ? null : editing}
          institutions={institutions}
          regions={data.regions}
          onClose={() => setEditing(null)}
        />
      )}
    </>
  )
}
