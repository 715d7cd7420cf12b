/**
 * Reading and replacing the whole database for backup and restore. Replacing happens in one
 * transaction over every table (db/write.ts): a restore either lands whole or not at all.
 */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { replaceAllTables as replaceAll } from '../../db/write'
import {
  BACKUP_TABLES,
  canonicalJson,
  sortTables,
  type BackupTables,
  type SerializeMeta,
} from './backup-format'
import { encodeBackup, type BackupFile } from './backup-stream'

export async function readAllTables(db: SimpulDexie): Promise<BackupTables> {
  const tables = BACKUP_TABLES.map((t) => db.table(t))
  const out: Record<string, unknown[]> = {}
  await db.transaction('r', tables, async () => {
    for (const table of BACKUP_TABLES) out[table] = await db.table(table).toArray()
  })
  return sortTables(out as unknown as BackupTables)
}

/**
 * The backup file of the whole database, read page by page in one read transaction (a
 * consistent snapshot; the hash and the encoding are synchronous, so nothing but the database
 * is awaited inside it). Pages follow the primary key, which is the order the file keeps.
 */
export async function writeBackupFile(
  db: SimpulDexie,
  meta: SerializeMeta,
  pageRows?: number,
): Promise<BackupFile> {
  const tables = BACKUP_TABLES.map((t) => db.table(t))
  return db.transaction('r', tables, () =>
    encodeBackup(
      (table, page, limit) => {
        const t = db.table(table)
        const rows = page.after === undefined ? t.orderBy(':id') : t.where(':id').above(page.after)
        return rows.limit(limit).toArray() as Promise<Record<string, unknown>[]>
      },
      meta,
      pageRows,
    ),
  )
}

/** A restore: every table replaced by the backup's rows, through db/write.ts (source 'restore'). */
export function replaceAllTables(
  db: SimpulDexie,
  tables: BackupTables,
  actor: Actor,
  now = new Date(),
): Promise<void> {
  return replaceAll(db, { actor, source: 'restore', now }, tables)
}

/**
 * A canonical text of every table (audit and settings included), for checking that a
 * refused import left the database byte-for-byte unchanged.
 */
export async function canonicalDump(db: SimpulDexie): Promise<string> {
  return canonicalJson(await readAllTables(db))
}
