/**
 * Minutes from draft to final: the attendance checklist, what final locks (enforced in the
 * write path), corrections with who, when and why, and inviting a committee or a group.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { MinutesLockedError } from '../../../src/renderer/db/minutes-guard'
import { createRecord, softDeleteRecord, updateRecord } from '../../../src/renderer/db/repository'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import type {
  Attendance,
  Decision,
  Meeting,
  MinutesCorrection,
  Stakeholder,
} from '../../../src/renderer/db/types'
import type { Instant, KnownDate } from '../../../src/shared/time'
import { writeBatch } from '../../../src/renderer/db/write'
import {
  correctionText,
  finalMeetingProblem,
  lockedChange,
  presenceCounts,
  presenceOf,
  presencePatch,
} from '../../../src/renderer/domain/minutes-logic'
import { inviteGroups, planInvitations } from '../../../src/renderer/domain/stakeholder-logic'
import {
  finaliseMinutes,
  ReasonRequiredError,
  saveMeetingFields,
  savePartChanges,
} from '../../../src/renderer/features/meetings/minutes-save'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close()
})

const row = (r: object) => r as Record<string, unknown> & { id: string }
const later = new Date('2026-11-24T03:30:00Z')

describe('attendance checklist', () => {
  it('keeps attended in step with the choice, and reads older rows from attended', () => {
    expect(presencePatch('hadir')).toEqual({ presence: 'hadir', attended: 1 })
    expect(presencePatch('diwakili')).toEqual({ presence: 'diwakili', attended: 1 })
    expect(presencePatch('tidak_hadir')).toEqual({ presence: 'tidak_hadir', attended: 0 })
    expect(presenceOf({ attended: 1 })).toBe('hadir')
    expect(presenceOf({ attended: 0 })).toBeNull()
    expect(presenceOf({ attended: 1, presence: null })).toBeNull()
  })

  it('counts came, represented, absent, not recorded and uninvited', () => {
    const a = (presence: Attendance['presence'], invited: 0 | 1 = 1) =>
      ({
        invited,
        attended: presence === 'hadir' || presence === 'diwakili' ? 1 : 0,
        presence,
      }) as Attendance
    expect(
      presenceCounts([a('hadir'), a('diwakili'), a('tidak_hadir'), a(null), a('hadir', 0)]),
    ).toEqual({
      listed: 5,
      invited: 4,
      present: 2,
      represented: 1,
      absent: 1,
      open: 1,
      uninvited: 1,
    })
  })
})

describe('what final minutes lock', () => {
  const decision = { id: 'd1', meetingId: 'm', text: 'Lama', agendaItemId: null, rev: 1 }

  it('an edited text is a change; a follow-up field (status, commitment link) is not', () => {
    expect(lockedChange('decisions', decision, { ...decision, text: 'Baru', rev: 2 })).toEqual({
      action: 'update',
      changes: [{ field: 'text', before: 'Lama', after: 'Baru' }],
    })
    expect(lockedChange('decisions', decision, { ...decision, commitmentId: 'c1' })).toBeNull()
    const action = { id: 'a', meetingId: 'm', text: 'X', status: 'terbuka', commitmentId: null }
    expect(lockedChange('actionItems', action, { ...action, status: 'selesai' })).toBeNull()
    expect(lockedChange('actionItems', action, { ...action, owner: 'Disnaker' })?.action).toBe(
      'update',
    )
  })

  it('a new record, one moved to the trash, and one brought back are changes', () => {
    expect(lockedChange('decisions', undefined, decision)?.action).toBe('create')
    expect(lockedChange('decisions', decision, { ...decision, deletedAt: 'x' })?.action).toBe(
      'delete',
    )
    expect(lockedChange('decisions', { ...decision, deletedAt: 'x' }, decision)?.action).toBe(
      'create',
    )
    expect(
      lockedChange('decisions', { ...decision, deletedAt: 'x' }, { ...decision, deletedAt: 'y' }),
    ).toBeNull()
  })

  it('final stays final and corrections are only added to', () => {
    const c = {
      at: '2026-11-24T03:30:00.000Z',
      by: 'A',
      table: 'decisions',
      recordId: 'd1',
      action: 'update',
      subject: 'Lama',
      changes: [],
      reason: 'salah ketik',
    } as unknown as MinutesCorrection
    const stored: Pick<Meeting, 'minutesStatus' | 'finalisedAt' | 'finalisedBy' | 'corrections'> = {
      minutesStatus: 'final',
      finalisedAt: '2026-11-24T01:00:00.000Z' as Instant,
      finalisedBy: 'A',
      corrections: [c],
    }
    expect(finalMeetingProblem(stored, { ...stored, minutesStatus: 'draft' })).toMatch(/draf/)
    expect(finalMeetingProblem(stored, { ...stored, corrections: [] })).toMatch(/tidak bisa diubah/)
    expect(
      finalMeetingProblem(stored, { ...stored, corrections: [{ ...c, reason: 'lain' }] }),
    ).toMatch(/tidak bisa diubah/)
    expect(finalMeetingProblem(stored, { ...stored, corrections: [c, c] })).toBeNull()
    expect(finalMeetingProblem({ minutesStatus: 'draft' }, { minutesStatus: 'draft' })).toBeNull()
  })

  it('says a correction in words, with presence and dates in the reader’s language', () => {
    const base = { at: '2026-11-24T01:00:00.000Z' as Instant, by: 'A', recordId: 'r', reason: 'r' }
    expect(
      correctionText({
        ...base,
        table: 'decisions',
        action: 'update',
        subject: 'Data dikirim Maret',
        changes: [{ field: 'text', before: 'Data dikirim Maret', after: 'Data dikirim April' }],
      }),
    ).toBe('Keputusan: Isi dari "Data dikirim Maret" menjadi "Data dikirim April"')
    expect(
      correctionText(
        {
          ...base,
          table: 'attendance',
          action: 'update',
          subject: 'Irfan Sayuti',
          changes: [
            { field: 'presence', before: 'hadir', after: 'diwakili' },
            { field: 'attended', before: '1', after: '1' },
          ],
        },
        'en',
      ),
    ).toBe('Attendance "Irfan Sayuti": Attendance from attended to sent a representative')
  })
})

async function meetingWithDecision() {
  const db = await freshDb()
  dbs.push(db)
  await loadSampleData(db, actor, fixedNow)
  const meeting = (await db.meetings.get(SAMPLE_IDS.meeting2023Rakor))!
  const decision = await createRecord(
    db,
    'decisions',
    { meetingId: meeting.id, agendaItemId: null, text: 'Data dikirim Maret' },
    { actor, now: fixedNow },
  )
  const action = await createRecord(
    db,
    'actionItems',
    {
      meetingId: meeting.id,
      text: 'Kirim data pekerja rentan',
      owner: 'Disnakertrans',
      dueDate: '2026-12-31',
      status: 'terbuka',
      commitmentId: null,
    },
    { actor, now: fixedNow },
  )
  await finaliseMinutes(db, actor, meeting, fixedNow)
  return { db, meeting: (await db.meetings.get(meeting.id))!, decision, action }
}

describe('final minutes in the write path', () => {
  it('finalising records who and when', async () => {
    const { meeting } = await meetingWithDecision()
    expect(meeting.minutesStatus).toBe('final')
    expect(meeting.finalisedAt).toBe(fixedNow.toISOString())
    expect(meeting.finalisedBy).toBe(actor.name)
  })

  it('refuses a plain edit or deletion of a final meeting’s decision, with nothing written', async () => {
    const { db, decision } = await meetingWithDecision()
    await expect(
      updateRecord(db, 'decisions', decision.id, { text: 'Data dikirim April' }, { actor }),
    ).rejects.toThrow(MinutesLockedError)
    await expect(softDeleteRecord(db, 'decisions', decision.id, { actor })).rejects.toThrow(
      /sudah final/,
    )
    await expect(
      createRecord(
        db,
        'decisions',
        { meetingId: decision.meetingId, agendaItemId: null, text: 'Baru' },
        { actor },
      ),
    ).rejects.toThrow(MinutesLockedError)
    expect((await db.decisions.get(decision.id))?.text).toBe('Data dikirim Maret')
    expect(await db.decisions.where('meetingId').equals(decision.meetingId).count()).toBe(1)
  })

  it('saves a correction with the change, naming who, when and why', async () => {
    const { db, meeting, decision } = await meetingWithDecision()
    const change = {
      op: 'update' as const,
      table: 'decisions' as const,
      before: row(decision),
      patch: { text: 'Data dikirim April' },
      subject: decision.text,
    }
    await expect(savePartChanges(db, actor, meeting, [change], '  ')).rejects.toThrow(
      ReasonRequiredError,
    )
    await savePartChanges(db, actor, meeting, [change], 'Tanggal salah dicatat', later)
    expect((await db.decisions.get(decision.id))?.text).toBe('Data dikirim April')
    const corrected = (await db.meetings.get(meeting.id))!
    expect(corrected.corrections).toEqual([
      {
        at: later.toISOString(),
        by: actor.name,
        table: 'decisions',
        recordId: decision.id,
        action: 'update',
        subject: 'Data dikirim Maret',
        changes: [{ field: 'text', before: 'Data dikirim Maret', after: 'Data dikirim April' }],
        reason: 'Tanggal salah dicatat',
      },
    ])
    // A second correction built on the old copy of the meeting would drop the first: refused.
    await expect(
      savePartChanges(db, actor, meeting, [{ ...change, patch: { text: 'C' } }], 'lagi'),
    ).rejects.toThrow(/jendela lain/)
  })

  it('a correction of attendance and an added decision land with their entries', async () => {
    const { db, meeting } = await meetingWithDecision()
    const attendee = (await db.attendance.where('meetingId').equals(meeting.id).first())!
    await savePartChanges(
      db,
      actor,
      meeting,
      [
        {
          op: 'update',
          table: 'attendance',
          before: row(attendee),
          patch: { ...presencePatch('diwakili'), representative: 'Budi, Kabid HI' },
          subject: 'Kadisnakertrans',
        },
        {
          op: 'create',
          table: 'decisions',
          data: { meetingId: meeting.id, agendaItemId: null, text: 'Tambahan' },
          subject: 'Tambahan',
        },
      ],
      'Terlewat saat rapat',
      later,
    )
    const m = (await db.meetings.get(meeting.id))!
    expect(m.corrections?.map((c) => [c.table, c.action])).toEqual([
      ['attendance', 'update'],
      ['decisions', 'create'],
    ])
    expect((await db.attendance.get(attendee.id))?.representative).toBe('Budi, Kabid HI')
  })

  it('closing an action item later is follow-up, not a correction', async () => {
    const { db, meeting, action } = await meetingWithDecision()
    await updateRecord(db, 'actionItems', action.id, { status: 'selesai' }, { actor })
    expect((await db.actionItems.get(action.id))?.status).toBe('selesai')
    expect((await db.meetings.get(meeting.id))?.corrections).toBeUndefined()
  })

  it('final cannot go back to draft, and corrections cannot be removed', async () => {
    const { db, meeting } = await meetingWithDecision()
    await expect(
      updateRecord(db, 'meetings', meeting.id, { minutesStatus: 'draft' }, { actor }),
    ).rejects.toThrow(/draf/)
    // Its planning notes stay free.
    await expect(
      updateRecord(db, 'meetings', meeting.id, { notes: 'Bawa laptop' }, { actor }),
    ).resolves.toMatchObject({ notes: 'Bawa laptop' })
  })

  it('the meeting’s own title, date and venue are locked too: changed only with a correction', async () => {
    const { db, meeting } = await meetingWithDecision()
    expect(meeting.startsOn.startsWith('2023')).toBe(true)
    expect(meeting.venue).not.toBe('')
    await expect(
      updateRecord(db, 'meetings', meeting.id, { venue: 'Aula baru' }, { actor }),
    ).rejects.toThrow(/judul, tanggal, tempat/)
    await expect(
      saveMeetingFields(db, actor, meeting, { venue: 'Aula baru' }, ' '),
    ).rejects.toThrow(ReasonRequiredError)
    expect((await db.meetings.get(meeting.id))?.venue).toBe(meeting.venue)

    const saved = await saveMeetingFields(
      db,
      actor,
      meeting,
      { venue: 'Aula baru', startsOn: '2026-11-20' as KnownDate, notes: 'catatan' },
      'Tempat dipindah pagi itu',
      later,
    )
    expect(saved.venue).toBe('Aula baru')
    const correction = saved.corrections!.at(-1)!
    expect(correction).toMatchObject({
      table: 'meetings',
      recordId: meeting.id,
      action: 'update',
      subject: meeting.title,
      reason: 'Tempat dipindah pagi itu',
      by: actor.name,
      at: later.toISOString(),
    })
    // Notes are not what the notulen's heading records: not in the correction.
    expect(correction.changes.map((c) => c.field).sort()).toEqual(['startsOn', 'venue'])
    expect(
      correctionText({
        ...correction,
        changes: [correction.changes.find((c) => c.field === 'venue')!],
      }),
    ).toBe(`Kegiatan "${meeting.title}": Tempat dari "${meeting.venue}" menjadi "Aula baru"`)
    // Notes alone need no reason.
    await expect(saveMeetingFields(db, actor, saved, { notes: 'lain' })).resolves.toMatchObject({
      notes: 'lain',
    })
  })

  it('a version from another laptop (exchange) is taken as it is', async () => {
    const { db, decision } = await meetingWithDecision()
    const stored = (await db.decisions.get(decision.id))! as Decision
    await writeBatch(db, { actor, source: 'exchange' }, [
      {
        op: 'upsert',
        table: 'decisions',
        record: { ...stored, text: 'Dari laptop lain', rev: stored.rev + 1 } as never,
      },
    ])
    expect((await db.decisions.get(decision.id))?.text).toBe('Dari laptop lain')
  })
})

describe('inviting a committee or a group in one action', () => {
  const person = (id: string, v: Partial<Stakeholder>) =>
    ({
      id,
      kind: 'person',
      name: id,
      institutionId: null,
      institutionName: '',
      position: '',
      category: 'pemda',
      regionId: '63',
      phone: '',
      email: '',
      ...v,
    }) as Stakeholder

  it('offers Tim 9 with the members in the directory and counts the vacant seats', async () => {
    const db = await freshDb()
    dbs.push(db)
    await loadSampleData(db, actor, fixedNow)
    const groups = inviteGroups(await db.stakeholders.toArray(), await db.committees.toArray())
    const tim9 = groups.find((g) => g.key === `committee:${SAMPLE_IDS.tim9}`)!
    expect(tim9.name).toMatch(/^Tim 9/)
    // Of the nine seats the sources name, two holders are in the directory.
    expect(tim9.memberIds).toHaveLength(2)
    expect(tim9.vacantSeats).toBe(7)
  })

  it('derives Sekda and Disnaker-head groups of the kabupaten/kota, and categories', () => {
    const people = [
      person('sekda-balangan', {
        position: 'Sekretaris Daerah Kabupaten Balangan',
        regionId: '63.11',
      }),
      person('sekda-prov', { position: 'Sekretaris Daerah Provinsi', regionId: '63' }),
      person('asisten', { position: 'Asisten II', regionId: '63.11' }),
      person('kadis-tapin', {
        category: 'disnakertrans',
        position: 'Kepala Dinas Tenaga Kerja Kabupaten Tapin',
        regionId: '63.05',
      }),
      person('gone', { position: 'Sekda Kabupaten Banjar', regionId: '63.03', deletedAt: 'x' }),
    ]
    const groups = inviteGroups(people, [])
    expect(groups.find((g) => g.kind === 'sekda_kabkota')?.memberIds).toEqual(['sekda-balangan'])
    expect(groups.find((g) => g.kind === 'disnaker_kabkota')?.memberIds).toEqual(['kadis-tapin'])
    expect(
      groups.filter((g) => g.kind === 'category').map((g) => [g.name, g.memberIds.length]),
    ).toEqual([
      ['pemda', 3],
      ['disnakertrans', 1],
    ])
  })

  it('skips those already on the list and says how many', () => {
    expect(
      planInvitations({ memberIds: ['a', 'b', 'c'] }, [
        { stakeholderId: 'b' },
        { stakeholderId: 'c', deletedAt: 'x' },
      ]),
    ).toEqual({ add: ['a', 'c'], already: 1 })
  })
})
