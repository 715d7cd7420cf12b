/**
 * Required pace: what a target or a commitment needs per month from now to its deadline, set
 * beside the pace of the recent figures, in words: "perlu ±256 pekerja/bulan; laju sekarang
 * ±400/bulan — cukup", or "… — perlu 1,6× laju sekarang". Pure: no React, Dexie or DOM.
 *
 * MONTH, defined once for the app. A date is a position on a month scale,
 *   position(date) = 12 × year + (month − 1) + day ÷ (days in that month),
 * and the months between two dates are the difference of their positions. A date stands for
 * the end of its day, so every month-end is a whole number and months between month-ends are
 * calendar months: 31 Dec 2024 → 30 Jun 2025 is 6, 30 Jun 2025 → 31 Dec 2026 is 18,
 * 31 Dec 2020 → 31 Dec 2026 is 72, 28 Feb → 31 Mar is 1. Within a month the days count evenly
 * (13 October is 13/31 of October), so 13 Oct 2025 → 31 Dec 2026 is 14,58 months.
 * A figure with only a period counts at the period's end ('2020' → 31 Dec 2020).
 *
 * The rules:
 * - Remaining = target − the latest value known on `asOf` (a falling commitment counts down).
 *   Time left = months from `asOf` to the deadline. Required pace = remaining ÷ time left.
 *   When the latest figure is older than `asOf`, the remaining amount is still the one of that
 *   figure: nothing is assumed about the months without data (the detail says its date).
 * - Current pace = change per month between the latest value and the earliest value within
 *   `windowMonths` (default 12) before it; when no other value lies in that window, the value
 *   just before it, over the longer interval. The result names its basis (coverage figures,
 *   or a commitment's measurements with or without its baseline) and the two dates.
 * - Ratio = required ÷ current pace. At most 1 is enough ("cukup"); above 1 the words say how
 *   many times the current pace is needed.
 * - In order: cancelled commitment → no data → target reached (even after the deadline) →
 *   deadline passed (asOf after it) → due today → one value only (no current pace) → current
 *   pace zero (not moving) → current pace away from the target (falling) → enough / not enough.
 * - A percent target over a figure with a known base also says the workers it means on that
 *   base (70 % of 1,4 juta = 980 ribu), assuming the base stays the size the figure states.
 * - Two values on one date: a commitment's measurement entered last wins (createdAt, then
 *   updatedAt, then id); among coverage figures a count beats an estimate, then the one
 *   updated last.
 */
import type {
  BaseKind,
  Commitment,
  CommitmentMeasurement,
  CoverageTarget,
  Measure,
  Segment,
} from '../db/types'
import {
  BASE_PREFERENCE,
  ceilWorkers,
  coverageRatio,
  effectiveDate,
  memberCount,
  type CoverageFigure,
} from './coverage-math'
import { enteredBefore } from './progress'
import {
  formatCompact,
  formatDate,
  formatNumber,
  formatPercent,
  type Locale,
} from '../../shared/format'
import { isLive } from '../db/live'

export type Words = { id: string; en: string }

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Position of an ISO date (or the date part of an ISO instant) on the month scale above. */
export function monthPosition(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) throw new Error(`tanggal tidak sah: ${iso}`)
  const year = Number(m[1])
  const month = Number(m[2])
  return 12 * year + (month - 1) + Number(m[3]) / daysInMonth(year, month)
}

/** Months from `from` to `to` (negative when `to` is earlier), as defined in the module comment. */
export function monthsBetween(from: string, to: string): number {
  return monthPosition(to) - monthPosition(from)
}

export interface PacePoint {
  /** ISO date the value is valid for. */
  date: string
  value: number
  /** True when the value was estimated (a count from a stated percentage). */
  estimated?: boolean
  /** The record the value comes from, when there is one. */
  recordId?: string
  /** True for a commitment's baseline rather than a measurement or figure. */
  baseline?: boolean
}

export type PaceBasis = 'coverage_figures' | 'measurements' | 'baseline_and_measurements'

export type PaceVerdict =
  | 'cancelled'
  | 'no_data'
  | 'reached'
  | 'deadline_passed'
  | 'due_today'
  | 'no_current_pace'
  | 'not_moving'
  | 'falling'
  | 'enough'
  | 'not_enough'

export interface CurrentPace {
  /** Change per month towards the target: positive means towards it, negative away. */
  perMonth: number
  from: PacePoint
  to: PacePoint
  months: number
  basis: PaceBasis
  /** The window asked for; `months` is longer when no other value lay inside it. */
  windowMonths: number
}

/** A percent target in workers on the base of the current figure. */
export interface WorkersOnBase {
  baseSize: number
  baseLabel: string
  baseKind: BaseKind
  targetWorkers: number
  currentWorkers: number
  /** Whole workers still to cover (rounded up); 0 when reached. */
  remainingWorkers: number
  requiredPerMonth: number | null
  /** The current workers were estimated from a stated percentage. */
  estimated: boolean
}

export interface PaceResult {
  unit: 'count' | 'percent'
  direction: 'up' | 'down'
  target: number
  deadline: string
  asOf: string
  /** The latest value known on asOf. */
  current: PacePoint | null
  /** Still to go towards the target (never negative); null without a value. */
  remaining: number | null
  /** Months from asOf to the deadline; negative once it has passed. */
  monthsLeft: number
  requiredPerMonth: number | null
  currentPace: CurrentPace | null
  /** requiredPerMonth ÷ currentPace.perMonth when both are positive. */
  ratio: number | null
  verdict: PaceVerdict
  workers: WorkersOnBase | null
  /** The headline: "perlu ±256 pekerja/bulan; laju sekarang ±400/bulan — cukup". */
  words: Words
  /** What the headline rests on: remaining, months, and the window of the current pace. */
  detail: Words
}

export interface PaceOptions {
  /** Window for the current pace, in months (default 12). */
  windowMonths?: number
}

export const DEFAULT_PACE_WINDOW_MONTHS = 12

export interface PaceInput {
  unit: 'count' | 'percent'
  target: number
  /** ISO date. */
  deadline: string
  asOf: string
  /** The history: baseline, figures or measurements, in any order. Later than asOf is ignored. */
  points: readonly PacePoint[]
  /** Where the points come from when no baseline is among them. */
  basis: 'coverage_figures' | 'measurements'
  /** Default: up, unless the target lies below the earliest point. */
  direction?: 'up' | 'down'
  /** For a percent target: the base of the current figure, to say what it means in workers. */
  base?: { size: number; label: string; kind: BaseKind } | null
  cancelled?: boolean
}

const EPS = 1e-9

/** Points on or before asOf, one per date (the last of a date in the given order wins), by date. */
function orderedPoints(points: readonly PacePoint[], asOf: string): PacePoint[] {
  const byDate = new Map<string, PacePoint>()
  for (const p of points) if (p.date <= asOf && Number.isFinite(p.value)) byDate.set(p.date, p)
  return [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))
}

function currentPaceOf(
  points: PacePoint[],
  sign: number,
  windowMonths: number,
  basis: PaceInput['basis'],
): CurrentPace | null {
  const to = points[points.length - 1]
  if (!to || points.length < 2) return null
  const earlier = points.slice(0, -1)
  const inWindow = earlier.filter((p) => monthsBetween(p.date, to.date) <= windowMonths + EPS)
  const from = inWindow[0] ?? earlier[earlier.length - 1]!
  const months = monthsBetween(from.date, to.date)
  if (months <= 0) return null
  return {
    perMonth: (sign * (to.value - from.value)) / months,
    from,
    to,
    months,
    basis:
      basis === 'measurements' && (from.baseline || to.baseline)
        ? 'baseline_and_measurements'
        : basis,
    windowMonths,
  }
}

/** The pace a target or commitment needs, against the current one. See the module comment. */
export function requiredPace(input: PaceInput, options: PaceOptions = {}): PaceResult {
  const windowMonths = options.windowMonths ?? DEFAULT_PACE_WINDOW_MONTHS
  const points = orderedPoints(input.points, input.asOf)
  const first = points[0]
  const direction = input.direction ?? (first && input.target < first.value - EPS ? 'down' : 'up')
  const sign = direction === 'up' ? 1 : -1
  const current = points[points.length - 1] ?? null
  const monthsLeft = monthsBetween(input.asOf, input.deadline)
  const toGo = current ? sign * (input.target - current.value) : null
  const remaining = toGo === null ? null : Math.max(0, toGo)
  const currentPace = currentPaceOf(points, sign, windowMonths, input.basis)
  const timeLeft = monthsLeft > EPS
  const requiredPerMonth =
    remaining !== null && remaining > 0 && timeLeft ? remaining / monthsLeft : null
  const ratio =
    requiredPerMonth !== null && currentPace && currentPace.perMonth > EPS
      ? requiredPerMonth / currentPace.perMonth
      : null

  let verdict: PaceVerdict
  if (input.cancelled) verdict = 'cancelled'
  else if (!current || remaining === null) verdict = 'no_data'
  else if (remaining <= EPS) verdict = 'reached'
  else if (input.asOf > input.deadline) verdict = 'deadline_passed'
  else if (!timeLeft) verdict = 'due_today'
  else if (!currentPace) verdict = 'no_current_pace'
  else if (Math.abs(currentPace.perMonth) <= EPS) verdict = 'not_moving'
  else if (currentPace.perMonth < 0) verdict = 'falling'
  else verdict = ratio !== null && ratio <= 1 + EPS ? 'enough' : 'not_enough'

  let workers: WorkersOnBase | null = null
  if (input.unit === 'percent' && input.base && input.base.size > 0 && current) {
    const targetWorkers = (input.target / 100) * input.base.size
    const currentWorkers = (current.value / 100) * input.base.size
    const remainingWorkers = Math.max(0, ceilWorkers(sign * (targetWorkers - currentWorkers)))
    workers = {
      baseSize: input.base.size,
      baseLabel: input.base.label,
      baseKind: input.base.kind,
      targetWorkers: Math.round(targetWorkers),
      currentWorkers: Math.round(currentWorkers),
      remainingWorkers,
      requiredPerMonth: remainingWorkers > 0 && timeLeft ? remainingWorkers / monthsLeft : null,
      estimated: true,
    }
  }

  const result: Omit<PaceResult, 'words' | 'detail'> = {
    unit: input.unit,
    direction,
    target: input.target,
    deadline: input.deadline,
    asOf: input.asOf,
    current,
    remaining,
    monthsLeft,
    requiredPerMonth,
    currentPace,
    ratio,
    verdict,
    workers,
  }
  return {
    ...result,
    words: { id: headline(result, 'id'), en: headline(result, 'en') },
    detail: { id: detailOf(result, 'id'), en: detailOf(result, 'en') },
  }
}

// ---------------------------------------------------------------------------------------------
// Words

const unitWord = (unit: PaceResult['unit'], locale: Locale) =>
  unit === 'percent'
    ? locale === 'id'
      ? 'poin'
      : 'points'
    : locale === 'id'
      ? 'pekerja'
      : 'workers'

/** A pace or amount in the users' words: workers whole (compact from 10 ribu), points to 0,1. */
export function formatAmount(value: number, unit: PaceResult['unit'], locale: Locale): string {
  const abs = Math.abs(value)
  const sign = value < 0 ? '−' : ''
  if (unit === 'percent') return sign + formatNumber(abs, locale, abs < 1 ? 2 : 1)
  if (abs < 10) return sign + formatNumber(abs, locale, 1)
  return sign + formatCompact(Math.round(abs), locale)
}

const formatMonths = (months: number, locale: Locale) => formatNumber(months, locale, 1)

/** A level (not a pace): a percentage as such; a count compact, or exact when `exact`. */
function formatLevel(value: number, unit: PaceResult['unit'], locale: Locale, exact = false) {
  if (unit === 'percent') return formatPercent(value, locale)
  return exact ? formatNumber(value, locale) : formatCompact(value, locale)
}

function headline(r: Omit<PaceResult, 'words' | 'detail'>, locale: Locale): string {
  const id = locale === 'id'
  const unit = unitWord(r.unit, locale)
  const amount = (v: number) => formatAmount(v, r.unit, locale)
  const perMonth = id ? '/bulan' : '/month'
  switch (r.verdict) {
    case 'cancelled':
      return id ? 'komitmen dibatalkan' : 'commitment cancelled'
    case 'no_data':
      return id ? 'belum ada angka untuk menghitung laju' : 'no figure yet to compute a pace'
    case 'reached':
      return id
        ? `target tercapai: ${formatLevel(r.current!.value, r.unit, locale)} dari target ${formatLevel(r.target, r.unit, locale)}`
        : `target reached: ${formatLevel(r.current!.value, r.unit, locale)} against a target of ${formatLevel(r.target, r.unit, locale)}`
    case 'deadline_passed':
      return id
        ? `tenggat ${formatDate(r.deadline, locale)} sudah lewat; masih kurang ${amount(r.remaining!)} ${unit}`
        : `the deadline of ${formatDate(r.deadline, locale)} has passed; ${amount(r.remaining!)} ${unit} still to go`
    case 'due_today':
      return id
        ? `tenggat hari ini; masih kurang ${amount(r.remaining!)} ${unit}`
        : `due today; ${amount(r.remaining!)} ${unit} still to go`
  }
  const need = id
    ? `perlu ${r.direction === 'down' ? 'turun ' : ''}±${amount(r.requiredPerMonth!)} ${unit}${perMonth}`
    : `needs ${r.direction === 'down' ? 'a fall of ' : ''}±${amount(r.requiredPerMonth!)} ${unit}${perMonth}`
  const unitSuffix = r.unit === 'percent' ? ` ${unit}` : ''
  const pace = r.currentPace
    ? `${id ? 'laju sekarang' : 'current pace'} ${r.currentPace.perMonth > 0 ? '±' : ''}${amount(
        r.currentPace.perMonth,
      )}${unitSuffix}${perMonth}`
    : ''
  switch (r.verdict) {
    case 'no_current_pace':
      return id
        ? `${need}; laju sekarang belum diketahui (baru satu angka)`
        : `${need}; current pace unknown (only one figure)`
    case 'not_moving':
      return id ? `${need}; ${pace} — tidak bergerak` : `${need}; ${pace} — not moving`
    case 'falling':
      return id
        ? `${need}; ${pace} — menjauh dari target`
        : `${need}; ${pace} — moving away from the target`
    case 'enough':
      return id ? `${need}; ${pace} — cukup` : `${need}; ${pace} — enough`
    default:
      return id
        ? `${need}; ${pace} — perlu ${formatNumber(r.ratio ?? 0, locale, 1)}× laju sekarang`
        : `${need}; ${pace} — needs ${formatNumber(r.ratio ?? 0, locale, 1)}× the current pace`
  }
}

function detailOf(r: Omit<PaceResult, 'words' | 'detail'>, locale: Locale): string {
  const id = locale === 'id'
  const unit = unitWord(r.unit, locale)
  const amount = (v: number) => formatAmount(v, r.unit, locale)
  const parts: string[] = []
  if (r.current && r.remaining !== null && r.remaining > 0 && r.monthsLeft > 0)
    parts.push(
      id
        ? `masih ${amount(r.remaining)} ${unit} dalam ${formatMonths(r.monthsLeft, locale)} bulan hingga ${formatDate(r.deadline, locale)} (angka terakhir ${r.current.estimated ? '≈ ' : ''}${formatLevel(r.current.value, r.unit, locale, true)} per ${formatDate(r.current.date, locale)}${r.current.estimated ? ', perkiraan dari persentase' : ''})`
        : `${amount(r.remaining)} ${unit} to go in ${formatMonths(r.monthsLeft, locale)} months to ${formatDate(r.deadline, locale)} (latest figure ${r.current.estimated ? '≈ ' : ''}${formatLevel(r.current.value, r.unit, locale, true)} on ${formatDate(r.current.date, locale)}${r.current.estimated ? ', estimated from a percentage' : ''})`,
    )
  if (r.workers && r.workers.remainingWorkers > 0) {
    const w = r.workers
    const base = `${formatCompact(w.baseSize, locale)} (${w.baseLabel})`
    const per =
      w.requiredPerMonth !== null
        ? id
          ? `, ±${formatAmount(w.requiredPerMonth, 'count', locale)} pekerja/bulan`
          : `, ±${formatAmount(w.requiredPerMonth, 'count', locale)} workers/month`
        : ''
    parts.push(
      id
        ? `pada basis ${base}: target ${formatCompact(w.targetWorkers, locale)} pekerja, kurang ≈ ${formatCompact(w.remainingWorkers, locale)}${per}`
        : `on a base of ${base}: a target of ${formatCompact(w.targetWorkers, locale)} workers, ≈ ${formatCompact(w.remainingWorkers, locale)} to go${per}`,
    )
  }
  const p = r.currentPace
  if (p) {
    const source = {
      coverage_figures: id ? 'angka kepesertaan' : 'coverage figures',
      measurements: id ? 'pengukuran' : 'measurements',
      baseline_and_measurements: id ? 'baseline dan pengukuran' : 'baseline and measurements',
    }[p.basis]
    parts.push(
      id
        ? `laju sekarang dari ${source} ${formatDate(p.from.date, locale)} – ${formatDate(p.to.date, locale)} (${formatMonths(p.months, locale)} bulan)`
        : `current pace from ${source} ${formatDate(p.from.date, locale)} – ${formatDate(p.to.date, locale)} (${formatMonths(p.months, locale)} months)`,
    )
  }
  return parts.join('; ')
}

/** The headline in one language. */
export function describePace(r: PaceResult, locale: Locale = 'id'): string {
  return r.words[locale]
}

// ---------------------------------------------------------------------------------------------
// Targets

type FigureRecord = CoverageFigure & { id?: string; deletedAt?: string }

export interface TargetPaceResult extends PaceResult {
  /** The series the pace was computed on; a percent target has no base of its own. */
  series: {
    segment: Segment
    measure: Measure
    baseKind: BaseKind | null
    baseLabel: string
  } | null
}

const normalLabel = (s: string) => s.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ')

/** A target year's deadline: the last day of that year. */
export const targetDeadline = (year: number) => `${year}-12-31`

/**
 * Pace for a coverage target (count or percent) from the region's figures of the target's
 * segment and the given measure (default registered). A count target uses member counts
 * whatever their base (a count from a stated percentage is an estimate). A percent target has
 * no base of its own, so it is read against one series of figures with one base: the one with
 * the latest figure, ties broken by BASE_PREFERENCE; `series` says which.
 */
export function paceForTarget(
  target: Pick<CoverageTarget, 'regionId' | 'year' | 'segment' | 'value' | 'unit'>,
  figures: readonly FigureRecord[],
  asOf: string,
  options: PaceOptions & { measure?: Measure } = {},
): TargetPaceResult {
  const measure = options.measure ?? 'registered'
  const relevant = figures.filter(
    (f) =>
      isLive(f) &&
      f.regionId === target.regionId &&
      f.segment === target.segment &&
      f.measure === measure &&
      effectiveDate(f) <= asOf,
  )
  type Candidate = { f: FigureRecord; point: PacePoint; key: string }
  const candidates: Candidate[] = []
  for (const f of relevant) {
    const date = effectiveDate(f)
    if (target.unit === 'count') {
      const m = memberCount(f)
      if (m.value === null) continue
      candidates.push({
        f,
        key: 'count',
        point: { date, value: m.value, estimated: m.estimated, recordId: f.id },
      })
    } else {
      const share = coverageRatio(f).percent
      if (share === null) continue
      candidates.push({
        f,
        key: `${f.baseKind}|${normalLabel(f.baseLabel)}`,
        point: { date, value: share, recordId: f.id },
      })
    }
  }
  const series = new Map<string, Candidate[]>()
  for (const c of candidates) series.set(c.key, [...(series.get(c.key) ?? []), c])
  const latestDate = (cs: Candidate[]) =>
    cs.reduce((d, c) => (c.point.date > d ? c.point.date : d), '')
  const chosen = [...series.values()].sort(
    (a, b) =>
      latestDate(b).localeCompare(latestDate(a)) ||
      BASE_PREFERENCE.indexOf(a[0]!.f.baseKind) - BASE_PREFERENCE.indexOf(b[0]!.f.baseKind),
  )[0]
  // One value per date: a count before an estimate, then the one updated last.
  const ordered = [...(chosen ?? [])].sort(
    (a, b) =>
      a.point.date.localeCompare(b.point.date) ||
      Number(Boolean(b.point.estimated)) - Number(Boolean(a.point.estimated)) ||
      (a.f.updatedAt ?? '').localeCompare(b.f.updatedAt ?? ''),
  )
  const latest = ordered[ordered.length - 1]?.f
  const base =
    target.unit === 'percent' && latest && latest.baseSize !== null && latest.baseSize > 0
      ? { size: latest.baseSize, label: latest.baseLabel, kind: latest.baseKind }
      : null
  const result = requiredPace(
    {
      unit: target.unit,
      target: target.value,
      deadline: targetDeadline(target.year),
      asOf,
      points: ordered.map((c) => c.point),
      basis: 'coverage_figures',
      direction: 'up',
      base,
    },
    options,
  )
  if (result.workers && latest) result.workers.estimated = latest.count === null
  return {
    ...result,
    series: latest
      ? {
          segment: target.segment,
          measure,
          baseKind: target.unit === 'count' ? null : latest.baseKind,
          baseLabel: target.unit === 'count' ? '' : latest.baseLabel,
        }
      : null,
  }
}

// ---------------------------------------------------------------------------------------------
// Commitments

/** Entry order of two measurements (the rule of progress.ts). */
export { enteredBefore }

/**
 * Pace for a count or percent commitment from its baseline and measurements; null for a
 * milestone or a commitment without a target value. Measurements dated before the baseline
 * date are left out (they describe the time before the pledge); on one date the measurement
 * entered last wins, and a measurement on the baseline date replaces the baseline.
 */
export function paceForCommitment(
  commitment: Commitment,
  measurements: readonly CommitmentMeasurement[],
  asOf: string,
  options: PaceOptions = {},
): PaceResult | null {
  if (commitment.kind === 'milestone' || commitment.targetValue === null) return null
  const live = measurements
    .filter(
      (m) =>
        isLive(m) &&
        m.commitmentId === commitment.id &&
        m.value !== null &&
        Number.isFinite(m.value) &&
        (!commitment.baselineDate || m.date >= commitment.baselineDate),
    )
    .sort((a, b) => a.date.localeCompare(b.date) || enteredBefore(a, b))
  const points: PacePoint[] = []
  if (commitment.baselineValue !== null && commitment.baselineDate)
    points.push({ date: commitment.baselineDate, value: commitment.baselineValue, baseline: true })
  for (const m of live) points.push({ date: m.date, value: m.value!, recordId: m.id })
  const start = commitment.baselineValue ?? live[0]?.value ?? null
  return requiredPace(
    {
      unit: commitment.kind,
      target: commitment.targetValue,
      deadline: commitment.deadline,
      asOf,
      points,
      basis: 'measurements',
      direction: start !== null && commitment.targetValue < start ? 'down' : 'up',
      cancelled: commitment.lifecycle === 'dibatalkan',
    },
    options,
  )
}

/** Pace for every count or percent target and every count or percent commitment. */
export function paceOverview(
  data: {
    targets: readonly CoverageTarget[]
    coverage: readonly FigureRecord[]
    commitments: readonly Commitment[]
    measurements: readonly CommitmentMeasurement[]
  },
  asOf: string,
  options: PaceOptions = {},
): {
  targets: { target: CoverageTarget; pace: TargetPaceResult }[]
  commitments: { commitment: Commitment; pace: PaceResult }[]
} {
  const byCommitment = new Map<string, CommitmentMeasurement[]>()
  for (const m of data.measurements)
    byCommitment.set(m.commitmentId, [...(byCommitment.get(m.commitmentId) ?? []), m])
  return {
    targets: data.targets
      .filter(isLive)
      .map((target) => ({ target, pace: paceForTarget(target, data.coverage, asOf, options) })),
    commitments: data.commitments.filter(isLive).flatMap((commitment) => {
      const pace = paceForCommitment(
        commitment,
        byCommitment.get(commitment.id) ?? [],
        asOf,
        options,
      )
      return pace ? [{ commitment, pace }] : []
    }),
  }
}

/** What is still to go, in words ("2.345 pekerja", "5 poin"); null when reached or not known. */
export function remainingText(r: PaceResult, locale: Locale = 'id'): string | null {
  if (r.remaining === null || r.remaining <= 0) return null
  return `${formatAmount(r.remaining, r.unit, locale)} ${unitWord(r.unit, locale)}`
}
