import { describe, expect, it } from 'vitest'
import {
  formatAmount,
  monthsBetween,
  paceForCommitment,
  paceForTarget,
  paceOverview,
  requiredPace,
  type PaceInput,
} from '../../../src/renderer/domain/pace'
import type { CoverageFigure } from '../../../src/renderer/domain/coverage-math'
import type { CoverageTarget } from '../../../src/renderer/db/types'
import { buildSampleData } from '../../../src/renderer/db/sample-data'
import { balangan, measurement } from '../commitments/fixtures'

// Intl may use narrow no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

const fig = (over: Partial<CoverageFigure>): CoverageFigure => ({
  regionId: '63',
  period: '2020',
  segment: 'semua',
  measure: 'registered',
  count: null,
  baseKind: 'pekerja_eligible',
  baseLabel: 'tenaga kerja di luar lembaga pemerintah',
  baseSize: null,
  statedPercent: null,
  asOfDate: null,
  ...over,
})

const target = (over: Partial<CoverageTarget>) =>
  ({
    regionId: '63',
    year: 2026,
    segment: 'semua',
    value: 70,
    unit: 'percent',
    ...over,
  }) as Pick<CoverageTarget, 'regionId' | 'year' | 'segment' | 'value' | 'unit'>

describe('the month: calendar months between month-ends', () => {
  it('gives the months of the worked examples', () => {
    expect(monthsBetween('2024-12-31', '2025-06-30')).toBe(6)
    expect(monthsBetween('2025-06-30', '2026-12-31')).toBe(18)
    expect(monthsBetween('2020-12-31', '2026-12-31')).toBe(72)
    expect(monthsBetween('2024-02-29', '2024-03-31')).toBe(1)
    expect(monthsBetween('2023-02-28', '2023-01-31')).toBe(-1)
  })
  it('counts days evenly within a month: 13 Oct 2025 → 31 Dec 2026 is 14 + 18/31 months', () => {
    expect(monthsBetween('2025-10-13', '2026-12-31')).toBeCloseTo(14 + 18 / 31, 10)
    expect(monthsBetween('2025-01-15', '2025-01-15')).toBe(0)
  })
})

describe('Tanah Laut (invented): 23.000 → pledge 30.000 by end 2026, 25.400 on 30 Jun 2025', () => {
  const commitment = balangan({
    id: 'tala',
    regionId: '63.01',
    baselineValue: 23_000,
    baselineDate: '2024-12-31',
    targetValue: 30_000,
    deadline: '2026-12-31',
  })
  const ms = [measurement('2025-06-30', 25_400, { commitmentId: 'tala' })]
  const pace = paceForCommitment(commitment, ms, '2025-06-30')!

  it('4.600 to go in 18 months is 255,6 a month', () => {
    expect(pace.remaining).toBe(4_600)
    expect(pace.monthsLeft).toBe(18)
    expect(pace.requiredPerMonth).toBeCloseTo(255.56, 2)
  })
  it('current pace (25.400 − 23.000) over 6 months = 400 a month, from baseline and measurement', () => {
    expect(pace.currentPace).toMatchObject({ perMonth: 400, months: 6 })
    expect(pace.currentPace?.basis).toBe('baseline_and_measurements')
    expect(pace.currentPace?.from.date).toBe('2024-12-31')
    expect(pace.currentPace?.to.date).toBe('2025-06-30')
  })
  it('ratio 0,64: enough, said in both languages', () => {
    expect(pace.ratio).toBeCloseTo(0.64, 2)
    expect(pace.verdict).toBe('enough')
    expect(pace.words.id).toBe('perlu ±256 pekerja/bulan; laju sekarang ±400/bulan — cukup')
    expect(pace.words.en).toBe('needs ±256 workers/month; current pace ±400/month — enough')
    expect(plain(pace.detail.id)).toBe(
      'masih 4.600 pekerja dalam 18 bulan hingga 31 Desember 2026 (angka terakhir 25.400 per 30 Juni 2025); laju sekarang dari baseline dan pengukuran 31 Desember 2024 – 30 Juni 2025 (6 bulan)',
    )
  })
  it('at a slower pace the words say how many times the current pace is needed', () => {
    // 23.000 → 24.000 in 6 months: 166,7 a month; 6.000 left in 18 months = 333,3: 2,0×.
    const slow = paceForCommitment(
      commitment,
      [measurement('2025-06-30', 24_000, { commitmentId: 'tala' })],
      '2025-06-30',
    )!
    expect(slow.verdict).toBe('not_enough')
    expect(slow.ratio).toBeCloseTo(2, 10)
    expect(slow.words.id).toBe(
      'perlu ±333 pekerja/bulan; laju sekarang ±167/bulan — perlu 2× laju sekarang',
    )
    // 23.000 → 24.600 in 6 months: 266,7; 5.400 in 18 = 300: 1,125 → "1,1×".
    const r = paceForCommitment(
      commitment,
      [measurement('2025-06-30', 24_600, { commitmentId: 'tala' })],
      '2025-06-30',
    )!
    expect(r.words.id).toBe(
      'perlu ±300 pekerja/bulan; laju sekarang ±267/bulan — perlu 1,1× laju sekarang',
    )
    expect(r.words.en).toBe(
      'needs ±300 workers/month; current pace ±267/month — needs 1.1× the current pace',
    )
  })
})

describe('Tanah Laut as a count target with coverage figures', () => {
  it('gives the same numbers, the current pace from the figures', () => {
    const figures = [
      fig({ regionId: '63.01', period: '2024', segment: 'pekerja_rentan', count: 23_000 }),
      fig({
        regionId: '63.01',
        period: '2025-06',
        segment: 'pekerja_rentan',
        count: 25_400,
        asOfDate: '2025-06-30',
      }),
      // Another segment and another measure do not count.
      fig({ regionId: '63.01', period: '2024', segment: 'semua', count: 90_000 }),
      fig({
        regionId: '63.01',
        period: '2024',
        segment: 'pekerja_rentan',
        measure: 'active',
        count: 1,
      }),
    ]
    const p = paceForTarget(
      target({ regionId: '63.01', segment: 'pekerja_rentan', value: 30_000, unit: 'count' }),
      figures,
      '2025-06-30',
    )
    expect(p.remaining).toBe(4_600)
    expect(p.monthsLeft).toBe(18)
    expect(p.currentPace).toMatchObject({ perMonth: 400, months: 6, basis: 'coverage_figures' })
    expect(p.words.id).toBe('perlu ±256 pekerja/bulan; laju sekarang ±400/bulan — cukup')
    expect(p.series).toMatchObject({
      segment: 'pekerja_rentan',
      measure: 'registered',
      baseKind: null,
    })
    expect(plain(p.detail.id)).toContain('laju sekarang dari angka kepesertaan 31 Desember 2024')
  })
})

describe('Kalsel: 27 % of 1,4 juta in 2020, a target of 70 % by the end of 2026', () => {
  const kalsel2020 = fig({ statedPercent: 27, baseSize: 1_400_000 })
  const pace = paceForTarget(target({}), [kalsel2020], '2020-12-31')

  it('means 980 ribu workers, about 602 ribu more in 72 months ≈ 8.361 a month', () => {
    expect(pace.monthsLeft).toBe(72)
    expect(pace.remaining).toBe(43)
    expect(pace.requiredPerMonth).toBeCloseTo(43 / 72, 10)
    expect(pace.workers).toMatchObject({
      baseSize: 1_400_000,
      targetWorkers: 980_000,
      currentWorkers: 378_000,
      remainingWorkers: 602_000,
      estimated: true,
    })
    expect(pace.workers?.requiredPerMonth).toBeCloseTo(8_361.1, 1)
    expect(pace.series).toMatchObject({ baseKind: 'pekerja_eligible' })
  })
  it('a count target over a stated percentage says the count is an estimate', () => {
    const r = paceForTarget(target({ value: 980_000, unit: 'count' }), [kalsel2020], '2020-12-31')
    expect(r.current).toMatchObject({ value: 378_000, estimated: true })
    expect(plain(r.detail.id)).toContain(
      '(angka terakhir ≈ 378.000 per 31 Desember 2020, perkiraan dari persentase)',
    )
    expect(r.words.id).toBe(
      'perlu ±8.361 pekerja/bulan; laju sekarang belum diketahui (baru satu angka)',
    )
  })
  it('a percent target reached is said in percentages', () => {
    const r = paceForTarget(target({ value: 25 }), [kalsel2020], '2020-12-31')
    expect(r.verdict).toBe('reached')
    expect(r.words.id).toBe('target tercapai: 27% dari target 25%')
    expect(r.workers?.remainingWorkers).toBe(0)
  })
  it('with one figure only there is no current pace', () => {
    expect(pace.verdict).toBe('no_current_pace')
    expect(pace.currentPace).toBeNull()
    expect(pace.words.id).toBe(
      'perlu ±0,6 poin/bulan; laju sekarang belum diketahui (baru satu angka)',
    )
    expect(pace.words.en).toBe('needs ±0.6 points/month; current pace unknown (only one figure)')
    expect(plain(pace.detail.id)).toContain(
      'pada basis 1,4 juta (tenaga kerja di luar lembaga pemerintah): target 980 ribu pekerja, kurang ≈ 602 ribu, ±8.361 pekerja/bulan',
    )
  })
  it('with a second figure the pace is in points per month over that window', () => {
    // 27 % (end 2020) → 33 % (end 2022): 0,25 points a month over 24 months, longer than the
    // 12-month window because no figure lies inside it. From end 2022: 37 points in 48 months.
    const later = fig({ period: '2022', statedPercent: 33, baseSize: 1_400_000 })
    const p = paceForTarget(target({}), [kalsel2020, later], '2022-12-31')
    expect(p.currentPace).toMatchObject({ perMonth: 0.25, months: 24, windowMonths: 12 })
    expect(p.currentPace?.basis).toBe('coverage_figures')
    expect(p.ratio).toBeCloseTo(37 / 48 / 0.25, 10)
    expect(p.verdict).toBe('not_enough')
    expect(p.words.id).toBe(
      'perlu ±0,77 poin/bulan; laju sekarang ±0,25 poin/bulan — perlu 3,1× laju sekarang',
    )
  })
})

describe('edge cases', () => {
  const base: PaceInput = {
    unit: 'count',
    target: 30_000,
    deadline: '2026-12-31',
    asOf: '2025-06-30',
    points: [],
    basis: 'coverage_figures',
  }
  it('no figure at all', () => {
    const r = requiredPace(base)
    expect(r.verdict).toBe('no_data')
    expect(r.words.id).toBe('belum ada angka untuk menghitung laju')
  })
  it('target already reached, even past the deadline', () => {
    const r = requiredPace({
      ...base,
      asOf: '2027-03-01',
      points: [
        { date: '2024-12-31', value: 23_000 },
        { date: '2026-12-31', value: 31_000 },
      ],
    })
    expect(r.verdict).toBe('reached')
    expect(r.remaining).toBe(0)
    expect(r.requiredPerMonth).toBeNull()
    expect(r.words.id).toBe('target tercapai: 31 ribu dari target 30 ribu')
  })
  it('deadline passed, not reached', () => {
    const r = requiredPace({
      ...base,
      asOf: '2027-01-15',
      points: [
        { date: '2024-12-31', value: 23_000 },
        { date: '2026-12-31', value: 28_000 },
      ],
    })
    expect(r.verdict).toBe('deadline_passed')
    expect(r.remaining).toBe(2_000)
    expect(r.requiredPerMonth).toBeNull()
    expect(r.words.id).toBe('tenggat 31 Desember 2026 sudah lewat; masih kurang 2.000 pekerja')
  })
  it('on the deadline day itself: due today', () => {
    const r = requiredPace({
      ...base,
      asOf: '2026-12-31',
      points: [{ date: '2026-06-30', value: 28_000 }],
    })
    expect(r.verdict).toBe('due_today')
  })
  it('a falling figure: negative pace, moving away from the target', () => {
    const r = requiredPace({
      ...base,
      points: [
        { date: '2024-12-31', value: 26_000 },
        { date: '2025-06-30', value: 25_400 },
      ],
    })
    expect(r.currentPace?.perMonth).toBe(-100)
    expect(r.ratio).toBeNull()
    expect(r.verdict).toBe('falling')
    expect(r.words.id).toBe(
      'perlu ±256 pekerja/bulan; laju sekarang −100/bulan — menjauh dari target',
    )
  })
  it('a flat figure: zero pace, not moving', () => {
    const r = requiredPace({
      ...base,
      points: [
        { date: '2024-12-31', value: 25_400 },
        { date: '2025-06-30', value: 25_400 },
      ],
    })
    expect(r.verdict).toBe('not_moving')
    expect(r.words.en).toBe('needs ±256 workers/month; current pace 0/month — not moving')
  })
  it('the current pace uses the earliest figure within the window, not the whole history', () => {
    const r = requiredPace({
      ...base,
      points: [
        { date: '2022-12-31', value: 10_000 },
        { date: '2024-06-30', value: 20_000 },
        { date: '2024-12-31', value: 23_000 },
        { date: '2025-06-30', value: 25_400 },
      ],
    })
    // 30 Jun 2024 → 30 Jun 2025: 5.400 in 12 months = 450.
    expect(r.currentPace).toMatchObject({ perMonth: 450, months: 12 })
    const six = requiredPace(
      {
        ...base,
        points: [
          { date: '2024-06-30', value: 20_000 },
          { date: '2024-12-31', value: 23_000 },
          { date: '2025-06-30', value: 25_400 },
        ],
      },
      { windowMonths: 6 },
    )
    expect(six.currentPace).toMatchObject({ perMonth: 400, months: 6 })
  })
  it('figures after the as-of date are ignored', () => {
    const r = requiredPace({
      ...base,
      points: [
        { date: '2024-12-31', value: 23_000 },
        { date: '2025-06-30', value: 25_400 },
        { date: '2025-12-31', value: 40_000 },
      ],
    })
    expect(r.current?.value).toBe(25_400)
  })
  it('a falling commitment counts down ("reduce uncovered workers from 14.000 to 2.000")', () => {
    const c = balangan({
      id: 'down',
      baselineValue: 14_000,
      baselineDate: '2024-12-31',
      targetValue: 2_000,
      deadline: '2025-12-31',
    })
    const r = paceForCommitment(
      c,
      [measurement('2025-06-30', 8_000, { commitmentId: 'down' })],
      '2025-06-30',
    )!
    // 6.000 down in 6 months = 1.000 a month; 6.000 more in 6 months = 1.000: exactly enough.
    expect(r.direction).toBe('down')
    expect(r.requiredPerMonth).toBe(1_000)
    expect(r.currentPace?.perMonth).toBe(1_000)
    expect(r.verdict).toBe('enough')
    expect(r.words.id).toBe('perlu turun ±1.000 pekerja/bulan; laju sekarang ±1.000/bulan — cukup')
  })
  it('commitments: measurements only (no baseline), milestones, cancelled, corrections', () => {
    const noBaseline = balangan({ baselineValue: null, baselineDate: null })
    const r = paceForCommitment(
      noBaseline,
      [measurement('2024-03-31', 45_000), measurement('2024-06-30', 48_000)],
      '2024-06-30',
    )!
    expect(r.currentPace?.basis).toBe('measurements')
    expect(r.currentPace?.perMonth).toBe(1_000)
    expect(
      paceForCommitment(balangan({ kind: 'milestone', stages: ['a', 'b'] }), [], '2024-06-30'),
    ).toBeNull()
    expect(
      paceForCommitment(
        balangan({ lifecycle: 'dibatalkan' }),
        [measurement('2024-06-30', 50_000)],
        '2024-07-01',
      )?.verdict,
    ).toBe('cancelled')
    // Two on one date: the later-entered correction counts.
    const corrected = paceForCommitment(
      balangan(),
      [
        measurement('2024-06-30', 50_000, { id: 'b', createdAt: '2024-07-02T00:00:00.000Z' }),
        measurement('2024-06-30', 47_000, { id: 'a', createdAt: '2024-07-01T00:00:00.000Z' }),
      ],
      '2024-07-01',
    )!
    expect(corrected.current?.value).toBe(50_000)
  })
  it('amounts: whole workers, compact from 10 ribu, points to 0,1 (0,01 below one)', () => {
    expect(formatAmount(255.56, 'count', 'id')).toBe('256')
    expect(formatAmount(8_361.1, 'count', 'id')).toBe('8.361')
    expect(formatAmount(602_000, 'count', 'id')).toBe('602 ribu')
    expect(formatAmount(2.5, 'count', 'id')).toBe('2,5')
    expect(formatAmount(0.597, 'percent', 'id')).toBe('0,6')
    expect(formatAmount(0.25, 'percent', 'en')).toBe('0.25')
  })
})

describe('the sample data', () => {
  const sample = buildSampleData()
  const meta = {
    createdAt: '2025-10-14T00:00:00.000Z',
    createdBy: 't',
    updatedAt: '2025-10-14T00:00:00.000Z',
    updatedBy: 't',
    updatedOn: 'd',
    rev: 1,
    isSample: 1 as const,
  }
  const data = {
    targets: sample.targets.map((r) => ({ ...meta, ...r })),
    coverage: sample.coverage.map((r) => ({ ...meta, ...r })),
    commitments: sample.commitments.map((r) => ({ ...meta, ...r })),
    measurements: sample.measurements.map((r) => ({ ...meta, ...r })),
  }
  it("Balangan's Bappenas target of 64.000: 62.000 on 13 Oct 2025, one figure, deadline passed at end 2025", () => {
    const o = paceOverview(data, '2025-10-13')
    const t = o.targets[0]!.pace
    expect(t.remaining).toBe(2_000)
    expect(t.verdict).toBe('no_current_pace')
    expect(t.monthsLeft).toBeCloseTo(2 + 18 / 31, 10)
    expect(paceOverview(data, '2026-01-02').targets[0]!.pace.verdict).toBe('deadline_passed')
  })
  it("Balangan's pledge reads as reached from the 62.000 figure (which counts all workers; see quality)", () => {
    const o = paceOverview(data, '2025-10-13')
    expect(o.commitments[0]!.pace.verdict).toBe('reached')
  })
})
