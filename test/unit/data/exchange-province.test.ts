/**
 * A province package carries its regencies and cities, and what its records refer to, so
 * the receiving laptop's Ringkasan has the regencies' figures and no action item points at
 * a commitment it does not hold.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import type { Actor } from '../../../src/renderer/db/device'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import {
  applyImport,
  exportPackage,
  prepareImport,
  previewPackage,
} from '../../../src/renderer/features/data/exchange-db'
import { parsePackage } from '../../../src/renderer/features/data/exchange-package'
import { canonicalDump } from '../../../src/renderer/features/data/backup-db'
import { fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
const prov: Actor = { name: 'Ahmad (Provinsi)', deviceId: 'laptop-provinsi' }
const other: Actor = { name: 'Rina', deviceId: 'laptop-lain' }
const kalsel = { regionIds: ['63'], fromYear: null, toYear: null }

describe('a Kalimantan Selatan package', () => {
  it('carries the regencies and what its records refer to, and says so before saving', async () => {
    const from = await freshDb()
    const to = await freshDb()
    dbs.push(from, to)
    await loadSampleData(from, prov, fixedNow)
    const regencyCoverage = (await from.coverage.toArray()).filter((c) => c.regionId !== '63')
    expect(regencyCoverage.length).toBeGreaterThan(0)

    const summary = await previewPackage(from, kalsel)
    expect(summary).toContainEqual(
      expect.objectContaining({ table: 'coverage', regionId: regencyCoverage[0]!.regionId }),
    )

    const { text } = await exportPackage(from, kalsel, prov, fixedNow)
    const pkg = await parsePackage(text)
    expect(pkg.records.coverage.map((c) => c.id).sort()).toEqual(
      (await from.coverage.toArray()).map((c) => c.id).sort(),
    )
    await applyImport(to, await prepareImport(to, pkg, other), {}, other, fixedNow)
    const coverageThere = await to.coverage.toArray()
    expect(coverageThere.filter((c) => c.regionId !== '63').length).toBe(regencyCoverage.length)
    // Every commitment an action item follows is on the receiving laptop too.
    const commitments = new Set((await to.commitments.toArray()).map((c) => c.id))
    for (const a of await to.actionItems.toArray())
      if (a.commitmentId) expect(commitments.has(a.commitmentId)).toBe(true)
    expect(commitments.size).toBe(await from.commitments.count())
  })

  it('refuses a package whose new region has no parent, writing nothing', async () => {
    const from = await freshDb()
    const to = await freshDb()
    dbs.push(from, to)
    await loadSampleData(from, prov, fixedNow)
    const { text } = await exportPackage(from, kalsel, prov, fixedNow)
    const pkg = await parsePackage(text)
    pkg.regions.push({
      id: '64.01',
      name: 'Paser',
      kind: 'kabupaten',
      parentId: '64',
      origin: 'impor',
    })
    const before = await canonicalDump(to)
    await expect(
      applyImport(to, await prepareImport(to, pkg, other), {}, other, fixedNow),
    ).rejects.toThrow(/wilayah 64\.01 "Paser" dalam paket berinduk 64 yang tidak ada/)
    expect(await canonicalDump(to)).toBe(before)
  })
})
