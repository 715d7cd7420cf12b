/**
 * Reading what an import needs from the database, and writing an import plan: all rows in
 * one transaction through db/write.ts, one audit entry per record (source 'import').
 */
import Dexie, { type Table } from 'dexie'
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import type { RecordMeta } from '../../db/types'
import { writeBatch, type WriteOp } from '../../db/write'
import { sheetKindOf, type AnyImportKind } from './import-kinds'
import { readSheetFile } from './sheet'
import {
  autoMapping,
  importScope,
  planImport,
  type ColumnMapping,
  type ImportContext,
  type ImportPlan,
  type ImportScope,
} from './tabular-import'
import { isLive } from '../../db/live'

type Stored = RecordMeta & Record<string, unknown>

/**
 * The stored records a file's rows can match (see ImportContext.existing): with a scope, only
 * those sharing a row's first natural-key field, read a value at a time through the index that
 * starts with that field, plus those with a row's Id. A monthly file for one regency against
 * the national data reads that regency's rows, not 185.000. Without a scope, or when the table
 * has no such index, the whole table.
 */
async function candidates(table: Table, scope: ImportScope | undefined): Promise<Stored[]> {
  const index = scope
    ? table.schema.indexes.find((i) =>
        Array.isArray(i.keyPath) ? i.keyPath[0] === scope.field : i.keyPath === scope.field,
      )
    : undefined
  if (!scope || !index) return (await table.toArray()) as Stored[]
  const compound = Array.isArray(index.keyPath)
  const [byValue, byId] = await Promise.all([
    Promise.all(
      scope.values.map((v) =>
        compound
          ? table
              .where(index.name)
              .between([v, Dexie.minKey], [v, Dexie.maxKey], true, true)
              .toArray()
          : table.where(index.name).equals(v).toArray(),
      ),
    ),
    table.bulkGet(scope.ids),
  ])
  const rows = new Map<string, Stored>()
  for (const list of byValue) for (const r of list as Stored[]) rows.set(r.id, r)
  for (const r of byId as (Stored | undefined)[]) if (r) rows.set(r.id, r)
  return [...rows.values()]
}

export async function loadImportContext(
  db: SimpulDexie,
  kind: AnyImportKind,
  scope?: ImportScope,
): Promise<ImportContext> {
  const table = sheetKindOf(kind).table
  const [existing, regionIds, commitments] = await Promise.all([
    candidates(db.table(table), scope),
    db.regions.toCollection().primaryKeys(),
    table === 'measurements' ? db.commitments.toArray() : Promise.resolve([]),
  ])
  return {
    existing,
    knownRegions: new Set(regionIds as string[]),
    knownCommitments: new Set(commitments.filter(isLive).map((c) => c.id)),
  }
}

export class ImportRefusedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportRefusedError'
  }
}

/**
 * Writes a checked plan through the one write path (source 'import'). Each changed record
 * must still be the version the plan was made from; otherwise nothing is written.
 */
export async function applyImportPlan(
  db: SimpulDexie,
  plan: ImportPlan,
  actor: Actor,
  now = new Date(),
): Promise<{ added: number; changed: number }> {
  if (plan.problems.length)
    throw new ImportRefusedError('Berkas masih berisi kesalahan; tidak ada yang disimpan.')
  const ops: WriteOp[] = plan.adds.map(({ id, data }) => ({
    op: 'create',
    table: plan.kind,
    data,
    id,
  }))
  for (const change of plan.changes)
    ops.push({
      op: 'update',
      table: plan.kind,
      id: change.id,
      patch: change.after,
      expect: {
        fields: { ...change.before, deletedAt: undefined },
        message: `Data pada baris ${change.row} berubah sejak pratinjau dibuat. Muat berkasnya lagi; tidak ada yang disimpan.`,
      },
    })
  await writeBatch(db, { actor, source: 'import', now }, ops)
  return { added: plan.adds.length, changed: plan.changes.length }
}

/**
 * Read, check and (only when every row is valid) write a file in one go. The screen does
 * the same in two steps with a preview between them; tests and the fuzz check use this.
 */
export async function importSheetFile(
  db: SimpulDexie,
  kind: AnyImportKind,
  file: { name: string; data: Uint8Array },
  actor: Actor,
  options: {
    now?: Date
    mapping?: ColumnMapping
    onProgress?: (done: number, total: number) => void
    /** Filled with the milliseconds each step took (read, context, plan, write), for the bench. */
    timings?: Record<string, number>
  } = {},
): Promise<{ plan: ImportPlan; added: number; changed: number }> {
  const timings = options.timings
  let t = performance.now()
  const lap = (step: string) => {
    const now = performance.now()
    if (timings) timings[step] = now - t
    t = now
  }
  const grid = await readSheetFile(file.name, file.data)
  lap('read')
  const mapping = options.mapping ?? autoMapping(kind, grid[0] ?? [])
  const ctx = await loadImportContext(db, kind, importScope(kind, grid, mapping))
  lap('context')
  const plan = await planImport(kind, grid, mapping, ctx, { onProgress: options.onProgress })
  lap('plan')
  if (plan.problems.length) return { plan, added: 0, changed: 0 }
  const result = await applyImportPlan(db, plan, actor, options.now)
  lap('write')
  return { plan, ...result }
}
