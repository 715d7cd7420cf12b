import { describe, expect, it } from 'vitest'
import { bundledRegions } from '../../../src/renderer/db/regions'
import { buildSampleData } from '../../../src/renderer/db/sample-data'
import type { CoverageObservation, CoverageTarget } from '../../../src/renderer/db/types'
import { buildDashboard } from '../../../src/renderer/features/dashboard/dashboard-model'
import { asOfForChoice, periodChoices } from '../../../src/renderer/domain/periods'
import { recordMeta, withMeta } from '../../fixtures/records'

const meta = recordMeta({ isSample: 1 })
const sample = buildSampleData()
const observations: CoverageObservation[] = withMeta(sample.coverage, meta)
const targets: CoverageTarget[] = withMeta(sample.targets, meta)
const regions = bundledRegions()
const province = regions.find((r) => r.id === '63')!
const regencies = regions.filter((r) => r.parentId === '63')

const build = (asOf: string, segment: 'semua' | 'pu' = 'semua') =>
  buildDashboard({
    province,
    regencies,
    observations,
    provinceHistory: observations.filter((o) => o.regionId === '63'),
    targets,
    asOf,
    segment,
  })

describe('the Ringkasan model over the sample data', () => {
  it('headlines the province figures valid on the date: 27 % (2020), PU 46,44 % and BPU 10,6 % (Februari 2023)', () => {
    expect(build('2026-11-23').headlines.map((o) => [o.segment, o.statedPercent])).toEqual([
      ['semua', 27],
      ['pu', 46.44],
      ['bpu', 10.6],
    ])
    expect(build('2022-12-31').headlines.map((o) => o.period)).toEqual(['2020'])
  })
  it('puts Balangan first at 96,875 % of the Bappenas target, holds it against the 2025 target, and gives the others no bar', () => {
    const model = build('2026-11-23')
    expect(model.bars[0]).toMatchObject({ regionId: '63.11', percent: 96.875 })
    expect(model.bars.slice(1).every((b) => b.percent === null)).toBe(true)
    const row = model.rows.find((r) => r.region.id === '63.11' && r.segment === 'semua')!
    expect(row.gap).toMatchObject({ workers: 2_000, reached: false })
    expect(row.distance).toBe('dekat')
    expect(row.activeShareOfRegistered).toBe(96)
    expect(row.others.map((o) => o.baseKind).sort()).toEqual(['angkatan_kerja', 'tidak_disebut'])
    expect(model.rows.filter((r) => r.segment === null)).toHaveLength(12)
  })
  it('refuses to call one regency the province', () => {
    expect(build('2026-11-23').aggregate).toMatchObject({
      ok: false,
      reason: 'incomplete',
      expected: 13,
    })
  })
  it('keeps one trend line per segment and base', () => {
    expect(build('2026-11-23').trend.map((l) => l.key)).toEqual([
      'semua|registered|pekerja_eligible',
      'pu|registered|tidak_disebut',
      'bpu|registered|tidak_disebut',
    ])
  })
})

describe('period choices', () => {
  it('offers the latest, each year, and the months of monthly data', () => {
    expect(periodChoices(['2020', '2023-02', '2025'])).toEqual([
      'terkini',
      '2025',
      '2023',
      '2023-02',
      '2020',
    ])
  })
  it('reads a choice as its last day, never after today', () => {
    expect(asOfForChoice('2023-02', '2026-11-23')).toBe('2023-02-28')
    expect(asOfForChoice('2026', '2026-11-23')).toBe('2026-11-23')
    expect(asOfForChoice('terkini', '2026-11-23')).toBe('2026-11-23')
  })
})
