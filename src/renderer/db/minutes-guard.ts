/**
 * Final minutes stay as adopted: a write that changes what a final meeting's minutes record
 * (its agenda minutes, decisions, action items, attendance, and the meeting's own title, date,
 * venue, organiser and regions) must carry, in the same batch, a
 * correction on the meeting naming that record; a final meeting never goes back to draft and
 * its corrections are only added to. Run by writeBatch inside its transaction, before
 * anything is stored, for writes made on this laptop (a form or an import). The exchange, a
 * restore and the sample bring versions made elsewhere, corrections included, as they are.
 */
import type { SimpulDexie } from './database'
import type { Meeting, MinutesPartTable, UserTableName, WriteSource } from './types'
import { MINUTES_PART_TABLES } from './types'
import {
  correctionRecorded,
  finalMeetingProblem,
  isFinal,
  lockedChange,
  meetingRecordChanges,
} from '../domain/minutes-logic'

type Row = Record<string, unknown> & { id: string }

export class MinutesLockedError extends Error {
  override name = 'MinutesLockedError'
}

const GUARDED_SOURCES: readonly WriteSource[] = ['user', 'import']

const PART_WORDS: Record<MinutesPartTable, string> = {
  agendaItems: 'agenda',
  attendance: 'kehadiran',
  decisions: 'keputusan',
  actionItems: 'tindak lanjut',
}

/** Throws a MinutesLockedError (Indonesian message) to refuse the whole batch. */
export async function checkFinalMinutes(
  db: SimpulDexie,
  source: WriteSource,
  written: ReadonlyMap<UserTableName, ReadonlyMap<string, Row>>,
): Promise<void> {
  if (!GUARDED_SOURCES.includes(source)) return
  const meetingsWritten = (written.get('meetings') ?? new Map()) as ReadonlyMap<
    string,
    Meeting & Row
  >
  const parts = MINUTES_PART_TABLES.filter((t) => written.get(t)?.size)
  if (!meetingsWritten.size && !parts.length) return

  const storedParts = new Map<MinutesPartTable, Map<string, Row | undefined>>()
  const meetingIds = new Set<string>(meetingsWritten.keys())
  for (const table of parts) {
    const rows = [...written.get(table)!.values()]
    const stored = (await db.table(table).bulkGet(rows.map((r) => r.id))) as (Row | undefined)[]
    storedParts.set(table, new Map(rows.map((r, i) => [r.id, stored[i]])))
    for (const r of rows) meetingIds.add(String(r.meetingId))
    for (const s of stored) if (s) meetingIds.add(String(s.meetingId))
  }
  const ids = [...meetingIds]
  const storedMeetings = new Map(
    ((await db.meetings.bulkGet(ids)) as (Meeting | undefined)[]).map((m, i) => [ids[i]!, m]),
  )

  for (const [id, next] of meetingsWritten) {
    const stored = storedMeetings.get(id)
    const problem = stored ? finalMeetingProblem(stored, next) : null
    if (problem)
      throw new MinutesLockedError(
        `Tidak disimpan: kegiatan "${stored!.title}": ${problem}. Tidak ada yang diubah.`,
      )
    if (
      stored &&
      isFinal(stored) &&
      meetingRecordChanges(stored, next).length &&
      !correctionRecorded(stored, next, 'meetings', id)
    )
      throw new MinutesLockedError(
        `Tidak disimpan: notulen kegiatan "${stored.title}" sudah final. Perubahan judul, tanggal, tempat, penyelenggara atau wilayahnya dicatat sebagai koreksi (dengan alasan) dari formulir kegiatan. Tidak ada yang diubah.`,
      )
  }
  for (const table of parts) {
    for (const row of written.get(table)!.values()) {
      const before = storedParts.get(table)!.get(row.id)
      for (const meetingId of new Set([
        String(row.meetingId),
        String(before?.meetingId ?? row.meetingId),
      ])) {
        const meeting = storedMeetings.get(meetingId)
        if (!meeting || !isFinal(meeting)) continue
        if (!lockedChange(table, before, row)) continue
        if (correctionRecorded(meeting, meetingsWritten.get(meetingId), table, row.id)) continue
        throw new MinutesLockedError(
          `Tidak disimpan: notulen kegiatan "${meeting.title}" sudah final. Perubahan ${PART_WORDS[table]} dicatat sebagai koreksi (dengan alasan) dari halaman kegiatan. Tidak ada yang diubah.`,
        )
      }
    }
  }
}
