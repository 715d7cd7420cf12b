/**
 * The one owner of time. Pure: no DOM, no Dexie, no machine time zone (nothing here reads
 * the laptop's zone; WITA is computed, so a laptop set to UTC or Jakarta gives the same
 * answers).
 *
 * The rules:
 *
 * 1. An instant (a moment: when a record changed, when a timed meeting starts) is stored in
 *    exactly one form, the one `Date.prototype.toISOString()` writes:
 *    `YYYY-MM-DDTHH:mm:ss.sssZ`, in UTC. That form sorts as a string in time order, so
 *    indexes and `<` on stored instants are right. Anything else (`+08:00`, no
 *    milliseconds) is converted with `parseInstant` at the boundary and never stored.
 * 2. A calendar date (`CalendarDay`, `YYYY-MM-DD`) is a date in WITA (Asia/Makassar,
 *    UTC+8 all year, no daylight saving), where the users live. It is not an instant and
 *    is never sliced out of one: the day of an instant is `witaDay(i)`, whose answer
 *    differs from the UTC day between 00.00 and 08.00 WITA (16.00 to 24.00 UTC).
 * 3. A date known only to the day or only to the year is a `KnownDate`: `YYYY-MM-DD` or
 *    `YYYY`. It has no time and no zone, so it cannot be read as an instant (parseInstant
 *    refuses it, and the types keep it apart from `Instant`). A meeting "in 2023" is
 *    `2023`, not midnight of 1 January WITA, which is 2022 in UTC.
 * 4. "Today" is `todayWita(now)`, with `now` passed in by the caller (render code reads the
 *    clock outside render; tests pass a fixed date).
 * 5. Never slice, split or compare prefixes of a stored instant: the lint rule in
 *    eslint.config.js refuses `.slice()` and friends on `...At` names. Use the functions here.
 */

/** Meetings happen in Kalimantan Selatan: times are shown in WITA (UTC+8). */
export const APP_TIME_ZONE = 'Asia/Makassar'

/** WITA is UTC+8 all year (no daylight saving since 1945), so a fixed offset is exact. */
const WITA_OFFSET_MS = 8 * 3_600_000

declare const brand: unique symbol
/** A moment in canonical form: `2023-02-09T01:00:00.000Z` (UTC, with milliseconds). */
export type Instant = string & { readonly [brand]: 'Instant' }
/** A WITA calendar date, `2023-02-09`. Not an instant. */
export type CalendarDay = string & { readonly [brand]: 'CalendarDay' }
/** A year, `2023`, when that is all a source says. Not an instant. */
export type CalendarYear = string & { readonly [brand]: 'CalendarYear' }
/** A date as far as it is known: to the day (`2023-02-09`) or only to the year (`2023`). */
export type KnownDate = CalendarDay | CalendarYear
/** How much of a date is known: the time of day, the day, or only the year. */
export type DatePrecision = 'time' | 'day' | 'year'

const CANONICAL_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/
const ISO_RE =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)$/
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const YEAR_RE = /^\d{4}$/

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')

/** The canonical form of a valid Date. Throws RangeError on an invalid one. */
export function toInstant(date: Date): Instant {
  return date.toISOString() as Instant
}

/** Now, as an instant. `now` is for tests and callers that already read the clock. */
export function nowInstant(now: Date = new Date()): Instant {
  return toInstant(now)
}

/**
 * Time order of two stored instants (canonical form sorts as text, by code point; never
 * localeCompare, whose collation is not time order). For Array.prototype.sort.
 */
export function compareInstants(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** True only for the one stored form, and only for a real moment (no 30 February). */
export function isCanonicalInstant(s: unknown): s is Instant {
  return typeof s === 'string' && CANONICAL_RE.test(s) && parseInstant(s) === s
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

/**
 * Any ISO 8601 date-time with a zone (`Z`, `+08:00`, `-0500`, `+08`) to the canonical form;
 * null for anything else, including a date without a time or a time without a zone (whose
 * moment depends on the machine reading it), and impossible dates or times.
 */
export function parseInstant(s: string): Instant | null {
  if (typeof s !== 'string') return null
  const m = ISO_RE.exec(s.trim())
  if (!m) return null
  const [, ys, mos, ds, hs, mins, ss, frac, zone] = m
  const y = Number(ys)
  const mo = Number(mos)
  const d = Number(ds)
  const h = Number(hs)
  const mi = Number(mins)
  const sec = ss === undefined ? 0 : Number(ss)
  if (!validDay(y, mo, d) || h > 23 || mi > 59 || sec > 59) return null
  const ms = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000)
  let offsetMin = 0
  if (zone !== 'Z' && zone !== 'z') {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone!)!
    const oh = Number(z[2])
    const om = z[3] === undefined ? 0 : Number(z[3])
    if (oh > 14 || om > 59) return null
    offsetMin = (z[1] === '-' ? -1 : 1) * (oh * 60 + om)
  }
  // setUTCFullYear takes years below 100 literally (Date.UTC would read 0023 as 1923).
  const date = new Date(0)
  date.setUTCFullYear(y, mo - 1, d)
  date.setUTCHours(h, mi - offsetMin, sec, ms)
  return Number.isNaN(date.getTime()) ? null : toInstant(date)
}

/** The wall clock in WITA as UTC fields of a shifted Date (only ever read with getUTC*). */
const witaFields = (i: Instant): Date => new Date(Date.parse(i) + WITA_OFFSET_MS)

/** The WITA calendar date of an instant: 2023-12-31T16:00:00.000Z is 2024-01-01. */
export function witaDay(i: Instant): CalendarDay {
  const w = witaFields(i)
  return `${pad(w.getUTCFullYear(), 4)}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}` as CalendarDay
}

/** The WITA day of a stored instant given as a plain string (RecordMeta fields); null if it is none. */
export function witaDayOf(s: string): CalendarDay | null {
  const i = parseInstant(s)
  return i ? witaDay(i) : null
}

/** 'YYYY-MM' of an instant in WITA. */
export function witaMonth(i: Instant): string {
  return witaDay(i).slice(0, 7)
}

/** 'YYYY' of an instant in WITA (2022-12-31T16:00:00.000Z is 2023). */
export function witaYear(i: Instant): CalendarYear {
  return witaDay(i).slice(0, 4) as CalendarYear
}

/** Today's calendar date in WITA, where the users work; call it outside render. */
export function todayWita(now: Date): CalendarDay {
  return witaDay(toInstant(now))
}

/** A real calendar date 'YYYY-MM-DD' (2023-02-30 is refused), or null. */
export function parseCalendarDay(s: string): CalendarDay | null {
  const m = DAY_RE.exec(s)
  if (!m || !validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return null
  return s as CalendarDay
}

/** A four-digit year, or null. */
export function parseCalendarYear(s: string): CalendarYear | null {
  return YEAR_RE.test(s) ? (s as CalendarYear) : null
}

/** A KnownDate ('YYYY-MM-DD' or 'YYYY'), or null. */
export function parseKnownDate(s: string): KnownDate | null {
  return parseCalendarDay(s) ?? parseCalendarYear(s)
}

/** The year of a known date: '2023-02-09' and '2023' are both 2023. */
export function yearOfDay(day: KnownDate): CalendarYear {
  return day.slice(0, 4) as CalendarYear
}

/** Whether a known date is only a year. */
export function isYearOnly(d: KnownDate): d is CalendarYear {
  return d.length === 4
}

/** What is known of an instant's date at a precision: its WITA day, or only its WITA year. */
export function knownDateOf(i: Instant, precision: DatePrecision): KnownDate {
  return precision === 'year' ? witaYear(i) : witaDay(i)
}

/**
 * Form fields (a WITA date and 'HH:mm' WITA) to an instant. Throws RangeError on a date or
 * time that does not exist, so a bad form value cannot be stored as some other moment.
 */
export function witaInputToInstant(day: string, time: string): Instant {
  const d = parseCalendarDay(day)
  if (!d || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time))
    throw new RangeError(`Bukan tanggal dan jam WITA: ${day} ${time}`)
  return parseInstant(`${d}T${time}:00+08:00`)!
}

/** An instant back to the WITA date and 'HH:mm' the form shows. */
export function instantToWitaInput(i: Instant): { day: CalendarDay; time: string } {
  const w = witaFields(i)
  return { day: witaDay(i), time: `${pad(w.getUTCHours())}:${pad(w.getUTCMinutes())}` }
}

/**
 * An instant as a WITA wall-clock stamp for file names, 'YYYY-MM-DDTHH-mm-ss-SSS': sortable,
 * safe on every file system, and dated the day the user saw on their clock.
 */
export function witaFileStamp(i: Instant): string {
  const w = witaFields(i)
  return `${witaDay(i)}T${pad(w.getUTCHours())}-${pad(w.getUTCMinutes())}-${pad(w.getUTCSeconds())}-${pad(w.getUTCMilliseconds(), 3)}`
}
