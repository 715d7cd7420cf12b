/**
 * Upgrades between schema versions. Each upgrade is a pure row conversion (used by the Dexie
 * upgrade, by the restore of an older backup file and by the reading of an older exchange
 * package, so all three give the same rows) plus the named Dexie upgrade function that
 * database.ts declares. Each has its test in test/unit/db/migrations.test.ts.
 *
 * Version 2, "one clock" (see shared/time.ts): v1 stored instants in two forms
 * (`2019-10-15T09:00:00+08:00` from the sample data, `2019-10-15T01:00:00.000Z` from the
 * form) and a meeting known only by its day or year as an instant at WITA midnight, which
 * readers sliced in UTC (a meeting "in 2023" read as 2022). v2 stores every instant in the
 * canonical UTC form, and gives meetings `startsOn`, the WITA date as far as known
 * ('YYYY-MM-DD', or 'YYYY' for year-only), indexed instead of startsAt; startsAt is kept only
 * when the time of day is known.
 */
import type { Transaction } from 'dexie'
import { knownDateOf, parseInstant, type DatePrecision } from '../../shared/time'
import { USER_TABLES } from './types'

type Row = Record<string, unknown>

/** Instant fields of every user record; audit entries have `at`. */
const META_INSTANTS = ['createdAt', 'updatedAt', 'deletedAt'] as const

/** A stored instant in the canonical form; a value that is not an instant is left as it is. */
function canonical(value: unknown): unknown {
  return typeof value === 'string' ? (parseInstant(value) ?? value) : value
}

function canonicalFields(row: Row, fields: readonly string[]): void {
  for (const f of fields) if (typeof row[f] === 'string') row[f] = canonical(row[f])
}

const PRECISIONS: readonly string[] = ['time', 'day', 'year']

/** A v1 meeting's date fields as v2 stores them (mutates and returns the row). */
function meetingToV2(row: Row): Row {
  const precision = (
    PRECISIONS.includes(row.datePrecision as string) ? row.datePrecision : 'time'
  ) as DatePrecision
  const start = typeof row.startsAt === 'string' ? parseInstant(row.startsAt) : null
  if (start) {
    row.startsOn = knownDateOf(start, precision)
    row.startsAt = precision === 'time' ? start : null
  }
  row.endsAt = typeof row.endsAt === 'string' ? canonical(row.endsAt) : null
  return row
}

/** One row of `table` as schema v2 stores it. Mutates and returns the row. */
export function rowToV2(table: string, row: Row): Row {
  if (table === 'audit') canonicalFields(row, ['at'])
  else if ((USER_TABLES as readonly string[]).includes(table)) {
    canonicalFields(row, META_INSTANTS)
    if (table === 'meetings') meetingToV2(row)
  }
  return row
}

/** The tables of a v1 backup file as v2 stores them (rows are copied, not mutated). */
export function tablesToV2<T extends Record<string, unknown[]>>(tables: T): T {
  const out: Record<string, unknown[]> = {}
  for (const [table, rows] of Object.entries(tables))
    out[table] = Array.isArray(rows)
      ? rows.map((r) =>
          r && typeof r === 'object' && !Array.isArray(r) ? rowToV2(table, { ...(r as Row) }) : r,
        )
      : rows
  return out as T
}

/** A record stamp `<device>@<instant>` with its instant in the canonical form. */
export function stampToV2(stamp: string): string {
  const cut = stamp.lastIndexOf('@')
  if (cut < 0) return stamp
  return `${stamp.substring(0, cut)}@${String(canonical(stamp.substring(cut + 1)))}`
}

/**
 * The Dexie upgrade from v1 to v2: every row of every v2 table through rowToV2 (the tables
 * later versions add do not exist yet when it runs).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const later: readonly string[] = TABLES_ADDED_IN_V3
  for (const table of [...USER_TABLES.filter((t) => !later.includes(t)), 'audit']) {
    await tx
      .table(table)
      .toCollection()
      .modify((row: Row) => {
        rowToV2(table, row)
      })
  }
}

/**
 * Version 3, "Paritrana": new tables only (the Inpres 2/2021 matrix and the Paritrana
 * Award); no stored row changes, so there is no Dexie upgrade function. A backup file or exchange package written before v3 has
 * none of these tables: it is read as holding no rows of them.
 */
export const TABLES_ADDED_IN_V3 = [
  'inpresStatus',
  'inpresStatements',
  'paritranaEditions',
  'paritranaRubrics',
  'paritranaEvidence',
  'paritranaScores',
] as const satisfies readonly (typeof USER_TABLES)[number][]

/** Whether a file of schema `version` holds `table` at all. */
export function tableExistsAt(table: string, version: number): boolean {
  return version >= 3 || !(TABLES_ADDED_IN_V3 as readonly string[]).includes(table)
}

/** The tables of a pre-v3 file as v3 reads them: the v3 tables empty (a copy; rows untouched). */
export function tablesToV3<T extends Record<string, unknown[]>>(tables: T): T {
  const out: Record<string, unknown[]> = { ...tables }
  for (const t of TABLES_ADDED_IN_V3) if (!Array.isArray(out[t])) out[t] = []
  return out as T
}
