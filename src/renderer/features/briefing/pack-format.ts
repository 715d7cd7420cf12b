/**
 * The pack's id-ID formatting with its Intl formatters made once: a national pack formats
 * some 100 000 numbers and dates, and building an Intl formatter per call (as the general
 * helpers in shared/format.ts do) cost seconds there. Same options, same text; the unit
 * test pack-format.test.ts checks them against shared/format.ts. Pure.
 */
import { formatDate as formatDateAny, formatNumber as formatNumberAny, formatPercent as formatPercentAny, type Locale } from '../../../shared/format'
import type { CoverageRatio } from '../coverage/coverage-math'

const numberFormats = new Map<string, Intl.NumberFormat>()
function numberFormat(style: 'decimal' | 'percent', fractionDigits: number): Intl.NumberFormat {
  const key = `${style}|${fractionDigits}`
  let f = numberFormats.get(key)
  if (!f) {
    f = new Intl.NumberFormat('id-ID', { ...(style === 'percent' ? { style } : {}), minimumFractionDigits: 0, maximumFractionDigits: fractionDigits })
    numberFormats.set(key, f)
  }
  return f
}

/** formatNumber of shared/format.ts, with a reused formatter. */
export const formatNumber = (value: number, locale: Locale = 'id', fractionDigits = 0): string =>
  locale === 'id' ? numberFormat('decimal', fractionDigits).format(value) : formatNumberAny(value, locale, fractionDigits)

/** formatPercent of shared/format.ts, with a reused formatter. */
export const formatPercent = (percent: number, locale: Locale = 'id', fractionDigits = 2): string =>
  locale === 'id' ? numberFormat('percent', fractionDigits).format(percent / 100) : formatPercentAny(percent, locale, fractionDigits)

/**
 * A coverage share as the screens show it (coverage/figure-text.ts): a share stated by the
 * source keeps its decimals (46,44%); one computed from count and base gets one (96,9%).
 */
export const formatShare = (ratio: CoverageRatio): string => (ratio.percent === null ? '—' : formatPercent(ratio.percent, 'id', ratio.origin === 'stated' ? 2 : 1))

let dateFormat: Intl.DateTimeFormat | null = null
const dates = new Map<string, string>()

/** formatDate of shared/format.ts; calendar dates ("2023-02-09" -> "9 Februari 2023") with one reused formatter. */
export function formatDate(iso: string, locale: Locale = 'id'): string {
  if (locale !== 'id' || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) return formatDateAny(iso, locale)
  let text = dates.get(iso)
  if (text === undefined) {
    const date = new Date(`${iso}T00:00:00Z`)
    if (Number.isNaN(date.getTime())) return iso
    dateFormat ??= new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    text = dateFormat.format(date)
    dates.set(iso, text)
  }
  return text
}
