import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  TINY,
  benchContext,
  benchRegions,
  generateSlice,
  tableSize,
} from '../../../src/renderer/bench/generate'
import { createDatabase } from '../../../src/renderer/db/database'
import {
  loadCommitmentRows,
  loadCommitmentRowsOf,
} from '../../../src/renderer/features/commitments/queries'

const asOf = '2026-11-23'

async function tinyDb() {
  const db = createDatabase('t-' + crypto.randomUUID())
  const ctx = benchContext(11, TINY)
  await db.regions.bulkAdd(benchRegions())
  await db.commitments.bulkAdd(generateSlice(ctx, 'commitments', 0, tableSize(ctx, 'commitments')))
  await db.measurements.bulkAdd(
    generateSlice(ctx, 'measurements', 0, tableSize(ctx, 'measurements')),
  )
  return db
}

const summary = (rows: Awaited<ReturnType<typeof loadCommitmentRows>>['rows']) =>
  rows
    .map((r) => [
      r.commitment.id,
      r.regionName,
      r.evaluation.status,
      r.evaluation.latest?.date ?? null,
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0])))

describe('commitments of a few regions', () => {
  it('are the national list narrowed to those regions, with the same evaluations and region names', async () => {
    const db = await tinyDb()
    const all = await loadCommitmentRows(db, asOf)
    const regionIds = [...new Set(all.rows.map((r) => r.commitment.regionId))].slice(0, 5)
    expect(regionIds.length).toBe(5)
    const expected = all.rows.filter((r) => regionIds.includes(r.commitment.regionId))
    const of = await loadCommitmentRowsOf(db, asOf, regionIds)
    expect(of.rows.length).toBe(expected.length)
    expect(summary(of.rows)).toEqual(summary(expected))
    expect(of.rows.every((r) => r.evaluation.status !== 'belum_ada_data')).toBe(true)
    const one = await loadCommitmentRows(db, asOf, regionIds[0])
    expect(summary(one.rows)).toEqual(
      summary(expected.filter((r) => r.commitment.regionId === regionIds[0])),
    )
  })

  it('leave out deleted commitments and deleted measurements', async () => {
    const db = await tinyDb()
    const [c] = await db.commitments.limit(1).toArray()
    const before = await loadCommitmentRowsOf(db, asOf, [c!.regionId])
    const ms = await db.measurements.where('commitmentId').equals(c!.id).toArray()
    await db.measurements.bulkPut(ms.map((m) => ({ ...m, deletedAt: '2026-01-01T00:00:00Z' })))
    const noMeasures = await loadCommitmentRowsOf(db, asOf, [c!.regionId])
    expect(noMeasures.rows.find((r) => r.commitment.id === c!.id)!.evaluation.status).toMatch(
      /belum_ada_data|dibatalkan/,
    )
    await db.commitments.put({ ...c!, deletedAt: '2026-01-01T00:00:00Z' })
    const after = await loadCommitmentRowsOf(db, asOf, [c!.regionId])
    expect(after.rows.length).toBe(before.rows.length - 1)
    expect(after.rows.some((r) => r.commitment.id === c!.id)).toBe(false)
  })
})
