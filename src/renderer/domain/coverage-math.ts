/**
 * Coverage arithmetic. Pure: no React, Dexie or DOM, so the screens, the PDF briefing pack and
 * the benchmark all compute the same numbers. A coverage percentage here is always tied to its
 * base (baseKind + baseLabel + baseSize); functions that would have to mix bases refuse and
 * say why instead of producing a number that means nothing.
 */
import type { BaseKind, CoverageObservation, CoverageTarget, Measure, Segment } from '../db/types'

/** The fields coverage arithmetic needs; full records satisfy it. */
export type CoverageFigure = Pick<
  CoverageObservation,
  | 'regionId'
  | 'period'
  | 'segment'
  | 'measure'
  | 'count'
  | 'baseKind'
  | 'baseLabel'
  | 'baseSize'
  | 'statedPercent'
  | 'asOfDate'
> & { updatedAt?: string }

export type TargetFigure = Pick<CoverageTarget, 'regionId' | 'year' | 'segment' | 'value' | 'unit'>

export interface CoverageRatio {
  /** Share of the base in percent (46.44 means 46,44 %), or null when it cannot be known. */
  percent: number | null
  /** 'computed' from count ÷ base size; 'stated' as the source gave it; 'none' when neither. */
  origin: 'computed' | 'stated' | 'none'
}

/** The percentage is computed from count and base whenever both exist; typed percentages only fill a gap. */
export function coverageRatio(
  f: Pick<CoverageFigure, 'count' | 'baseSize' | 'statedPercent'>,
): CoverageRatio {
  if (f.count !== null && f.baseSize !== null && f.baseSize > 0)
    return { percent: (f.count / f.baseSize) * 100, origin: 'computed' }
  if (f.statedPercent !== null) return { percent: f.statedPercent, origin: 'stated' }
  return { percent: null, origin: 'none' }
}

/**
 * The number of members: the count when the source gives it, otherwise an estimate from a
 * stated percentage of a known base (27 % of 1,4 juta ≈ 378 ribu), flagged as such.
 */
export function memberCount(f: Pick<CoverageFigure, 'count' | 'baseSize' | 'statedPercent'>): {
  value: number | null
  estimated: boolean
} {
  if (f.count !== null) return { value: f.count, estimated: false }
  if (f.statedPercent !== null && f.baseSize !== null)
    return { value: Math.round((f.statedPercent / 100) * f.baseSize), estimated: true }
  return { value: null, estimated: false }
}

/**
 * Bases for which "base minus members" means workers still without protection. A labour force
 * (angkatan kerja) also holds ASN, TNI and Polri, who are covered by other schemes: Balangan's
 * 80 ribu minus 62 ribu is 18 ribu, but the branch head counts about 12 ribu uncovered. A
 * target population gives a gap to target (gapToTarget), not uncovered workers.
 */
export const UNCOVERED_MEANINGFUL: ReadonlySet<BaseKind> = new Set<BaseKind>([
  'pekerja_eligible',
  'potensi',
])

/** Workers in the base not (yet) covered: base size minus members. Null when either is unknown or the base does not allow it. */
export function uncoveredWorkers(
  f: Pick<CoverageFigure, 'count' | 'baseSize' | 'statedPercent' | 'baseKind'>,
): { value: number | null; estimated: boolean } {
  const members = memberCount(f)
  if (members.value === null || f.baseSize === null || !UNCOVERED_MEANINGFUL.has(f.baseKind))
    return { value: null, estimated: false }
  return { value: Math.max(0, f.baseSize - members.value), estimated: members.estimated }
}

const lastDayOfMonth = (year: number, month: number) =>
  new Date(Date.UTC(year, month, 0)).getUTCDate()

/** Last calendar day of a period: '2023' -> '2023-12-31', '2023-02' -> '2023-02-28'. */
export function periodEnd(period: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period)
  if (!m) throw new Error(`periode tidak sah: ${period}`)
  if (!m[2]) return `${m[1]}-12-31`
  return `${m[1]}-${m[2]}-${String(lastDayOfMonth(Number(m[1]), Number(m[2]))).padStart(2, '0')}`
}

/** The date a figure is valid for; a figure with only a period counts as known at the period's end. */
export function effectiveDate(f: Pick<CoverageFigure, 'asOfDate' | 'period'>): string {
  return f.asOfDate ?? periodEnd(f.period)
}

/** Figures that can be compared or added: same region-independent meaning. */
export function seriesKey(f: Pick<CoverageFigure, 'segment' | 'measure' | 'baseKind'>): string {
  return `${f.segment}|${f.measure}|${f.baseKind}`
}

function newer<T extends CoverageFigure>(a: T, b: T): T {
  const da = effectiveDate(a)
  const db = effectiveDate(b)
  if (da !== db) return da > db ? a : b
  if (a.period !== b.period) return a.period > b.period ? a : b
  return (a.updatedAt ?? '') >= (b.updatedAt ?? '') ? a : b
}

/**
 * The latest figure per region and series (segment · measure · base kind) valid on `asOf`
 * (ISO date). Figures dated after `asOf` are ignored. Different bases stay separate rows: the
 * caller chooses which one to show and shows the others as "basis lain".
 */
export function latestPerRegion<T extends CoverageFigure>(
  figures: readonly T[],
  asOf: string,
): T[] {
  const best = new Map<string, T>()
  for (const f of figures) {
    if (effectiveDate(f) > asOf) continue
    const key = `${f.regionId}|${seriesKey(f)}`
    const current = best.get(key)
    best.set(key, current ? newer(current, f) : f)
  }
  return [...best.values()]
}

/**
 * Which base to show first when a region has several for one segment: a stated eligible
 * population or target is the most meaningful share; an unstated base comes last.
 */
export const BASE_PREFERENCE: readonly BaseKind[] = [
  'penduduk_bekerja',
  'pekerja_eligible',
  'target',
  'potensi',
  'angkatan_kerja',
  'tidak_disebut',
  'peserta_terdaftar',
]

/** One figure to headline for a region and segment, among figures of possibly different bases. */
export function pickPrimary<T extends CoverageFigure>(
  figures: readonly T[],
  measure: Measure = 'registered',
): T | null {
  const candidates = figures.filter(
    (f) => f.measure === measure && coverageRatio(f).percent !== null,
  )
  if (!candidates.length) return null
  return (
    [...candidates].sort((a, b) => {
      const rank = BASE_PREFERENCE.indexOf(a.baseKind) - BASE_PREFERENCE.indexOf(b.baseKind)
      if (rank !== 0) return rank
      return newer(a, b) === a ? -1 : 1
    })[0] ?? null
  )
}

/** The target set for a region, segment and year; the most recent record wins if several exist. */
export function targetFor<T extends TargetFigure & { updatedAt?: string }>(
  targets: readonly T[],
  regionId: string,
  segment: Segment,
  year: number,
): T | null {
  const matching = targets.filter(
    (t) => t.regionId === regionId && t.segment === segment && t.year === year,
  )
  return matching.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))[0] ?? null
}

export interface TargetGap {
  /** The target as a share of this figure's base, when it can be expressed so. */
  targetPercent: number | null
  /** Workers still to cover to reach the target ("12 ribu pekerja belum terlindungi"); 0 when reached. */
  workers: number | null
  /** Percentage points still to go; 0 when reached. */
  points: number | null
  reached: boolean | null
  /** True when workers were derived from a stated percentage rather than a count. */
  estimated: boolean
}

/**
 * Workers are whole people: a fractional gap rounds up. Float noise must not: (50 − 46,44) % of
 * 1.000.000 comes out as 35.600,00000000002 in floating point, which a bare ceil makes 35.601.
 * The value is first rounded to a millionth of a worker, far below any real fraction of a person.
 */
export function ceilWorkers(x: number): number {
  return Math.ceil(Math.round(x * 1e6) / 1e6)
}

/**
 * Gap between a figure and a target, in workers and in points. A count target compares with
 * members; a percent target with the share. Each gap is null when the figure lacks what it
 * needs (a percent gap needs a base; a worker gap needs a count or a base).
 */
export function gapToTarget(
  f: Pick<CoverageFigure, 'count' | 'baseSize' | 'statedPercent' | 'baseKind'>,
  target: Pick<TargetFigure, 'value' | 'unit'>,
): TargetGap {
  const share = coverageRatio(f).percent
  const members = memberCount(f)
  const hasBase = f.baseSize !== null && f.baseSize > 0
  if (target.unit === 'count') {
    const targetPercent = hasBase ? (target.value / f.baseSize!) * 100 : null
    if (members.value === null)
      return { targetPercent, workers: null, points: null, reached: null, estimated: false }
    const workers = Math.max(0, target.value - members.value)
    const points = hasBase
      ? Math.max(0, ((target.value - members.value) / f.baseSize!) * 100)
      : null
    return {
      targetPercent,
      workers,
      points,
      reached: members.value >= target.value,
      estimated: members.estimated,
    }
  }
  if (share === null)
    return {
      targetPercent: target.value,
      workers: null,
      points: null,
      reached: null,
      estimated: false,
    }
  const points = Math.max(0, target.value - share)
  const workers = hasBase
    ? Math.max(0, ceilWorkers(((target.value - share) / 100) * f.baseSize!))
    : null
  return {
    targetPercent: target.value,
    workers,
    points,
    reached: share >= target.value,
    estimated: workers !== null && f.count === null,
  }
}

export type TargetDistance = 'tercapai' | 'dekat' | 'jauh' | 'tanpa_target' | 'tanpa_angka'

/** Close means within 5 points (or, without a base, within 5 % of a count target). */
export const NEAR_POINTS = 5

/** A word for how far a figure is from its target; the screens pair it with a colour, never colour alone. */
export function targetDistance(
  f: Pick<CoverageFigure, 'count' | 'baseSize' | 'statedPercent' | 'baseKind'> | null,
  target: Pick<TargetFigure, 'value' | 'unit'> | null,
): TargetDistance {
  if (!f) return 'tanpa_angka'
  if (!target) return 'tanpa_target'
  const gap = gapToTarget(f, target)
  if (gap.reached === null) return 'tanpa_angka'
  if (gap.reached) return 'tercapai'
  if (gap.points !== null) return gap.points <= NEAR_POINTS ? 'dekat' : 'jauh'
  return gap.workers !== null && gap.workers <= target.value * (NEAR_POINTS / 100)
    ? 'dekat'
    : 'jauh'
}

export type Incomparability = 'segment' | 'measure' | 'base' | 'base_size' | 'no_value'

export type CoverageChange =
  | {
      comparable: true
      points: number | null
      workers: number | null
      from: string
      to: string
      baseNotStated: boolean
    }
  | { comparable: false; reason: Incomparability }

/**
 * Change from an earlier to a later figure. Figures of different segments, measures or bases
 * are not comparable; a change in percentage points over an unstated base is given but flagged.
 */
export function changeBetween(earlier: CoverageFigure, later: CoverageFigure): CoverageChange {
  if (earlier.segment !== later.segment) return { comparable: false, reason: 'segment' }
  if (earlier.measure !== later.measure) return { comparable: false, reason: 'measure' }
  if (earlier.baseKind !== later.baseKind) return { comparable: false, reason: 'base' }
  const a = coverageRatio(earlier).percent
  const b = coverageRatio(later).percent
  const ca = memberCount(earlier)
  const cb = memberCount(later)
  const workers =
    ca.value !== null && cb.value !== null && !ca.estimated && !cb.estimated
      ? cb.value - ca.value
      : null
  if (a === null || b === null) {
    if (workers === null) return { comparable: false, reason: 'no_value' }
    return {
      comparable: true,
      points: null,
      workers,
      from: earlier.period,
      to: later.period,
      baseNotStated: earlier.baseKind === 'tidak_disebut',
    }
  }
  return {
    comparable: true,
    points: b - a,
    workers,
    from: earlier.period,
    to: later.period,
    baseNotStated: earlier.baseKind === 'tidak_disebut',
  }
}

export type AggregateRefusal =
  | { reason: 'empty' }
  | { reason: 'mixed_segments'; values: Segment[] }
  | { reason: 'mixed_measures'; values: Measure[] }
  | { reason: 'mixed_bases'; values: string[] }
  | { reason: 'base_not_stated'; regionIds: string[] }
  | { reason: 'missing_numbers'; regionIds: string[] }
  | { reason: 'duplicate_region'; regionIds: string[] }
  | { reason: 'incomplete'; regionIds: string[]; expected: number }

export type AggregateResult =
  | {
      ok: true
      count: number
      baseSize: number
      percent: number
      segment: Segment
      measure: Measure
      baseKind: BaseKind
      baseLabel: string
      regionIds: string[]
      /** Periods the summed figures come from; more than one means the sum mixes dates. */
      periods: string[]
    }
  | ({ ok: false } & AggregateRefusal)

const normalLabel = (s: string) => s.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ')

/**
 * Adds regency figures up to a province figure: counts over bases. Refuses, saying why, when
 * the figures are of different segments, measures or bases (kind or wording), when a base is
 * not stated, when a region lacks its count or base size (a percentage alone cannot be
 * summed), when a region appears twice, or when regions of `expectedRegionIds` have no figure.
 */
export function aggregateToProvince(
  figures: readonly CoverageFigure[],
  expectedRegionIds?: readonly string[],
): AggregateResult {
  if (!figures.length) return { ok: false, reason: 'empty' }
  const segments = [...new Set(figures.map((f) => f.segment))]
  if (segments.length > 1) return { ok: false, reason: 'mixed_segments', values: segments }
  const measures = [...new Set(figures.map((f) => f.measure))]
  if (measures.length > 1) return { ok: false, reason: 'mixed_measures', values: measures }
  const kinds = [...new Set(figures.map((f) => f.baseKind))]
  if (kinds.length > 1) return { ok: false, reason: 'mixed_bases', values: kinds }
  if (kinds[0] === 'tidak_disebut')
    return { ok: false, reason: 'base_not_stated', regionIds: figures.map((f) => f.regionId) }
  const labels = new Map<string, string>()
  for (const f of figures)
    if (!labels.has(normalLabel(f.baseLabel)))
      labels.set(normalLabel(f.baseLabel), f.baseLabel.trim())
  if (labels.size > 1) return { ok: false, reason: 'mixed_bases', values: [...labels.values()] }
  const seen = new Set<string>()
  const dupes = new Set<string>()
  for (const f of figures) (seen.has(f.regionId) ? dupes : seen).add(f.regionId)
  if (dupes.size) return { ok: false, reason: 'duplicate_region', regionIds: [...dupes] }
  const missing = figures
    .filter((f) => f.count === null || f.baseSize === null)
    .map((f) => f.regionId)
  if (missing.length) return { ok: false, reason: 'missing_numbers', regionIds: missing }
  // A province figure from some of its regencies would pass for the whole province.
  const absent = (expectedRegionIds ?? []).filter((id) => !seen.has(id))
  if (absent.length)
    return {
      ok: false,
      reason: 'incomplete',
      regionIds: absent,
      expected: expectedRegionIds!.length,
    }
  const count = figures.reduce((s, f) => s + f.count!, 0)
  const baseSize = figures.reduce((s, f) => s + f.baseSize!, 0)
  return {
    ok: true,
    count,
    baseSize,
    percent: (count / baseSize) * 100,
    segment: segments[0]!,
    measure: measures[0]!,
    baseKind: kinds[0]!,
    baseLabel: [...labels.values()][0] ?? '',
    regionIds: figures.map((f) => f.regionId),
    periods: [...new Set(figures.map((f) => f.period))].sort(),
  }
}

/**
 * Registered and active side by side for one region and segment: "lebih dari 90 % terdaftar,
 * 96 % di antaranya aktif". Active over registered is used as stated, or computed when both
 * counts exist.
 */
export function registeredVersusActive<T extends CoverageFigure>(
  figures: readonly T[],
): { registered: T | null; active: T | null; activeShareOfRegistered: number | null } {
  const registered = pickPrimary(figures, 'registered')
  const activeOfRegistered =
    figures.find((f) => f.measure === 'active' && f.baseKind === 'peserta_terdaftar') ?? null
  const active = activeOfRegistered ?? pickPrimary(figures, 'active')
  let share: number | null = activeOfRegistered ? coverageRatio(activeOfRegistered).percent : null
  if (share === null && registered?.count && active?.count !== null && active?.count !== undefined)
    share = (active.count / registered.count) * 100
  return { registered, active, activeShareOfRegistered: share }
}

/** Sorts by share, highest first; figures without a share go last, by name. */
export function sortByCoverage<R extends { percent: number | null; name: string }>(
  rows: readonly R[],
): R[] {
  return [...rows].sort((a, b) => {
    if (a.percent === null && b.percent === null) return a.name.localeCompare(b.name, 'id')
    if (a.percent === null) return 1
    if (b.percent === null) return -1
    return b.percent - a.percent || a.name.localeCompare(b.name, 'id')
  })
}
