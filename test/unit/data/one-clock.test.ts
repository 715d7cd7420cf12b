/**
 * The defects of "One clock": each read a stored instant as if it were a WITA date (its UTC
 * day or year, by slicing or by comparing strings). Fixtures are built with the app's own
 * conversion functions, in the forms the app writes.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import type { Actor } from '../../../src/renderer/db/device'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { createRecord } from '../../../src/renderer/db/repository'
import type { Meeting, RecordInput } from '../../../src/renderer/db/types'
import { loadProvinceScope } from '../../../src/renderer/features/dashboard/dashboard-queries'
import { backupFileName } from '../../../src/renderer/features/data/backup-format'
import { exportFileName } from '../../../src/renderer/features/data/export-menu'
import {
  applyImport,
  exportPackage,
  prepareImport,
} from '../../../src/renderer/features/data/exchange-db'
import { canonicalJson, sha256Hex } from '../../../src/renderer/features/data/backup-format'
import { USER_TABLES } from '../../../src/renderer/db/types'
import { v1Fixture } from '../db/migration-fixtures/v1'
import { packageFileName, parsePackage } from '../../../src/renderer/features/data/exchange-package'
import {
  meetingDateFields,
  type MeetingDateInput,
} from '../../../src/renderer/domain/meeting-logic'
import { meetingNotes } from '../../../src/renderer/features/regions/region-notes'
import { todayWita, toInstant, witaInputToInstant } from '../../../src/shared/time'
import { freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
const actor: Actor = { name: 'Rina (Balangan)', deviceId: 'laptop-balangan' }
/** 07.30 WITA on 2 December 2026; UTC still says 1 December. */
const now = new Date('2026-12-01T23:30:00.000Z')

async function laptop(): Promise<SimpulDexie> {
  const db = await freshDb()
  dbs.push(db)
  await ensureReferenceRegions(db)
  return db
}

const when = (precision: MeetingDateInput['precision'], day: string, time = '', year = '') =>
  meetingDateFields({ precision, day, time, year })!

const meetingInput = (
  title: string,
  date: ReturnType<typeof when>,
  regionIds = ['63.11'],
): RecordInput<Meeting> => ({
  kind: 'rakor',
  title,
  ...date,
  endsAt: null,
  venue: '',
  organiser: '',
  regionIds,
  seriesId: null,
  seriesName: '',
  notes: `Catatan ${title}`,
})

async function addMeeting(db: SimpulDexie, title: string, date: ReturnType<typeof when>) {
  return createRecord(db, 'meetings', meetingInput(title, date), { actor, now })
}

describe('exchange package year filter', () => {
  it('carries a meeting known only as 2023, and 06.00 WITA on 1 January 2024, with their attendance', async () => {
    const db = await laptop()
    const person = await createRecord(
      db,
      'stakeholders',
      {
        kind: 'person',
        name: 'Bunyamin Najmi',
        institutionId: null,
        institutionName: 'BPJS',
        position: 'Kepala Kantor',
        category: 'bpjs',
        regionId: '63',
        phone: '',
        email: '',
      },
      { actor, now },
    )
    const yearOnly = await addMeeting(db, 'Wawancara Paritrana', when('year', '', '', '2023'))
    const newYear = await addMeeting(db, 'Rakor awal tahun', when('time', '2024-01-01', '06:00'))
    const before = await addMeeting(db, 'Rakor akhir 2022', when('time', '2022-12-31', '20:00'))
    for (const m of [yearOnly, newYear, before])
      await createRecord(
        db,
        'attendance',
        { meetingId: m.id, stakeholderId: person.id, invited: 1, attended: 1, note: '' },
        { actor, now },
      )

    const pack = async (fromYear: number, toYear: number) =>
      parsePackage(
        (await exportPackage(db, { regionIds: ['63.11'], fromYear, toYear }, actor, now)).text,
      )
    const p2023 = await pack(2023, 2025)
    expect(p2023.records.meetings.map((m) => m.title).sort()).toEqual([
      'Rakor awal tahun',
      'Wawancara Paritrana',
    ])
    expect(p2023.records.attendance.map((a) => a.meetingId).sort()).toEqual(
      [yearOnly.id, newYear.id].sort(),
    )
    expect(p2023.records.stakeholders.map((s) => s.id)).toEqual([person.id])

    const p2024 = await pack(2024, 2025)
    expect(p2024.records.meetings.map((m) => m.id)).toEqual([newYear.id])
    expect(p2024.records.attendance.map((a) => a.meetingId)).toEqual([newYear.id])

    const p2022 = await pack(2022, 2022)
    expect(p2022.records.meetings.map((m) => m.id)).toEqual([before.id])
  })
})

describe('a package from a laptop still on schema v1', () => {
  it('is read through the same upgrade as the database: the year-only 2023 meeting stays 2023', async () => {
    const pick = (table: string, ids: string[]) =>
      (JSON.parse(JSON.stringify(v1Fixture[table])) as { id: string }[]).filter((r) =>
        ids.includes(r.id),
      )
    const records: Record<string, object[]> = Object.fromEntries(USER_TABLES.map((t) => [t, []]))
    records.meetings = pick('meetings', ['g2', 'g3'])
    records.attendance = pick('attendance', ['p2', 'p3'])
    records.stakeholders = pick('stakeholders', ['s1', 's2'])
    const body = {
      regions: [],
      records,
      ancestors: { 'meetings/g3': ['dev-1@2024-01-02T11:04:05+08:00'] },
      selection: { regionIds: ['63.11'], fromYear: 2023, toYear: 2025 },
    }
    const text = JSON.stringify({
      format: 'simpul-exchange',
      formatVersion: 1,
      schemaVersion: 1,
      packageId: 'pkg-v1',
      createdAt: '2024-01-02T03:04:05.000Z',
      deviceId: 'laptop-lama',
      userName: 'Siti',
      checksum: `sha256:${await sha256Hex(canonicalJson(body))}`,
      ...body,
    })
    const pkg = await parsePackage(text)
    expect(pkg.records.meetings.map((m) => [m.id, m.startsOn, m.startsAt])).toEqual([
      ['g2', '2023', null],
      ['g3', '2024-01-01', witaInputToInstant('2024-01-01', '06:00')],
    ])
    expect(pkg.ancestors['meetings/g3']).toEqual([
      `dev-1@${toInstant(new Date(Date.UTC(2024, 0, 2, 3, 4, 5)))}`,
    ])
    const db = await laptop()
    await applyImport(db, await prepareImport(db, pkg, actor), {}, actor, now)
    expect(await db.meetings.where('startsOn').equals('2023').primaryKeys()).toEqual(['g2'])
    expect(await db.attendance.count()).toBe(2)
  })
})

describe('Ringkasan: next and last meeting by WITA day', () => {
  it('a meeting later today, one today with no time and one today before 08.00 WITA are upcoming', async () => {
    const db = await laptop()
    await addMeeting(db, 'Kemarin malam', when('time', '2026-12-01', '20:00'))
    await addMeeting(db, 'Pagi ini', when('time', '2026-12-02', '06:00'))
    await addMeeting(db, 'Siang ini', when('time', '2026-12-02', '14:00'))
    await addMeeting(db, 'Hari ini, jam tidak disebut', when('day', '2026-12-02'))
    await addMeeting(db, 'Besok', when('time', '2026-12-03', '09:00'))
    const today = todayWita(now)
    expect(today).toBe('2026-12-02')
    const scope = await loadProvinceScope(db, '63', today)
    expect(scope.upcoming.map((m) => m.title)).toEqual([
      'Hari ini, jam tidak disebut',
      'Pagi ini',
      'Siang ini',
      'Besok',
    ])
    expect(scope.lastMeeting?.title).toBe('Kemarin malam')
  })
})

describe('region profile', () => {
  it('dates a meeting known only as 2023 in 2023, and 06.00 WITA on 1 January 2024 in 2024', () => {
    const m = (id: string, date: ReturnType<typeof when>) =>
      ({ id, ...meetingInput(id, date) }) as unknown as Meeting
    expect(
      meetingNotes([
        m('a', when('year', '', '', '2023')),
        m('b', when('time', '2024-01-01', '06:00')),
      ]).map((n) => n.when),
    ).toEqual(['2023', '2024'])
  })
})

describe('exported file names carry the WITA date', () => {
  it('at 2026-12-01T23:30Z (07.30 WITA on 2 December) every file is dated 2 December', () => {
    expect(exportFileName('komitmen', 'xlsx', now)).toBe('komitmen-2026-12-02.xlsx')
    expect(exportFileName('cakupan', 'csv', now)).toBe('cakupan-2026-12-02.csv')
    expect(backupFileName(toInstant(now))).toBe('simpul-backup-2026-12-02T07-30-00-000.simpul.json')
    expect(backupFileName(toInstant(now), 'sebelum-impor')).toBe(
      'simpul-backup-2026-12-02T07-30-00-000_sebelum-impor.simpul.json',
    )
    expect(packageFileName(toInstant(now), 'Rina')).toBe(
      'simpul-paket-Rina-2026-12-02-07-30.simpul-paket.json',
    )
  })
})
