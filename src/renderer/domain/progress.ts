/**
 * Where commitment progress is computed. Pure: plain data in, plain data out, no React,
 * Dexie or DOM, so the dashboard, the briefing PDF and the tests all get the same answer.
 *
 * The rules, with each edge case decided here once:
 * - progress = (latest − baseline) ÷ (target − baseline). The sign of (target − baseline)
 *   makes it work for falling targets ("reduce uncovered workers to 2.000") too. The raw
 *   value is kept (it may be < 0 or > 1); the shown value is clamped to 0..1.
 * - Target equal to baseline means "hold at least this level": progress is 1 once the latest
 *   value is at or above the target, 0 below it, and the straight line expects 1 throughout.
 * - Missing baseline value: the first measurement stands in as the baseline
 *   (`baselineInferred`), so progress starts at 0 there rather than being invented.
 *   Missing baseline date: the line starts at the first measurement, or at the date the
 *   record was created when there is none.
 * - Measurements dated before the baseline date describe the time before the pledge: they
 *   are kept and charted but do not count for progress (`ignoredBeforeBaseline`).
 *   Measurements dated after `asOf` are ignored, so history can be replayed.
 * - Status precedence: dibatalkan (lifecycle) → belum_ada_data → tercapai (latest value at or
 *   beyond the target, even if reached after the deadline) → lewat_tenggat (deadline passed,
 *   not reached) → data_usang (latest measurement older than staleAfterDays) → compared with
 *   the straight line: behind by at most atRiskMargin is sesuai_jalur, by at most
 *   behindMargin perlu_perhatian, more is terlambat.
 * - Milestones: progress = stage index ÷ (number of stages − 1); the last stage is the target.
 * - Two measurements on one date: the one entered last wins (latest createdAt, then
 *   updatedAt, then id so the choice never depends on read order); the others are listed in
 *   `correctedMeasurementIds` as corrected and count for nothing.
 * - Forecast: the pace between the last two points on distinct dates (the baseline counts as
 *   a point; a measurement on the baseline date replaces it), extended to progress 1. No earlier point → 'unknown'; not moving or moving away, or
 *   arriving after the deadline → 'not_at_this_pace' (with the date when there is one).
 */
import { compareInstants, witaDayOf } from '../../shared/time'
import type { Commitment, CommitmentMeasurement } from '../db/types'
import { isLive } from '../db/live'

export type CommitmentStatus =
  | 'tercapai'
  | 'sesuai_jalur'
  | 'perlu_perhatian'
  | 'terlambat'
  | 'lewat_tenggat'
  | 'belum_ada_data'
  | 'data_usang'
  | 'dibatalkan'

/** Most urgent first: the order of lists, legends and the "worst of" in a roll-up. */
export const STATUS_ORDER: readonly CommitmentStatus[] = [
  'lewat_tenggat',
  'terlambat',
  'perlu_perhatian',
  'data_usang',
  'belum_ada_data',
  'sesuai_jalur',
  'tercapai',
  'dibatalkan',
]

export type ForecastKind = 'reached' | 'on_date' | 'not_at_this_pace' | 'unknown'

export interface CommitmentEvaluation {
  status: CommitmentStatus
  /** Fraction of the way from baseline to target; may be < 0 or > 1. */
  progressRaw: number | null
  /** progressRaw clamped to 0..1, for bars and percentages. */
  progressShown: number | null
  /** Fraction expected at asOf on the straight line from baseline to target by the deadline. */
  expectedProgress: number | null
  latest: { date: string; value: number } | null
  /** ISO date the target was reached (forecast 'reached') or will be at the recent pace. */
  forecastDate: string | null
  forecast: ForecastKind
  /** Whole days from asOf to the deadline; negative once it has passed. */
  daysToDeadline: number
  /** Milestones: index of the latest stage reached. */
  stageIndex: number | null
  /** The baseline used: the commitment's own, or the first measurement when it had none. */
  baseline: { date: string | null; value: number } | null
  baselineInferred: boolean
  /** Measurements not counted because they are dated before the baseline date. */
  ignoredBeforeBaseline: number
  /** The target was reached, but only after the deadline. */
  reachedLate: boolean
  /** Measurements replaced by a later-entered one on the same date (see the module comment). */
  correctedMeasurementIds: string[]
}

export interface EvaluateOptions {
  staleAfterDays?: number
  atRiskMargin?: number
  behindMargin?: number
}

export const DEFAULT_STALE_AFTER_DAYS = 180
export const DEFAULT_AT_RISK_MARGIN = 0.1
export const DEFAULT_BEHIND_MARGIN = 0.25

/** Days since 1970-01-01 for an ISO date (or the date part of an ISO instant), in UTC. */
export function dayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000)
}

export function isoFromDayNumber(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10)
}

export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from)
}

interface Point {
  date: string
  value: number
}

/** Entry order: createdAt, then updatedAt, then id, so ties never depend on read order. */
export function enteredBefore(
  a: Pick<CommitmentMeasurement, 'createdAt' | 'updatedAt' | 'id'>,
  b: Pick<CommitmentMeasurement, 'createdAt' | 'updatedAt' | 'id'>,
): number {
  return (
    compareInstants(a.createdAt, b.createdAt) ||
    compareInstants(a.updatedAt, b.updatedAt) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Progress of `value` from baseline to target; see the module comment for target = baseline. */
export function progressOf(value: number, baseline: number, target: number): number {
  const span = target - baseline
  if (span === 0) return value >= target ? 1 : 0
  return (value - baseline) / span
}

/** Expected fraction at `asOf` on the straight line from `start` (0) to `deadline` (1). */
export function expectedAt(start: string, deadline: string, asOf: string): number {
  const total = daysBetween(start, deadline)
  if (total <= 0) return asOf >= deadline ? 1 : 0
  return Math.min(1, Math.max(0, daysBetween(start, asOf) / total))
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x))

function usablePoints(commitment: Commitment, measurements: CommitmentMeasurement[], asOf: string) {
  const milestone = commitment.kind === 'milestone'
  const valid = measurements
    .filter((m) => isLive(m) && m.commitmentId === commitment.id && m.date <= asOf)
    .filter((m) => {
      const v = milestone ? m.stageIndex : m.value
      return v !== null && Number.isFinite(v)
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : enteredBefore(a, b)))
  // Same date: the one entered last wins; the others were corrected by it.
  const corrected: string[] = []
  const live: Point[] = []
  valid.forEach((m, i) => {
    if (valid[i + 1]?.date === m.date) corrected.push(m.id)
    else live.push({ date: m.date, value: (milestone ? m.stageIndex : m.value) as number })
  })
  const cutoff = commitment.baselineDate
  const kept = cutoff ? live.filter((p) => p.date >= cutoff) : live
  return { points: kept, ignored: live.length - kept.length, corrected }
}

function resolveLine(commitment: Commitment, points: Point[]) {
  if (commitment.kind === 'milestone') {
    const stages = commitment.stages.length
    const target = Math.max(1, stages - 1)
    const start =
      commitment.baselineDate ?? points[0]?.date ?? witaDayOf(commitment.createdAt) ?? ''
    return { baseline: { date: start, value: 0 }, target, inferred: false }
  }
  const target = commitment.targetValue ?? 0
  if (commitment.baselineValue !== null) {
    const date = commitment.baselineDate ?? points[0]?.date ?? witaDayOf(commitment.createdAt) ?? ''
    return { baseline: { date, value: commitment.baselineValue }, target, inferred: false }
  }
  const first = points[0]
  return {
    baseline: first ? { date: first.date, value: first.value } : null,
    target,
    inferred: Boolean(first),
  }
}

function forecastFrom(
  progressPoints: { date: string; p: number }[],
  deadline: string,
): { forecast: ForecastKind; date: string | null } {
  const n = progressPoints.length
  const last = progressPoints[n - 1]
  if (!last) return { forecast: 'unknown', date: null }
  if (last.p >= 1) {
    let i = n - 1
    while (i > 0 && (progressPoints[i - 1]?.p ?? 0) >= 1) i--
    return { forecast: 'reached', date: progressPoints[i]?.date ?? last.date }
  }
  // The latest point on an earlier date: a pace needs two distinct dates.
  const prev = progressPoints.slice(0, n - 1).findLast((pt) => pt.date < last.date)
  if (!prev) return { forecast: 'unknown', date: null }
  const days = daysBetween(prev.date, last.date)
  if (days <= 0) return { forecast: 'unknown', date: null }
  const pace = (last.p - prev.p) / days
  if (pace <= 0) return { forecast: 'not_at_this_pace', date: null }
  const daysNeeded = Math.ceil((1 - last.p) / pace - 1e-9)
  // Beyond a century the "date" says nothing useful.
  if (daysNeeded > 36_500) return { forecast: 'not_at_this_pace', date: null }
  const date = isoFromDayNumber(dayNumber(last.date) + daysNeeded)
  return { forecast: date <= deadline ? 'on_date' : 'not_at_this_pace', date }
}

export function evaluateCommitment(
  commitment: Commitment,
  measurements: CommitmentMeasurement[],
  asOf: string,
  options: EvaluateOptions = {},
): CommitmentEvaluation {
  const staleAfterDays = options.staleAfterDays ?? DEFAULT_STALE_AFTER_DAYS
  const atRiskMargin = options.atRiskMargin ?? DEFAULT_AT_RISK_MARGIN
  const behindMargin = options.behindMargin ?? DEFAULT_BEHIND_MARGIN
  const daysToDeadline = daysBetween(asOf, commitment.deadline)
  const { points, ignored, corrected } = usablePoints(commitment, measurements, asOf)
  const line = resolveLine(commitment, points)
  const latestPoint = points[points.length - 1] ?? null
  const milestone = commitment.kind === 'milestone'

  const base: CommitmentEvaluation = {
    status: 'belum_ada_data',
    progressRaw: null,
    progressShown: null,
    expectedProgress: null,
    latest: latestPoint,
    forecastDate: null,
    forecast: 'unknown',
    daysToDeadline,
    stageIndex: milestone && latestPoint ? latestPoint.value : null,
    baseline: line.baseline,
    baselineInferred: line.inferred,
    ignoredBeforeBaseline: ignored,
    reachedLate: false,
    correctedMeasurementIds: corrected,
  }
  if (line.baseline?.date)
    base.expectedProgress =
      line.baseline.value === line.target && !milestone
        ? 1
        : expectedAt(line.baseline.date, commitment.deadline, asOf)
  const cancelled = commitment.lifecycle === 'dibatalkan'
  // An increase pledged on a baseline stated unknown has no target yet: no progress is
  // invented for it (the first measurement does not stand in for the baseline here).
  if (!milestone && commitment.targetValue === null)
    return {
      ...base,
      baseline: null,
      baselineInferred: false,
      expectedProgress: null,
      status: cancelled ? 'dibatalkan' : 'belum_ada_data',
    }
  if (!latestPoint || !line.baseline)
    return { ...base, status: cancelled ? 'dibatalkan' : 'belum_ada_data' }

  const baselineValue = line.baseline.value
  const progressPoints = [
    // The baseline is a point of the pace too, where its date is known.
    ...(line.inferred ||
    (milestone && !commitment.baselineDate) ||
    (!milestone && !commitment.baselineDate) ||
    points.some((pt) => pt.date === line.baseline!.date)
      ? []
      : [
          {
            date: line.baseline.date ?? latestPoint.date,
            p: progressOf(baselineValue, baselineValue, line.target),
          },
        ]),
    ...points.map((pt) => ({ date: pt.date, p: progressOf(pt.value, baselineValue, line.target) })),
  ]
  const progressRaw = progressPoints[progressPoints.length - 1]?.p ?? 0
  const { forecast, date: forecastDate } = forecastFrom(progressPoints, commitment.deadline)
  const evaluation: CommitmentEvaluation = {
    ...base,
    progressRaw,
    progressShown: clamp01(progressRaw),
    forecast,
    forecastDate,
    reachedLate:
      forecast === 'reached' && forecastDate !== null && forecastDate > commitment.deadline,
  }
  return {
    ...evaluation,
    status: cancelled
      ? 'dibatalkan'
      : deriveStatus(
          evaluation,
          asOf,
          commitment.deadline,
          staleAfterDays,
          atRiskMargin,
          behindMargin,
        ),
  }
}

function deriveStatus(
  e: CommitmentEvaluation,
  asOf: string,
  deadline: string,
  staleAfterDays: number,
  atRisk: number,
  behind: number,
): CommitmentStatus {
  if (e.progressRaw === null || e.latest === null) return 'belum_ada_data'
  if (e.progressRaw >= 1) return 'tercapai'
  if (asOf > deadline) return 'lewat_tenggat'
  if (daysBetween(e.latest.date, asOf) > staleAfterDays) return 'data_usang'
  const gap = (e.expectedProgress ?? 0) - e.progressRaw
  // A small epsilon so that 0.1 exactly behind counts as within the margin despite float error.
  if (gap <= atRisk + 1e-9) return 'sesuai_jalur'
  if (gap <= behind + 1e-9) return 'perlu_perhatian'
  return 'terlambat'
}

/** Size of a commitment's target, for weighting a roll-up; null where sizes are not comparable. */
export function targetSize(commitment: Commitment): number | null {
  if (
    commitment.kind !== 'count' ||
    commitment.targetValue === null ||
    commitment.baselineValue === null
  )
    return null
  const size = Math.abs(commitment.targetValue - commitment.baselineValue)
  return size > 0 ? size : null
}

/**
 * Progress of a parent from its sub-commitments. Weighted by each child's target size when
 * every counted child has one; otherwise an even average (the UI says which). Cancelled
 * children are left out; children without data count as 0, since nothing is shown yet.
 * Each child counts at most 100 %, so one overshooting regency does not hide another behind.
 */
export function rollUp(
  children: { evaluation: CommitmentEvaluation; targetSize: number | null }[],
): {
  progress: number | null
  method: 'weighted' | 'even'
} {
  const counted = children.filter((c) => c.evaluation.status !== 'dibatalkan')
  const weighted =
    counted.length > 0 && counted.every((c) => c.targetSize !== null && c.targetSize > 0)
  const method = weighted ? 'weighted' : 'even'
  if (counted.length === 0 || counted.every((c) => c.evaluation.progressShown === null))
    return { progress: null, method }
  let sum = 0
  let weights = 0
  for (const c of counted) {
    const w = weighted ? (c.targetSize as number) : 1
    sum += w * (c.evaluation.progressShown ?? 0)
    weights += w
  }
  return { progress: sum / weights, method }
}

export function urgencyRank(status: CommitmentStatus): number {
  return STATUS_ORDER.indexOf(status)
}

/** Comparator: overdue and behind first, then by nearest deadline. */
export function byUrgency(a: CommitmentEvaluation, b: CommitmentEvaluation): number {
  return urgencyRank(a.status) - urgencyRank(b.status) || a.daysToDeadline - b.daysToDeadline
}

/** The worst status among several (most urgent by STATUS_ORDER); null for none. */
export function worstStatus(statuses: CommitmentStatus[]): CommitmentStatus | null {
  const live = statuses.filter((s) => s !== 'dibatalkan')
  const pool = live.length ? live : statuses
  if (!pool.length) return null
  return pool.reduce((w, s) => (urgencyRank(s) < urgencyRank(w) ? s : w))
}
