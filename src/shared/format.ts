/**
 * Number and date formatting in the users' conventions: id-ID by default ("46,44%",
 * "1,4 juta", "Rp247 miliar", "9 Februari 2023"), English beside it. Pure functions, shared
 * by the screens, the PDF briefing pack and the command line, so paper and screen agree.
 */
import { instantToWitaInput, parseCalendarDay, parseInstant, witaDay } from './time'

export type Locale = 'id' | 'en'

const intlLocale = (locale: Locale): string => (locale === 'id' ? 'id-ID' : 'en-GB')

// Building an Intl formatter costs far more than using one (a national briefing pack formats
// some 100.000 values), so each distinct set of options is built once and reused.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = numberFormats.get(key)
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, options)))
  return f
}
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`
  let f = dateFormats.get(key)
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, options)))
  return f
}

export function formatNumber(value: number, locale: Locale = 'id', fractionDigits = 0): string {
  return numberFormat(intlLocale(locale), {
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(value)
}

/** A share given as a percentage number (46.44 means 46,44%). */
export function formatPercent(percent: number, locale: Locale = 'id', fractionDigits = 2): string {
  return numberFormat(intlLocale(locale), {
    style: 'percent',
    minimumFractionDigits: 0,
    maximumFractionDigits: fractionDigits,
  }).format(percent / 100)
}

/** Percentage points, for gaps and changes: "+3,5 poin" / "+3.5 pts". */
export function formatPoints(points: number, locale: Locale = 'id', fractionDigits = 1): string {
  const sign = points > 0 ? '+' : points < 0 ? '−' : ''
  const body = formatNumber(Math.abs(points), locale, fractionDigits)
  return `${sign}${body} ${locale === 'id' ? 'poin' : 'pts'}`
}

const scales: { id: string; en: string; size: number }[] = [
  { id: 'triliun', en: 'trillion', size: 1e12 },
  { id: 'miliar', en: 'billion', size: 1e9 },
  { id: 'juta', en: 'million', size: 1e6 },
  { id: 'ribu', en: 'thousand', size: 1e3 },
]

/**
 * Large counts in words the way officials say them: 1.400.000 -> "1,4 juta",
 * 12.000 -> "12 ribu". Below ten thousand the exact figure is clearer ("8.750").
 */
export function formatCompact(value: number, locale: Locale = 'id', fractionDigits = 1): string {
  const abs = Math.abs(value)
  if (abs < 10_000) return formatNumber(value, locale, 0)
  const step = 10 ** fractionDigits
  for (let i = 0; i < scales.length; i++) {
    let scale = scales[i]!
    if (abs < scale.size) continue
    // 999.999 is 999,999 ribu, which rounds to "1.000 ribu": say "1 juta" instead.
    const bigger = scales[i - 1]
    if (bigger && Math.round((abs / scale.size) * step) / step >= bigger.size / scale.size)
      scale = bigger
    return `${formatNumber(value / scale.size, locale, fractionDigits)} ${scale[locale]}`
  }
  return formatNumber(value, locale, 0)
}

/** Rupiah: "Rp247 miliar" (compact) or "Rp1.250.000" (exact). */
export function formatRupiah(value: number, locale: Locale = 'id', compact = true): string {
  const body =
    compact && Math.abs(value) >= 1e6 ? formatCompact(value, locale) : formatNumber(value, locale)
  return `Rp${body}`
}

/**
 * "2023-02-09" -> "9 Februari 2023". A calendar date is shown as it is; an instant (any ISO
 * form with a zone) is shown as its WITA day (see shared/time.ts). Anything else is returned
 * unchanged.
 */
export function formatDate(iso: string, locale: Locale = 'id'): string {
  const instant = parseInstant(iso)
  const day = instant ? witaDay(instant) : parseCalendarDay(iso)
  if (!day) return iso
  return dateFormat(intlLocale(locale), {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${day}T00:00:00Z`))
}

/** "2023-02-09T01:00:00Z" -> "9 Februari 2023 09.00 WITA". */
export function formatDateTime(iso: string, locale: Locale = 'id'): string {
  const instant = parseInstant(iso)
  if (!instant) return iso
  const { time } = instantToWitaInput(instant)
  return `${formatDate(instant, locale)} ${locale === 'id' ? time.replace(':', '.') : time} WITA`
}

/** A coverage period: "2023" stays a year; "2023-02" -> "Februari 2023". */
export function formatPeriod(period: string, locale: Locale = 'id'): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period)
  if (!m) return period
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1))
  return dateFormat(intlLocale(locale), {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}

/**
 * Parse a number typed or imported in either convention: "46,44", "46.44", "41.120",
 * "1.400.000", "1,400,000", "12 000". Returns null for anything that is not a number.
 * Indonesian writing first: a single dot followed by exactly three digits is a thousands
 * separator ("41.120"), a single comma is always a decimal comma ("46,44", "1,400").
 */
export function parseLocaleNumber(raw: string | number | null | undefined): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null
  if (raw == null) return null
  let s = String(raw)
    .trim()
    .replace(/[\s\u00a0\u202f]/g, '')
  if (s === '') return null
  let sign = 1
  if (/^[-−]/.test(s)) {
    sign = -1
    s = s.slice(1)
  }
  if (!/^[0-9.,]+$/.test(s)) return null
  const dots = (s.match(/\./g) ?? []).length
  const commas = (s.match(/,/g) ?? []).length
  let normalized: string
  if (dots > 0 && commas > 0) {
    // Both present: the last one is the decimal separator.
    const decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.'
    const thousands = decimal === ',' ? '.' : ','
    if (!thousandsGroupingValid(s.slice(0, s.lastIndexOf(decimal)), thousands)) return null
    if ((s.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return null
    normalized = s.split(thousands).join('').replace(decimal, '.')
  } else if (dots > 1 || commas > 1) {
    const sep = dots > 1 ? '.' : ','
    if (!thousandsGroupingValid(s, sep)) return null
    normalized = s.split(sep).join('')
  } else if (dots === 1) {
    // "41.120" is forty-one thousand in Indonesian writing; "46.44" is a decimal.
    normalized = /^\d{1,3}\.\d{3}$/.test(s) ? s.replace('.', '') : s
  } else if (commas === 1) {
    normalized = s.replace(',', '.')
  } else {
    normalized = s
  }
  if (!/^\d+(\.\d+)?$/.test(normalized)) return null
  const value = sign * Number(normalized)
  return Number.isFinite(value) ? value : null
}

function thousandsGroupingValid(s: string, sep: string): boolean {
  const groups = s.split(sep)
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g))
}
