/** Gathers a pack's source from the app's database (the command line reads a backup instead). */
import type { SimpulDexie } from '../../db/database'
import { normaliseSource, PACK_SOURCE_TABLES, type PackSource } from './pack-source'

export async function loadPackSource(db: SimpulDexie): Promise<PackSource> {
  const raw: Record<string, unknown[]> = {}
  await db.transaction('r', PACK_SOURCE_TABLES.map((t) => db.table(t)), async () => {
    for (const t of PACK_SOURCE_TABLES) raw[t] = await db.table(t).toArray()
  })
  return normaliseSource(raw)
}
