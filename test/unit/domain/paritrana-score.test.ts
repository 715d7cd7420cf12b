import { describe, expect, it } from 'vitest'
import {
  rankRegions,
  scoreRegion,
  type RegionReadinessData,
  type RubricLike,
} from '../../../src/renderer/domain/paritrana-score'
import { DEFAULT_RUBRIC_ASPECTS } from '../../../src/renderer/domain/paritrana-rubric'
import type { CoverageFigure } from '../../../src/renderer/domain/coverage-math'
import type { ParitranaEvidence } from '../../../src/renderer/db/types'
import { meta, status } from './paritrana-fixtures'

const pu: CoverageFigure = {
  regionId: '63.11',
  period: '2026',
  segment: 'pu',
  measure: 'registered',
  count: 300,
  baseKind: 'potensi',
  baseLabel: '',
  baseSize: 1000,
  statedPercent: null,
  asOfDate: null,
}

// Three aspects, weights 30/30/40; hand-worked below.
const rubric: RubricLike = {
  aspects: [
    {
      key: 'a',
      label: 'A',
      weight: 30,
      indicators: [
        {
          key: 'regulasi',
          label: 'Regulasi',
          weight: 1,
          metric: 'regulation',
          group: null,
          target: null,
        },
      ],
    },
    {
      key: 'b',
      label: 'B',
      weight: 30,
      indicators: [
        {
          key: 'apbd_desa',
          label: 'APBD desa',
          weight: 1,
          metric: 'apbd',
          group: 'perangkat_desa',
          target: null,
        },
        {
          key: 'komitmen',
          label: 'Komitmen',
          weight: 1,
          metric: 'commitments_on_track',
          group: null,
          target: null,
        },
      ],
    },
    {
      key: 'c',
      label: 'C',
      weight: 40,
      indicators: [
        { key: 'pu', label: 'PU', weight: 2, metric: 'coverage_pu', group: null, target: 75 },
        {
          key: 'desa',
          label: 'Desa',
          weight: 1,
          metric: 'group_share',
          group: 'perangkat_desa',
          target: null,
        },
        {
          key: 'inovasi',
          label: 'Inovasi',
          weight: 1,
          metric: 'entered',
          group: null,
          target: null,
        },
      ],
    },
  ],
}

const data: RegionReadinessData = {
  regionId: '63.11',
  statuses: new Map([
    [
      'perangkat_desa',
      status('perangkat_desa', {
        status: 'sebagian',
        covered: 300,
        groupSize: 400,
        regulationKind: 'perbup',
        regulationNumber: '12 Tahun 2026',
        regulationStage: 'terbit',
        apbdYear: 2026,
        apbdAmount: 500_000_000,
      }),
    ],
  ]),
  coverage: [pu],
  commitmentStatuses: ['sesuai_jalur', 'terlambat', 'dibatalkan'],
  evidence: [],
}

describe('Paritrana readiness score', () => {
  it('scores aspects and total as worked by hand', () => {
    const r = scoreRegion(rubric, data)
    // A: regulation issued = 1 → 100.
    // B: APBD budgeted 1, commitments 1 of 2 counted (cancelled left out) = 0,5 → (1 + 0,5) / 2 = 75.
    // C: PU 30 % of 75 % = 0,4 (weight 2), desa 300/400 = 0,75, inovasi no data = 0
    //    → (0,8 + 0,75 + 0) / 4 = 38,75.
    expect(r.aspects.map((a) => a.score)).toEqual([100, 75, 38.75])
    // Total: (30·100 + 30·75 + 40·38,75) / 100 = (3000 + 2250 + 1550) / 100 = 68.
    expect(r.total).toBeCloseTo(68, 10)
  })

  it('lists what is missing and what would raise the total most', () => {
    const r = scoreRegion(rubric, data)
    expect(r.missing.map((i) => i.key)).toEqual(['inovasi'])
    // Gains: PU 0,4·(2/4)·0,6·100 = 12; inovasi 0,4·(1/4)·1·100 = 10;
    // komitmen 0,3·(1/2)·0,5·100 = 7,5; desa 0,4·(1/4)·0,25·100 = 2,5; the rest is full.
    expect(r.raiseMost.map((i) => [i.key, Number(i.gain.toFixed(6))])).toEqual([
      ['pu', 12],
      ['inovasi', 10],
      ['komitmen', 7.5],
      ['desa', 2.5],
    ])
    // Every gain taken together brings the total to 100.
    expect(r.total + r.raiseMost.reduce((s, i) => s + i.gain, 0)).toBeCloseTo(100, 10)
  })

  it('says what each score rests on', () => {
    const r = scoreRegion(rubric, data)
    const basis = Object.fromEntries(
      r.aspects.flatMap((a) => a.indicators).map((i) => [i.key, i.basis.id]),
    )
    expect(basis.regulasi).toBe('Perbup 12 Tahun 2026 (terbit)')
    expect(basis.komitmen).toBe('1 dari 2 komitmen tercapai atau sesuai jalur')
    expect(basis.inovasi).toBe('belum ada data')
    expect(basis.desa?.replace(/[\u00a0\u202f]/g, ' ')).toBe('300 dari 400 terlindungi (75%)')
  })

  it('a draft regulation counts half, a status without counts by its words', () => {
    const d: RegionReadinessData = {
      ...data,
      statuses: new Map([
        [
          'perangkat_desa',
          status('perangkat_desa', {
            status: 'sebagian',
            regulationKind: 'perbup',
            regulationStage: 'rancangan',
          }),
        ],
      ]),
      coverage: [],
      commitmentStatuses: [],
    }
    const r = scoreRegion(rubric, d)
    // A: 0,5 → 50. B: APBD 0 (record, no budget), commitments none → (0 + 0)/2 = 0.
    // C: PU none, desa "sebagian" = 0,5, inovasi none → 0,5 / 4 = 12,5.
    expect(r.aspects.map((a) => a.score)).toEqual([50, 0, 12.5])
    // (30·50 + 0 + 40·12,5) / 100 = 20.
    expect(r.total).toBeCloseTo(20, 10)
    expect(r.missing.map((i) => i.key)).toEqual(['komitmen', 'pu', 'inovasi'])
  })

  it('entered evidence without a value is missing, with its evidence named', () => {
    const ev: ParitranaEvidence = {
      ...meta,
      id: 'e',
      regionId: '63.11',
      editionYear: 2025,
      indicatorKey: 'inovasi',
      value: null,
      evidence: 'Lindungi Pren',
      sourceDocument: '',
      asOf: null,
    }
    const r = scoreRegion(rubric, { ...data, evidence: [ev] })
    const inovasi = r.missing.find((i) => i.key === 'inovasi')!
    expect(inovasi.basis.id).toBe('bukti ada, belum dinilai: Lindungi Pren')
    const scored = scoreRegion(rubric, { ...data, evidence: [{ ...ev, value: 80 }] })
    // C: (0,8 + 0,75 + 0,8) / 4 = 58,75; total (3000 + 2250 + 40·58,75) / 100 = 76,00.
    expect(scored.total).toBeCloseTo(76, 10)
  })

  it('the default rubric on a region with no data scores 0 and misses every indicator', () => {
    const r = scoreRegion(
      { aspects: DEFAULT_RUBRIC_ASPECTS },
      {
        regionId: '63.01',
        statuses: new Map(),
        coverage: [],
        commitmentStatuses: [],
        evidence: [],
      },
    )
    expect(r.total).toBe(0)
    expect(r.missing).toHaveLength(13)
    // The one regulation indicator carries the whole kebijakan aspect: 30 % of the total.
    expect(r.raiseMost[0]!.key).toBe('regulasi')
    expect(r.raiseMost[0]!.gain).toBeCloseTo(30, 10)
  })

  it('ranks regions, equal shown totals sharing a rank', () => {
    const names: Record<string, string> = { a: 'Balangan', b: 'Tabalong', c: 'Banjar' }
    const ranked = rankRegions(
      [
        { regionId: 'b', total: 68.04 },
        { regionId: 'c', total: 50 },
        { regionId: 'a', total: 68.0 },
      ],
      (id) => names[id]!,
    )
    expect(ranked.map((r) => [r.regionId, r.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
    ])
  })
})
