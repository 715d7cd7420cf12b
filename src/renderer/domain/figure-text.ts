/**
 * How a coverage figure is put in words, once, for the screens, the PDF pack and the slides:
 * its share (a share stated by the source keeps its decimals, 46,44 %; one computed from count
 * and base gets one, 96,9 %), what it is a share of, its count, its date, its source and the
 * label of a trend series. Pure: the words come from the message catalogue for the locale, so
 * paper and screen read the same. Screens use it through ui/use-figure-text.ts.
 */
import {
  formatCompact,
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
} from '../../shared/format'
import type { Locale } from '../../shared/format'
import type { BaseKind, CoverageObservation, Measure, Segment } from '../db/types'
import { common } from '../i18n/messages/common'
import { coverage } from '../i18n/messages/coverage'
import { BASE_PREFERENCE, coverageRatio, memberCount, type CoverageRatio } from './coverage-math'

/** Fills `{{name}}` placeholders, as i18next does, for text built outside React. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key] ?? ''))
}

/** A share as it is shown everywhere: stated shares with 2 decimals, computed ones with 1. */
export function shareText(ratio: CoverageRatio, locale: Locale = 'id'): string {
  if (ratio.percent === null) return '—'
  return formatPercent(ratio.percent, locale, ratio.origin === 'stated' ? 2 : 1)
}

/**
 * The noun a share goes by. A share of a target population is an achievement against that
 * target ("capaian 96,9 % dari target Bappenas"); a share of any other base is coverage
 * ("cakupan 77,5 % dari angkatan kerja").
 */
export function shareNoun(baseKind: BaseKind, locale: Locale = 'id'): string {
  const nouns = coverage[locale].figure.shareNoun
  // A share of a target population is an achievement against it (capaian); active members over
  // the working population counted by BPS is Universal Coverage Jamsostek.
  if (baseKind === 'target') return nouns.target
  if (baseKind === 'penduduk_bekerja') return nouns.ucj
  return nouns.other
}

/** "capaian 96,9%" / "cakupan 46,44%": the share with the noun it goes by. */
export function shareWithNoun(
  o: Pick<CoverageObservation, 'baseKind' | 'count' | 'baseSize' | 'statedPercent'>,
  locale: Locale = 'id',
): string {
  const r = coverageRatio(o)
  return r.percent === null
    ? coverage[locale].figure.noPercent
    : `${shareNoun(o.baseKind, locale)} ${shareText(r, locale)}`
}

/**
 * The rule that picks one figure per region when a chart has room for one bar and a region has
 * figures over several bases (coverage-math BASE_PREFERENCE), in words for under the chart.
 */
export function basePreferenceText(locale: Locale = 'id'): string {
  const kinds = common[locale].baseKinds
  return fill(coverage[locale].figure.basePreference, {
    order: BASE_PREFERENCE.map((k) => kinds[k].toLocaleLowerCase(locale)).join(' → '),
  })
}

export interface SeriesIdentity {
  segment: Segment
  measure: Measure
  baseKind: BaseKind
  baseLabel?: string
}

/**
 * The one label of a trend series: "Semua pekerja · Terdaftar · target Bappenas", with the
 * region's name first when a chart holds several regions.
 */
export function seriesLabel(s: SeriesIdentity, locale: Locale = 'id', regionName?: string): string {
  const words = common[locale]
  const base =
    s.baseKind === 'tidak_disebut'
      ? coverage[locale].figure.baseNotStated
      : s.baseLabel || words.baseKinds[s.baseKind]
  const label = `${words.segments[s.segment]} · ${words.measures[s.measure]} · ${base}`
  return regionName ? `${regionName} · ${label}` : label
}

/** Words for one coverage figure in one locale. */
export function figureWords(locale: Locale = 'id') {
  const f = coverage[locale].figure
  const words = common[locale]
  const percent = (o: CoverageObservation): string => {
    const r = coverageRatio(o)
    return r.percent === null ? f.noPercent : shareText(r, locale)
  }
  /** "dari target Bappenas (64.000)" or "basis tidak disebut sumber (pekerja penerima upah)". */
  const base = (o: CoverageObservation): string => {
    if (o.baseKind === 'tidak_disebut')
      return o.baseLabel ? `${f.baseNotStated} (${o.baseLabel})` : f.baseNotStated
    const name = o.baseLabel || words.baseKinds[o.baseKind]
    return o.baseSize !== null
      ? fill(f.ofBaseSized, { base: name, size: formatNumber(o.baseSize, locale) })
      : fill(f.ofBase, { base: name })
  }
  const count = (o: CoverageObservation): string | null => {
    const m = memberCount(o)
    if (m.value === null) return null
    if (m.estimated) return fill(f.estimated, { count: formatCompact(m.value, locale) })
    return o.baseSize !== null
      ? fill(f.countOfBase, {
          count: formatNumber(m.value, locale),
          size: formatNumber(o.baseSize, locale),
        })
      : fill(f.countOnly, { count: formatNumber(m.value, locale) })
  }
  const when = (o: CoverageObservation): string =>
    o.asOfDate
      ? fill(f.asOf, { date: formatDate(o.asOfDate, locale) })
      : fill(f.periodOnly, { period: formatPeriod(o.period, locale) })
  const source = (o: CoverageObservation): string =>
    fill(f.source, {
      source: o.sourceInstitution
        ? `${o.sourceInstitution}; ${o.sourceDocument}`
        : o.sourceDocument,
    })
  const what = (o: CoverageObservation): string =>
    `${words.segments[o.segment]} · ${words.measures[o.measure]}`
  const series = (s: SeriesIdentity, regionName?: string): string =>
    seriesLabel(s, locale, regionName)
  const noun = (o: CoverageObservation): string => shareNoun(o.baseKind, locale)
  const share = (o: CoverageObservation): string => shareWithNoun(o, locale)
  return { percent, base, count, when, source, what, series, noun, share }
}
