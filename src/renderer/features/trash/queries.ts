/** Reading the trash (Sampah): every soft-deleted record, newest first, with what it is about. */
import { useLiveQuery } from 'dexie-react-hooks'
import { compareInstants } from '../../../shared/time'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { USER_TABLES, type UserTableName } from '../../db/types'
import type { TrashNames } from './trash-label'

export interface TrashRow {
  table: UserTableName
  id: string
  record: Record<string, unknown>
  deletedAt: string
  by: string
}

export interface Trash {
  rows: TrashRow[]
  names: TrashNames
}

async function namesFor(db: SimpulDexie, rows: TrashRow[]): Promise<TrashNames> {
  const wanted = (field: string) => [
    ...new Set(rows.map((r) => r.record[field]).filter((v): v is string => typeof v === 'string')),
  ]
  // Names of the records the deleted ones point at, deleted or not, read only when needed.
  const [regions, commitments, meetings, stakeholders] = await Promise.all([
    db.regions.bulkGet(wanted('regionId')),
    db.commitments.bulkGet(wanted('commitmentId')),
    db.meetings.bulkGet(wanted('meetingId')),
    db.stakeholders.bulkGet(wanted('stakeholderId')),
  ])
  const byId = <T extends { id: string }>(list: (T | undefined)[], name: (x: T) => string) =>
    new Map(list.filter((x): x is T => !!x).map((x) => [x.id, name(x)]))
  const r = byId(regions, (x) => x.name)
  const c = byId(commitments, (x) => x.title)
  const m = byId(meetings, (x) => x.title)
  const s = byId(stakeholders, (x) => x.name)
  return {
    region: (id) => r.get(id),
    commitment: (id) => c.get(id),
    meeting: (id) => m.get(id),
    stakeholder: (id) => s.get(id),
  }
}

export async function loadTrash(db: SimpulDexie): Promise<Trash> {
  const all: TrashRow[] = []
  for (const table of USER_TABLES) {
    // The deletedAt index holds only deleted records: live ones lack the property.
    const deleted = await db.table(table).orderBy('deletedAt').toArray()
    for (const r of deleted)
      all.push({ table, id: r.id, record: r, deletedAt: r.deletedAt, by: r.updatedBy })
  }
  all.sort((a, b) => compareInstants(b.deletedAt, a.deletedAt))
  return { rows: all, names: await namesFor(db, all) }
}

export function useTrash(): Trash | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadTrash(db), [db])
}
