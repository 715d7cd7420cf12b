import { describe, expect, it } from 'vitest'
import {
  aggregateToProvince,
  ceilWorkers,
  changeBetween,
  coverageRatio,
  effectiveDate,
  gapToTarget,
  latestPerRegion,
  memberCount,
  periodEnd,
  pickPrimary,
  registeredVersusActive,
  sortByCoverage,
  targetDistance,
  targetFor,
  uncoveredWorkers,
  type CoverageFigure,
} from '../../../src/renderer/domain/coverage-math'

const fig = (over: Partial<CoverageFigure>): CoverageFigure => ({
  regionId: '63.11',
  period: '2025',
  segment: 'semua',
  measure: 'registered',
  count: null,
  baseKind: 'target',
  baseLabel: 'target Bappenas',
  baseSize: null,
  statedPercent: null,
  asOfDate: null,
  ...over,
})

// The figures of the sample data, from the articles.
const balanganTarget = fig({
  count: 62_000,
  baseKind: 'target',
  baseLabel: 'target Bappenas',
  baseSize: 64_000,
  asOfDate: '2025-10-13',
})
const balanganLabour = fig({
  count: 62_000,
  baseKind: 'angkatan_kerja',
  baseLabel: 'angkatan kerja, termasuk ASN, TNI dan Polri',
  baseSize: 80_000,
  asOfDate: '2025-10-13',
})
const balangan90 = fig({
  baseKind: 'tidak_disebut',
  baseLabel: 'pekerja',
  statedPercent: 90,
  asOfDate: '2025-10-13',
})
const balanganActive = fig({
  measure: 'active',
  baseKind: 'peserta_terdaftar',
  baseLabel: 'peserta terdaftar',
  statedPercent: 96,
  asOfDate: '2025-10-13',
})
const kalsel2020 = fig({
  regionId: '63',
  period: '2020',
  baseKind: 'pekerja_eligible',
  baseLabel: 'tenaga kerja di luar lembaga pemerintah',
  baseSize: 1_400_000,
  statedPercent: 27,
})
const kalselPu = fig({
  regionId: '63',
  period: '2023-02',
  segment: 'pu',
  baseKind: 'tidak_disebut',
  baseLabel: 'pekerja penerima upah (formal)',
  statedPercent: 46.44,
  asOfDate: '2023-02-09',
})

describe('coverageRatio', () => {
  it('computes the share from count and base: 62.000 of 64.000 is 96,875 %', () => {
    expect(coverageRatio(balanganTarget)).toEqual({ percent: 96.875, origin: 'computed' })
    expect(coverageRatio(balanganLabour).percent).toBeCloseTo(77.5, 10)
  })
  it('uses the stated percentage only when the source gave no count and base', () => {
    expect(coverageRatio(kalselPu)).toEqual({ percent: 46.44, origin: 'stated' })
  })
  it('prefers the computed share over a stated one when both could apply', () => {
    expect(coverageRatio({ count: 50, baseSize: 200, statedPercent: 30 })).toEqual({
      percent: 25,
      origin: 'computed',
    })
  })
  it('gives no share for a count without a base (41.120 pekerja rentan)', () => {
    expect(coverageRatio(fig({ count: 41_120, baseKind: 'tidak_disebut' }))).toEqual({
      percent: null,
      origin: 'none',
    })
  })
})

describe('members and uncovered workers', () => {
  it('estimates members from 27 % of 1,4 juta and marks the estimate', () => {
    expect(memberCount(kalsel2020)).toEqual({ value: 378_000, estimated: true })
    expect(uncoveredWorkers(kalsel2020)).toEqual({ value: 1_022_000, estimated: true })
  })
  it('does not call the 18.000 difference to a labour force that includes ASN, TNI and Polri "uncovered"', () => {
    expect(uncoveredWorkers(balanganLabour)).toEqual({ value: null, estimated: false })
  })
  it('counts uncovered workers against eligible workers', () => {
    expect(
      uncoveredWorkers({ ...balanganLabour, baseKind: 'pekerja_eligible', baseSize: 74_000 }),
    ).toEqual({ value: 12_000, estimated: false })
  })
  it('leaves a target population to the gap to target', () => {
    expect(
      uncoveredWorkers({ ...balanganLabour, baseKind: 'target', baseSize: 64_000 }).value,
    ).toBeNull()
  })
  it('says nothing about uncovered workers when the base size is unknown', () => {
    expect(uncoveredWorkers(kalselPu).value).toBeNull()
  })
})

describe('periods and dates', () => {
  it('takes the last day of a year or month as the date of a figure without one', () => {
    expect(periodEnd('2023')).toBe('2023-12-31')
    expect(periodEnd('2024-02')).toBe('2024-02-29')
    expect(periodEnd('2023-02')).toBe('2023-02-28')
    expect(effectiveDate(kalsel2020)).toBe('2020-12-31')
    expect(effectiveDate(kalselPu)).toBe('2023-02-09')
  })
})

describe('gapToTarget', () => {
  it('gives 2.000 workers and 3,125 points to the Bappenas target of 64.000', () => {
    const gap = gapToTarget(balanganTarget, { value: 64_000, unit: 'count' })
    expect(gap.workers).toBe(2_000)
    expect(gap.points).toBeCloseTo(3.125, 10)
    expect(gap.reached).toBe(false)
    expect(gap.targetPercent).toBe(100)
  })
  it('gives a worker gap for a percent target over a known base: 27 % to 75 % of 1,4 juta', () => {
    const gap = gapToTarget(kalsel2020, { value: 75, unit: 'percent' })
    expect(gap.points).toBe(48)
    expect(gap.workers).toBe(672_000)
    expect(gap.estimated).toBe(true)
  })
  it('gives points but no workers when the base size is not stated', () => {
    const gap = gapToTarget(kalselPu, { value: 60, unit: 'percent' })
    expect(gap.points).toBeCloseTo(13.56, 10)
    expect(gap.workers).toBeNull()
  })
  it('does not round float noise up: 46,44 % of 1.000.000 against 50 % is 35.600, not 35.601', () => {
    const stated = fig({ statedPercent: 46.44, baseSize: 1_000_000, baseKind: 'pekerja_eligible' })
    expect(gapToTarget(stated, { value: 50, unit: 'percent' }).workers).toBe(35_600)
    const counted = fig({ count: 464_400, baseSize: 1_000_000, baseKind: 'pekerja_eligible' })
    expect(gapToTarget(counted, { value: 50, unit: 'percent' }).workers).toBe(35_600)
    // A real fraction of a worker still rounds up: 0,5 % of 101 is 0,505 → 1.
    const small = fig({ count: 0, baseSize: 101, baseKind: 'pekerja_eligible' })
    expect(gapToTarget(small, { value: 0.5, unit: 'percent' }).workers).toBe(1)
    expect(ceilWorkers(35_600.00000000002)).toBe(35_600)
    expect(ceilWorkers(35_600.01)).toBe(35_601)
  })
  it('reports zero gap, reached, when the figure is past the target', () => {
    expect(
      gapToTarget(fig({ count: 70_000, baseSize: 80_000 }), { value: 64_000, unit: 'count' }),
    ).toMatchObject({ workers: 0, reached: true })
  })
  it('classifies the distance to target in words', () => {
    expect(targetDistance(balanganTarget, { value: 64_000, unit: 'count' })).toBe('dekat')
    expect(targetDistance(kalsel2020, { value: 75, unit: 'percent' })).toBe('jauh')
    expect(
      targetDistance(fig({ count: 70_000, baseSize: 80_000 }), { value: 64_000, unit: 'count' }),
    ).toBe('tercapai')
    expect(targetDistance(balanganTarget, null)).toBe('tanpa_target')
    expect(targetDistance(null, { value: 1, unit: 'count' })).toBe('tanpa_angka')
  })
})

describe('changeBetween', () => {
  it('gives the change in points and workers for the same segment and base', () => {
    const change = changeBetween(
      fig({ period: '2024', count: 50_000, baseSize: 80_000, baseKind: 'angkatan_kerja' }),
      balanganLabour,
    )
    expect(change).toMatchObject({ comparable: true, workers: 12_000, from: '2024', to: '2025' })
    expect(change.comparable && change.points).toBeCloseTo(15, 10)
  })
  it('refuses to compare figures over different bases', () => {
    expect(changeBetween(balanganLabour, balanganTarget)).toEqual({
      comparable: false,
      reason: 'base',
    })
  })
  it('refuses to compare different segments and measures', () => {
    expect(changeBetween(kalsel2020, kalselPu)).toEqual({ comparable: false, reason: 'segment' })
    expect(changeBetween(balangan90, balanganActive)).toEqual({
      comparable: false,
      reason: 'measure',
    })
  })
  it('flags a change over a base the source did not state', () => {
    const later = fig({ ...kalselPu, period: '2024', asOfDate: null, statedPercent: 50 })
    const change = changeBetween(kalselPu, later)
    expect(change).toMatchObject({ comparable: true, baseNotStated: true, workers: null })
    expect(change.comparable && change.points).toBeCloseTo(3.56, 10)
  })
})

describe('aggregateToProvince', () => {
  const regency = (
    regionId: string,
    count: number | null,
    baseSize: number | null,
    over: Partial<CoverageFigure> = {},
  ) =>
    fig({
      regionId,
      count,
      baseSize,
      baseKind: 'pekerja_eligible',
      baseLabel: 'pekerja eligible',
      ...over,
    })

  it('adds counts and bases of regencies with the same segment and base', () => {
    const result = aggregateToProvince([
      regency('63.01', 30_000, 60_000),
      regency('63.11', 62_000, 64_000, { period: '2024' }),
    ])
    expect(result).toMatchObject({
      ok: true,
      count: 92_000,
      baseSize: 124_000,
      regionIds: ['63.01', '63.11'],
      periods: ['2024', '2025'],
    })
    expect(result.ok && result.percent).toBeCloseTo(74.19, 2)
  })
  it('refuses to mix bases and names them', () => {
    expect(aggregateToProvince([balanganTarget, { ...balanganLabour, regionId: '63.01' }])).toEqual(
      { ok: false, reason: 'mixed_bases', values: ['target', 'angkatan_kerja'] },
    )
  })
  it('refuses bases of the same kind described differently', () => {
    const result = aggregateToProvince([
      regency('63.01', 1, 2),
      regency('63.02', 1, 2, { baseLabel: 'angkatan kerja tanpa ASN' }),
    ])
    expect(result).toEqual({
      ok: false,
      reason: 'mixed_bases',
      values: ['pekerja eligible', 'angkatan kerja tanpa ASN'],
    })
  })
  it('refuses to mix segments and measures', () => {
    expect(
      aggregateToProvince([regency('63.01', 1, 2), regency('63.02', 1, 2, { segment: 'pu' })]),
    ).toEqual({ ok: false, reason: 'mixed_segments', values: ['semua', 'pu'] })
    expect(
      aggregateToProvince([regency('63.01', 1, 2), regency('63.02', 1, 2, { measure: 'active' })]),
    ).toEqual({ ok: false, reason: 'mixed_measures', values: ['registered', 'active'] })
  })
  it('refuses percentages without counts, and bases the source did not state', () => {
    expect(
      aggregateToProvince([
        regency('63.01', 1, 2),
        regency('63.02', null, 100, { statedPercent: 40 }),
      ]),
    ).toEqual({ ok: false, reason: 'missing_numbers', regionIds: ['63.02'] })
    expect(aggregateToProvince([balangan90])).toMatchObject({
      ok: false,
      reason: 'base_not_stated',
    })
  })
  it('refuses to pass off some regencies as the whole province', () => {
    expect(
      aggregateToProvince([regency('63.11', 62_000, 64_000)], ['63.01', '63.11', '63.05']),
    ).toEqual({ ok: false, reason: 'incomplete', regionIds: ['63.01', '63.05'], expected: 3 })
    expect(aggregateToProvince([regency('63.11', 62_000, 64_000)], ['63.11'])).toMatchObject({
      ok: true,
      count: 62_000,
    })
  })
  it('refuses a region counted twice, and an empty list', () => {
    expect(
      aggregateToProvince([regency('63.01', 1, 2), regency('63.01', 1, 2, { period: '2024' })]),
    ).toEqual({ ok: false, reason: 'duplicate_region', regionIds: ['63.01'] })
    expect(aggregateToProvince([])).toEqual({ ok: false, reason: 'empty' })
  })
})

describe('latestPerRegion', () => {
  const older = fig({ period: '2024', count: 50_000, baseSize: 64_000 })
  it('keeps the newest figure per region and series as of a date', () => {
    const latest = latestPerRegion([older, balanganTarget, balanganLabour], '2026-11-23')
    expect(latest).toHaveLength(2)
    expect(latest).toContain(balanganTarget)
    expect(latest).toContain(balanganLabour)
  })
  it('ignores figures dated after the chosen date', () => {
    expect(latestPerRegion([older, balanganTarget], '2025-06-30')).toEqual([older])
    expect(latestPerRegion([balanganTarget], '2025-10-12')).toEqual([])
  })
  it('treats a figure with only a year as known at the end of that year', () => {
    const yearOnly = fig({ period: '2025', count: 1, baseSize: 2, asOfDate: null })
    expect(latestPerRegion([yearOnly], '2025-12-30')).toEqual([])
    expect(latestPerRegion([yearOnly], '2025-12-31')).toEqual([yearOnly])
  })
  it('breaks a tie on date with the later edit', () => {
    const a = { ...older, updatedAt: '2026-01-01T00:00:00Z', count: 1 }
    const b = { ...older, updatedAt: '2026-02-01T00:00:00Z', count: 2 }
    expect(latestPerRegion([b, a], '2026-11-23')).toEqual([b])
  })
})

describe('choosing and pairing figures', () => {
  it('headlines the share of the target over the labour force or an unstated base', () => {
    expect(pickPrimary([balangan90, balanganLabour, balanganTarget])).toBe(balanganTarget)
    expect(pickPrimary([balangan90])).toBe(balangan90)
    expect(pickPrimary([fig({ count: 41_120 })])).toBeNull()
  })
  it('shows registered and active side by side: 96 % of registered are active', () => {
    const pair = registeredVersusActive([balangan90, balanganActive])
    expect(pair.registered).toBe(balangan90)
    expect(pair.active).toBe(balanganActive)
    expect(pair.activeShareOfRegistered).toBe(96)
  })
  it('computes the active share from counts when both are given', () => {
    const reg = fig({ count: 1_000, baseSize: 2_000, baseKind: 'pekerja_eligible' })
    const act = fig({
      measure: 'active',
      count: 800,
      baseSize: 2_000,
      baseKind: 'pekerja_eligible',
    })
    expect(registeredVersusActive([reg, act]).activeShareOfRegistered).toBe(80)
  })
  it('finds the target of a region, segment and year', () => {
    const t = {
      regionId: '63.11',
      year: 2025,
      segment: 'semua' as const,
      value: 64_000,
      unit: 'count' as const,
    }
    expect(targetFor([t], '63.11', 'semua', 2025)).toBe(t)
    expect(targetFor([t], '63.11', 'semua', 2024)).toBeNull()
    expect(targetFor([t], '63.11', 'pu', 2025)).toBeNull()
  })
  it('sorts by share with regions without data last, never as zero', () => {
    const rows = [
      { name: 'Tapin', percent: null },
      { name: 'Balangan', percent: 96.9 },
      { name: 'Banjar', percent: 0 },
      { name: 'Kotabaru', percent: null },
    ]
    expect(sortByCoverage(rows).map((r) => r.name)).toEqual([
      'Balangan',
      'Banjar',
      'Kotabaru',
      'Tapin',
    ])
  })
})
