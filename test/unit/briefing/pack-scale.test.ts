/**
 * What makes the national pack (514 regencies) affordable without changing what it says:
 * shares with the screens' precision, reused formatters giving the general helpers' text,
 * and the coverage window the loader reads by index giving the same pack as a whole backup.
 */
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '../../../src/renderer/db/database'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import type { CoverageObservation } from '../../../src/renderer/db/types'
import { shareText as formatShare } from '../../../src/renderer/domain/figure-text'
import { loadPackSource } from '../../../src/renderer/features/briefing/pack-loader'
import {
  buildBriefingModel,
  COVERAGE_WINDOW,
} from '../../../src/renderer/features/briefing/pack-model'
import { buildPackDocument } from '../../../src/renderer/features/briefing/pack-document'
import { recordMeta } from '../../fixtures/records'
import { sampleSource } from './sample-source'

const asOf = '2026-11-23'

describe('pack formatting', () => {
  it('gives a computed share one decimal and a stated share its own, as the screens do', () => {
    expect(formatShare({ percent: 96.875, origin: 'computed' })).toBe('96,9%')
    expect(formatShare({ percent: 46.44, origin: 'stated' })).toBe('46,44%')
    expect(formatShare({ percent: null, origin: 'none' })).toBe('—')
  })

  it("shows Balangan's 62.000 of 64.000 as 96,9% on paper, like the dashboard", () => {
    const model = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf,
    })
    const balangan = model.profiles.find((p) => p.regionName === 'Kabupaten Balangan')!
    const values = balangan.figures.map((f) => f.valueText)
    // A share of the Bappenas target population is an achievement against it, not coverage.
    expect(values).toContain('capaian 96,9%')
    expect(values).toContain('cakupan 77,5%')
    expect(values).not.toContain('96,88%')
    const said = balangan.points.join(' ')
    expect(said).toContain(
      'Capaian seluruh pekerja Kabupaten Balangan 96,9% dari target Bappenas 64 ribu (2025): 62.000 pekerja terlindungi, kurang 2.000 pekerja.',
    )
    expect(said).not.toMatch(/Cakupan[^.]*96,9/)
    expect(said).not.toContain('masih di bawah target 64.000')
    expect(said).toContain('dari 80 ribu angkatan kerja, termasuk ASN, TNI dan Polri')
    expect(JSON.stringify(buildPackDocument(model))).not.toContain('96,88%')
  })
})

/** A monthly series: one figure a month for a regency and segment, count rising. */
function monthly(regionId: string, months: number): CoverageObservation[] {
  return Array.from({ length: months }, (_, i) => {
    const period = `${2021 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`
    return {
      ...recordMeta(),
      id: `cov-${regionId}-${String(i).padStart(3, '0')}`,
      regionId,
      period,
      segment: 'pu',
      measure: 'registered',
      count: 10_000 + i * 100,
      baseKind: 'pekerja_eligible',
      baseLabel: 'pekerja yang wajib terdaftar',
      baseSize: 50_000,
      statedPercent: null,
      sourceDocument: `Data bulanan ${period}`,
      sourceInstitution: 'BPJS Ketenagakerjaan',
      asOfDate: `${period}-28`,
      note: '',
    }
  })
}

describe('coverage window', () => {
  it('reads a few figures per region and segment by index, and builds the same pack as the whole backup', async () => {
    const extra = monthly('63.11', 36)
    const full = sampleSource({ coverage: extra })
    const db = createDatabase('t-' + crypto.randomUUID())
    await db.open()
    for (const [table, rows] of Object.entries(full)) await db.table(table).bulkPut(rows)
    const lean = (await loadPackSource(db, SAMPLE_IDS.meeting2023Rakor, '2023-06-30'))!
    // Balangan's monthly PU series is read only as far as the window; the whole table is not.
    expect(lean.coverage.filter((o) => o.regionId === '63.11' && o.segment === 'pu')).toHaveLength(
      COVERAGE_WINDOW,
    )
    expect(lean.coverage.length).toBeLessThan(full.coverage.length)
    const options = { meetingId: SAMPLE_IDS.meeting2023Rakor, asOf: '2023-06-30' }
    const fromDb = buildBriefingModel(lean, options)
    const fromBackup = buildBriefingModel(full, options)
    expect(JSON.stringify(buildPackDocument(fromDb))).toBe(
      JSON.stringify(buildPackDocument(fromBackup)),
    )
    // The latest figure on the data date (June 2023), and the change from the month before.
    const pu = fromDb.profiles
      .find((p) => p.regionId === '63.11')!
      .figures.find((f) => f.segment === 'pu')!
    expect(pu.periodLabel).toBe('Juni 2023')
    expect(pu.valueText).toBe('cakupan 25,8%')
    expect(fromDb.profiles.find((p) => p.regionId === '63.11')!.points.join(' ')).toContain(
      'naik 0,2 poin dari 25,6% pada Mei 2023',
    )
    db.close()
  })

  it('returns nothing for a meeting that does not exist', async () => {
    const db = createDatabase('t-' + crypto.randomUUID())
    await db.open()
    expect(await loadPackSource(db, 'tidak-ada', asOf)).toBeNull()
    db.close()
  })
})
