/**
 * Reading what an import needs from the database, and writing an import plan: all rows in
 * one transaction with one audit entry per record, the same entries the repository writes.
 */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { newId } from '../../db/device'
import type { AuditEntry, RecordMeta } from '../../db/types'
import type { ImportKind } from './import-kinds'
import { readSheetFile } from './sheet'
import {
  autoMapping,
  planImport,
  type ColumnMapping,
  type ImportContext,
  type ImportPlan,
} from './tabular-import'

export async function loadImportContext(db: SimpulDexie, kind: ImportKind): Promise<ImportContext> {
  const [existing, regionIds, commitments] = await Promise.all([
    db.table(kind).toArray() as Promise<(RecordMeta & Record<string, unknown>)[]>,
    db.regions.toCollection().primaryKeys(),
    kind === 'measurements' ? db.commitments.toArray() : Promise.resolve([]),
  ])
  return {
    existing,
    knownRegions: new Set(regionIds as string[]),
    knownCommitments: new Set(commitments.filter((c) => !c.deletedAt).map((c) => c.id)),
  }
}

export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportRefusedError'
  }
}

/**
 * Writes a checked plan. Each changed record is re-read inside the transaction and must
 * still be the version the plan was made from; otherwise nothing is written.
 */
export async function applyImportPlan(
  db: SimpulDexie,
  plan: ImportPlan,
  actor: Actor,
  now = new Date(),
): Promise<{ added: number; changed: number }> {
  if (plan.problems.length)
    throw new ImportRefusedError('Berkas masih berisi kesalahan; tidak ada yang disimpan.')
  const at = now.toISOString()
  const table = db.table(plan.kind)
  await db.transaction('rw', table, db.audit, async () => {
    const audit: AuditEntry[] = []
    const added = plan.adds.map(({ id, data }) => {
      const record = {
        ...data,
        id: id ?? newId(),
        createdAt: at,
        createdBy: actor.name,
        updatedAt: at,
        updatedBy: actor.name,
        updatedOn: actor.deviceId,
        rev: 1,
        isSample: 0,
      }
      audit.push({
        table: plan.kind,
        recordId: record.id,
        action: 'create',
        at,
        by: actor.name,
        deviceId: actor.deviceId,
        before: null,
        after: data,
      })
      return record
    })
    const currents = (await table.bulkGet(plan.changes.map((c) => c.id))) as (RecordMeta &
      Record<string, unknown>)[]
    const updated = plan.changes.map((change, i) => {
      const current = currents[i]
      const stale =
        !current ||
        current.deletedAt ||
        change.fields.some((f) => JSON.stringify(current[f]) !== JSON.stringify(change.before[f]))
      if (stale)
        throw new ImportRefusedError(
          `Data pada baris ${change.row} berubah sejak pratinjau dibuat. Muat berkasnya lagi; tidak ada yang disimpan.`,
        )
      audit.push({
        table: plan.kind,
        recordId: change.id,
        action: 'update',
        at,
        by: actor.name,
        deviceId: actor.deviceId,
        before: change.before,
        after: change.after,
      })
      return {
        ...current,
        ...change.after,
        updatedAt: at,
        updatedBy: actor.name,
        updatedOn: actor.deviceId,
        rev: current.rev + 1,
      }
    })
    if (added.length) await table.bulkAdd(added)
    if (updated.length) await table.bulkPut(updated)
    if (audit.length) await db.audit.bulkAdd(audit)
  })
  return { added: plan.adds.length, changed: plan.changes.length }
}

/**
 * Read, check and (only when every row is valid) write a file in one go. The screen does
 * the same in two steps with a preview between them; tests and the fuzz check use this.
 */
export async function importSheetFile(
  db: SimpulDexie,
  kind: ImportKind,
  file: { name: string; data: Uint8Array },
  actor: Actor,
  options: {
    now?: Date
    mapping?: ColumnMapping
    onProgress?: (done: number, total: number) => void
  } = {},
): Promise<{ plan: ImportPlan; added: number; changed: number }> {
  const grid = await readSheetFile(file.name, file.data)
  const mapping = options.mapping ?? autoMapping(kind, grid[0] ?? [])
  const plan = await planImport(kind, grid, mapping, await loadImportContext(db, kind), {
    onProgress: options.onProgress,
  })
  if (plan.problems.length) return { plan, added: 0, changed: 0 }
  const result = await applyImportPlan(db, plan, actor, options.now)
  return { plan, ...result }
}
