/** The restore preview's read: today's database compared with a backup, table by table. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { BACKUP_TABLES, type BackupTables } from './backup-format'
import { diffTable, regionNames, type TableDiff } from './restore-diff'

type Row = Record<string, unknown>

/**
 * Every table of the database against the backup's rows, in one read transaction (so the
 * comparison is of one state). One table of today's rows is in memory at a time.
 */
export async function readRestoreDiff(db: SimpulDexie, tables: BackupTables): Promise<TableDiff[]> {
  const all = BACKUP_TABLES.map((t) => db.table(t))
  return db.transaction('r', all, async () => {
    const regions = (await db.regions.toArray()) as unknown as Row[]
    const incomingRegions = tables.regions as unknown as Row[]
    const names = regionNames(regions, incomingRegions)
    const out: TableDiff[] = []
    for (const table of BACKUP_TABLES) {
      const current = table === 'regions' ? regions : ((await db.table(table).toArray()) as Row[])
      out.push(diffTable(table, current, tables[table] as unknown as Row[], names))
    }
    return out
  })
}

/** The preview's diff, kept up to date while the preview is open; undefined while it loads. */
export function useRestoreDiff(tables: BackupTables | null): TableDiff[] | undefined | null {
  const { db } = useServices()
  return useLiveQuery(
    () => (tables ? readRestoreDiff(db, tables) : Promise.resolve(null)),
    [db, tables],
  )
}
