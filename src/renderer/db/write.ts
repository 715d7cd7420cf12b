/**
 * The one way user records change. Forms, the spreadsheet import, the exchange merge, the
 * sample data and backup restore all call writeBatch (or replaceAllTables for a restore),
 * and each call is one transaction in which every row is
 *  - parsed by its table's schema (db/rows.ts): what the schema does not know is not stored;
 *  - stamped with RecordMeta by the given actor at one instant (`now`);
 *  - audited, the entry naming the actor and the source of the change;
 *  - checked by the table's reference check (REFERENCE_CHECKS), against the database and the
 *    rows arriving in the same batch;
 * and a storage failure (disk full, database closed by another window…) becomes a message in
 * the app's language, with nothing written.
 *
 * Bulk paths stay fast: rows are parsed once (rows a file reader already parsed are not parsed
 * again), current versions are read with one bulkGet per table, and rows are written with one
 * bulkAdd/bulkPut per table: no per-row await inside the transaction.
 */
import type { Table } from 'dexie'
import type { SimpulDexie } from './database'
import { newId, type Actor } from './device'
import { explainWriteError } from './durability'
import { checkFinalMinutes } from './minutes-guard'
import { isParsedRow, parseRecordData, parseStoredRow, splitMeta, STORED_TABLES } from './rows'
import type { StoredTableName } from './rows'
import { FIELD_LABELS, issueMessage, ValidationError } from './schemas'
import { USER_TABLES } from './types'
import type {
  AuditAction,
  AuditEntry,
  Flag,
  RecordMeta,
  Region,
  UserTableName,
  WriteSource,
} from './types'
import type { Language } from '../../shared/bridge-contract'
import { data } from '../i18n/messages/data'

type Data = Record<string, unknown>
export type StoredRow = RecordMeta & Data

/**
 * The recordId of an audit entry that stands for every record one bulk operation created in
 * one table. A bulk operation (an import, loading the sample) costs one such entry per table
 * instead of one per record: each new record carries its own createdAt/createdBy (RecordMeta),
 * and its history finds the operation's entry by that instant (recordHistory in
 * repository.ts; the exchange reads the stamp the same way). What a user needs per record is
 * still written per record: every change of an existing record (an import's update, with the
 * fields before and after), every deletion and restoration; forms audit every record.
 */
export const BULK_RECORD_ID = '*'

/** Sources whose new records are audited with one entry per table and operation. */
export const BULK_SOURCES: ReadonlySet<WriteSource> = new Set(['import', 'sample'])
/** Sources whose new records arrive from another office: one entry per creation there. */
export const MERGE_SOURCES: ReadonlySet<WriteSource> = new Set(['exchange'])

export interface WriteContext {
  /** Who makes the change; screens pass useServices().actor. */
  actor: Actor
  source: WriteSource
  /** One instant for the whole batch; now by default. */
  now?: Date
  /** Language of a storage-failure message; the app's current language by default. */
  language?: Language
}

/** What a write requires of the stored record first; otherwise nothing is written. */
export interface Expectation {
  /** Fields the stored record must still hold (compared as JSON; undefined = absent). */
  fields?: Data
  /** There must be no record with this id. */
  absent?: boolean
  /** Shown when the expectation fails: the data changed since the plan was made. */
  message: string
}

export type WriteOp =
  /** A new record; `data` is everything but RecordMeta. */
  | {
      op: 'create'
      table: UserTableName
      data: Data
      id?: string
      isSample?: Flag
      /** Leave an existing record with this id alone instead of failing (the sample). */
      skipIfExists?: boolean
    }
  /** Changes fields of a record; the merged record must pass the schema. */
  | { op: 'update'; table: UserTableName; id: string; patch: Data; expect?: Expectation }
  /** To the trash (Sampah), and back. */
  | { op: 'softDelete'; table: UserTableName; id: string }
  | { op: 'restore'; table: UserTableName; id: string }
  /**
   * Stores a version made elsewhere or earlier with its own RecordMeta (the exchange). Its
   * audit entry names that version's author, device and time (updatedBy/On/At); `audit`
   * overrides the fields it records, which are otherwise the ones that differ.
   */
  | {
      op: 'upsert'
      table: UserTableName
      record: StoredRow
      expect?: Expectation
      audit?: { before: Data | null; after: Data | null }
    }
  /** Removes records and their history for good (sample removal): no audit entry. */
  | { op: 'purge'; table: UserTableName; ids: readonly string[] | 'sample' }

export interface WriteOptions {
  /** Region codes stored alongside the records (the exchange), so references to them resolve. */
  arrivingRegions?: readonly string[]
  /** Other tables changed in the same transaction (settings, regions), written after the records. */
  alongside?: { tables: readonly ('settings' | 'regions')[]; run: () => Promise<void> }
}

export interface WriteResult {
  /** Per op, the record as stored afterwards (null for a purge or a skipped create). */
  records: (StoredRow | null)[]
  added: number
  changed: number
  deleted: number
  restored: number
  purged: number
}

/** What a batch brings, by table and id; 'regions' holds the regions stored with it. */
export type Arriving = ReadonlyMap<UserTableName | 'regions', ReadonlyMap<string, object>>

/**
 * A per-table check of references, run inside the write's transaction before anything is
 * stored. `rows` are this table's rows about to be stored; `arriving` holds every row of the
 * batch by table and id, so a parent arriving in the same batch counts as present. Throws a
 * ReferenceCheckError (Indonesian message) to refuse the whole batch.
 */
export interface ReferenceCheck {
  /** Tables the check reads; they join the write's transaction. */
  reads: readonly (UserTableName | 'regions')[]
  check(args: {
    db: SimpulDexie
    table: UserTableName
    rows: readonly StoredRow[]
    arriving: Arriving
    source: WriteSource
  }): void | Promise<void>
}

export class ReferenceCheckError extends Error {
  override name = 'ReferenceCheckError'
}

export class RecordNotFoundError extends Error {
  override name = 'RecordNotFoundError'
  constructor(table: string, id: string) {
    super(`Data tidak ditemukan (${table} ${id}). Mungkin sudah dihapus di jendela lain.`)
  }
}

/** The stored record is not the version a plan (import preview, merge preview) was made from. */
export class StaleRecordError extends Error {
  override name = 'StaleRecordError'
}

/** Indonesian names of tables, for messages naming a record (the catalogue's words). */
export const RECORD_TABLE_LABELS: Record<UserTableName | 'regions', string> = data.id.tables

/** One reference: a field (or list of values) of a row naming a record of another table. */
interface Reference {
  field: string
  target: UserTableName | 'regions'
  /** The ids a row refers to through this field (none when the field is empty). */
  ids?: (row: StoredRow) => readonly string[]
}

const single =
  (field: string) =>
  (row: StoredRow): readonly string[] => {
    const v = row[field]
    return typeof v === 'string' && v !== '' ? [v] : []
  }

/** An edition's stages as stored (parsed rows always have the arrays). */
function editionStages(
  r: StoredRow,
): { regionIds: string[]; meetingIds: string[]; commitmentIds: string[] }[] {
  return Array.isArray(r.stages)
    ? (r.stages as { regionIds: string[]; meetingIds: string[]; commitmentIds: string[] }[])
    : []
}

/**
 * What refers to what. A soft-deleted target (in the trash, Sampah) still counts as
 * existing: it can be restored, and the exchange carries tombstones. A purged one does not.
 */
export const REFERENCES: Partial<Record<UserTableName, readonly Reference[]>> = {
  coverage: [{ field: 'regionId', target: 'regions' }],
  targets: [{ field: 'regionId', target: 'regions' }],
  commitments: [
    { field: 'regionId', target: 'regions' },
    { field: 'parentId', target: 'commitments' },
    { field: 'meetingId', target: 'meetings' },
  ],
  measurements: [{ field: 'commitmentId', target: 'commitments' }],
  meetings: [
    {
      field: 'regionIds',
      target: 'regions',
      ids: (r) => (Array.isArray(r.regionIds) ? (r.regionIds as string[]) : []),
    },
  ],
  agendaItems: [{ field: 'meetingId', target: 'meetings' }],
  attendance: [
    { field: 'meetingId', target: 'meetings' },
    { field: 'stakeholderId', target: 'stakeholders' },
  ],
  decisions: [
    { field: 'meetingId', target: 'meetings' },
    { field: 'agendaItemId', target: 'agendaItems' },
  ],
  actionItems: [
    { field: 'meetingId', target: 'meetings' },
    { field: 'commitmentId', target: 'commitments' },
  ],
  stakeholders: [
    { field: 'regionId', target: 'regions' },
    { field: 'institutionId', target: 'stakeholders' },
  ],
  committees: [{ field: 'regionId', target: 'regions' }],
  inpresStatus: [{ field: 'regionId', target: 'regions' }],
  inpresStatements: [
    { field: 'regionId', target: 'regions' },
    { field: 'meetingId', target: 'meetings' },
  ],
  paritranaEditions: [
    { field: 'regionId', target: 'regions' },
    { field: 'committeeId', target: 'committees' },
    {
      field: 'proposedRegionIds',
      target: 'regions',
      ids: (r) => [
        ...((r.proposedRegionIds as string[] | undefined) ?? []),
        ...((r.winnerRegionIds as string[] | undefined) ?? []),
        ...editionStages(r).flatMap((s) => s.regionIds),
      ],
    },
    {
      field: 'stages',
      target: 'meetings',
      ids: (r) => editionStages(r).flatMap((s) => s.meetingIds),
    },
    {
      field: 'stages',
      target: 'commitments',
      ids: (r) => editionStages(r).flatMap((s) => s.commitmentIds),
    },
  ],
  paritranaEvidence: [{ field: 'regionId', target: 'regions' }],
  paritranaScores: [
    { field: 'regionId', target: 'regions' },
    { field: 'rubricId', target: 'paritranaRubrics' },
  ],
}

/** A record as a message names it: table, title or name when it has one, and id. */
export function describeRecord(table: UserTableName | 'regions', row: Data): string {
  const title = [row.title, row.name, row.text].find((v) => typeof v === 'string' && v !== '')
  const name = title ? ` "${String(title).slice(0, 60)}"` : ''
  return `${RECORD_TABLE_LABELS[table]}${name} (id ${String(row.id)})`
}

/**
 * The ids among `wanted` that exist in `target`: those arriving plus those stored, read with
 * one bulk query of primary keys (no per-row query).
 */
async function existingIds(
  db: SimpulDexie,
  target: UserTableName | 'regions',
  wanted: ReadonlySet<string>,
  arriving: Arriving,
): Promise<Set<string>> {
  const here = arriving.get(target)
  const found = new Set<string>()
  const ask: string[] = []
  for (const id of wanted) {
    if (here?.has(id)) found.add(id)
    else ask.push(id)
  }
  if (ask.length) {
    const keys = (await db.table(target).where(':id').anyOf(ask).primaryKeys()) as string[]
    for (const k of keys) found.add(k)
  }
  return found
}

async function checkReferences(
  db: SimpulDexie,
  table: UserTableName,
  rows: readonly StoredRow[],
  arriving: Arriving,
) {
  for (const ref of REFERENCES[table] ?? []) {
    const idsOf = ref.ids ?? single(ref.field)
    const wanted = new Set<string>()
    for (const r of rows) for (const id of idsOf(r)) wanted.add(id)
    if (!wanted.size) continue
    const found = await existingIds(db, ref.target, wanted, arriving)
    if (found.size === wanted.size) continue
    for (const r of rows)
      for (const id of idsOf(r))
        if (!found.has(id))
          throw new ReferenceCheckError(
            `Tidak disimpan: ${describeRecord(table, r)}, kolom ${FIELD_LABELS[ref.field] ?? ref.field}, merujuk ${RECORD_TABLE_LABELS[ref.target]} "${id}" yang tidak ada. Tidak ada yang diubah.`,
          )
  }
}

/** A commitment is not its own parent, nor its own ancestor through a chain of parents. */
async function checkParentCycles(db: SimpulDexie, rows: readonly StoredRow[], arriving: Arriving) {
  const parentOf = new Map<string, string | null>()
  const here = arriving.get('commitments') as ReadonlyMap<string, StoredRow> | undefined
  for (const [id, r] of here ?? []) parentOf.set(id, (r.parentId as string | null) ?? null)
  // Ancestors stored in the database, one level per bulk read.
  let ask = new Set<string>()
  const need = (id: string | null) => {
    if (id !== null && !parentOf.has(id)) ask.add(id)
  }
  for (const r of rows) need((r.parentId as string | null) ?? null)
  while (ask.size) {
    const list = [...ask]
    ask = new Set()
    const stored = (await db.table('commitments').bulkGet(list)) as (StoredRow | undefined)[]
    list.forEach((id, i) => parentOf.set(id, (stored[i]?.parentId as string | null) ?? null))
    for (const id of list) need(parentOf.get(id) ?? null)
  }
  for (const r of rows) {
    if (r.parentId === r.id)
      throw new ReferenceCheckError(
        `Komitmen "${String(r.title)}" tidak bisa menjadi induk dirinya sendiri.`,
      )
    const seen = new Set<string>([r.id])
    let at = (r.parentId as string | null) ?? null
    while (at !== null) {
      if (seen.has(at))
        throw new ReferenceCheckError(
          `Tidak disimpan: komitmen "${String(r.title)}" (id ${r.id}) menjadi induk dari induknya sendiri (rantai induk berputar). Tidak ada yang diubah.`,
        )
      seen.add(at)
      at = parentOf.get(at) ?? null
    }
  }
}

function targetsOf(table: UserTableName): (UserTableName | 'regions')[] {
  return [...new Set((REFERENCES[table] ?? []).map((r) => r.target))]
}

/**
 * The reference checks per table, run at every door: forms, import, restore, merge, sample.
 */
export const REFERENCE_CHECKS: Partial<Record<UserTableName, ReferenceCheck>> = Object.fromEntries(
  (Object.keys(REFERENCES) as UserTableName[]).map((table) => [
    table,
    {
      reads: targetsOf(table),
      check: async ({ db, rows, arriving }) => {
        if (table === 'commitments') await checkParentCycles(db, rows, arriving)
        await checkReferences(db, table, rows, arriving)
      },
    } satisfies ReferenceCheck,
  ]),
)

function validationError(table: string, issues: { path: PropertyKey[]; message: string }[]) {
  return new ValidationError(
    issues.map((issue) => {
      const field = String(issue.path[0] ?? '')
      return {
        field,
        label: FIELD_LABELS[field] ?? (field || table),
        message: issueMessage(issue.message),
      }
    }),
  )
}

/** A record's data through its schema; a row a reader already parsed is taken as it is. */
function parseData(table: UserTableName, data: Data): Data {
  if (isParsedRow(data)) return data
  const result = parseRecordData(table, data)
  if (!result.ok) throw validationError(table, result.issues)
  return result.value
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

function changedFields(before: Data, after: Data) {
  const b: Data = {}
  const a: Data = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!same(before[key], after[key])) {
      b[key] = before[key] ?? null
      a[key] = after[key] ?? null
    }
  }
  return { before: b, after: a }
}

/** A record's audited content: its data plus the soft-delete mark. */
function auditedContent(row: StoredRow): Data {
  const { data } = splitMeta(row)
  if (row.deletedAt) data.deletedAt = row.deletedAt
  return data
}

function checkExpectation(expect: Expectation | undefined, current: StoredRow | undefined) {
  if (!expect) return
  const ok = expect.absent
    ? !current
    : !!current &&
      Object.entries(expect.fields ?? {}).every(([k, v]) => same((current as Data)[k], v))
  if (!ok) throw new StaleRecordError(expect.message)
}

/** The id whose stored version an op needs to see, if any. */
function storedIdNeeded(o: WriteOp): string | undefined {
  switch (o.op) {
    case 'create':
      return o.skipIfExists ? o.id : undefined
    case 'upsert':
      return o.record.id
    case 'purge':
      return undefined
    default:
      return o.id
  }
}

const opTables = (ops: readonly WriteOp[]) => [...new Set(ops.map((o) => o.table))]

function transactionTables(db: SimpulDexie, tables: readonly string[], options: WriteOptions) {
  const names = new Set<string>([...tables, 'audit', ...(options.alongside?.tables ?? [])])
  for (const t of tables)
    for (const r of REFERENCE_CHECKS[t as UserTableName]?.reads ?? []) names.add(r)
  return [...names].map((n) => db.table(n))
}

async function runChecks(
  db: SimpulDexie,
  source: WriteSource,
  arriving: Map<UserTableName | 'regions', Map<string, object>>,
  unchecked: ReadonlySet<string> = new Set(),
) {
  for (const [table, rows] of arriving) {
    if (table === 'regions') continue
    const check = REFERENCE_CHECKS[table]
    const list = [...(rows as Map<string, StoredRow>).values()].filter(
      (r) => !unchecked.has(`${table}/${r.id}`),
    )
    if (check && list.length) await check.check({ db, table, rows: list, arriving, source })
  }
}

/**
 * Applies `ops` in order, in one transaction: all of them or, on any error, none. Validation
 * of new data happens before the transaction opens; updates are validated against the stored
 * record inside it.
 */
export async function writeBatch(
  db: SimpulDexie,
  ctx: WriteContext,
  ops: readonly WriteOp[],
  options: WriteOptions = {},
): Promise<WriteResult> {
  const { actor, source } = ctx
  const at = (ctx.now ?? new Date()).toISOString()
  const stamp = { updatedAt: at, updatedBy: actor.name, updatedOn: actor.deviceId }
  const entry = (
    table: UserTableName,
    recordId: string,
    action: AuditAction,
    before: Data | null,
    after: Data | null,
    who: { at: string; by: string; deviceId: string } = {
      at,
      by: actor.name,
      deviceId: actor.deviceId,
    },
  ): AuditEntry => ({ table, recordId, action, ...who, source, before, after })

  // Parse what can be parsed without the stored records, before the transaction opens.
  const prepared = ops.map((o) => {
    if (o.op === 'create') return parseData(o.table, o.data)
    if (o.op === 'upsert') {
      if (isParsedRow(o.record)) return o.record
      const result = parseStoredRow(o.table, o.record)
      if (!result.ok) throw validationError(o.table, result.issues)
      return result.value
    }
    return null
  })
  const tables = opTables(ops)
  const committed = new Map<UserTableName, StoredRow[]>()
  const committedPurges = new Map<UserTableName, string[]>()
  const result: WriteResult = {
    records: [],
    added: 0,
    changed: 0,
    deleted: 0,
    restored: 0,
    purged: 0,
  }

  try {
    await db.transaction('rw', transactionTables(db, tables, options), async () => {
      // The stored versions this batch needs: one bulkGet per table.
      const wanted = new Map<UserTableName, Set<string>>()
      for (const o of ops) {
        const id = storedIdNeeded(o)
        if (id === undefined) continue
        if (!wanted.has(o.table)) wanted.set(o.table, new Set())
        wanted.get(o.table)!.add(id)
      }
      // Per table: id → the row as it stands in this batch (undefined: absent).
      const state = new Map<UserTableName, Map<string, StoredRow | undefined>>()
      const existed = new Map<UserTableName, Set<string>>()
      for (const table of tables) {
        state.set(table, new Map())
        existed.set(table, new Set())
      }
      for (const [table, ids] of wanted) {
        const list = [...ids]
        const rows = (await db.table(table).bulkGet(list)) as (StoredRow | undefined)[]
        list.forEach((id, i) => {
          state.get(table)!.set(id, rows[i])
          if (rows[i]) existed.get(table)!.add(id)
        })
      }
      const purgeIds = new Map<UserTableName, string[]>()
      for (const o of ops) {
        if (o.op !== 'purge') continue
        const ids =
          o.ids === 'sample'
            ? ((await db.table(o.table).where('isSample').equals(1).primaryKeys()) as string[])
            : [...o.ids]
        purgeIds.set(o.table, [...(purgeIds.get(o.table) ?? []), ...ids])
      }

      const audit: AuditEntry[] = []
      const bulk = BULK_SOURCES.has(source)
      // New records that cost one audit entry per table and creation instead of one each: a
      // bulk source's (this batch's who and when) and a merge's (who created them at the other
      // office, and when). recordHistory finds the entry by the records' createdAt and
      // createdBy; a package of 5.000 imported rows costs one entry, not 5.000.
      const created = new Map<
        string,
        { table: UserTableName; at: string; by: string; deviceId: string; records: number }
      >()
      const countCreated = (table: UserTableName, at: string, by: string, deviceId: string) => {
        const key = JSON.stringify([table, at, by])
        const group = created.get(key) ?? { table, at, by, deviceId, records: 0 }
        group.records++
        created.set(key, group)
      }
      const written = new Map<UserTableName, Map<string, StoredRow>>()
      const write = (table: UserTableName, row: StoredRow) => {
        state.get(table)!.set(row.id, row)
        if (!written.has(table)) written.set(table, new Map())
        written.get(table)!.set(row.id, row)
      }
      const currentOf = (table: UserTableName, id: string) => state.get(table)!.get(id)

      ops.forEach((o, i) => {
        if (o.op === 'create') {
          const data = prepared[i] as Data
          const id = o.id ?? newId()
          if (o.skipIfExists && currentOf(o.table, id)) {
            result.records.push(null)
            return
          }
          const row = {
            ...data,
            id,
            createdAt: at,
            createdBy: actor.name,
            ...stamp,
            rev: 1,
            isSample: o.isSample ?? 0,
          } as StoredRow
          write(o.table, row)
          if (bulk) countCreated(o.table, at, actor.name, actor.deviceId)
          else audit.push(entry(o.table, id, 'create', null, data))
          result.records.push(row)
          result.added++
          return
        }
        if (o.op === 'purge') {
          for (const id of purgeIds.get(o.table) ?? []) state.get(o.table)!.set(id, undefined)
          result.records.push(null)
          return
        }
        if (o.op === 'upsert') {
          const current = currentOf(o.table, o.record.id)
          checkExpectation(o.expect, current)
          const row = prepared[i] as StoredRow
          const next = auditedContent(row)
          let action: AuditAction = 'create'
          let before: Data | null = null
          let after: Data | null = next
          if (current) {
            const diff = changedFields(auditedContent(current), next)
            before = diff.before
            after = diff.after
            action =
              row.deletedAt && !current.deletedAt
                ? 'delete'
                : !row.deletedAt && current.deletedAt
                  ? 'restore'
                  : 'update'
          }
          if (o.audit) ({ before, after } = o.audit)
          write(o.table, row)
          if (!current && !o.audit && MERGE_SOURCES.has(source))
            countCreated(o.table, row.createdAt, row.createdBy, row.updatedOn)
          else
            audit.push(
              entry(o.table, row.id, action, before, after, {
                at: row.updatedAt,
                by: row.updatedBy,
                deviceId: row.updatedOn,
              }),
            )
          result.records.push(row)
          if (current) result.changed++
          else result.added++
          return
        }
        const current = currentOf(o.table, o.id)
        if (o.op === 'update') checkExpectation(o.expect, current)
        if (!current) throw new RecordNotFoundError(o.table, o.id)
        const { meta, data: beforeData } = splitMeta(current)
        if (o.op === 'update') {
          const { data: patch } = splitMeta(o.patch)
          const afterData = parseData(o.table, { ...beforeData, ...patch })
          const diff = changedFields(beforeData, afterData)
          // Unknown fields an older version stored are dropped on the next change.
          if (Object.keys(diff.after).length === 0) {
            result.records.push(current)
            return
          }
          const row = { ...afterData, ...meta, ...stamp, rev: current.rev + 1 } as StoredRow
          write(o.table, row)
          audit.push(entry(o.table, o.id, 'update', diff.before, diff.after))
          result.records.push(row)
          result.changed++
          return
        }
        const deleting = o.op === 'softDelete'
        if (Boolean(current.deletedAt) === deleting) {
          result.records.push(current)
          return
        }
        const row = { ...current, ...stamp, rev: current.rev + 1 } as StoredRow
        if (deleting) row.deletedAt = at
        else delete row.deletedAt
        write(o.table, row)
        audit.push(
          entry(
            o.table,
            o.id,
            deleting ? 'delete' : 'restore',
            { deletedAt: current.deletedAt ?? null },
            { deletedAt: deleting ? at : null },
          ),
        )
        result.records.push(row)
        if (deleting) result.deleted++
        else result.restored++
      })

      for (const g of created.values())
        audit.push(
          entry(
            g.table,
            BULK_RECORD_ID,
            'create',
            null,
            { records: g.records },
            {
              at: g.at,
              by: g.by,
              deviceId: g.deviceId,
            },
          ),
        )

      const arriving = new Map<UserTableName | 'regions', Map<string, object>>(written)
      if (options.arrivingRegions?.length)
        arriving.set('regions', new Map(options.arrivingRegions.map((id) => [id, { id }])))
      // Moving a record to the trash never needs its references: an old record whose
      // reference broke can still be deleted.
      const unchecked = new Set(
        ops
          .filter((o) => o.op === 'softDelete')
          .map((o) => `${o.table}/${(o as { id: string }).id}`),
      )
      await runChecks(db, source, arriving, unchecked)
      await checkFinalMinutes(db, source, written)

      for (const [table, ids] of purgeIds) {
        if (!ids.length) continue
        await db.table(table).bulkDelete(ids)
        await db.audit
          .where('[table+recordId]')
          .anyOf(ids.map((id) => [table, id]))
          .delete()
        result.purged += ids.length
      }
      // Removing the sample removes the entries that loading it wrote for its records.
      for (const o of ops)
        if (o.op === 'purge' && o.ids === 'sample')
          await db.audit
            .where('[table+recordId]')
            .equals([o.table, BULK_RECORD_ID])
            .filter((e) => e.source === 'sample')
            .delete()
      for (const [table, rows] of written) {
        const adds: StoredRow[] = []
        const puts: StoredRow[] = []
        for (const row of rows.values()) (existed.get(table)!.has(row.id) ? puts : adds).push(row)
        if (adds.length) await db.table(table).bulkAdd(adds)
        if (puts.length) await db.table(table).bulkPut(puts)
      }
      if (audit.length) await db.audit.bulkAdd(audit)
      if (options.alongside) await options.alongside.run()
      for (const [table, rows] of written) committed.set(table, [...rows.values()])
      for (const [table, ids] of purgeIds) if (ids.length) committedPurges.set(table, ids)
    })
  } catch (error) {
    throw explainWriteError(error, ctx.language)
  }
  notifyCommitted({ db, source, written: committed, purged: committedPurges, replaced: false })
  return result
}

/**
 * What a committed batch changed, for listeners outside the write path (the sync replica):
 * per table, the rows as stored and the ids purged; `replaced` after a restore (every table).
 */
export interface CommittedBatch {
  db: SimpulDexie
  source: WriteSource
  written: ReadonlyMap<UserTableName, readonly StoredRow[]>
  purged: ReadonlyMap<UserTableName, readonly string[]>
  replaced: boolean
}
export type CommitListener = (batch: CommittedBatch) => void

const commitListeners = new Set<CommitListener>()

/**
 * The one extension point of the write path: `listener` hears every batch after its
 * transaction committed (never a rolled-back one). It runs outside the transaction and cannot
 * undo or fail the write; an error it throws is logged. Returns the function that removes it.
 */
export function onCommitted(listener: CommitListener): () => void {
  commitListeners.add(listener)
  return () => commitListeners.delete(listener)
}

function notifyCommitted(batch: CommittedBatch) {
  for (const listener of commitListeners) {
    try {
      listener(batch)
    } catch (error) {
      console.error(error)
    }
  }
}

export type StoredTables = Record<StoredTableName, readonly object[]>

/** A restore brings its regions: each region's parent is among them, and records need regions. */
function checkRestoredRegions(parsed: Record<StoredTableName, object[]>) {
  const regions = parsed.regions as Region[]
  const ids = new Set(regions.map((r) => r.id))
  regions.forEach((r, i) => {
    if (r.parentId !== null && !ids.has(r.parentId))
      throw new ReferenceCheckError(
        `Tidak disimpan: wilayah ${r.id} "${r.name}" (baris ${i + 1}) berinduk ${r.parentId} yang tidak ada. Tidak ada yang diubah.`,
      )
  })
  if (!regions.length) {
    const withRecords = USER_TABLES.find((t) => parsed[t].length > 0)
    if (withRecords)
      throw new ReferenceCheckError(
        `Tidak disimpan: berkas berisi data (${RECORD_TABLE_LABELS[withRecords]}) tetapi tidak berisi wilayah sama sekali. Tidak ada yang diubah.`,
      )
  }
}

/**
 * Replaces every table with the given rows (a backup restore), in one transaction: the
 * restore lands whole or not at all. Every row is parsed (rows parseBackup already parsed are
 * taken as they are); the backup's own history is restored as it is, so no new audit entries
 * are written, and the result is identical to the backup.
 */
export async function replaceAllTables(
  db: SimpulDexie,
  ctx: WriteContext,
  tables: StoredTables,
): Promise<void> {
  const parsed = {} as Record<StoredTableName, object[]>
  for (const table of STORED_TABLES) {
    const rows = tables[table] ?? []
    const out: object[] = new Array(rows.length)
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]
      if (isParsedRow(row)) out[i] = row!
      else {
        const result = parseStoredRow(table, row)
        if (!result.ok) throw validationError(table, result.issues)
        out[i] = result.value
      }
    }
    parsed[table] = out
  }
  checkRestoredRegions(parsed)
  // Every table is in the transaction, so whatever a reference check reads is too.
  const dexieTables: Table[] = STORED_TABLES.map((t) => db.table(t))
  try {
    await db.transaction('rw', dexieTables, async () => {
      for (const table of STORED_TABLES) await db.table(table).clear()
      // Only tables with a check and their targets are indexed by id: a restore holds
      // 100.000+ rows. A target without checks of its own (paritranaRubrics, which scores
      // refer to) must be indexed too: the tables were just cleared, so a check that does
      // not find it arriving finds nothing and refuses the backup.
      const arriving = new Map<UserTableName | 'regions', Map<string, object>>()
      arriving.set('regions', new Map((parsed.regions as Region[]).map((r) => [r.id, r])))
      const indexed = new Set<UserTableName>()
      for (const table of Object.keys(REFERENCE_CHECKS) as UserTableName[]) {
        indexed.add(table)
        for (const target of targetsOf(table)) if (target !== 'regions') indexed.add(target)
      }
      for (const table of indexed)
        arriving.set(table, new Map((parsed[table] as StoredRow[]).map((r) => [r.id, r])))
      await runChecks(db, ctx.source, arriving)
      for (const table of STORED_TABLES)
        if (parsed[table].length) await db.table(table).bulkAdd(parsed[table])
    })
  } catch (error) {
    throw explainWriteError(error, ctx.language)
  }
  notifyCommitted({ db, source: ctx.source, written: new Map(), purged: new Map(), replaced: true })
}
