import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { todayWita } from '../../../src/shared/time'
import {
  TINY,
  benchContext,
  benchRegions,
  generateSlice,
  tableSize,
} from '../../../src/renderer/bench/generate'
import { createDatabase, type SimpulDexie } from '../../../src/renderer/db/database'
import { bundledRegions, KALSEL_ID } from '../../../src/renderer/db/regions'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import type { CoverageObservation } from '../../../src/renderer/db/types'
import {
  coverageUpTo,
  latestCoverageOf,
  regenciesOf,
} from '../../../src/renderer/features/coverage/coverage-queries'
import { latestPerRegion } from '../../../src/renderer/domain/coverage-math'
import { observationsUpTo } from '../../../src/renderer/features/dashboard/dashboard-model'
import {
  loadProvinceHistory,
  loadProvinceLatest,
  loadProvinceScope,
  modelFor,
} from '../../../src/renderer/features/dashboard/dashboard-queries'

const actor = { name: 'Staf Disnakertrans', deviceId: 'laptop-1' }
const now = new Date('2026-11-23T02:00:00Z')
const ids = (list: CoverageObservation[]) => list.map((o) => o.id).sort()

async function sampleDb(): Promise<SimpulDexie> {
  const db = createDatabase('t-' + crypto.randomUUID())
  await db.regions.bulkAdd(bundledRegions())
  await loadSampleData(db, actor, now)
  return db
}

async function tinyDb(): Promise<SimpulDexie> {
  const db = createDatabase('t-' + crypto.randomUUID())
  const ctx = benchContext(7, TINY)
  await db.regions.bulkAdd(benchRegions())
  await db.coverage.bulkAdd(generateSlice(ctx, 'coverage', 0, tableSize(ctx, 'coverage')))
  return db
}

async function scopeIds(db: SimpulDexie, provinceId: string) {
  return [provinceId, ...(await regenciesOf(db, provinceId)).map((r) => r.id)]
}

describe('the Ringkasan read from the newest figures only', () => {
  it('picks the same latest figures as the full read on the sample data, for every period with data', async () => {
    const db = await sampleDb()
    const regionIds = await scopeIds(db, KALSEL_ID)
    const periods = (await db.coverage.orderBy('period').uniqueKeys()) as string[]
    expect(periods.length).toBeGreaterThan(1)
    for (const asOf of ['2026-11-23', '2023-12-31', '2022-06-30']) {
      const full = latestPerRegion(await coverageUpTo(db, regionIds, asOf), asOf)
      const read = await latestCoverageOf(db, regionIds, asOf)
      // The articles give at most a handful of figures per regency and segment: all were read.
      expect(read.complete).toBe(true)
      expect(ids(latestPerRegion(read.observations, asOf))).toEqual(ids(full))
    }
  })

  it('builds the same screen model from the newest figures as from the whole history (sample data)', async () => {
    const db = await sampleDb()
    const scope = await loadProvinceScope(db, KALSEL_ID, todayWita(now))
    const history = await loadProvinceHistory(db, KALSEL_ID)
    const province = (await db.regions.get(KALSEL_ID))!
    for (const asOf of ['2026-11-23', '2024-12-31']) {
      const latest = await loadProvinceLatest(db, KALSEL_ID, asOf)
      const fromHistory = modelFor(province, scope, history, asOf, 'semua')!
      const fromLatest = modelFor(province, scope, latest, asOf, 'semua')!
      expect(fromHistory.rows.length).toBeGreaterThan(0)
      expect(
        fromLatest.rows.map((r) => [
          r.region.id,
          r.segment,
          r.primary?.id,
          r.others.map((o) => o.id),
        ]),
      ).toEqual(
        fromHistory.rows.map((r) => [
          r.region.id,
          r.segment,
          r.primary?.id,
          r.others.map((o) => o.id),
        ]),
      )
      expect(fromLatest.headlines.map((h) => h.id)).toEqual(fromHistory.headlines.map((h) => h.id))
      expect(fromLatest.trend).toEqual(fromHistory.trend)
    }
  })

  it('picks the same latest figures on generated monthly data, where the read is cut short', async () => {
    const db = await tinyDb()
    for (const provinceId of [KALSEL_ID, '32']) {
      const regionIds = await scopeIds(db, provinceId)
      expect(regionIds.length).toBeGreaterThan(5)
      for (const asOf of ['2021-02-28', '2021-01-31', '2026-11-23']) {
        const full = latestPerRegion(await coverageUpTo(db, regionIds, asOf), asOf)
        const read = await latestCoverageOf(db, regionIds, asOf, 2)
        expect(full.length).toBe((regionIds.length - 1) * TINY.segments.length)
        expect(ids(latestPerRegion(read.observations, asOf))).toEqual(ids(full))
        expect(read.complete).toBe(asOf === '2021-01-31')
      }
    }
  })

  it('says a cut-short read is incomplete, and a figure from an older series is then only in the history', async () => {
    const db = await tinyDb()
    const [regency] = await regenciesOf(db, KALSEL_ID)
    const old = (await db.coverage.where('regionId').equals(regency!.id).toArray()).find(
      (o) => o.segment === 'semua' && o.period === '2021-01',
    )!
    await db.coverage.put({ ...old, id: 'aktif-2021-01', measure: 'active', period: '2021-01' })
    const asOf = '2021-02-28'
    const read = await latestCoverageOf(db, [regency!.id], asOf, 1)
    expect(read.complete).toBe(false)
    expect(read.observations.some((o) => o.id === 'aktif-2021-01')).toBe(false)
    const history = await loadProvinceHistory(db, KALSEL_ID)
    expect(
      latestPerRegion(observationsUpTo(history.observations, asOf), asOf).some(
        (o) => o.id === 'aktif-2021-01',
      ),
    ).toBe(true)
  })

  it('holds back a model whose read belongs to another province or date', async () => {
    const db = await sampleDb()
    const scope = await loadProvinceScope(db, KALSEL_ID, todayWita(now))
    const province = (await db.regions.get(KALSEL_ID))!
    const latest = await loadProvinceLatest(db, KALSEL_ID, '2024-12-31')
    expect(modelFor(province, scope, latest, '2024-12-31', 'semua')).not.toBeNull()
    expect(modelFor(province, scope, latest, '2023-12-31', 'semua')).toBeNull()
    expect(
      modelFor(province, { ...scope, provinceId: '32' }, latest, '2024-12-31', 'semua'),
    ).toBeNull()
    expect(
      modelFor(province, scope, { ...latest, provinceId: '32' }, '2024-12-31', 'semua'),
    ).toBeNull()
  })
})

describe('history held in memory', () => {
  it('gives the same figures for a period as a read bounded at that period', async () => {
    const db = await sampleDb()
    const regionIds = await scopeIds(db, KALSEL_ID)
    const history = await loadProvinceHistory(db, KALSEL_ID)
    for (const asOf of ['2026-11-23', '2024-06-30', '2023-12-31']) {
      expect(ids(observationsUpTo(history.observations, asOf))).toEqual(
        ids(await coverageUpTo(db, regionIds, asOf)),
      )
    }
  })
})
