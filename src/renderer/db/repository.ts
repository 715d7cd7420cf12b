/**
 * The only way screens and imports change user records. Every write validates with the shared
 * schema, stamps RecordMeta, and writes an audit entry in the same transaction, so a record
 * and its history never disagree.
 */
import type { SimpulDexie } from './database'
import { loadActor, newId, type Actor } from './device'
import { explainWriteError } from './durability'
import { inputSchemaByTable, parseOrThrow } from './schemas'
import type {
  AuditAction,
  AuditEntry,
  RecordInput,
  RecordMeta,
  UserRecordByTable,
  UserTableName,
} from './types'

const META_KEYS: (keyof RecordMeta)[] = [
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'updatedOn',
  'rev',
  'deletedAt',
  'isSample',
]

function stripMeta(record: object): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record)) if (!(META_KEYS as string[]).includes(k)) out[k] = v
  return out
}

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {}
  const a: Record<string, unknown> = {}
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key]
      a[key] = after[key]
    }
  }
  return { before: b, after: a }
}

export interface WriteOptions {
  actor?: Actor
  now?: Date
}

export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`Data tidak ditemukan (${table} ${id}). Mungkin sudah dihapus di jendela lain.`)
    this.name = 'RecordNotFoundError'
  }
}

function audit(
  table: UserTableName,
  recordId: string,
  action: AuditAction,
  actor: Actor,
  at: string,
  before: AuditEntry['before'],
  after: AuditEntry['after'],
): AuditEntry {
  return { table, recordId, action, at, by: actor.name, deviceId: actor.deviceId, before, after }
}

export async function createRecord<K extends UserTableName>(
  db: SimpulDexie,
  table: K,
  input: RecordInput<UserRecordByTable[K]>,
  options: WriteOptions = {},
): Promise<UserRecordByTable[K]> {
  const data = parseOrThrow(inputSchemaByTable[table], stripMeta(input)) as Record<string, unknown>
  const actor = options.actor ?? (await loadActor(db))
  const at = (options.now ?? new Date()).toISOString()
  const record = {
    ...data,
    id: input.id ?? newId(),
    createdAt: at,
    createdBy: actor.name,
    updatedAt: at,
    updatedBy: actor.name,
    updatedOn: actor.deviceId,
    rev: 1,
    isSample: input.isSample ?? 0,
  } as unknown as UserRecordByTable[K]
  const t = db.table(table)
  await db
    .transaction('rw', t, db.audit, async () => {
      await t.add(record)
      await db.audit.add(audit(table, record.id, 'create', actor, at, null, data))
    })
    .catch((error: unknown) => {
      throw explainWriteError(error)
    })
  return record
}

export async function updateRecord<K extends UserTableName>(
  db: SimpulDexie,
  table: K,
  id: string,
  patch: Partial<RecordInput<UserRecordByTable[K]>>,
  options: WriteOptions = {},
): Promise<UserRecordByTable[K]> {
  const actor = options.actor ?? (await loadActor(db))
  const at = (options.now ?? new Date()).toISOString()
  const t = db.table(table)
  return db
    .transaction('rw', t, db.audit, async () => {
      const current = (await t.get(id)) as UserRecordByTable[K] | undefined
      if (!current) throw new RecordNotFoundError(table, id)
      const beforeData = stripMeta(current)
      const afterData = parseOrThrow(inputSchemaByTable[table], {
        ...beforeData,
        ...stripMeta(patch),
      }) as Record<string, unknown>
      const diff = changedFields(beforeData, afterData)
      if (Object.keys(diff.after).length === 0) return current
      const next = {
        ...current,
        ...afterData,
        updatedAt: at,
        updatedBy: actor.name,
        updatedOn: actor.deviceId,
        rev: current.rev + 1,
      } as UserRecordByTable[K]
      await t.put(next)
      await db.audit.add(audit(table, id, 'update', actor, at, diff.before, diff.after))
      return next
    })
    .catch((error: unknown) => {
      throw explainWriteError(error)
    })
}

async function setDeleted<K extends UserTableName>(
  db: SimpulDexie,
  table: K,
  id: string,
  deleted: boolean,
  options: WriteOptions,
) {
  const actor = options.actor ?? (await loadActor(db))
  const at = (options.now ?? new Date()).toISOString()
  const t = db.table(table)
  await db
    .transaction('rw', t, db.audit, async () => {
      const current = (await t.get(id)) as UserRecordByTable[K] | undefined
      if (!current) throw new RecordNotFoundError(table, id)
      if (Boolean(current.deletedAt) === deleted) return
      const next: Record<string, unknown> = {
        ...current,
        updatedAt: at,
        updatedBy: actor.name,
        updatedOn: actor.deviceId,
        rev: current.rev + 1,
      }
      if (deleted) next.deletedAt = at
      else delete next.deletedAt
      await t.put(next)
      await db.audit.add(
        audit(
          table,
          id,
          deleted ? 'delete' : 'restore',
          actor,
          at,
          { deletedAt: current.deletedAt ?? null },
          { deletedAt: deleted ? at : null },
        ),
      )
    })
    .catch((error: unknown) => {
      throw explainWriteError(error)
    })
}

/** Moves a record to the trash (Sampah); restoreRecord brings it back. */
export function softDeleteRecord(
  db: SimpulDexie,
  table: UserTableName,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  return setDeleted(db, table, id, true, options)
}

export function restoreRecord(
  db: SimpulDexie,
  table: UserTableName,
  id: string,
  options: WriteOptions = {},
): Promise<void> {
  return setDeleted(db, table, id, false, options)
}

/** A record's history, newest first. */
export async function recordHistory(
  db: SimpulDexie,
  table: UserTableName,
  recordId: string,
): Promise<AuditEntry[]> {
  const entries = await db.audit.where('[table+recordId]').equals([table, recordId]).toArray()
  return entries.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))
}

export { isLive } from './live'
