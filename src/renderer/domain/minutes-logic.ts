/**
 * Pure rules of a meeting's minutes (notulen): the day's attendance checklist, draft and
 * final, and corrections. Final locks what the minutes record (agenda minutes, decisions,
 * action items, attendance); a later change to any of it is a correction that says who, when,
 * what and why. The write path enforces this (db/minutes-guard.ts); screens build the
 * corrections with correctionFor. No React, Dexie or DOM here.
 */
import { formatDate, formatDateTime } from '../../shared/format'
import type { Locale } from '../../shared/format'
import type { Instant } from '../../shared/time'
import type {
  Attendance,
  CorrectedTable,
  Flag,
  Meeting,
  MinutesCorrection,
  MinutesPartTable,
  Presence,
} from '../db/types'
import { isLive } from '../db/live'

// ---------------------------------------------------------------------------------------
// Attendance on the day

/** The checklist value: recorded, or read from `attended` on older rows (null: not yet). */
export function presenceOf(row: Pick<Attendance, 'presence' | 'attended'>): Presence | null {
  if (row.presence) return row.presence
  return row.presence === null ? null : row.attended === 1 ? 'hadir' : null
}

/** The fields one checklist choice writes: `attended` follows the choice. */
export function presencePatch(presence: Presence | null): {
  presence: Presence | null
  attended: Flag
} {
  return { presence, attended: presence === 'hadir' || presence === 'diwakili' ? 1 : 0 }
}

export interface PresenceCounts {
  listed: number
  invited: number
  /** Came in person. */
  present: number
  represented: number
  absent: number
  /** Nothing recorded yet. */
  open: number
  /** Came (or sent someone) without being invited. */
  uninvited: number
}

export function presenceCounts(rows: Attendance[]): PresenceCounts {
  const c: PresenceCounts = {
    listed: 0,
    invited: 0,
    present: 0,
    represented: 0,
    absent: 0,
    open: 0,
    uninvited: 0,
  }
  for (const r of rows) {
    if (!isLive(r)) continue
    c.listed++
    if (r.invited === 1) c.invited++
    const p = presenceOf(r)
    if (p === 'hadir') c.present++
    else if (p === 'diwakili') c.represented++
    else if (p === 'tidak_hadir') c.absent++
    else c.open++
    if (r.invited === 0 && (p === 'hadir' || p === 'diwakili')) c.uninvited++
  }
  return c
}

// ---------------------------------------------------------------------------------------
// Draft and final

export function isFinal(meeting: Pick<Meeting, 'minutesStatus'> | undefined | null): boolean {
  return meeting?.minutesStatus === 'final'
}

/** The fields that make minutes final. */
export function finalisePatch(
  at: Instant,
  by: string,
): Pick<Meeting, 'minutesStatus' | 'finalisedAt' | 'finalisedBy'> {
  return { minutesStatus: 'final', finalisedAt: at, finalisedBy: by }
}

/**
 * Fields that follow the meeting up rather than record it: closing an action item at a later
 * meeting, or linking the commitment a pledge became, is never a correction of the minutes.
 */
export const FOLLOW_UP_FIELDS: Record<MinutesPartTable, readonly string[]> = {
  agendaItems: [],
  attendance: [],
  decisions: ['commitmentId'],
  actionItems: ['status', 'commitmentId'],
}

/** RecordMeta is stamped by the write path; it is never what the minutes say. */
const META = new Set([
  'id',
  'createdAt',
  'createdBy',
  'updatedAt',
  'updatedBy',
  'updatedOn',
  'rev',
  'isSample',
  'deletedAt',
])

type Row = Record<string, unknown>

/** A stored value as text for a correction ('' for none). */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return ''
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  return JSON.stringify(v)
}

export interface LockedChange {
  action: MinutesCorrection['action']
  changes: MinutesCorrection['changes']
}

/**
 * What a write changes in what final minutes record, or null when it changes nothing they
 * record (a follow-up field, or nothing at all). `before` is the stored row (undefined for a
 * new one); a row moved to the trash is a deletion, one brought back a new entry.
 */
export function lockedChange(
  table: MinutesPartTable,
  before: Row | undefined,
  after: Row,
): LockedChange | null {
  const wasLive = !!before && isLive(before)
  const isNowLive = isLive(after)
  if (!wasLive && !isNowLive) return null
  const follow = new Set(FOLLOW_UP_FIELDS[table])
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after)])].filter(
    (f) => !META.has(f) && !follow.has(f),
  )
  const changes = fields
    .map((field) => ({
      field,
      before: wasLive ? valueText(before![field]) : '',
      after: isNowLive ? valueText(after[field]) : '',
    }))
    .filter((c) => c.before !== c.after)
  if (wasLive && !isNowLive) return { action: 'delete', changes }
  if (!wasLive) return { action: 'create', changes }
  return changes.length ? { action: 'update', changes } : null
}

/** The correction entry for a change (null when the change needs none). */
export function correctionFor(args: {
  table: MinutesPartTable
  recordId: string
  before: Row | undefined
  after: Row
  subject: string
  reason: string
  at: Instant
  by: string
}): MinutesCorrection | null {
  const change = lockedChange(args.table, args.before, args.after)
  return change && correctionEntry({ ...args, ...change })
}

/** A correction as stored: subject and values cut to the schema's lengths, the reason trimmed. */
function correctionEntry(c: MinutesCorrection): MinutesCorrection {
  return {
    at: c.at,
    by: c.by,
    table: c.table,
    recordId: c.recordId,
    action: c.action,
    subject: c.subject.slice(0, 2000),
    changes: c.changes.map((ch) => ({
      field: ch.field,
      before: ch.before.slice(0, 4000),
      after: ch.after.slice(0, 4000),
    })),
    reason: c.reason.trim(),
  }
}

/**
 * The meeting's own fields that the notulen's heading records (what, when, where, by whom,
 * for which regions). Final locks them as it locks the parts; its planning notes and its
 * series stay free.
 */
export const MEETING_RECORD_FIELDS = [
  'kind',
  'title',
  'startsOn',
  'startsAt',
  'datePrecision',
  'endsAt',
  'venue',
  'organiser',
  'regionIds',
] as const

/** What a change of the meeting changes in what its notulen record ([] for nothing). */
export function meetingRecordChanges(
  before: Partial<Meeting>,
  after: Partial<Meeting>,
): MinutesCorrection['changes'] {
  return MEETING_RECORD_FIELDS.map((field) => ({
    field,
    before: valueText(before[field]),
    after: valueText(after[field]),
  })).filter((c) => c.before !== c.after)
}

/** The correction for a change of a final meeting's own fields (null when it needs none). */
export function meetingCorrectionFor(args: {
  before: Meeting
  after: Partial<Meeting>
  reason: string
  at: Instant
  by: string
}): MinutesCorrection | null {
  const changes = meetingRecordChanges(args.before, { ...args.before, ...args.after })
  if (!changes.length) return null
  return correctionEntry({
    at: args.at,
    by: args.by,
    table: 'meetings',
    recordId: args.before.id,
    action: 'update',
    subject: args.before.title,
    changes,
    reason: args.reason,
  })
}

/** Whether the corrections a new version adds (beyond the stored ones) name this record. */
export function correctionRecorded(
  stored: Pick<Meeting, 'corrections'>,
  next: Pick<Meeting, 'corrections'> | undefined,
  table: CorrectedTable,
  recordId: string,
): boolean {
  const added = (next?.corrections ?? []).slice((stored.corrections ?? []).length)
  return added.some((c) => c.table === table && c.recordId === recordId)
}

/**
 * Why a change of a meeting whose minutes are final is refused (null when it is allowed):
 * final stays final, and corrections are only ever added to.
 */
export function finalMeetingProblem(
  stored: Pick<Meeting, 'minutesStatus' | 'corrections' | 'finalisedAt' | 'finalisedBy'>,
  next: Pick<Meeting, 'minutesStatus' | 'corrections' | 'finalisedAt' | 'finalisedBy'>,
): string | null {
  if (!isFinal(stored)) return null
  if (!isFinal(next) || next.finalisedAt !== stored.finalisedAt)
    return 'notulen yang sudah final tidak bisa dikembalikan ke draf; ubahan dicatat sebagai koreksi'
  const old = stored.corrections ?? []
  const now = next.corrections ?? []
  if (now.length < old.length || JSON.stringify(now.slice(0, old.length)) !== JSON.stringify(old))
    return 'koreksi notulen yang sudah tercatat tidak bisa diubah atau dihapus'
  return null
}

// ---------------------------------------------------------------------------------------
// Corrections in words (the meeting page and the notulen)

const FIELD_WORDS: Record<string, { id: string; en: string }> = {
  text: { id: 'Isi', en: 'Text' },
  owner: { id: 'Penanggung jawab', en: 'Owner' },
  dueDate: { id: 'Batas waktu', en: 'Due date' },
  title: { id: 'Acara', en: 'Item' },
  presenter: { id: 'Penyaji', en: 'Presenter' },
  minutes: { id: 'Durasi (menit)', en: 'Duration (minutes)' },
  outcome: { id: 'Hasil pembahasan', en: 'Minutes of the item' },
  order: { id: 'Urutan', en: 'Order' },
  invited: { id: 'Diundang', en: 'Invited' },
  attended: { id: 'Hadir', en: 'Attended' },
  presence: { id: 'Kehadiran', en: 'Attendance' },
  representative: { id: 'Diwakili oleh', en: 'Represented by' },
  note: { id: 'Catatan', en: 'Note' },
  agendaItemId: { id: 'Agenda', en: 'Agenda item' },
  stakeholderId: { id: 'Pemangku kepentingan', en: 'Stakeholder' },
  meetingId: { id: 'Kegiatan', en: 'Meeting' },
  kind: { id: 'Jenis', en: 'Kind' },
  startsOn: { id: 'Tanggal', en: 'Date' },
  startsAt: { id: 'Waktu mulai', en: 'Start' },
  endsAt: { id: 'Waktu selesai', en: 'End' },
  venue: { id: 'Tempat', en: 'Venue' },
  organiser: { id: 'Penyelenggara', en: 'Organiser' },
  regionIds: { id: 'Wilayah', en: 'Regions' },
}

const TABLE_WORDS: Record<CorrectedTable, { id: string; en: string }> = {
  meetings: { id: 'Kegiatan', en: 'Meeting' },
  agendaItems: { id: 'Agenda', en: 'Agenda item' },
  attendance: { id: 'Kehadiran', en: 'Attendance' },
  decisions: { id: 'Keputusan', en: 'Decision' },
  actionItems: { id: 'Tindak lanjut', en: 'Action item' },
}

const PRESENCE_WORDS: Record<Presence, { id: string; en: string }> = {
  hadir: { id: 'hadir', en: 'attended' },
  diwakili: { id: 'diwakili', en: 'sent a representative' },
  tidak_hadir: { id: 'tidak hadir', en: 'absent' },
}

/** Ids of other records and fields the attendance keeps in step say nothing to a reader. */
const UNSPOKEN = new Set([
  'attended',
  'meetingId',
  'agendaItemId',
  'stakeholderId',
  // A change of precision shows in the date itself.
  'datePrecision',
])

function valueWords(field: string, value: string, locale: Locale): string {
  if (value === '') return locale === 'id' ? '(kosong)' : '(empty)'
  if (field === 'presence' && value in PRESENCE_WORDS)
    return PRESENCE_WORDS[value as Presence][locale]
  if (field === 'invited')
    return value === '1' ? (locale === 'id' ? 'ya' : 'yes') : locale === 'id' ? 'tidak' : 'no'
  if (field === 'dueDate' || field === 'startsOn') return formatDate(value, locale)
  if (field === 'startsAt' || field === 'endsAt') return formatDateTime(value, locale)
  if (field === 'regionIds') {
    try {
      const ids = JSON.parse(value) as unknown
      if (Array.isArray(ids)) return ids.length ? ids.join(', ') : valueWords('', '', locale)
    } catch {
      // not a stored list: shown as it is
    }
  }
  return `"${value}"`
}

/**
 * What a correction changed, in words: `Keputusan "…": Penanggung jawab dari "A" menjadi "B"`.
 * When the changed text is the subject itself, the subject is not repeated.
 */
export function correctionText(c: MinutesCorrection, locale: Locale = 'id'): string {
  const table = TABLE_WORDS[c.table][locale]
  const head = `${table} "${c.subject}"`
  if (c.action === 'delete') return `${head} ${locale === 'id' ? 'dihapus' : 'removed'}`
  if (c.action === 'create') return `${head} ${locale === 'id' ? 'ditambahkan' : 'added'}`
  const spoken = c.changes.filter((ch) => !UNSPOKEN.has(ch.field))
  const [from, to] = locale === 'id' ? ['dari', 'menjadi'] : ['from', 'to']
  const parts = spoken.map(
    (ch) =>
      `${FIELD_WORDS[ch.field]?.[locale] ?? ch.field} ${from} ${valueWords(ch.field, ch.before, locale)} ${to} ${valueWords(ch.field, ch.after, locale)}`,
  )
  if (!parts.length) return head
  const restatesSubject = spoken.some((ch) => ch.before === c.subject)
  return `${restatesSubject ? table : head}: ${parts.join('; ')}`
}
