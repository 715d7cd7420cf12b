/** Loading and removing the sample data set, each in one transaction through db/write.ts. */
import type { SimpulDexie } from './database'
import type { Actor } from './device'
import { buildSampleData } from './sample-data'
import { USER_TABLES } from './types'
import { writeBatch, type WriteOp } from './write'

const LOADED_KEY = 'sampleLoadedAt'

/**
 * Adds the sample records that are not there yet (source 'sample'). The sample passes the
 * same validation as user input; a bad sample fails loudly and nothing is written.
 */
export async function loadSampleData(
  db: SimpulDexie,
  actor: Actor,
  now = new Date(),
): Promise<number> {
  const data = buildSampleData()
  const ops: WriteOp[] = []
  for (const table of USER_TABLES)
    for (const { id, ...rest } of data[table] as { id: string }[])
      ops.push({ op: 'create', table, data: rest, id, isSample: 1, skipIfExists: true })
  const at = now.toISOString()
  const result = await writeBatch(db, { actor, source: 'sample', now }, ops, {
    alongside: {
      tables: ['settings'],
      run: async () => {
        await db.settings.put({ key: LOADED_KEY, value: at })
      },
    },
  })
  return result.added
}

/** Removes every sample record (live or in the trash) and its history; reference regions stay. */
export async function removeSampleData(db: SimpulDexie, actor: Actor): Promise<number> {
  const ops: WriteOp[] = USER_TABLES.map((table) => ({ op: 'purge', table, ids: 'sample' }))
  const result = await writeBatch(db, { actor, source: 'sample' }, ops, {
    alongside: {
      tables: ['settings'],
      run: async () => {
        await db.settings.delete(LOADED_KEY)
      },
    },
  })
  return result.purged
}

export async function sampleRecordCount(db: SimpulDexie): Promise<number> {
  const counts = await Promise.all(
    USER_TABLES.map((t) => db.table(t).where('isSample').equals(1).count()),
  )
  return counts.reduce((a, b) => a + b, 0)
}
