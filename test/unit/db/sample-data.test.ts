import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { createRecord } from '../../../src/renderer/db/repository'
import { buildSampleData, SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import {
  loadSampleData,
  removeSampleData,
  sampleRecordCount,
} from '../../../src/renderer/db/sample-actions'
import { inputSchemaByTable } from '../../../src/renderer/db/schemas'
import { USER_TABLES } from '../../../src/renderer/db/types'
import { meetingYear } from '../../../src/renderer/domain/meeting-logic'
import { actor, fixedNow, freshDb } from './helpers'

let db: SimpulDexie
afterEach(() => db?.close())

describe('Contoh data Kalsel', () => {
  const data = buildSampleData()

  it('holds the figures of the articles with their bases', () => {
    const pu = data.coverage.find((c) => c.segment === 'pu')
    expect(pu).toMatchObject({
      regionId: '63',
      statedPercent: 46.44,
      baseKind: 'tidak_disebut',
      asOfDate: '2023-02-09',
    })
    expect(data.coverage.find((c) => c.segment === 'bpu')?.statedPercent).toBe(10.6)
    expect(data.coverage.find((c) => c.period === '2020')).toMatchObject({
      statedPercent: 27,
      baseSize: 1_400_000,
      count: null,
    })
    expect(
      data.coverage
        .filter((c) => c.regionId === '63.11' && c.count === 62_000)
        .map((c) => c.baseSize)
        .sort(),
    ).toEqual([64_000, 80_000])
    expect(data.coverage.find((c) => c.measure === 'active')).toMatchObject({
      statedPercent: 96,
      baseKind: 'peserta_terdaftar',
    })
  })

  it('holds Balangan’s pledge as a commitment from the national interview', () => {
    const c = data.commitments.find((x) => x.id === SAMPLE_IDS.balanganCommitment)
    expect(c).toMatchObject({
      regionId: '63.11',
      baselineValue: 41_120,
      targetValue: 61_120,
      deadline: '2024-12-31',
      meetingId: SAMPLE_IDS.meeting2023Interview,
    })
    expect(data.measurements[0]).toMatchObject({
      commitmentId: c?.id,
      value: 62_000,
      date: '2025-10-13',
    })
  })

  it('has the meetings of 2019, 2020, 2023 and 2025, without inventing unknown dates', () => {
    expect(data.meetings.map((m) => meetingYear(m)).sort()).toEqual([
      '2019',
      '2020',
      '2023',
      '2023',
      '2025',
    ])
    expect(data.meetings.find((m) => m.id === SAMPLE_IDS.meeting2020)?.datePrecision).toBe('year')
    expect(data.meetings.find((m) => m.id === SAMPLE_IDS.meeting2019)).toMatchObject({
      startsOn: '2019-10-15',
      startsAt: null,
      datePrecision: 'day',
    })
    expect(data.meetings.find((m) => m.id === SAMPLE_IDS.meeting2023Interview)).toMatchObject({
      startsOn: '2023',
      startsAt: null,
      datePrecision: 'year',
    })
    for (const m of data.meetings)
      expect(inputSchemaByTable.meetings.safeParse(m).success, m.title).toBe(true)
    for (const m of data.meetings)
      expect(
        data.attendance.some((a) => a.meetingId === m.id),
        m.title,
      ).toBe(true)
  })

  it('has Tim 9 with its chair, secretary and seven members', () => {
    const tim9 = data.committees[0]!
    expect(tim9.members.filter((m) => m.role === 'ketua')).toHaveLength(1)
    expect(tim9.members.filter((m) => m.role === 'sekretaris')).toHaveLength(1)
    expect(tim9.members.filter((m) => m.role === 'anggota')).toHaveLength(7)
  })

  it('every sample record passes the same validation as user input, and every reference resolves', () => {
    for (const table of USER_TABLES) {
      for (const { id: _id, ...rest } of data[table])
        expect(inputSchemaByTable[table].safeParse(rest).success, `${table} ${_id}`).toBe(true)
    }
    const stakeholderIds = new Set(data.stakeholders.map((s) => s.id))
    for (const a of data.attendance) expect(stakeholderIds.has(a.stakeholderId)).toBe(true)
  })
})

describe('loading and removing the sample', () => {
  it('loads once, marked as sample, and removes exactly the sample, keeping user records and regions', async () => {
    db = await freshDb()
    await ensureReferenceRegions(db)
    const mine = await createRecord(
      db,
      'stakeholders',
      {
        kind: 'person',
        name: 'Siti',
        institutionId: null,
        institutionName: 'Setda',
        position: 'Analis',
        category: 'pemda',
        regionId: '63',
        phone: '',
        email: '',
      },
      { actor },
    )
    const added = await loadSampleData(db, actor, fixedNow)
    expect(added).toBeGreaterThan(40)
    expect(await loadSampleData(db, actor, fixedNow)).toBe(0)
    expect(await sampleRecordCount(db)).toBe(added)
    expect((await db.coverage.toArray()).every((c) => c.isSample === 1)).toBe(true)

    expect(await removeSampleData(db, actor)).toBe(added)
    expect(await sampleRecordCount(db)).toBe(0)
    expect(await db.regions.count()).toBe(14)
    expect((await db.stakeholders.toArray()).map((s) => s.id)).toEqual([mine.id])
    expect((await db.audit.toArray()).map((a) => a.recordId)).toEqual([mine.id])
  })
})
