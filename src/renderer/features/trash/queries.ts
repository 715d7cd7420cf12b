/** Reading the trash (Sampah): every soft-deleted record, newest first, with a label to tell it by. */
import { useLiveQuery } from 'dexie-react-hooks'
import { compareInstants } from '../../../shared/time'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { USER_TABLES, type UserTableName } from '../../db/types'

export interface TrashRow {
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

export async function loadTrash(db: SimpulDexie): Promise<TrashRow[]> {
  const all: TrashRow[] = []
  for (const table of USER_TABLES) {
    // The deletedAt index holds only deleted records: live ones lack the property.
    const deleted = await db.table(table).orderBy('deletedAt').toArray()
    for (const r of deleted)
      all.push({ table, id: r.id, label: labelOf(r), deletedAt: r.deletedAt, by: r.updatedBy })
  }
  return all.sort((a, b) => compareInstants(b.deletedAt, a.deletedAt))
}

export function useTrash(): TrashRow[] | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadTrash(db), [db])
}
