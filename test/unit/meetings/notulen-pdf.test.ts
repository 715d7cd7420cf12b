/**
 * The filled notulen, built from what was recorded for a sample meeting and read back from the
 * PDF with poppler's pdftotext.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { createRecord } from '../../../src/renderer/db/repository'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import { presencePatch } from '../../../src/renderer/domain/minutes-logic'
import { buildNotulenDocument } from '../../../src/renderer/features/briefing/notulen-document'
import {
  finaliseMinutes,
  savePartChanges,
} from '../../../src/renderer/features/meetings/minutes-save'
import {
  buildNotulenModel,
  commitmentTargetText,
} from '../../../src/renderer/features/meetings/notulen-model'
import { loadNotulenSource } from '../../../src/renderer/features/meetings/queries'
import { savePledge } from '../../../src/renderer/features/meetings/pledge-save'
import { pledgeDefaults, pledgeToCommitment } from '../../../src/renderer/features/meetings/pledge'
import { renderPdf } from '../../../scripts/briefing'
import { actor, fixedNow, freshDb } from '../db/helpers'

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const dbs: SimpulDexie[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close()
})

const printed = new Date('2026-11-25T01:00:00Z')

/** The 2023 rakor with agenda outcome, checklist, decision made a commitment, final, corrected. */
async function recordedRakor() {
  const db = await freshDb()
  dbs.push(db)
  await loadSampleData(db, actor, fixedNow)
  const id = SAMPLE_IDS.meeting2023Rakor
  const opts = { actor, now: fixedNow }
  await createRecord(
    db,
    'agendaItems',
    {
      meetingId: id,
      order: 1,
      title: 'Paparan cakupan PU dan BPU',
      presenter: 'Kepala Kantor Cabang',
      minutes: 30,
      outcome: 'Cakupan PU 46,44 % dan BPU 10,6 %; BPU perlu didorong.',
    },
    opts,
  )
  const decision = await createRecord(
    db,
    'decisions',
    { meetingId: id, agendaItemId: null, text: 'Balangan melindungi 20.000 pekerja rentan lagi' },
    opts,
  )
  await createRecord(
    db,
    'actionItems',
    {
      meetingId: id,
      text: 'Data pekerja rentan dikirim ke provinsi',
      owner: 'Disnakertrans',
      dueDate: '2023-03-31',
      status: 'terbuka',
      commitmentId: null,
    },
    opts,
  )
  const rows = await db.attendance.where('meetingId').equals(id).sortBy('id')
  const meeting = (await db.meetings.get(id))!
  const values = {
    ...pledgeDefaults({ text: decision.text, owner: 'Bupati Balangan', dueDate: null }, meeting),
    regionId: '63.11',
    title: 'Melindungi 20.000 pekerja rentan lagi',
    target: '61.120',
    deadline: '2024-12-31',
  }
  await savePledge(
    db,
    actor,
    { table: 'decisions', id: decision.id },
    pledgeToCommitment(values, meeting),
  )
  await savePartChanges(db, actor, meeting, [
    {
      op: 'update',
      table: 'attendance',
      before: rows[0]! as never,
      patch: { ...presencePatch('diwakili'), representative: 'Budi Santoso, Kabid HI' },
      subject: 'x',
    },
    {
      op: 'update',
      table: 'attendance',
      before: rows[1]! as never,
      patch: presencePatch('tidak_hadir'),
      subject: 'y',
    },
  ])
  await finaliseMinutes(db, actor, (await db.meetings.get(id))!, fixedNow)
  const final = (await db.meetings.get(id))!
  const d = (await db.decisions.get(decision.id))!
  await savePartChanges(
    db,
    actor,
    final,
    [
      {
        op: 'update',
        table: 'decisions',
        before: d as never,
        patch: { text: `${d.text} pada 2024` },
        subject: d.text,
      },
    ],
    'Tahun target tidak tercatat',
    new Date('2026-11-24T03:30:00Z'),
  )
  return { db, id }
}

describe.skipIf(!hasPdftotext)('the filled notulen PDF', () => {
  it('holds attendance with representatives, agenda outcomes, decisions, commitments and the correction', async () => {
    const { db, id } = await recordedRakor()
    const source = (await loadNotulenSource(db, id))!
    const model = buildNotulenModel(source, { now: printed, preparedBy: 'Siti Rahmah' })
    const bytes = await renderPdf(buildNotulenDocument(model))
    const dir = mkdtempSync(join(tmpdir(), 'notulen-'))
    const file = join(dir, 'notulen.pdf')
    writeFileSync(file, bytes)
    if (process.env.NOTULEN_PDF) writeFileSync(process.env.NOTULEN_PDF, bytes)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    for (const expected of [
      'NOTULEN',
      'FINAL',
      'Final, ditetapkan 23 November 2026 10.00 WITA oleh Siti Rahmah',
      'Diwakili oleh Budi Santoso, Kabid HI',
      'Tidak hadir',
      '1. Paparan cakupan PU dan BPU',
      'Cakupan PU 46,44 % dan BPU 10,6 %',
      'Balangan melindungi 20.000 pekerja rentan lagi pada 2024',
      'Menjadi komitmen: Melindungi 20.000 pekerja rentan lagi',
      'Data pekerja rentan dikirim ke provinsi',
      '31 Maret 2023',
      'Target 61.120 orang, tenggat 31 Desember 2024',
      'Koreksi sesudah notulen final',
      '24 November 2026 11.30 WITA',
      'Alasan: Tahun target tidak tercatat',
      'Halaman 1 dari',
    ])
      expect(text).toContain(expected)
    expect(text).not.toContain('DRAF')
  })

  it('a draft says so and lists no corrections section', async () => {
    const db = await freshDb()
    dbs.push(db)
    await loadSampleData(db, actor, fixedNow)
    const source = (await loadNotulenSource(db, SAMPLE_IDS.meeting2025))!
    const model = buildNotulenModel(source, { now: printed, preparedBy: '' })
    expect(model.final).toBe(false)
    expect(model.statusLine).toBe('Draf, belum ditetapkan final')
    const dir = mkdtempSync(join(tmpdir(), 'notulen-'))
    const file = join(dir, 'draft.pdf')
    writeFileSync(file, await renderPdf(buildNotulenDocument(model)))
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('DRAF')
    expect(text).not.toContain('Koreksi sesudah notulen final')
  })
})

describe('commitment targets in words', () => {
  it('says an increase pledge and its level', () => {
    expect(
      commitmentTargetText({
        kind: 'count',
        pledge: 'increase',
        increase: 20000,
        targetValue: 61120,
        deadline: '2024-12-31',
        stages: [],
      } as never),
    ).toBe('Target 61.120 orang (menambah 20.000), tenggat 31 Desember 2024')
  })
})
