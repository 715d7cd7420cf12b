import { describe, expect, it } from 'vitest'
import {
  ageInDays,
  checkQuality,
  figuresBehindMeasurement,
  isTooOld,
  issuesFor,
  median,
  QUALITY_RULES,
  refuses,
  staleFigure,
  type QualityIssue,
  type QualityRuleId,
} from '../../../src/renderer/domain/quality'
import type {
  CoverageObservation,
  CoverageTarget,
  RecordMeta,
} from '../../../src/renderer/db/types'
import { buildSampleData, SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import { balangan, measurement } from '../commitments/fixtures'

const meta: Omit<RecordMeta, 'id'> = {
  createdAt: '2025-01-01T00:00:00.000Z',
  createdBy: 't',
  updatedAt: '2025-01-01T00:00:00.000Z',
  updatedBy: 't',
  updatedOn: 'd',
  rev: 1,
  isSample: 0,
}

let n = 0
const obs = (over: Partial<CoverageObservation>): CoverageObservation => ({
  ...meta,
  id: `c${++n}`,
  regionId: '63.01',
  period: '2025',
  segment: 'semua',
  measure: 'registered',
  count: null,
  baseKind: 'pekerja_eligible',
  baseLabel: 'pekerja eligible',
  baseSize: null,
  statedPercent: null,
  sourceDocument: 'Laporan BPJS',
  sourceInstitution: 'BPJS Ketenagakerjaan',
  asOfDate: null,
  note: '',
  ...over,
})

const tgt = (over: Partial<CoverageTarget>): CoverageTarget => ({
  ...meta,
  id: `t${++n}`,
  regionId: '63.01',
  year: 2026,
  segment: 'semua',
  value: 70,
  unit: 'percent',
  setBy: 'provinsi',
  sourceDocument: 'MoU 2025',
  note: '',
  ...over,
})

const only = (issues: QualityIssue[], rule: QualityRuleId) =>
  issues.filter((i) => i.ruleId === rule)

describe('the rule set', () => {
  it('each rule has an id, a severity and a title in both languages', () => {
    const ids = QUALITY_RULES.map((r) => r.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const r of QUALITY_RULES) {
      expect(['impossible', 'warning', 'info']).toContain(r.severity)
      expect(r.title.id).not.toBe('')
      expect(r.title.en).not.toBe('')
    }
  })
  it('clean data gives no issue; deleted records are not checked', () => {
    expect(checkQuality({ coverage: [obs({ count: 30_000, baseSize: 40_000 })] })).toEqual([])
    expect(
      checkQuality({ coverage: [obs({ count: -1, deletedAt: '2025-02-01T00:00:00Z' })] }),
    ).toEqual([])
  })
})

describe('impossible numbers are refused', () => {
  it('negative and NaN counts, bases, shares, targets, measurements; a base of zero', () => {
    const issues = checkQuality({
      coverage: [
        obs({ id: 'neg', count: -5, baseSize: 100 }),
        obs({ id: 'nan', statedPercent: Number.NaN }),
        obs({ id: 'zero', count: 10, baseSize: 0 }),
      ],
      targets: [tgt({ id: 'tneg', value: -1 })],
      commitments: [balangan({ targetValue: Number.POSITIVE_INFINITY })],
      measurements: [measurement('2024-06-30', -100, { id: 'mneg' })],
    })
    const impossible = only(issues, 'impossible_number')
    expect(impossible.map((i) => i.records[0]!.id).sort()).toEqual(
      ['balangan', 'mneg', 'nan', 'neg', 'tneg', 'zero'].sort(),
    )
    expect(impossible.every((i) => i.severity === 'impossible')).toBe(true)
    expect(refuses(issues)).toBe(true)
    expect(issues[0]!.severity).toBe('impossible')
    expect(issuesFor(issues, 'coverage', 'neg')[0]!.message.id).toContain('count bernilai -5')
  })
})

describe('coverage over 100 % warns, never refuses', () => {
  it('50.000 on a base of 40.000 = 125 %', () => {
    const issues = checkQuality({ coverage: [obs({ count: 50_000, baseSize: 40_000 })] })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ ruleId: 'over_base', severity: 'warning' })
    expect(issues[0]!.message.id).toContain('50.000 dari basis 40.000 = 125%')
    expect(issues[0]!.message.en).toContain('50,000 of a base of 40,000 = 125%')
    expect(refuses(issues)).toBe(false)
  })
  it('70.000 of 64.000 eligible workers = 109 %; over a target population it is only info', () => {
    const eligible = checkQuality({ coverage: [obs({ count: 70_000, baseSize: 64_000 })] })
    expect(eligible[0]!.message.id).toContain('= 109,4%')
    expect(eligible[0]!.severity).toBe('warning')
    const target = checkQuality({
      coverage: [obs({ count: 70_000, baseSize: 64_000, baseKind: 'target' })],
    })
    expect(target[0]).toMatchObject({ ruleId: 'over_base', severity: 'info' })
  })
  it('a stated share over 100 % and a percent target over 100 % warn; exactly 100 % does not', () => {
    const issues = checkQuality({
      coverage: [obs({ statedPercent: 104 }), obs({ count: 40_000, baseSize: 40_000 })],
      targets: [tgt({ value: 110 })],
    })
    expect(only(issues, 'over_base')).toHaveLength(2)
  })
})

describe('active above registered', () => {
  it('by count for the same region, period and segment', () => {
    const reg = obs({ id: 'reg', count: 60_000, baseSize: 80_000 })
    const act = obs({ id: 'act', measure: 'active', count: 61_000, baseSize: 80_000 })
    const issues = only(checkQuality({ coverage: [reg, act] }), 'active_above_registered')
    expect(issues).toHaveLength(1)
    expect(issues[0]!.records.map((r) => r.id)).toEqual(['act', 'reg'])
    expect(issues[0]!.message.id).toContain('61.000 peserta aktif, lebih banyak dari 60.000')
  })
  it('by share only over the same base; another period or segment is not compared', () => {
    const issues = checkQuality({
      coverage: [
        obs({ statedPercent: 40, baseSize: 80_000 }),
        obs({ measure: 'active', statedPercent: 45, baseSize: 80_000 }),
        obs({ measure: 'active', statedPercent: 45, baseKind: 'angkatan_kerja' }),
        obs({ measure: 'active', period: '2024', count: 99_000, baseSize: 100_000 }),
        obs({ measure: 'active', segment: 'pu', count: 99_000, baseSize: 100_000 }),
      ],
    })
    expect(only(issues, 'active_above_registered')).toHaveLength(1)
  })
  it('Balangan 2025: 96 % active of the registered is not compared with 90 % registered', () => {
    const sample = sampleRecords()
    expect(only(checkQuality(sample), 'active_above_registered')).toEqual([])
  })
})

describe('parts exceeding the whole', () => {
  it('PU + BPU above all workers for the same region, period, measure and base', () => {
    const issues = only(
      checkQuality({
        coverage: [
          obs({ id: 'all', count: 50_000 }),
          obs({ id: 'pu', segment: 'pu', count: 35_000 }),
          obs({ id: 'bpu', segment: 'bpu', count: 20_000 }),
          // Another base kind is another group.
          obs({ segment: 'jakon', count: 99_000, baseKind: 'angkatan_kerja' }),
        ],
      }),
      'parts_exceed_whole',
    )
    expect(issues).toHaveLength(1)
    expect(issues[0]!.records.map((r) => r.id)).toEqual(['all', 'pu', 'bpu'])
    expect(issues[0]!.message.id).toBe(
      '63.01, 2025 (terdaftar): PU 35.000 + BPU 20.000 = 55.000, lebih dari 50.000 semua pekerja.',
    )
  })
  it('a target group alone above all workers; overlapping target groups are not summed', () => {
    const issues = only(
      checkQuality({
        coverage: [
          obs({ count: 50_000 }),
          obs({ segment: 'pekerja_rentan', count: 30_000 }),
          obs({ segment: 'honorer', count: 25_000 }),
          obs({ segment: 'perangkat_desa', count: 51_000 }),
        ],
      }),
      'parts_exceed_whole',
    )
    expect(issues).toHaveLength(1)
    expect(issues[0]!.message.en).toContain('51,000 village officials, more than the 50,000')
  })
})

describe('sources', () => {
  it('a figure, target, measurement or commitment baseline without a source', () => {
    const issues = only(
      checkQuality({
        coverage: [
          obs({ id: 'none', count: 1, sourceDocument: ' ', sourceInstitution: '' }),
          obs({ id: 'inst', count: 1, sourceDocument: '' }),
        ],
        targets: [tgt({ id: 'tnone', sourceDocument: '' })],
        commitments: [balangan({ baselineSource: '' })],
        measurements: [measurement('2024-06-30', 50_000, { id: 'mnone', source: '' })],
      }),
      'missing_source',
    )
    expect(issues.map((i) => [i.records[0]!.id, i.severity])).toEqual([
      ['none', 'warning'],
      ['tnone', 'warning'],
      ['mnone', 'warning'],
      ['balangan', 'warning'],
      // Most severe first: the info comes last.
      ['inst', 'info'],
    ])
    // A commitment without a baseline value needs no baseline source.
    expect(
      checkQuality({ commitments: [balangan({ baselineValue: null, baselineSource: '' })] }),
    ).toEqual([])
  })
})

function sampleRecords() {
  const s = buildSampleData()
  const add = <T extends object>(rows: T[]) =>
    rows.map((r) => ({ ...meta, isSample: 1 as const, ...r }))
  return {
    coverage: add(s.coverage),
    targets: add(s.targets),
    commitments: add(s.commitments),
    measurements: add(s.measurements),
  }
}

describe('a commitment measured with a figure of another segment', () => {
  it("the sample's Balangan pledge (pekerja rentan) is measured by the 62.000 of all workers", () => {
    const sample = sampleRecords()
    const issues = only(checkQuality(sample), 'measurement_other_segment')
    expect(issues).toHaveLength(1)
    expect(issues[0]!.severity).toBe('warning')
    expect(issues[0]!.records).toEqual([
      { table: 'measurements', id: sample.measurements[0]!.id },
      { table: 'commitments', id: SAMPLE_IDS.balanganCommitment },
      { table: 'coverage', id: sample.coverage[4]!.id },
      { table: 'coverage', id: sample.coverage[5]!.id },
    ])
    expect(issues[0]!.message.id).toContain(
      'Pengukuran 62.000 per 13 Oktober 2025 untuk komitmen pekerja rentan',
    )
    expect(issues[0]!.message.id).toContain('sama dengan angka semua pekerja dari sumber yang sama')
  })
  it('the link is inferred from region, source, value and date; a matching segment clears it', () => {
    const sample = sampleRecords()
    const m = sample.measurements[0]!
    const c = sample.commitments[0]!
    expect(figuresBehindMeasurement(m, c, sample.coverage).map((f) => f.count)).toEqual([
      62_000, 62_000,
    ])
    // Another value, another source or another region: no link, no issue.
    expect(figuresBehindMeasurement({ ...m, value: 61_000 }, c, sample.coverage)).toEqual([])
    expect(figuresBehindMeasurement({ ...m, source: 'lain' }, c, sample.coverage)).toEqual([])
    expect(figuresBehindMeasurement(m, { ...c, regionId: '63.01' }, sample.coverage)).toEqual([])
    // A vulnerable-workers figure of the same value and source is the right one.
    const own = obs({
      regionId: '63.11',
      segment: 'pekerja_rentan',
      count: 62_000,
      sourceDocument: m.source,
      asOfDate: '2025-10-13',
    })
    const withOwn = { ...sample, coverage: [...sample.coverage, own] }
    expect(only(checkQuality(withOwn), 'measurement_other_segment')).toEqual([])
  })
})

describe('measurements', () => {
  it('two on one day: the one entered last counts, named in the message', () => {
    const issues = only(
      checkQuality({
        commitments: [balangan()],
        measurements: [
          measurement('2024-06-30', 50_000, { id: 'late', createdAt: '2024-07-02T00:00:00Z' }),
          measurement('2024-06-30', 47_000, { id: 'early', createdAt: '2024-07-01T00:00:00Z' }),
          measurement('2024-09-30', 55_000),
        ],
      }),
      'same_day_measurements',
    )
    expect(issues).toHaveLength(1)
    expect(issues[0]!.records.map((r) => r.id)).toEqual(['early', 'late'])
    expect(issues[0]!.message.id).toContain('yang dimasukkan terakhir (50.000) dipakai')
  })
  it('before the baseline: info', () => {
    const issues = checkQuality({
      commitments: [balangan()],
      measurements: [measurement('2023-06-30', 30_000), measurement('2024-06-30', 50_000)],
    })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ ruleId: 'measurement_before_baseline', severity: 'info' })
  })
})

describe('a jump far outside the region history', () => {
  // Yearly counts rising by about 1.000 (12 months), then one year of +10.000.
  const series = (values: number[], over: Partial<CoverageObservation> = {}) =>
    values.map((count, i) => obs({ id: `y${2018 + i}`, period: String(2018 + i), count, ...over }))

  it('> 3× the median absolute change per month of the other changes, flagged', () => {
    const issues = only(
      checkQuality({ coverage: series([20_000, 21_000, 22_200, 23_000, 33_000, 34_100]) }),
      'jump',
    )
    // Other changes 1.000, 1.200, 800, 1.100: median 1.050 a year = 87,5 a month.
    expect(issues).toHaveLength(1)
    expect(issues[0]!.records.map((r) => r.id)).toEqual(['y2021', 'y2022'])
    expect(issues[0]!.message.id).toContain('+10.000 dari 2021 ke 2022')
    expect(median([1_000, 1_200, 800, 1_100])).toBe(1_050)
  })
  it('just under 3× is not a jump; a short history is not judged', () => {
    expect(
      only(
        checkQuality({ coverage: series([20_000, 21_000, 22_000, 23_000, 25_900, 26_900]) }),
        'jump',
      ),
    ).toEqual([])
    // Three other changes are needed: four figures (two other changes) are too few.
    expect(
      only(checkQuality({ coverage: series([20_000, 21_000, 22_000, 40_000]) }), 'jump'),
    ).toEqual([])
    expect(
      only(
        checkQuality({ coverage: series([20_000, 21_000, 22_000, 40_000]) }, { jumpMinHistory: 2 }),
        'jump',
      ),
    ).toHaveLength(1)
  })
  it('changes are per month, so a monthly figure after yearly ones is judged fairly', () => {
    const yearly = series([20_000, 21_200, 22_400, 23_600])
    // Dec 2021 → Jan 2022: +100 in one month is the same pace as +1.200 a year.
    const monthly = obs({ id: 'm', period: '2022-01', count: 23_700 })
    expect(only(checkQuality({ coverage: [...yearly, monthly] }), 'jump')).toEqual([])
  })
  it('a flat history (median zero) gives no scale to judge by', () => {
    expect(
      only(checkQuality({ coverage: series([20_000, 20_000, 20_000, 20_000, 25_000]) }), 'jump'),
    ).toEqual([])
  })
})

describe('a figure too old for a pack', () => {
  it('takes the data date and the maximum age', () => {
    expect(ageInDays('2025-10-13', '2026-10-13')).toBe(365)
    expect(isTooOld('2025-10-13', '2026-10-13', 365)).toBe(false)
    expect(isTooOld('2025-10-13', '2026-10-14', 365)).toBe(true)
    const f = obs({ period: '2020', count: 1 })
    // A figure with only a period counts at its end: 31 Dec 2020.
    expect(staleFigure(f, '2021-12-31', 365)).toBeNull()
    const issue = staleFigure(f, '2022-01-01', 365)!
    expect(issue).toMatchObject({ ruleId: 'stale_figure', severity: 'warning' })
    expect(issue.message.id).toContain(
      'angka per 31 Desember 2020, sudah 366 hari (batas 365 hari)',
    )
  })
  it('checkQuality flags the stale figures of the sample when asked', () => {
    const sample = sampleRecords()
    const issues = checkQuality(sample, { stale: { asOf: '2026-12-01', maxAgeDays: 365 } })
    // Every sample figure is from 2025-10-13 or earlier: all eight are older than a year.
    expect(only(issues, 'stale_figure')).toHaveLength(8)
    expect(only(checkQuality(sample), 'stale_figure')).toEqual([])
  })
})

describe('the sample data as a whole', () => {
  it('has one warning: the pledge measured with all workers', () => {
    const issues = checkQuality(sampleRecords())
    expect(issues.map((i) => i.ruleId)).toEqual(['measurement_other_segment'])
  })
})
