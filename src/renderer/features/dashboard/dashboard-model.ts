/**
 * The Ringkasan's numbers for one province as of one date, from plain records. Pure, so the
 * briefing pack and the benchmark get the same rows the screen shows.
 */
import type { CoverageObservation, CoverageTarget, Region, Segment } from '../../db/types'
import { SEGMENTS } from '../../db/types'
import {
  aggregateToProvince,
  coverageRatio,
  gapToTarget,
  latestPerRegion,
  pickPrimary,
  registeredVersusActive,
  seriesKey,
  sortByCoverage,
  targetDistance,
  targetFor,
  type AggregateResult,
  type TargetDistance,
  type TargetGap,
} from '../../domain/coverage-math'
import { paceForTarget, type TargetPaceResult } from '../../domain/pace'
import { isLive } from '../../db/live'

export interface RegencyRow {
  region: Region
  segment: Segment | null
  primary: CoverageObservation | null
  percent: number | null
  /** Other figures for the same segment over a different base or measure. */
  others: CoverageObservation[]
  active: CoverageObservation | null
  activeShareOfRegistered: number | null
  target: CoverageTarget | null
  gap: TargetGap | null
  distance: TargetDistance
}

export interface TrendLine {
  key: string
  segment: Segment
  measure: CoverageObservation['measure']
  baseKind: CoverageObservation['baseKind']
  baseLabel: string
  points: { period: string; percent: number; observation: CoverageObservation }[]
}

export interface DashboardModel {
  headlines: CoverageObservation[]
  rows: RegencyRow[]
  bars: {
    regionId: string
    name: string
    percent: number | null
    observation: CoverageObservation | null
  }[]
  aggregate: AggregateResult
  provinceTarget: CoverageTarget | null
  /**
   * The pace the province's target of this segment needs: the target of the year viewed, or
   * else the next one set, against the province's own figures up to asOf.
   */
  provincePace: { target: CoverageTarget; pace: TargetPaceResult } | null
  segmentsWithData: Segment[]
  trend: TrendLine[]
  regenciesWithData: number
}

const segmentRank = (s: Segment) => SEGMENTS.indexOf(s)
const byFigureOrder = (a: CoverageObservation, b: CoverageObservation) =>
  segmentRank(a.segment) - segmentRank(b.segment) ||
  a.measure.localeCompare(b.measure) * -1 ||
  a.baseKind.localeCompare(b.baseKind)

export interface DashboardInput {
  province: Region
  regencies: Region[]
  /** Live observations of the province and its regencies up to asOf (more is harmless: filtered here). */
  observations: CoverageObservation[]
  /** Live province-level observations of all periods, for the trend. */
  provinceHistory: CoverageObservation[]
  targets: CoverageTarget[]
  asOf: string
  segment: Segment
}

/**
 * The figures a read bounded at asOf's month would return (coverageUpTo), from a region's
 * whole history held in memory: a change of period is then computation only.
 */
export function observationsUpTo(
  observations: readonly CoverageObservation[],
  asOf: string,
): CoverageObservation[] {
  const upper = asOf.slice(0, 7)
  return observations.filter((o) => isLive(o) && o.period <= upper)
}

export function buildDashboard(input: DashboardInput): DashboardModel {
  const { province, regencies, asOf, segment } = input
  const year = Number(asOf.slice(0, 4))
  const latest = latestPerRegion(input.observations.filter(isLive), asOf)
  const byRegion = new Map<string, CoverageObservation[]>()
  for (const o of latest) {
    const list = byRegion.get(o.regionId)
    if (list) list.push(o)
    else byRegion.set(o.regionId, [o])
  }
  const targets = input.targets.filter(isLive)
  const headlines = (byRegion.get(province.id) ?? [])
    .filter((o) => coverageRatio(o).percent !== null || o.count !== null)
    .sort(byFigureOrder)

  const rows: RegencyRow[] = []
  const primaries: CoverageObservation[] = []
  const bars: DashboardModel['bars'] = []
  const segmentsWithData = new Set<Segment>()
  const sortedRegencies = [...regencies].sort((a, b) => a.name.localeCompare(b.name, 'id'))
  for (const region of sortedRegencies) {
    const figures = byRegion.get(region.id) ?? []
    const segments = [...new Set(figures.map((f) => f.segment))].sort(
      (a, b) => segmentRank(a) - segmentRank(b),
    )
    if (!segments.length) {
      rows.push({
        region,
        segment: null,
        primary: null,
        percent: null,
        others: [],
        active: null,
        activeShareOfRegistered: null,
        target: null,
        gap: null,
        distance: 'tanpa_angka',
      })
    }
    for (const s of segments) {
      segmentsWithData.add(s)
      const ofSegment = figures.filter((f) => f.segment === s)
      const pair = registeredVersusActive(ofSegment)
      const primary =
        pair.registered ??
        ofSegment.find((f) => f.measure === 'registered' && f.count !== null) ??
        null
      // A figure is held against the target of its own year, not of the year being viewed.
      const target = primary
        ? targetFor(targets, region.id, s, Number(primary.period.slice(0, 4)))
        : null
      rows.push({
        region,
        segment: s,
        primary,
        percent: primary ? coverageRatio(primary).percent : null,
        // Sorted, so the order does not depend on how the figures were read.
        others: ofSegment
          .filter((f) => f !== primary && f !== pair.active)
          .sort((a, b) => byFigureOrder(a, b) || a.id.localeCompare(b.id)),
        active: pair.active,
        activeShareOfRegistered: pair.activeShareOfRegistered,
        target,
        gap: primary && target ? gapToTarget(primary, target) : null,
        distance: targetDistance(primary, target),
      })
    }
    const primary = pickPrimary(figures.filter((f) => f.segment === segment))
    if (primary) primaries.push(primary)
    bars.push({
      regionId: region.id,
      name: region.name,
      percent: primary ? coverageRatio(primary).percent : null,
      observation: primary,
    })
  }
  for (const o of byRegion.get(province.id) ?? []) segmentsWithData.add(o.segment)

  const provinceTarget = targetFor(targets, province.id, segment, year)
  const paceTarget =
    provinceTarget ??
    targets
      .filter((t) => t.regionId === province.id && t.segment === segment && t.year > year)
      .sort((a, b) => a.year - b.year || (b.updatedAt ?? '').localeCompare(a.updatedAt ?? ''))[0] ??
    null
  const provinceFigures = [
    ...input.provinceHistory,
    ...input.observations.filter((o) => o.regionId === province.id),
  ].filter((o, i, all) => isLive(o) && all.findIndex((x) => x.id === o.id) === i)
  return {
    provincePace: paceTarget
      ? { target: paceTarget, pace: paceForTarget(paceTarget, provinceFigures, asOf) }
      : null,
    headlines,
    rows,
    bars: sortByCoverage(bars),
    aggregate: aggregateToProvince(
      primaries,
      regencies.map((r) => r.id),
    ),
    provinceTarget,
    segmentsWithData: [...segmentsWithData].sort((a, b) => segmentRank(a) - segmentRank(b)),
    trend: trendLines(input.provinceHistory.filter(isLive), asOf),
    regenciesWithData: regencies.filter((r) => byRegion.has(r.id)).length,
  }
}

/** One line per segment · measure · base; one point per period (the latest figure of that period). */
export function trendLines(history: CoverageObservation[], asOf: string): TrendLine[] {
  const lines = new Map<string, TrendLine>()
  for (const o of latestPerPeriod(history, asOf)) {
    const percent = coverageRatio(o).percent
    if (percent === null) continue
    const key = seriesKey(o)
    let line = lines.get(key)
    if (!line) {
      line = {
        key,
        segment: o.segment,
        measure: o.measure,
        baseKind: o.baseKind,
        baseLabel: o.baseLabel,
        points: [],
      }
      lines.set(key, line)
    }
    line.points.push({ period: o.period, percent, observation: o })
  }
  for (const line of lines.values()) line.points.sort((a, b) => a.period.localeCompare(b.period))
  return [...lines.values()].sort(
    (a, b) => segmentRank(a.segment) - segmentRank(b.segment) || a.key.localeCompare(b.key),
  )
}

function latestPerPeriod(history: CoverageObservation[], asOf: string): CoverageObservation[] {
  const byPeriod = new Map<string, CoverageObservation[]>()
  for (const o of history) {
    const list = byPeriod.get(o.period)
    if (list) list.push(o)
    else byPeriod.set(o.period, [o])
  }
  return [...byPeriod.values()].flatMap((list) => latestPerRegion(list, asOf))
}
