/**
 * Reading meetings: plain async functions over the indexes, with the React hooks beside them.
 * Screens call the hooks; the briefing, the region profile and the tests call the functions.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { liveOnly } from '../../db/live'
import { byStartDescending } from '../../domain/meeting-logic'
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  Commitment,
  Committee,
  Decision,
  Meeting,
  Region,
  Stakeholder,
} from '../../db/types'

/** Newest first (the date as far as known, then the time, then the id). */
const newestFirst = byStartDescending

/** Every live meeting, newest first. */
export async function liveMeetings(db: SimpulDexie): Promise<Meeting[]> {
  return liveOnly(await db.meetings.toArray()).sort(newestFirst)
}

/** The live meetings that name a region, newest first. */
export async function meetingsOfRegion(db: SimpulDexie, regionId: string): Promise<Meeting[]> {
  return liveOnly(await db.meetings.where('regionIds').equals(regionId).toArray()).sort(newestFirst)
}

export function getMeeting(db: SimpulDexie, id: string): Promise<Meeting | undefined> {
  return db.meetings.get(id)
}

export interface MeetingsWithAttendance {
  meetings: Meeting[]
  attendance: Attendance[]
}

export async function loadMeetingsWithAttendance(db: SimpulDexie): Promise<MeetingsWithAttendance> {
  const [meetings, attendance] = await Promise.all([liveMeetings(db), db.attendance.toArray()])
  return { meetings, attendance }
}

export type MeetingDetail =
  | { meeting: null }
  | {
      meeting: Meeting
      agenda: AgendaItem[]
      attendance: Attendance[]
      decisions: Decision[]
      actions: ActionItem[]
      stakeholders: Stakeholder[]
      committees: Committee[]
      regions: (Region | undefined)[]
      /** The meetings of its series (itself included) and their action items. */
      series: Meeting[]
      seriesActions: ActionItem[]
    }

/** A meeting with its parts, its series and the series' action items. */
export async function loadMeetingDetail(db: SimpulDexie, id: string): Promise<MeetingDetail> {
  const meeting = await db.meetings.get(id)
  if (!meeting) return { meeting: null }
  const [agenda, attendance, decisions, actions, stakeholders, committees, regions] =
    await Promise.all([
      db.agendaItems.where('meetingId').equals(id).toArray(),
      db.attendance.where('meetingId').equals(id).toArray(),
      db.decisions.where('meetingId').equals(id).toArray(),
      db.actionItems.where('meetingId').equals(id).toArray(),
      db.stakeholders.toArray(),
      db.committees.toArray(),
      db.regions.bulkGet(meeting.regionIds),
    ])
  const series = meeting.seriesId
    ? await db.meetings.where('seriesId').equals(meeting.seriesId).toArray()
    : []
  const seriesActions = series.length
    ? await db.actionItems
        .where('meetingId')
        .anyOf(series.map((m) => m.id))
        .toArray()
    : []
  return {
    meeting,
    agenda,
    attendance,
    decisions,
    actions,
    stakeholders,
    committees: liveOnly(committees),
    regions,
    series,
    seriesActions,
  }
}

export function useLiveMeetings(): Meeting[] | undefined {
  const { db } = useServices()
  return useLiveQuery(() => liveMeetings(db), [db])
}

export function useAllMeetings(): Meeting[] | undefined {
  const { db } = useServices()
  return useLiveQuery(() => db.meetings.toArray(), [db])
}

export function useMeeting(id: string): Meeting | undefined {
  const { db } = useServices()
  return useLiveQuery(() => getMeeting(db, id), [db, id])
}

export function useMeetingsWithAttendance(): MeetingsWithAttendance | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadMeetingsWithAttendance(db), [db])
}

export function useMeetingDetail(id: string): MeetingDetail | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadMeetingDetail(db, id), [db, id])
}

/** What the filled notulen is built from: the meeting's detail and the commitments made at it. */
export type NotulenSource = Extract<MeetingDetail, { meeting: Meeting }> & {
  commitments: Commitment[]
  /** Regions of the commitments (for their names). */
  commitmentRegions: Region[]
}

export async function loadNotulenSource(
  db: SimpulDexie,
  id: string,
): Promise<NotulenSource | null> {
  const detail = await loadMeetingDetail(db, id)
  if (!detail.meeting) return null
  const commitments = liveOnly(await db.commitments.where('meetingId').equals(id).toArray())
  const regionIds = [...new Set(commitments.map((c) => c.regionId))]
  const commitmentRegions = (await db.regions.bulkGet(regionIds)).filter((r): r is Region => !!r)
  return { ...detail, commitments, commitmentRegions }
}
