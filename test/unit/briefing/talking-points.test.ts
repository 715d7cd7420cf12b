import { describe, expect, it } from 'vitest'
import type { CoverageObservation, CoverageTarget } from '../../../src/renderer/db/types'
import {
  figureSentence,
  talkingPoints,
} from '../../../src/renderer/features/briefing/talking-points'
import { recordMeta } from '../../fixtures/records'

const meta = recordMeta()
const obs = (o: Partial<CoverageObservation>): CoverageObservation => ({
  ...meta,
  id: crypto.randomUUID(),
  regionId: '63',
  period: '2023-02',
  segment: 'pu',
  measure: 'registered',
  count: null,
  baseKind: 'tidak_disebut',
  baseLabel: '',
  baseSize: null,
  statedPercent: 46.44,
  sourceDocument: 'sumber',
  sourceInstitution: '',
  asOfDate: '2023-02-09',
  note: '',
  ...o,
})
const target = (t: Partial<CoverageTarget>): CoverageTarget => ({
  ...meta,
  id: crypto.randomUUID(),
  regionId: '63',
  year: 2023,
  segment: 'pu',
  value: 75,
  unit: 'percent',
  setBy: 'provinsi',
  sourceDocument: 'RPJMD',
  note: '',
  ...t,
})

describe('talking points', () => {
  it('says the figure is below the target, by how much, and whose target it is', () => {
    const s = figureSentence(obs({}), 'Kalimantan Selatan', [], [target({})])
    expect(s).toBe(
      'Cakupan PU Kalimantan Selatan 46,44% (Februari 2023), basis tidak disebut sumber, masih di bawah target 75% (provinsi): 28,6 poin.',
    )
  })

  it('states a reached count target, and no "uncovered" count against a labour force that includes ASN, TNI and Polri', () => {
    const f = obs({
      regionId: '63.11',
      period: '2025',
      segment: 'semua',
      count: 62_000,
      baseKind: 'angkatan_kerja',
      baseLabel: 'angkatan kerja',
      baseSize: 80_000,
      statedPercent: null,
      asOfDate: '2025-10-13',
    })
    const s = figureSentence(
      f,
      'Kabupaten Balangan',
      [],
      [
        target({
          regionId: '63.11',
          year: 2025,
          segment: 'semua',
          value: 60_000,
          unit: 'count',
          setBy: 'bappenas',
        }),
      ],
    )
    expect(s).toBe(
      'Cakupan seluruh pekerja Kabupaten Balangan 77,5% (2025), dari angkatan kerja 80 ribu; sudah mencapai target 60.000 pekerja (Bappenas); ASN, TNI dan Polri di dalamnya dilindungi skema lain, jadi selisihnya dengan angkatan kerja bukan jumlah pekerja yang belum tercakup.',
    )
  })

  it('states the workers still uncovered against eligible workers', () => {
    const f = obs({
      regionId: '63.11',
      period: '2025',
      segment: 'semua',
      count: 62_000,
      baseKind: 'pekerja_eligible',
      baseLabel: 'pekerja di luar ASN, TNI dan Polri',
      baseSize: 74_000,
      statedPercent: null,
      asOfDate: '2025-10-13',
    })
    expect(figureSentence(f, 'Kabupaten Balangan', [], [])).toMatch(
      / Sekitar 12 ribu pekerja belum tercakup\.$/,
    )
  })

  it('compares with the earlier figure of the same series only, never across bases', () => {
    const earlier = obs({ period: '2022', statedPercent: 40, asOfDate: null })
    const otherBase = obs({
      period: '2022-06',
      statedPercent: 10,
      baseKind: 'angkatan_kerja',
      baseSize: 100,
      count: 10,
      asOfDate: null,
    })
    const s = figureSentence(obs({}), 'Kalimantan Selatan', [earlier, otherBase], [])
    expect(s).toBe(
      'Cakupan PU Kalimantan Selatan 46,44% (Februari 2023), basis tidak disebut sumber, naik 6,4 poin dari 40% pada 2022.',
    )
  })

  it('gives a count without a percentage when the total is unknown', () => {
    const s = figureSentence(
      obs({
        regionId: '63.11',
        period: '2023',
        segment: 'pekerja_rentan',
        count: 41_120,
        statedPercent: null,
        asOfDate: null,
      }),
      'Kabupaten Balangan',
      [],
      [],
    )
    expect(s).toContain('41.120 pekerja rentan di Kabupaten Balangan terlindungi pada 2023')
  })

  it('names regencies without data and says so when there is nothing at all', () => {
    const base = {
      allCoverage: [],
      targets: [],
      evaluated: [],
      regionName: (id: string) => id,
      asOf: '2026-11-23',
      carriedCount: 0,
    }
    expect(
      talkingPoints({
        ...base,
        figures: [],
        regionsWithoutData: ['Tapin', 'Tabalong'],
        regencyCount: 13,
      }),
    ).toEqual([
      '2 dari 13 kabupaten/kota belum punya data cakupan tercatat per 23 November 2026: Tapin, Tabalong.',
    ])
    expect(talkingPoints({ ...base, figures: [], regionsWithoutData: [] })[0]).toMatch(
      /^Belum ada data cakupan maupun komitmen/,
    )
  })
})
