/**
 * Reading and replacing the whole database for backup and restore. Replacing happens in one
 * transaction over every table: a restore either lands whole or not at all.
 */
import type { SimpulDexie } from '../../db/database'
import { BACKUP_TABLES, canonicalJson, sortTables, type BackupTables } from './backup-format'

export async function readAllTables(db: SimpulDexie): Promise<BackupTables> {
  const tables = BACKUP_TABLES.map((t) => db.table(t))
  const out: Record<string, unknown[]> = {}
  await db.transaction('r', tables, async () => {
    for (const table of BACKUP_TABLES) out[table] = await db.table(table).toArray()
  })
  return sortTables(out as unknown as BackupTables)
}

export async function replaceAllTables(db: SimpulDexie, tables: BackupTables): Promise<void> {
  const dexieTables = BACKUP_TABLES.map((t) => db.table(t))
  await db.transaction('rw', dexieTables, async () => {
    for (const table of BACKUP_TABLES) {
      await db.table(table).clear()
      const rows = tables[table] as unknown[]
      if (rows.length) await db.table(table).bulkAdd(rows)
    }
  })
}

/**
 * A canonical text of every table (audit and settings included), for checking that a
 * refused import left the database byte-for-byte unchanged.
 */
export async function canonicalDump(db: SimpulDexie): Promise<string> {
  return canonicalJson(await readAllTables(db))
}
