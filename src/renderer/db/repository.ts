/**
 * Single-record writes for screens: thin wrappers over writeBatch (db/write.ts), the one
 * write path. Each validates with the shared schema, stamps RecordMeta, and writes an audit
 * entry in the same transaction, so a record and its history never disagree. The actor is
 * required: screens pass useServices().actor.
 */
import type { SimpulDexie } from './database'
import type { Actor } from './device'
import type {
  AuditEntry,
  RecordInput,
  RecordMeta,
  UserRecordByTable,
  UserTableName,
  WriteSource,
} from './types'
import { BULK_RECORD_ID, writeBatch } from './write'

export { RecordNotFoundError } from './write'

export interface RecordWriteOptions {
  actor: Actor
  now?: Date
  /** 'user' unless told otherwise. */
  source?: WriteSource
}

const context = (o: RecordWriteOptions) => ({
  actor: o.actor,
  now: o.now,
  source: o.source ?? 'user',
})

export async function createRecord<K extends UserTableName>(
  db: SimpulDexie,
  table: K,
  input: RecordInput<UserRecordByTable[K]>,
  options: RecordWriteOptions,
): Promise<UserRecordByTable[K]> {
  const { id, isSample, ...data } = input as RecordInput<UserRecordByTable[K]> &
    Record<string, unknown>
  const result = await writeBatch(db, context(options), [
    { op: 'create', table, data, id, isSample },
  ])
  return result.records[0] as unknown as UserRecordByTable[K]
}

export async function updateRecord<K extends UserTableName>(
  db: SimpulDexie,
  table: K,
  id: string,
  patch: Partial<RecordInput<UserRecordByTable[K]>>,
  options: RecordWriteOptions,
): Promise<UserRecordByTable[K]> {
  const result = await writeBatch(db, context(options), [
    { op: 'update', table, id, patch: patch as Record<string, unknown> },
  ])
  return result.records[0] as unknown as UserRecordByTable[K]
}

/** Moves a record to the trash (Sampah); restoreRecord brings it back. */
export async function softDeleteRecord(
  db: SimpulDexie,
  table: UserTableName,
  id: string,
  options: RecordWriteOptions,
): Promise<void> {
  await writeBatch(db, context(options), [{ op: 'softDelete', table, id }])
}

export async function restoreRecord(
  db: SimpulDexie,
  table: UserTableName,
  id: string,
  options: RecordWriteOptions,
): Promise<void> {
  await writeBatch(db, context(options), [{ op: 'restore', table, id }])
}

/**
 * A record's history, newest first. A record created by a bulk operation (an import, the
 * sample) has no create entry of its own: the operation's entry for its table
 * (BULK_RECORD_ID, written at the record's createdAt by its createdBy) stands for it.
 */
export async function recordHistory(
  db: SimpulDexie,
  table: UserTableName,
  recordId: string,
): Promise<AuditEntry[]> {
  const entries = await db.audit.where('[table+recordId]').equals([table, recordId]).toArray()
  if (!entries.some((e) => e.action === 'create')) {
    const record = (await db.table(table).get(recordId)) as RecordMeta | undefined
    if (record) {
      const created = await db.audit
        .where('[table+recordId]')
        .equals([table, BULK_RECORD_ID])
        .filter((e) => e.at === record.createdAt && e.by === record.createdBy)
        .toArray()
      for (const e of created) entries.push({ ...e, recordId, after: null })
    }
  }
  return entries.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))
}

export { isLive } from './live'
