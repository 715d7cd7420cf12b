/**
 * Writing the parts of a meeting (agenda, attendance, decisions, action items) while its
 * minutes are a draft, or as corrections once they are final: the changes and the correction
 * entries on the meeting go in one batch, so a change never lands without its correction.
 */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { newId } from '../../db/device'
import type { Meeting, MinutesCorrection, MinutesPartTable, RecordInput } from '../../db/types'
import { writeBatch, type Expectation, type WriteOp } from '../../db/write'
import {
  correctionFor,
  finalisePatch,
  isFinal,
  meetingCorrectionFor,
} from '../../domain/minutes-logic'
import { toInstant } from '../../../shared/time'

type Row = Record<string, unknown> & { id: string }

/** One change to a part of the meeting; `subject` names the record as the minutes show it. */
export type PartChange =
  | { op: 'create'; table: MinutesPartTable; data: Record<string, unknown>; subject: string }
  | {
      op: 'update'
      table: MinutesPartTable
      before: Row
      patch: Record<string, unknown>
      subject: string
    }
  | { op: 'softDelete'; table: MinutesPartTable; before: Row; subject: string }

const CHANGED_ELSEWHERE = 'Notulen baru saja diubah di jendela lain. Muat ulang lalu coba lagi.'

export class ReasonRequiredError extends Error {
  override name = 'ReasonRequiredError'
}

/**
 * The meeting's patch that adds corrections, refused without a reason. It is built on the
 * corrections this screen saw, so a correction saved meanwhile in another window is not lost.
 */
function appendCorrections(
  meeting: Meeting,
  corrections: readonly MinutesCorrection[],
  reason: string,
): { patch: Pick<Meeting, 'corrections'>; expect: Expectation } {
  if (!reason.trim())
    throw new ReasonRequiredError(
      'Notulen sudah final: tulis alasan koreksi. Tidak ada yang diubah.',
    )
  return {
    patch: { corrections: [...(meeting.corrections ?? []), ...corrections] },
    expect: { fields: { corrections: meeting.corrections }, message: CHANGED_ELSEWHERE },
  }
}

interface Planned {
  ops: WriteOp[]
  corrections: MinutesCorrection[]
}

/**
 * The write ops for the changes, and the corrections they need (none while the minutes are
 * a draft, or for follow-up fields such as an action item's status).
 */
export function planPartChanges(
  meeting: Meeting,
  changes: readonly PartChange[],
  who: { at: Date; by: string; reason: string },
): Planned {
  const at = toInstant(who.at)
  const final = isFinal(meeting)
  const ops: WriteOp[] = []
  const corrections: MinutesCorrection[] = []
  for (const c of changes) {
    let id: string
    let before: Row | undefined
    let after: Row
    if (c.op === 'create') {
      id = newId()
      ops.push({ op: 'create', table: c.table, id, data: c.data })
      before = undefined
      after = { ...c.data, id }
    } else if (c.op === 'update') {
      id = c.before.id
      ops.push({ op: 'update', table: c.table, id, patch: c.patch })
      before = c.before
      after = { ...c.before, ...c.patch }
    } else {
      id = c.before.id
      ops.push({ op: 'softDelete', table: c.table, id })
      before = c.before
      after = { ...c.before, deletedAt: at }
    }
    if (!final) continue
    const correction = correctionFor({
      table: c.table,
      recordId: id,
      before,
      after,
      subject: c.subject,
      reason: who.reason,
      at,
      by: who.by,
    })
    if (correction) corrections.push(correction)
  }
  return { ops, corrections }
}

/** Whether saving these changes needs a reason (final minutes, something they record changes). */
export function needsReason(meeting: Meeting, changes: readonly PartChange[]): MinutesCorrection[] {
  return planPartChanges(meeting, changes, { at: new Date(), by: '', reason: '' }).corrections
}

export async function savePartChanges(
  db: SimpulDexie,
  actor: Actor,
  meeting: Meeting,
  changes: readonly PartChange[],
  reason = '',
  now = new Date(),
): Promise<void> {
  const { ops, corrections } = planPartChanges(meeting, changes, {
    at: now,
    by: actor.name,
    reason,
  })
  if (corrections.length)
    ops.push({
      op: 'update',
      table: 'meetings',
      id: meeting.id,
      ...appendCorrections(meeting, corrections, reason),
    })
  if (ops.length) await writeBatch(db, { actor, source: 'user', now }, ops)
}

/**
 * The correction a change of the meeting's own fields needs: null while the minutes are a
 * draft, or when only its notes or series change.
 */
export function meetingFieldsCorrection(
  meeting: Meeting,
  input: Partial<RecordInput<Meeting>>,
  who: { at: Date; by: string; reason: string },
): MinutesCorrection | null {
  if (!isFinal(meeting)) return null
  return meetingCorrectionFor({
    before: meeting,
    after: input as Partial<Meeting>,
    reason: who.reason,
    at: toInstant(who.at),
    by: who.by,
  })
}

/**
 * Saves the meeting form on an existing meeting; once its minutes are final a change of what
 * the notulen's heading records goes in with its correction, and needs a reason.
 */
export async function saveMeetingFields(
  db: SimpulDexie,
  actor: Actor,
  meeting: Meeting,
  input: Partial<RecordInput<Meeting>>,
  reason = '',
  now = new Date(),
): Promise<Meeting> {
  const correction = meetingFieldsCorrection(meeting, input, { at: now, by: actor.name, reason })
  const append = correction ? appendCorrections(meeting, [correction], reason) : null
  const result = await writeBatch(db, { actor, source: 'user', now }, [
    {
      op: 'update',
      table: 'meetings',
      id: meeting.id,
      patch: { ...input, ...append?.patch },
      ...(append && { expect: append.expect }),
    },
  ])
  return result.records[0] as unknown as Meeting
}

/** Makes the minutes final: from now on changes are corrections. */
export async function finaliseMinutes(
  db: SimpulDexie,
  actor: Actor,
  meeting: Meeting,
  now = new Date(),
): Promise<void> {
  if (isFinal(meeting)) return
  await writeBatch(db, { actor, source: 'user', now }, [
    {
      op: 'update',
      table: 'meetings',
      id: meeting.id,
      patch: finalisePatch(toInstant(now), actor.name),
      expect: {
        fields: { minutesStatus: meeting.minutesStatus },
        message: CHANGED_ELSEWHERE,
      },
    },
  ])
}
