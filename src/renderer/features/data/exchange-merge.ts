/**
 * Merging a received package into this laptop's records, by record id. Pure.
 *
 * Exchange state (kept in the settings table by exchange-db.ts):
 *  - `exchange:lineage` → { "<table>/<id>": stamps[] }: versions of each record this laptop
 *    knows its copy supersedes, learned from packages. Together with the record's own audit
 *    entries (each audit entry's `deviceId@at` is the stamp of the version it wrote) this is
 *    "what this laptop has seen" of a record.
 *  - `exchange:<peerDeviceId>` → { lastImportAt, packageIds[] }: which packages from that
 *    laptop were imported, so a package imported twice is recognised (and changes nothing).
 *
 * For each incoming version R against the local copy L:
 *  - no L: add R (a tombstone too, so the deletion is known here);
 *  - same stamp: nothing to do;
 *  - L's stamp is among R's ancestors: R is newer, take it;
 *  - R's stamp is among what this laptop has seen of L: R is older, keep L;
 *  - same content: keep L, remember R as seen;
 *  - otherwise both sides changed since they last agreed: a conflict for the user.
 */
import { USER_TABLES, type RecordMeta, type UserTableName } from '../../db/types'
import { recordKey, stampOf, type ExchangePackage } from './exchange-package'

type Row = RecordMeta & Record<string, unknown>

export interface MergeTake {
  table: UserTableName
  incoming: Row
  local: Row | null
}

export interface MergeConflict {
  table: UserTableName
  local: Row
  incoming: Row
  /** Fields that differ, deletedAt included. */
  fields: string[]
}

export interface MergePlan {
  takes: MergeTake[]
  /** Stamps to remember per record (lineage), for keeps and same-content cases too. */
  learned: Record<string, string[]>
  conflicts: MergeConflict[]
  unchanged: number
  keptNewerLocal: number
}

const META = new Set([
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'updatedOn',
  'rev',
  'isSample',
])

export function differingFields(a: Row, b: Row): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)])
  return [...keys]
    .filter((k) => !META.has(k) && JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .sort()
}

export interface LocalView {
  get(table: UserTableName, id: string): Row | undefined
  /** Stamps this laptop has seen of a record: audit entries plus lineage. */
  seen(table: UserTableName, id: string): ReadonlySet<string>
}

export function planMerge(pkg: ExchangePackage, local: LocalView): MergePlan {
  const plan: MergePlan = { takes: [], learned: {}, conflicts: [], unchanged: 0, keptNewerLocal: 0 }
  for (const table of USER_TABLES) {
    for (const incoming of pkg.records[table] as unknown as Row[]) {
      const key = recordKey(table, incoming.id)
      const ancestors = new Set(pkg.ancestors[key] ?? [])
      const l = local.get(table, incoming.id)
      const rStamp = stampOf(incoming)
      const learn = (extra: string[]) => {
        plan.learned[key] = [...new Set([...(plan.learned[key] ?? []), ...ancestors, ...extra])]
      }
      if (!l) {
        plan.takes.push({ table, incoming, local: null })
        learn([rStamp])
        continue
      }
      const lStamp = stampOf(l)
      if (lStamp === rStamp) {
        plan.unchanged++
        continue
      }
      if (ancestors.has(lStamp)) {
        plan.takes.push({ table, incoming, local: l })
        learn([rStamp, lStamp])
        continue
      }
      const seen = local.seen(table, incoming.id)
      if (seen.has(rStamp)) {
        plan.keptNewerLocal++
        continue
      }
      const fields = differingFields(l, incoming)
      if (fields.length === 0) {
        plan.unchanged++
        learn([rStamp])
        continue
      }
      plan.conflicts.push({ table, local: l, incoming, fields })
    }
  }
  return plan
}
