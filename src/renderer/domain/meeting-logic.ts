/**
 * Pure rules about meetings: how their date is shown given what the source knew, how a
 * series links meetings up, and which action items carry over to the next meeting of the
 * series until they are closed. No React, Dexie or DOM here.
 */
import { formatDate, formatDateTime, type Locale } from '../../shared/format'
import {
  compareInstants,
  parseCalendarDay,
  parseCalendarYear,
  witaDay,
  witaInputToInstant,
  yearOfDay,
  type CalendarYear,
  type DatePrecision,
} from '../../shared/time'
import type { ActionItem, AgendaItem, Attendance, Meeting } from '../db/types'
import { isLive } from '../db/live'

type MeetingDate = Pick<Meeting, 'startsOn' | 'startsAt' | 'datePrecision'>

/**
 * A meeting's date as far as it is known: "9 Februari 2023 09.00 WITA", "9 Februari 2023",
 * or "2020 (tanggal tidak disebut)" when the source gave only the year. Never a fake day.
 */
export function meetingDateLabel(meeting: MeetingDate, locale: Locale = 'id'): string {
  if (meeting.datePrecision === 'year') {
    return `${yearOfDay(meeting.startsOn)} (${locale === 'id' ? 'tanggal tidak disebut' : 'date not stated'})`
  }
  if (meeting.datePrecision === 'time' && meeting.startsAt)
    return formatDateTime(meeting.startsAt, locale)
  return formatDate(meeting.startsOn, locale)
}

/** The WITA year of a meeting, whatever its precision. */
export function meetingYear(meeting: Pick<Meeting, 'startsOn'>): CalendarYear {
  return yearOfDay(meeting.startsOn)
}

/** What the form gives for a meeting's date. */
export interface MeetingDateInput {
  precision: DatePrecision
  /** WITA date 'YYYY-MM-DD' (for 'time' and 'day'). */
  day: string
  /** WITA 'HH:mm' (for 'time'). */
  time: string
  /** 'YYYY' (for 'year'). */
  year: string
}

/**
 * The stored date fields of a meeting from the form: the known date, and the instant only
 * when the time of day is known. Null when the fields do not make a real date.
 */
export function meetingDateFields(
  input: MeetingDateInput,
): Pick<Meeting, 'startsOn' | 'startsAt' | 'datePrecision'> | null {
  if (input.precision === 'year') {
    const year = parseCalendarYear(input.year.trim())
    return year ? { startsOn: year, startsAt: null, datePrecision: 'year' } : null
  }
  const day = parseCalendarDay(input.day)
  if (!day) return null
  if (input.precision === 'day') return { startsOn: day, startsAt: null, datePrecision: 'day' }
  try {
    const startsAt = witaInputToInstant(day, input.time)
    return { startsOn: witaDay(startsAt), startsAt, datePrecision: 'time' }
  } catch {
    return null
  }
}

const codepoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const live = <T extends { deletedAt?: string }>(rows: T[]): T[] => rows.filter(isLive)

/**
 * Oldest first: by WITA date (a year-only meeting before the days of its year, a day-only
 * meeting before the timed ones of its day), then by start time, then by id.
 */
export function byStart(
  a: Pick<Meeting, 'startsOn' | 'startsAt' | 'id'>,
  b: Pick<Meeting, 'startsOn' | 'startsAt' | 'id'>,
): number {
  return (
    codepoint(a.startsOn, b.startsOn) ||
    codepoint(a.startsAt ?? '', b.startsAt ?? '') ||
    a.id.localeCompare(b.id)
  )
}

/** Newest first (the reverse of byStart). */
export const byStartDescending = (
  a: Pick<Meeting, 'startsOn' | 'startsAt' | 'id'>,
  b: Pick<Meeting, 'startsOn' | 'startsAt' | 'id'>,
): number => byStart(b, a)

/** The meetings of one series, oldest first. */
export function seriesMeetings(meetings: Meeting[], seriesId: string | null): Meeting[] {
  if (!seriesId) return []
  return live(meetings)
    .filter((m) => m.seriesId === seriesId)
    .sort(byStart)
}

/** The meeting of the same series held just before this one, if any. */
export function previousInSeries(meetings: Meeting[], meeting: Meeting): Meeting | null {
  const series = seriesMeetings(meetings, meeting.seriesId)
  const earlier = series.filter((m) => byStart(m, meeting) < 0)
  return earlier[earlier.length - 1] ?? null
}

export interface CarriedAction {
  item: ActionItem
  fromMeeting: Meeting
}

/**
 * Open action items from earlier meetings of the same series: they stay on every later
 * meeting's list until someone marks them done or cancelled (4minitz's carry-over).
 */
export function carriedOverActions(
  meetings: Meeting[],
  actions: ActionItem[],
  meeting: Meeting,
): CarriedAction[] {
  const earlier = new Map(
    seriesMeetings(meetings, meeting.seriesId)
      .filter((m) => byStart(m, meeting) < 0)
      .map((m) => [m.id, m]),
  )
  return live(actions)
    .filter((a) => a.status === 'terbuka' && earlier.has(a.meetingId))
    .map((item) => ({ item, fromMeeting: earlier.get(item.meetingId)! }))
    .sort(
      (a, b) =>
        byStart(a.fromMeeting, b.fromMeeting) ||
        (a.item.dueDate ?? '9999').localeCompare(b.item.dueDate ?? '9999'),
    )
}

export interface SeriesOption {
  seriesId: string
  seriesName: string
  count: number
}

/** The series already in use, by name, for the form's picker. */
export function seriesOptions(meetings: Meeting[]): SeriesOption[] {
  const map = new Map<string, SeriesOption>()
  for (const m of live(meetings)) {
    if (!m.seriesId) continue
    const o = map.get(m.seriesId) ?? { seriesId: m.seriesId, seriesName: m.seriesName, count: 0 }
    o.count += 1
    map.set(m.seriesId, o)
  }
  return [...map.values()].sort((a, b) => a.seriesName.localeCompare(b.seriesName, 'id'))
}

/**
 * A typed series name joins the existing series of that name (case and spacing ignored) or
 * starts a new one; an empty name means a one-off meeting.
 */
export function resolveSeries(
  name: string,
  meetings: Meeting[],
  newId: () => string,
): { seriesId: string | null; seriesName: string } {
  const clean = name.trim().replace(/\s+/g, ' ')
  if (!clean) return { seriesId: null, seriesName: '' }
  const found = seriesOptions(meetings).find(
    (o) => o.seriesName.trim().toLowerCase() === clean.toLowerCase(),
  )
  return found
    ? { seriesId: found.seriesId, seriesName: found.seriesName }
    : { seriesId: newId(), seriesName: clean }
}

export function sortedAgenda(items: AgendaItem[]): AgendaItem[] {
  return live(items).sort((a, b) => a.order - b.order || compareInstants(a.createdAt, b.createdAt))
}

export function nextAgendaOrder(items: AgendaItem[]): number {
  return live(items).reduce((max, i) => Math.max(max, i.order), 0) + 1
}

/** Total minutes allotted, and the end time of the agenda when the start is known. */
export function agendaMinutes(items: AgendaItem[]): number {
  return live(items).reduce((sum, i) => sum + (i.minutes ?? 0), 0)
}

/** New order values after moving one agenda item up or down (only changed items returned). */
export function moveAgendaItem(
  items: AgendaItem[],
  id: string,
  direction: -1 | 1,
): { id: string; order: number }[] {
  const list = sortedAgenda(items)
  const index = list.findIndex((i) => i.id === id)
  const target = index + direction
  if (index < 0 || target < 0 || target >= list.length) return []
  const reordered = [...list]
  const [moved] = reordered.splice(index, 1)
  reordered.splice(target, 0, moved!)
  return reordered
    .map((item, i) => ({ id: item.id, order: i + 1 }))
    .filter((u) => list.find((i) => i.id === u.id)!.order !== u.order)
}

export function attendanceCounts(rows: Attendance[]): {
  invited: number
  attended: number
  uninvitedAttended: number
} {
  const l = live(rows)
  return {
    invited: l.filter((r) => r.invited === 1).length,
    attended: l.filter((r) => r.attended === 1).length,
    uninvitedAttended: l.filter((r) => r.attended === 1 && r.invited === 0).length,
  }
}
