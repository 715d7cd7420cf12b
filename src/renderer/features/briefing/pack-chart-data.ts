/**
 * The numbers behind the pack's two charts, as the inputs of the shared Chart.js
 * configurations (coverage/coverage-charts.ts). The screen draws those configurations with
 * Chart.js; the PDF draws the same configurations as vector shapes (pack-chart-vector.ts).
 * Pure.
 */
import { common } from '../../i18n/messages/common'
import type { RegionBarRow, TrendSeries } from '../../ui/charts/coverage-charts'
import { coverageRatio, pickPrimary, seriesKey } from '../../domain/coverage-math'
import { basePreferenceText, seriesLabel, shareNoun } from '../../domain/figure-text'
import type { CoverageObservation, Region, Segment } from '../../db/types'

export interface PackCharts {
  byRegion: {
    title: string
    seriesLabel: string
    rows: RegionBarRow[]
    bases: string[]
    /** The rule that chose one figure per region (BASE_PREFERENCE), in words. */
    rule: string
  } | null
  trend: { title: string; series: TrendSeries[] } | null
}

const SEG = common.id.segments
const BASE = common.id.baseKinds

/**
 * Bar chart: the segment that the most regencies have a registered share for; per regency
 * the primary figure (most meaningful base). The bases used are listed under the chart.
 * Trend: each series of the province(s) in scope, one line per segment · measure · base.
 */
export function buildChartData(
  latest: CoverageObservation[],
  scope: Region[],
  name: (id: string) => string,
  history: CoverageObservation[] = latest,
): PackCharts {
  const regencies = scope.filter((r) => r.kind !== 'provinsi')
  const provinces = scope.filter((r) => r.kind === 'provinsi')
  const regencyIds = new Set(regencies.map((r) => r.id))
  const perSegment = new Map<Segment, Set<string>>()
  for (const o of latest) {
    if (
      !regencyIds.has(o.regionId) ||
      o.measure !== 'registered' ||
      coverageRatio(o).percent === null
    )
      continue
    perSegment.set(o.segment, (perSegment.get(o.segment) ?? new Set()).add(o.regionId))
  }
  const best = [...perSegment.entries()].sort((a, b) => b[1].size - a[1].size)[0]
  let byRegion: PackCharts['byRegion'] = null
  if (best) {
    const segment = best[0]
    const bases = new Map<string, number>()
    const ofSegment = new Map<string, CoverageObservation[]>()
    for (const o of latest)
      if (o.segment === segment)
        ofSegment.set(o.regionId, [...(ofSegment.get(o.regionId) ?? []), o])
    const rows = regencies.map((r) => {
      const primary = pickPrimary(ofSegment.get(r.id) ?? [])
      if (primary) {
        const words = `${BASE[primary.baseKind]}${primary.baseLabel ? ` (${primary.baseLabel})` : ''}`
        bases.set(words, (bases.get(words) ?? 0) + 1)
      }
      return {
        regionId: r.id,
        name: name(r.id),
        percent: primary ? coverageRatio(primary).percent : null,
        noun: primary ? shareNoun(primary.baseKind, 'id') : undefined,
      }
    })
    byRegion = {
      title: `Cakupan ${SEG[segment]} per kabupaten/kota`,
      seriesLabel: `Cakupan ${SEG[segment]}, terdaftar`,
      rows,
      bases: [...bases.entries()].map(([words, n]) => `${words}: ${n} wilayah`),
      rule: basePreferenceText('id'),
    }
  }
  let trend: PackCharts['trend'] = null
  const trendRegions = provinces.length ? provinces : regencies.slice(0, 1)
  if (trendRegions.length) {
    const groups = new Map<
      string,
      { label: string; points: { period: string; percent: number }[] }
    >()
    const trendIds = new Set(trendRegions.map((r) => r.id))
    for (const o of history) {
      if (!trendIds.has(o.regionId)) continue
      const percent = coverageRatio(o).percent
      if (percent === null) continue
      const key = `${o.regionId}|${seriesKey(o)}`
      const label = seriesLabel(o, 'id', trendRegions.length > 1 ? name(o.regionId) : undefined)
      const g = groups.get(key) ?? { label, points: [] }
      if (!g.points.some((p) => p.period === o.period)) g.points.push({ period: o.period, percent })
      groups.set(key, g)
    }
    const series = [...groups.entries()]
      .sort((a, b) => a[0].localeCompare(b[0]))
      .map(([, g]) => ({
        label: g.label,
        points: g.points.sort((a, b) => a.period.localeCompare(b.period)),
      }))
    if (series.length)
      trend = {
        title:
          `Perkembangan cakupan ${trendRegions.length === 1 ? name(trendRegions[0]!.id) : ''}`.trim(),
        series: series.slice(0, 8),
      }
  }
  return { byRegion, trend }
}
