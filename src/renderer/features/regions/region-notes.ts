/** The region profile's notes from meetings. Pure: no React, no Dexie. */
import type { Meeting } from '../../db/types'
import { meetingYear } from '../../domain/meeting-logic'

export interface ProfileNote {
  id: string
  when: string
  text: string
}

/**
 * Notes of meetings about this region in particular (at most two regions), dated by the WITA
 * year of the meeting: a meeting known only as "2023" is 2023, never 2022.
 */
export function meetingNotes(meetings: readonly Meeting[]): ProfileNote[] {
  return meetings
    .filter((m) => m.notes && m.regionIds.length <= 2)
    .map((m) => ({ id: m.id, when: meetingYear(m), text: `${m.title}: ${m.notes}` }))
}
