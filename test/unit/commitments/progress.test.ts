import { describe, expect, it } from 'vitest'
import {
  byUrgency,
  evaluateCommitment,
  rollUp,
  targetSize,
  worstStatus,
  type CommitmentEvaluation,
} from '../../../src/renderer/domain/progress'
import { balangan, measurement } from './fixtures'

describe('the Balangan commitment (41.120 in 2023 → 61.120 by 31 Dec 2024)', () => {
  it('the 2025 figure of 62 thousand means achieved, after the deadline', () => {
    const e = evaluateCommitment(balangan(), [measurement('2025-10-13', 62_000)], '2026-11-23')
    // (62.000 − 41.120) ÷ (61.120 − 41.120) = 20.880 ÷ 20.000 = 1,044
    expect(e.progressRaw).toBeCloseTo(1.044, 10)
    expect(e.progressShown).toBe(1)
    expect(e.status).toBe('tercapai')
    expect(e.forecast).toBe('reached')
    expect(e.forecastDate).toBe('2025-10-13')
    expect(e.reachedLate).toBe(true)
    expect(e.daysToDeadline).toBe(-692)
  })

  it('halfway through 2024 with 50.000 is on track (44,4 % against 50 % expected)', () => {
    const e = evaluateCommitment(balangan(), [measurement('2024-06-30', 50_000)], '2024-07-01')
    expect(e.progressRaw).toBeCloseTo(0.444, 10) // 8.880 ÷ 20.000
    expect(e.expectedProgress).toBeCloseTo(0.5, 10) // 183 of 366 days (2024 is a leap year)
    expect(e.daysToDeadline).toBe(183)
    expect(e.status).toBe('sesuai_jalur')
  })

  it('47.000 at mid-year is at risk (29,4 %, 20,6 points behind)', () => {
    expect(
      evaluateCommitment(balangan(), [measurement('2024-06-30', 47_000)], '2024-07-01').status,
    ).toBe('perlu_perhatian')
  })

  it('46.000 at mid-year is behind (24,4 %, 25,6 points behind)', () => {
    expect(
      evaluateCommitment(balangan(), [measurement('2024-06-30', 46_000)], '2024-07-01').status,
    ).toBe('terlambat')
  })

  it('exactly 10 points behind is still on track, exactly 25 points still at risk', () => {
    // expected 0,5; 40 % = 49.120, 25 % = 46.120
    expect(
      evaluateCommitment(balangan(), [measurement('2024-06-30', 49_120)], '2024-07-01').status,
    ).toBe('sesuai_jalur')
    expect(
      evaluateCommitment(balangan(), [measurement('2024-06-30', 46_120)], '2024-07-01').status,
    ).toBe('perlu_perhatian')
  })

  it('deadline passed and not reached: lewat tenggat', () => {
    const e = evaluateCommitment(balangan(), [measurement('2024-12-15', 59_000)], '2025-01-15')
    expect(e.status).toBe('lewat_tenggat')
    expect(e.daysToDeadline).toBe(-15)
  })

  it('forecasts from the recent pace: 8.880 in 182 days leaves 11.120, reached 228 days later, after the deadline', () => {
    const e = evaluateCommitment(balangan(), [measurement('2024-06-30', 50_000)], '2024-07-01')
    // pace 0,444 / 182 days; (1 − 0,444) ÷ pace = 227,9 → 228 days after 30 Jun 2024
    expect(e.forecastDate).toBe('2025-02-13')
    expect(e.forecast).toBe('not_at_this_pace')
  })

  it('uses the last two points for the pace: 55.120 on 30 Jun then 60.120 on 30 Sep reaches the target on 19 Oct', () => {
    const e = evaluateCommitment(
      balangan(),
      [measurement('2024-06-30', 55_120), measurement('2024-09-30', 60_120)],
      '2024-10-01',
    )
    // 0,70 → 0,95 in 92 days; 0,05 left at 0,25/92 per day = 18,4 → 19 days
    expect(e.forecastDate).toBe('2024-10-19')
    expect(e.forecast).toBe('on_date')
    expect(e.status).toBe('sesuai_jalur')
  })

  it('a falling count is "not at this pace" with no date', () => {
    const e = evaluateCommitment(
      balangan(),
      [measurement('2024-03-31', 50_000), measurement('2024-06-30', 49_000)],
      '2024-07-01',
    )
    expect(e.forecast).toBe('not_at_this_pace')
    expect(e.forecastDate).toBeNull()
  })
})

describe('falling targets ("reduce uncovered workers from 14.000 to 2.000 in 2025")', () => {
  const reduce = balangan({
    baselineValue: 14_000,
    baselineDate: '2025-01-01',
    targetValue: 2_000,
    deadline: '2026-01-01',
  })
  it('8.000 is halfway', () => {
    const e = evaluateCommitment(reduce, [measurement('2025-07-02', 8_000)], '2025-07-02')
    expect(e.progressRaw).toBeCloseTo(0.5, 10) // (8.000 − 14.000) ÷ (2.000 − 14.000)
    expect(e.expectedProgress).toBeCloseTo(182 / 365, 10)
    expect(e.status).toBe('sesuai_jalur')
  })
  it('below the target is achieved, shown 100 % but kept raw', () => {
    const e = evaluateCommitment(reduce, [measurement('2025-07-02', 1_000)], '2025-07-02')
    expect(e.progressRaw).toBeCloseTo(13 / 12, 10)
    expect(e.progressShown).toBe(1)
    expect(e.status).toBe('tercapai')
  })
  it('going the wrong way gives negative raw progress, shown as 0', () => {
    const e = evaluateCommitment(reduce, [measurement('2025-07-02', 15_000)], '2025-07-02')
    expect(e.progressRaw).toBeCloseTo(-1 / 12, 10)
    expect(e.progressShown).toBe(0)
    expect(e.status).toBe('terlambat')
  })
})

describe('edge cases', () => {
  it('no measurement yet: belum ada data, but the expected progress is known', () => {
    const e = evaluateCommitment(balangan(), [], '2024-07-01')
    expect(e.status).toBe('belum_ada_data')
    expect(e.progressRaw).toBeNull()
    expect(e.progressShown).toBeNull()
    expect(e.expectedProgress).toBeCloseTo(0.5, 10)
    expect(e.forecast).toBe('unknown')
  })

  it('target equal to baseline means holding at least that level', () => {
    const hold = balangan({ baselineValue: 100, targetValue: 100 })
    expect(evaluateCommitment(hold, [measurement('2024-06-30', 100)], '2024-07-01')).toMatchObject({
      progressRaw: 1,
      status: 'tercapai',
    })
    expect(evaluateCommitment(hold, [measurement('2024-06-30', 90)], '2024-07-01')).toMatchObject({
      progressRaw: 0,
      expectedProgress: 1,
      status: 'terlambat',
    })
  })

  it('missing baseline: the first measurement stands in for it', () => {
    const noBaseline = balangan({ baselineValue: null, baselineDate: null, targetValue: 200 })
    const e = evaluateCommitment(
      noBaseline,
      [measurement('2024-01-01', 100), measurement('2024-07-01', 150)],
      '2024-07-01',
    )
    expect(e.baselineInferred).toBe(true)
    expect(e.baseline).toEqual({ date: '2024-01-01', value: 100 })
    expect(e.progressRaw).toBeCloseTo(0.5, 10) // (150 − 100) ÷ (200 − 100)
    expect(e.expectedProgress).toBeCloseTo(182 / 365, 10)
    expect(e.forecastDate).toBe('2024-12-30') // another 182 days at the same pace
    expect(e.forecast).toBe('on_date')
  })

  it('missing baseline with a single measurement: progress 0, no forecast', () => {
    const e = evaluateCommitment(
      balangan({ baselineValue: null, baselineDate: null }),
      [measurement('2024-03-01', 45_000)],
      '2024-03-02',
    )
    expect(e.progressRaw).toBe(0)
    expect(e.forecast).toBe('unknown')
  })

  it('a measurement dated before the baseline date is kept out of progress', () => {
    const e = evaluateCommitment(balangan(), [measurement('2023-06-30', 30_000)], '2024-01-10')
    expect(e.status).toBe('belum_ada_data')
    expect(e.ignoredBeforeBaseline).toBe(1)
    const both = evaluateCommitment(
      balangan(),
      [measurement('2023-06-30', 30_000), measurement('2024-06-30', 50_000)],
      '2024-07-01',
    )
    expect(both.latest).toEqual({ date: '2024-06-30', value: 50_000 })
    expect(both.ignoredBeforeBaseline).toBe(1)
  })

  it('measurements after the as-of date are ignored, so history can be replayed', () => {
    const e = evaluateCommitment(
      balangan(),
      [measurement('2024-06-30', 50_000), measurement('2025-10-13', 62_000)],
      '2024-07-01',
    )
    expect(e.latest?.value).toBe(50_000)
    expect(e.status).toBe('sesuai_jalur')
  })

  it('deleted measurements do not count', () => {
    const e = evaluateCommitment(
      balangan(),
      [measurement('2024-06-30', 62_000, { deletedAt: '2024-07-01T00:00:00Z' })],
      '2024-07-01',
    )
    expect(e.status).toBe('belum_ada_data')
  })

  it('no measurement for more than 180 days: data usang (the interval can be chosen)', () => {
    const c = balangan({ deadline: '2025-12-31' })
    const old = [measurement('2024-01-31', 45_000)]
    expect(evaluateCommitment(c, old, '2024-09-01').status).toBe('data_usang') // 214 days
    expect(evaluateCommitment(c, old, '2024-07-29').status).not.toBe('data_usang') // exactly 180 days
    expect(evaluateCommitment(c, old, '2024-09-01', { staleAfterDays: 365 }).status).not.toBe(
      'data_usang',
    )
  })

  it('a cancelled commitment is dibatalkan whatever its numbers', () => {
    const e = evaluateCommitment(
      balangan({ lifecycle: 'dibatalkan' }),
      [measurement('2024-06-30', 46_000)],
      '2024-07-01',
    )
    expect(e.status).toBe('dibatalkan')
    expect(e.progressRaw).toBeCloseTo(0.244, 10)
  })

  it('percent commitments follow the same rule: 27 % → 75 %, at 51 % is halfway', () => {
    const pct = balangan({
      kind: 'percent',
      baselineValue: 27,
      targetValue: 75,
      baselineDate: '2024-01-01',
      deadline: '2025-01-01',
    })
    expect(
      evaluateCommitment(pct, [measurement('2024-07-01', 51)], '2024-07-01').progressRaw,
    ).toBeCloseTo(0.5, 10)
  })
})

describe('milestone commitments', () => {
  const perbup = balangan({
    kind: 'milestone',
    baselineValue: null,
    targetValue: null,
    baselineDate: '2024-01-01',
    deadline: '2024-12-31',
    stages: ['Draf', 'Ditandatangani', 'Dianggarkan', 'Dilaksanakan'],
  })
  const stage = (date: string, stageIndex: number) => measurement(date, null, { stageIndex })

  it('stage 1 of 0..3 is one third; by July that is at risk against 49,9 % expected', () => {
    const e = evaluateCommitment(perbup, [stage('2024-04-01', 1)], '2024-07-01')
    expect(e.progressRaw).toBeCloseTo(1 / 3, 10)
    expect(e.stageIndex).toBe(1)
    expect(e.expectedProgress).toBeCloseTo(182 / 365, 10)
    expect(e.status).toBe('perlu_perhatian')
  })

  it('the last stage is achieved', () => {
    const e = evaluateCommitment(
      perbup,
      [stage('2024-04-01', 1), stage('2024-11-01', 3)],
      '2024-11-02',
    )
    expect(e).toMatchObject({
      status: 'tercapai',
      stageIndex: 3,
      progressShown: 1,
      forecast: 'reached',
      forecastDate: '2024-11-01',
    })
  })

  it('stages reached in the order of their dates, whatever order they were entered', () => {
    const e = evaluateCommitment(
      perbup,
      [stage('2024-09-01', 2), stage('2024-03-01', 1)],
      '2024-09-02',
    )
    expect(e.stageIndex).toBe(2)
  })
})

describe('roll-up of sub-commitments', () => {
  const ev = (
    progressShown: number | null,
    status: CommitmentEvaluation['status'] = 'sesuai_jalur',
  ) =>
    ({
      ...evaluateCommitment(balangan(), [], '2024-07-01'),
      progressShown,
      status,
    }) as CommitmentEvaluation

  it('weights by target size where every child has one: (0,5×10.000 + 1×30.000) ÷ 40.000 = 87,5 %', () => {
    expect(
      rollUp([
        { evaluation: ev(0.5), targetSize: 10_000 },
        { evaluation: ev(1), targetSize: 30_000 },
      ]),
    ).toEqual({ progress: 0.875, method: 'weighted' })
  })
  it('averages evenly where a size is missing: (0,5 + 1) ÷ 2 = 75 %', () => {
    expect(
      rollUp([
        { evaluation: ev(0.5), targetSize: 10_000 },
        { evaluation: ev(1), targetSize: null },
      ]),
    ).toEqual({ progress: 0.75, method: 'even' })
  })
  it('leaves cancelled children out and counts children without data as 0', () => {
    const r = rollUp([
      { evaluation: ev(0.6), targetSize: null },
      { evaluation: ev(null, 'belum_ada_data'), targetSize: null },
      { evaluation: ev(1, 'dibatalkan'), targetSize: null },
    ])
    expect(r.progress).toBeCloseTo(0.3, 10)
  })
  it('has no progress when no child has data', () => {
    expect(rollUp([{ evaluation: ev(null, 'belum_ada_data'), targetSize: 5 }]).progress).toBeNull()
  })
  it('target size is |target − baseline| for counts, none for percentages', () => {
    expect(targetSize(balangan())).toBe(20_000)
    expect(targetSize(balangan({ kind: 'percent', baselineValue: 27, targetValue: 75 }))).toBeNull()
  })
})

describe('urgency', () => {
  it('puts past-deadline and behind first, then at risk, then the rest; ties by nearest deadline', () => {
    const mk = (status: CommitmentEvaluation['status'], daysToDeadline: number) => ({
      ...evaluateCommitment(balangan(), [], '2024-07-01'),
      status,
      daysToDeadline,
    })
    const sorted = [
      mk('tercapai', 5),
      mk('terlambat', 90),
      mk('sesuai_jalur', 10),
      mk('lewat_tenggat', -3),
      mk('terlambat', 20),
      mk('perlu_perhatian', 1),
    ].sort(byUrgency)
    expect(sorted.map((e) => `${e.status}:${e.daysToDeadline}`)).toEqual([
      'lewat_tenggat:-3',
      'terlambat:20',
      'terlambat:90',
      'perlu_perhatian:1',
      'sesuai_jalur:10',
      'tercapai:5',
    ])
  })
  it('the combined status is the most urgent among live ones', () => {
    expect(worstStatus(['tercapai', 'perlu_perhatian', 'dibatalkan'])).toBe('perlu_perhatian')
    expect(worstStatus(['dibatalkan'])).toBe('dibatalkan')
    expect(worstStatus([])).toBeNull()
  })
})

describe('two measurements on one date', () => {
  it('the one entered last wins, whatever the read order, and the other is marked corrected', () => {
    const first = measurement('2024-06-30', 47_000, {
      id: 'zzz-first',
      createdAt: '2024-07-01T08:00:00.000Z',
      updatedAt: '2024-07-01T08:00:00.000Z',
    })
    const correction = measurement('2024-06-30', 50_000, {
      id: 'aaa-correction',
      createdAt: '2024-07-02T08:00:00.000Z',
      updatedAt: '2024-07-02T08:00:00.000Z',
    })
    for (const order of [
      [first, correction],
      [correction, first],
    ]) {
      const e = evaluateCommitment(balangan(), order, '2024-07-03')
      expect(e.latest).toEqual({ date: '2024-06-30', value: 50_000 })
      expect(e.correctedMeasurementIds).toEqual(['zzz-first'])
      // The forecast is the one of 50.000 alone: 228 days after 30 Jun 2024 (see above).
      expect(e.forecastDate).toBe('2025-02-13')
    }
  })
  it('same createdAt: the later updatedAt wins; then the id decides, never the read order', () => {
    const t = '2024-07-01T08:00:00.000Z'
    const a = measurement('2024-06-30', 47_000, { id: 'a', createdAt: t, updatedAt: t })
    const b = measurement('2024-06-30', 50_000, {
      id: 'b',
      createdAt: t,
      updatedAt: '2024-07-05T08:00:00.000Z',
    })
    expect(evaluateCommitment(balangan(), [b, a], '2024-07-06').latest?.value).toBe(50_000)
    const c = measurement('2024-06-30', 48_000, { id: 'c', createdAt: t, updatedAt: t })
    expect(evaluateCommitment(balangan(), [c, a], '2024-07-06').latest?.value).toBe(48_000)
    expect(evaluateCommitment(balangan(), [a, c], '2024-07-06').latest?.value).toBe(48_000)
  })
  it('the forecast uses two distinct dates: a duplicate does not make a zero-day pace', () => {
    const e = evaluateCommitment(
      balangan(),
      [
        measurement('2024-06-30', 55_120, { createdAt: '2024-07-01T00:00:00.000Z' }),
        measurement('2024-09-30', 59_000, { createdAt: '2024-10-01T00:00:00.000Z' }),
        measurement('2024-09-30', 60_120, { createdAt: '2024-10-01T09:00:00.000Z' }),
      ],
      '2024-10-01',
    )
    // As for 55.120 on 30 Jun then 60.120 on 30 Sep: reached on 19 Oct.
    expect(e.forecastDate).toBe('2024-10-19')
    expect(e.correctedMeasurementIds).toHaveLength(1)
  })
  it('a measurement on the baseline date replaces the baseline as a point of the pace', () => {
    const e = evaluateCommitment(
      balangan({ baselineDate: '2024-06-30' }),
      [measurement('2024-06-30', 41_120), measurement('2024-09-30', 46_120)],
      '2024-10-01',
    )
    // 0 → 0,25 in 92 days; 0,75 left = 276 days after 30 Sep 2024 → 3 Jul 2025.
    expect(e.forecastDate).toBe('2025-07-03')
  })
})
