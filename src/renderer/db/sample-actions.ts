/** Loading and removing the sample data set, each in one transaction. */
import type { SimpulDexie } from './database'
import type { Actor } from './device'
import { buildSampleData } from './sample-data'
import { inputSchemaByTable, parseOrThrow } from './schemas'
import { USER_TABLES, type AuditEntry } from './types'

export async function loadSampleData(
  db: SimpulDexie,
  actor: Actor,
  now = new Date(),
): Promise<number> {
  const data = buildSampleData()
  const at = now.toISOString()
  const tables = USER_TABLES.map((t) => db.table(t))
  let added = 0
  await db.transaction('rw', [...tables, db.audit, db.settings], async () => {
    for (const table of USER_TABLES) {
      const drafts = data[table]
      if (!drafts.length) continue
      const existing = new Set(
        (await db.table(table).bulkGet(drafts.map((d) => d.id)))
          .filter(Boolean)
          .map((r: { id: string }) => r.id),
      )
      const fresh = drafts.filter((d) => !existing.has(d.id))
      // The sample passes the same validation as user input; a bad sample fails loudly.
      const records = fresh.map((d) => {
        const { id: _id, ...rest } = d
        parseOrThrow(inputSchemaByTable[table], rest)
        return {
          ...d,
          createdAt: at,
          createdBy: actor.name,
          updatedAt: at,
          updatedBy: actor.name,
          updatedOn: actor.deviceId,
          rev: 1,
          isSample: 1 as const,
        }
      })
      await db.table(table).bulkAdd(records)
      const audit: AuditEntry[] = records.map((r) => ({
        table,
        recordId: r.id,
        action: 'create',
        at,
        by: actor.name,
        deviceId: actor.deviceId,
        before: null,
        after: { sample: true },
      }))
      await db.audit.bulkAdd(audit)
      added += records.length
    }
    await db.settings.put({ key: 'sampleLoadedAt', value: at })
  })
  return added
}

/** Removes every sample record (live or in the trash) and its history; reference regions stay. */
export async function removeSampleData(db: SimpulDexie): Promise<number> {
  const tables = USER_TABLES.map((t) => db.table(t))
  let removed = 0
  await db.transaction('rw', [...tables, db.audit, db.settings], async () => {
    for (const table of USER_TABLES) {
      const ids = (await db.table(table).where('isSample').equals(1).primaryKeys()) as string[]
      if (!ids.length) continue
      await db.table(table).bulkDelete(ids)
      for (const id of ids) await db.audit.where('[table+recordId]').equals([table, id]).delete()
      removed += ids.length
    }
    await db.settings.delete('sampleLoadedAt')
  })
  return removed
}

export async function sampleRecordCount(db: SimpulDexie): Promise<number> {
  const counts = await Promise.all(
    USER_TABLES.map((t) => db.table(t).where('isSample').equals(1).count()),
  )
  return counts.reduce((a, b) => a + b, 0)
}
