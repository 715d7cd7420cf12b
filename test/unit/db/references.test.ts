/**
 * References are checked at every door, inside the write's transaction: a record naming a
 * record (or region) that does not exist is refused with a message naming it, and nothing
 * is written. A soft-deleted target still counts as existing.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { ReferenceCheckError, writeBatch, type WriteOp } from '../../../src/renderer/db/write'
import {
  canonicalDump,
  readAllTables,
  replaceAllTables,
} from '../../../src/renderer/features/data/backup-db'
import type { BackupTables } from '../../../src/renderer/features/data/backup-format'
import { actor, fixedNow, freshDb } from './helpers'

let db: SimpulDexie
afterEach(() => db?.close())
const ctx = { actor, source: 'user' as const, now: fixedNow }

export const coverageData = (over: Record<string, unknown> = {}) => ({
  regionId: '63.11',
  period: '2025',
  segment: 'semua',
  measure: 'registered',
  count: 62_000,
  baseKind: 'target',
  baseLabel: '',
  baseSize: 64_000,
  statedPercent: null,
  sourceDocument: 'BPJS',
  sourceInstitution: '',
  asOfDate: null,
  note: '',
  ...over,
})
export const commitmentData = (over: Record<string, unknown> = {}) => ({
  regionId: '63.11',
  parentId: null,
  title: 'Perlindungan pekerja rentan',
  statement: '',
  kind: 'count',
  segment: null,
  baselineValue: null,
  baselineDate: null,
  baselineSource: '',
  targetValue: 1000,
  deadline: '2026-12-31',
  meetingId: null,
  madeByName: '',
  madeByPosition: '',
  responsibleOffice: '',
  stages: [],
  lifecycle: 'aktif',
  notes: '',
  evidence: [],
  ...over,
})
export const meetingData = (over: Record<string, unknown> = {}) => ({
  kind: 'rakor',
  title: 'Rakor',
  startsOn: '2025-10-13',
  startsAt: null,
  datePrecision: 'day',
  endsAt: null,
  venue: '',
  organiser: '',
  regionIds: ['63.11'],
  seriesId: null,
  seriesName: '',
  notes: '',
  ...over,
})
const targetData = (over: Record<string, unknown> = {}) => ({
  regionId: '63.11',
  year: 2026,
  segment: 'semua',
  value: 70_000,
  unit: 'count',
  setBy: 'bappenas',
  sourceDocument: 'RPJMN',
  note: '',
  ...over,
})

async function seeded() {
  db = await freshDb()
  await ensureReferenceRegions(db)
  await writeBatch(db, ctx, [
    { op: 'create', table: 'meetings', id: 'm1', data: meetingData() },
    { op: 'create', table: 'commitments', id: 'c1', data: commitmentData() },
    {
      op: 'create',
      table: 'stakeholders',
      id: 's1',
      data: {
        kind: 'person',
        name: 'Bupati',
        institutionId: null,
        institutionName: '',
        position: '',
        category: 'pemda',
        regionId: '63.11',
        phone: '',
        email: '',
      },
    },
  ])
  return canonicalDump(db)
}

async function refused(ops: WriteOp[], message: RegExp) {
  const before = await canonicalDump(db)
  const error = await writeBatch(db, ctx, ops).catch((e: unknown) => e)
  expect(error).toBeInstanceOf(ReferenceCheckError)
  expect((error as Error).message).toMatch(message)
  expect(await canonicalDump(db)).toBe(before)
}

describe('references at the write path', () => {
  it('refuses a commitment whose parent or meeting does not exist', async () => {
    await seeded()
    await refused(
      [{ op: 'create', table: 'commitments', id: 'c2', data: commitmentData({ parentId: 'x' }) }],
      /komitmen "Perlindungan pekerja rentan" \(id c2\), kolom Induk, merujuk komitmen "x"/,
    )
    await refused(
      [{ op: 'create', table: 'commitments', data: commitmentData({ meetingId: 'nope' }) }],
      /kolom Kegiatan, merujuk kegiatan "nope" yang tidak ada/,
    )
  })

  it('refuses cycles of parents, of one and of several commitments', async () => {
    await seeded()
    await refused(
      [{ op: 'update', table: 'commitments', id: 'c1', patch: { parentId: 'c1' } }],
      /induk dirinya sendiri/,
    )
    await writeBatch(db, ctx, [
      { op: 'create', table: 'commitments', id: 'c2', data: commitmentData({ parentId: 'c1' }) },
      { op: 'create', table: 'commitments', id: 'c3', data: commitmentData({ parentId: 'c2' }) },
    ])
    // c1 → c3 → c2 → c1, with only c1 in the batch.
    await refused(
      [{ op: 'update', table: 'commitments', id: 'c1', patch: { parentId: 'c3' } }],
      /rantai induk berputar/,
    )
    // A two-cycle arriving in one batch.
    await refused(
      [
        { op: 'create', table: 'commitments', id: 'a', data: commitmentData({ parentId: 'b' }) },
        { op: 'create', table: 'commitments', id: 'b', data: commitmentData({ parentId: 'a' }) },
      ],
      /rantai induk berputar/,
    )
  })

  it('refuses measurements, attendance, agenda, decisions and action items of missing records', async () => {
    await seeded()
    const measurement = {
      commitmentId: 'gone',
      date: '2025-01-01',
      value: 1,
      stageIndex: null,
      source: 'x',
      note: '',
    }
    await refused(
      [{ op: 'create', table: 'measurements', data: measurement }],
      /capaian komitmen .*merujuk komitmen "gone"/,
    )
    const att = { meetingId: 'm1', stakeholderId: 'ghost', invited: 1, attended: 1, note: '' }
    await refused(
      [{ op: 'create', table: 'attendance', data: att }],
      /daftar hadir .*merujuk pemangku kepentingan "ghost"/,
    )
    await refused(
      [
        {
          op: 'create',
          table: 'attendance',
          data: { ...att, meetingId: 'mx', stakeholderId: 's1' },
        },
      ],
      /daftar hadir .*merujuk kegiatan "mx"/,
    )
    const agenda = {
      meetingId: 'mx',
      order: 0,
      title: 'Pembukaan',
      presenter: '',
      minutes: null,
      outcome: '',
    }
    await refused([{ op: 'create', table: 'agendaItems', data: agenda }], /agenda "Pembukaan"/)
    await refused(
      [
        {
          op: 'create',
          table: 'decisions',
          data: { meetingId: 'mx', agendaItemId: null, text: 'Sepakat' },
        },
      ],
      /keputusan "Sepakat"/,
    )
    const action = {
      meetingId: 'm1',
      text: 'Kirim surat',
      owner: '',
      dueDate: null,
      status: 'terbuka',
      commitmentId: 'c-missing',
    }
    await refused(
      [{ op: 'create', table: 'actionItems', data: action }],
      /tindak lanjut "Kirim surat".*komitmen "c-missing"/,
    )
  })

  it('refuses coverage, targets and commitments of a region that does not exist', async () => {
    await seeded()
    await refused(
      [{ op: 'create', table: 'coverage', data: coverageData({ regionId: '99.99' }) }],
      /cakupan .*kolom Wilayah, merujuk wilayah "99.99" yang tidak ada/,
    )
    await refused(
      [{ op: 'create', table: 'targets', data: targetData({ regionId: '99.99' }) }],
      /target .*wilayah "99.99"/,
    )
    await refused(
      [{ op: 'create', table: 'commitments', data: commitmentData({ regionId: '99.99' }) }],
      /komitmen .*wilayah "99.99"/,
    )
  })

  it('counts a soft-deleted target and a target arriving in the same batch as existing', async () => {
    await seeded()
    await writeBatch(db, ctx, [{ op: 'softDelete', table: 'meetings', id: 'm1' }])
    await writeBatch(db, ctx, [
      { op: 'create', table: 'commitments', data: commitmentData({ meetingId: 'm1' }) },
      { op: 'create', table: 'meetings', id: 'm2', data: meetingData() },
      { op: 'create', table: 'commitments', data: commitmentData({ meetingId: 'm2' }) },
    ])
    expect(await db.commitments.count()).toBe(3)
  })

  it('the sample door is checked too', async () => {
    await seeded()
    const before = await canonicalDump(db)
    await expect(
      writeBatch(db, { ...ctx, source: 'sample' }, [
        { op: 'create', table: 'coverage', isSample: 1, data: coverageData({ regionId: '99.99' }) },
      ]),
    ).rejects.toThrow(/wilayah "99.99"/)
    expect(await canonicalDump(db)).toBe(before)
  })
})

describe('references in a restore', () => {
  async function restoreRefused(edit: (t: BackupTables) => void, message: RegExp) {
    const tables = structuredClone(await readAllTables(db))
    edit(tables)
    const before = await canonicalDump(db)
    await expect(replaceAllTables(db, tables, actor, fixedNow)).rejects.toThrow(message)
    expect(await canonicalDump(db)).toBe(before)
  }

  it('refuses a restore with a dangling reference, a region without parent, or no regions', async () => {
    await seeded()
    await restoreRefused((t) => {
      t.commitments[0]!.meetingId = 'gone'
    }, /komitmen .*kegiatan "gone"/)
    await restoreRefused((t) => {
      t.coverage.push({
        ...(coverageData({ regionId: '99.99' }) as object),
        id: 'cv',
        createdAt: fixedNow.toISOString(),
        createdBy: 'x',
        updatedAt: fixedNow.toISOString(),
        updatedBy: 'x',
        updatedOn: 'd',
        rev: 1,
        isSample: 0,
      } as BackupTables['coverage'][number])
    }, /wilayah "99.99"/)
    await restoreRefused((t) => {
      t.regions = t.regions.filter((r) => r.id !== '63')
    }, /wilayah 63\.\d\d .*berinduk 63 yang tidak ada/)
    await restoreRefused((t) => {
      t.regions = []
    }, /tidak berisi wilayah sama sekali/)
  })
})
