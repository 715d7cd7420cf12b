/**
 * Which regions a record belongs to, for the replica's documents: its own region field, or
 * its parent's (a measurement its commitment's, a meeting's parts their meeting's). A record
 * with no region (a national institution among the stakeholders) belongs to the regions the
 * office holds that wrote it. Pure.
 */
import type { UserTableName } from '../../db/types'
import type { Row } from './sync-doc'

export type Lookup = (table: 'commitments' | 'meetings', id: string) => Row | undefined

const PARENT: Partial<Record<UserTableName, { field: string; table: 'commitments' | 'meetings' }>> =
  {
    measurements: { field: 'commitmentId', table: 'commitments' },
    agendaItems: { field: 'meetingId', table: 'meetings' },
    attendance: { field: 'meetingId', table: 'meetings' },
    decisions: { field: 'meetingId', table: 'meetings' },
    actionItems: { field: 'meetingId', table: 'meetings' },
  }

function own(row: Row): string[] {
  if (Array.isArray(row.regionIds))
    return (row.regionIds as unknown[]).filter((v): v is string => typeof v === 'string')
  return typeof row.regionId === 'string' && row.regionId !== '' ? [row.regionId] : []
}

export function recordRegions(
  table: UserTableName,
  row: Row,
  lookup: Lookup,
  officeRegions: readonly string[],
): string[] {
  const parent = PARENT[table]
  let regions: string[]
  if (parent) {
    const id = row[parent.field]
    const p = typeof id === 'string' ? lookup(parent.table, id) : undefined
    regions = p ? own(p) : []
  } else regions = own(row)
  return regions.length ? [...new Set(regions)].sort() : [...officeRegions].sort()
}

/** The parent records the rows need looked up, per table. */
export function parentsNeeded(
  table: UserTableName,
  rows: readonly Row[],
): { table: 'commitments' | 'meetings'; ids: string[] } | null {
  const parent = PARENT[table]
  if (!parent) return null
  const ids = new Set<string>()
  for (const r of rows) if (typeof r[parent.field] === 'string') ids.add(r[parent.field] as string)
  return { table: parent.table, ids: [...ids] }
}
