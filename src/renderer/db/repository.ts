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
  UserRecordByTable,
  UserTableName,
  WriteSource,
} from './types'
import { writeBatch } from './write'

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
