import { Button, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTrash, type TrashRow } from './queries'
import { trashLabel } from './trash-label'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { restoreRecord } from '../../db/repository'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { useFormat } from '../../ui/use-format'

/** Sampah: everything soft-deleted, newest first, each restorable. */
export function TrashPage() {
  const { db, actor } = useServices()
  const { t } = useTranslation('trash')
  const fmt = useFormat()
  const trash = useTrash()
  const rows = trash?.rows
  const label = (row: TrashRow) =>
    trash ? trashLabel(row.table, row.record, fmt.locale, trash.names) : row.id
  const restore = async (row: TrashRow) => {
    await restoreRecord(db, row.table, row.id, { actor })
    notifications.show({ message: t('restored', { label: label(row) }), color: 'teal' })
  }
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      {rows && rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <Table striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('kind')}</Table.Th>
              <Table.Th>{t('item')}</Table.Th>
              <Table.Th>{t('deletedAt')}</Table.Th>
              <Table.Th>{t('deletedBy')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.map((row) => (
              <Table.Tr key={`${row.table}:${row.id}`} data-testid="trash-row">
                <Table.Td>{t(`tables.${row.table}`)}</Table.Td>
                <Table.Td>
                  <Text lineClamp={3}>{label(row)}</Text>
                </Table.Td>
                <Table.Td>{fmt.dateTime(row.deletedAt)}</Table.Td>
                <Table.Td>{row.by}</Table.Td>
                <Table.Td>
                  <Button size="xs" variant="light" onClick={() => void restore(row)}>
                    {t('common:actions.restore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  )
}
