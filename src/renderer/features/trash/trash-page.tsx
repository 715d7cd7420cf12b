import { Button, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { restoreRecord } from '../../db/repository'
import { USER_TABLES, type UserTableName } from '../../db/types'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { useFormat } from '../../ui/use-format'
import { compareInstants } from '../../../shared/time'

interface TrashRow {
  table: UserTableName
  id: string
  label: string
  deletedAt: string
  by: string
}

function labelOf(record: Record<string, unknown>): string {
  for (const key of ['title', 'name', 'text', 'period']) {
    const v = record[key]
    if (typeof v === 'string' && v) return key === 'period' ? `${record.regionId} · ${v}` : v
  }
  return String(record.id)
}

/** Sampah: everything soft-deleted, newest first, each restorable. */
export function TrashPage() {
  const { db, actor } = useServices()
  const { t } = useTranslation('trash')
  const fmt = useFormat()
  const rows = useLiveQuery(async () => {
    const all: TrashRow[] = []
    for (const table of USER_TABLES) {
      // The deletedAt index holds only deleted records: live ones lack the property.
      const deleted = await db.table(table).orderBy('deletedAt').toArray()
      for (const r of deleted)
        all.push({ table, id: r.id, label: labelOf(r), deletedAt: r.deletedAt, by: r.updatedBy })
    }
    return all.sort((a, b) => compareInstants(b.deletedAt, a.deletedAt))
  }, [db])
  const restore = async (row: TrashRow) => {
    await restoreRecord(db, row.table, row.id, { actor })
    notifications.show({ message: t('restored', { label: row.label }), color: 'teal' })
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
              <Table.Tr key={`${row.table}:${row.id}`}>
                <Table.Td>{t(`tables.${row.table}`)}</Table.Td>
                <Table.Td>
                  <Text lineClamp={2}>{row.label}</Text>
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
