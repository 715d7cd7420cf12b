import { describe, expect, it } from 'vitest'
import {
  GENERATED_TABLES,
  NATIONAL,
  NATIONAL_REGENCY_COUNT,
  TINY,
  benchContext,
  benchRegions,
  generateRecord,
  generateSlice,
  tableSize,
} from '../../../src/renderer/bench/generate'
import { inputSchemaByTable, regionSchema } from '../../../src/renderer/db/schemas'
import { checkStoredRow } from '../../../src/renderer/features/data/backup-format'
import { withoutMeta } from '../../fixtures/records'

describe('bench data generator', () => {
  it('has 38 provinces and 514 kabupaten/kota with Kemendagri-shaped, unique codes and Kalsel real', () => {
    const regions = benchRegions()
    const provinces = regions.filter((r) => r.kind === 'provinsi')
    const regencies = regions.filter((r) => r.kind !== 'provinsi')
    expect(provinces).toHaveLength(38)
    expect(regencies).toHaveLength(NATIONAL_REGENCY_COUNT)
    expect(new Set(regions.map((r) => r.id)).size).toBe(regions.length)
    for (const r of regions) expect(regionSchema.safeParse(r).success).toBe(true)
    const kalsel = regencies.filter((r) => r.parentId === '63')
    expect(kalsel).toHaveLength(13)
    expect(kalsel.find((r) => r.id === '63.11')?.name).toBe('Balangan')
    for (const r of regencies) expect(r.id.startsWith(`${r.parentId}.`)).toBe(true)
  })

  it('has the national counts of issue 8 (computed, not materialised)', () => {
    const ctx = benchContext(1, NATIONAL)
    expect(tableSize(ctx, 'coverage')).toBe(514 * 60 * 6)
    expect(tableSize(ctx, 'coverage')).toBe(185_040)
    expect(tableSize(ctx, 'commitments')).toBe(5_000)
    expect(tableSize(ctx, 'measurements')).toBe(60_000)
    expect(tableSize(ctx, 'meetings')).toBe(2_000)
    expect(tableSize(ctx, 'attendance')).toBe(20_000)
  })

  it('gives the same data for the same seed and different data for another seed', () => {
    const a = benchContext(42, NATIONAL)
    const b = benchContext(42, NATIONAL)
    const c = benchContext(43, NATIONAL)
    for (const table of GENERATED_TABLES) {
      const size = tableSize(a, table)
      for (const i of [0, 1, Math.floor(size / 2), size - 1]) {
        expect(generateRecord(b, table, i)).toEqual(generateRecord(a, table, i))
      }
      expect(generateRecord(c, table, 0).id).not.toBe(generateRecord(a, table, 0).id)
    }
    expect(generateSlice(a, 'commitments', 100, 103)).toEqual(
      generateSlice(b, 'commitments', 100, 103),
    )
  })

  it('covers every regency, month and segment exactly once', () => {
    const ctx = benchContext(7, TINY)
    const rows = generateSlice(ctx, 'coverage', 0, tableSize(ctx, 'coverage'))
    const keys = new Set(rows.map((r) => `${r.regionId}|${r.period}|${r.segment}`))
    expect(keys.size).toBe(rows.length)
    expect(new Set(rows.map((r) => r.regionId)).size).toBe(514)
    expect(new Set(rows.map((r) => r.period))).toEqual(new Set(['2021-01', '2021-02']))
    const last = generateRecord(benchContext(7, NATIONAL), 'coverage', 185_039)
    expect(last.period).toBe('2025-12')
  })

  it('produces records that pass the app schemas and the backup row check, with unique ids', () => {
    const ctx = benchContext(42, NATIONAL)
    for (const table of GENERATED_TABLES) {
      const size = tableSize(ctx, table)
      const step = Math.max(1, Math.floor(size / 400))
      const ids = new Set<string>()
      for (let i = 0; i < size; i += step) {
        const record = generateRecord(ctx, table, i)
        const input = withoutMeta(record)
        const parsed = inputSchemaByTable[table].safeParse(input)
        expect(parsed.success, `${table}[${i}]: ${parsed.error?.message}`).toBe(true)
        expect(checkStoredRow(table, record)).toBeNull()
        ids.add(record.id)
      }
      expect(ids.size).toBe(Math.ceil(size / step))
    }
  })

  it('links measurements and attendance to generated commitments, meetings and stakeholders', () => {
    const ctx = benchContext(5, TINY)
    const commitmentIds = new Set(generateSlice(ctx, 'commitments', 0, 1e9).map((c) => c.id))
    const meetingIds = new Set(generateSlice(ctx, 'meetings', 0, 1e9).map((m) => m.id))
    const stakeholderIds = new Set(generateSlice(ctx, 'stakeholders', 0, 1e9).map((s) => s.id))
    expect(
      generateSlice(ctx, 'measurements', 0, 1e9).every((m) => commitmentIds.has(m.commitmentId)),
    ).toBe(true)
    const attendance = generateSlice(ctx, 'attendance', 0, 1e9)
    expect(
      attendance.every((a) => meetingIds.has(a.meetingId) && stakeholderIds.has(a.stakeholderId)),
    ).toBe(true)
    const perMeeting = new Map<string, Set<string>>()
    for (const a of attendance)
      perMeeting.set(a.meetingId, (perMeeting.get(a.meetingId) ?? new Set()).add(a.stakeholderId))
    expect([...perMeeting.values()].every((s) => s.size === TINY.attendancePerMeeting)).toBe(true)
  })
})

describe('bench meetings for the briefing packs', () => {
  it('has one Kalsel-wide and one national meeting at fixed indexes', async () => {
    const { KALSEL_MEETING_INDEX, NATIONAL_MEETING_INDEX, meetingId } =
      await import('../../../src/renderer/bench/generate')
    const ctx = benchContext(3, TINY)
    const kalsel = generateRecord(ctx, 'meetings', KALSEL_MEETING_INDEX)
    const national = generateRecord(ctx, 'meetings', NATIONAL_MEETING_INDEX)
    expect(kalsel.regionIds).toEqual(['63'])
    expect(national.regionIds).toHaveLength(38)
    expect(meetingId(ctx, NATIONAL_MEETING_INDEX)).toBe(national.id)
  })
})
