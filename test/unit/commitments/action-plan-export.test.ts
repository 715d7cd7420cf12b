import { describe, expect, it } from 'vitest'
import { evaluateCommitment } from '../../../src/renderer/domain/progress'
import { KIND_COLUMNS } from '../../../src/renderer/features/data/import-kinds'
import { actionPlanSheet } from '../../../src/renderer/features/commitments/action-plan-export'
import { balangan, measurement } from './fixtures'

const asOf = '2024-07-01'

function rowOf(c: ReturnType<typeof balangan>, ms: ReturnType<typeof measurement>[]) {
  return { commitment: c, evaluation: evaluateCommitment(c, ms, asOf), regionName: 'Balangan' }
}

describe('the commitments export as an action plan', () => {
  it('adds status, progress, expected progress, forecast and the meeting after the import columns, computed by the progress rules', () => {
    const c = balangan({
      meetingId: 'rakor-2023',
      madeByName: 'Abdul Hadi',
      madeByPosition: 'Bupati Balangan',
    })
    const sheet = actionPlanSheet(
      [rowOf(c, [measurement('2024-03-31', 43_120), measurement('2024-06-30', 45_120)])],
      new Map([['rakor-2023', 'Rakor Paritrana Kalsel 2023']]),
      asOf,
    )
    const cell = (header: string) => sheet.rows[0]![sheet.header.indexOf(header)]
    // The import columns come first, unchanged, so the file still imports back.
    expect(sheet.header.slice(0, KIND_COLUMNS.commitments.length)).toEqual(
      KIND_COLUMNS.commitments.map((col) => col.header),
    )
    expect(cell('Perangkat daerah penanggung jawab')).toBe('Disnakertrans Balangan')
    expect(cell('Disampaikan oleh')).toBe('Abdul Hadi')
    expect(cell('Jabatan')).toBe('Bupati Balangan')
    expect(cell('Nama kegiatan')).toBe('Rakor Paritrana Kalsel 2023')
    expect(cell('Nama wilayah')).toBe('Balangan')
    // Worked by hand: 45.120 − 41.120 = 4.000 of the 20.000 pledged = 20,0 %.
    expect(cell('Kemajuan (%)')).toBe(20)
    // The straight line from 31 Dec 2023 to 31 Dec 2024 (366 days) is at 183 days on 1 July
    // 2024: 50,0 % expected. Behind by 30 points (more than the 25 allowed): terlambat.
    expect(cell('Kemajuan seharusnya (%)')).toBe(50)
    expect(cell('Status kemajuan')).toBe('Terlambat')
    // The last two points gain 2.000 in 91 days; 16.000 to go takes 728 days from 30 June
    // 2024: 28 June 2026, after the deadline.
    expect(cell('Perkiraan')).toBe(
      'Dengan laju sekarang baru tercapai sekitar 28 Juni 2026, sesudah tenggat',
    )
    expect(cell('Dihitung per')).toBe(asOf)
  })

  it('says a reached commitment is reached, with no expected progress, in English when asked', () => {
    const c = balangan()
    const sheet = actionPlanSheet(
      [rowOf(c, [measurement('2024-05-31', 62_000)])],
      new Map(),
      asOf,
      'en',
    )
    const cell = (header: string) => sheet.rows[0]![sheet.header.indexOf(header)]
    expect(cell('Progress status')).toBe('Achieved')
    expect(cell('Progress (%)')).toBe(100)
    expect(cell('Expected progress (%)')).toBeNull()
    expect(cell('Forecast')).toBe('Reached on 31 May 2024')
    expect(cell('Meeting name')).toBeNull()
  })
})

describe('the action-plan export still imports back', () => {
  it('changes nothing when the exported file is imported again (the added columns are not read)', async () => {
    const { actor, fixedNow, freshDb } = await import('../db/helpers')
    const { loadSampleData } = await import('../../../src/renderer/db/sample-actions')
    const { loadCommitmentRows, loadMeetingTitles } =
      await import('../../../src/renderer/features/commitments/queries')
    const { writeXlsx } = await import('../../../src/renderer/features/data/sheet')
    const { importSheetFile } =
      await import('../../../src/renderer/features/data/tabular-import-db')
    const db = await freshDb()
    await loadSampleData(db, actor, fixedNow)
    const { rows } = await loadCommitmentRows(db, '2026-11-23')
    const titles = await loadMeetingTitles(
      db,
      rows.flatMap((r) => (r.commitment.meetingId ? [r.commitment.meetingId] : [])),
    )
    const sheet = actionPlanSheet(rows, titles, '2026-11-23')
    expect(
      sheet.rows.some((r) => String(r[sheet.header.indexOf('Nama kegiatan')]).length > 3),
    ).toBe(true)
    const result = await importSheetFile(
      db,
      'commitments',
      { name: 'komitmen.xlsx', data: await writeXlsx(sheet) },
      actor,
      { now: fixedNow },
    )
    expect(result.plan.problems).toEqual([])
    expect(result.plan.unchanged).toBe(rows.length)
    expect(result.added + result.changed).toBe(0)
    db.close()
  })
})
