/**
 * Renders real PDFs from the sample data and reads them back with a PDF text extractor
 * (poppler's pdftotext), and checks that the command line (backup file) and the app
 * (Dexie) build the same document definition.
 */
import 'fake-indexeddb/auto'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import { readAllTables } from '../../../src/renderer/features/data/backup-db'
import { serializeBackup } from '../../../src/renderer/features/data/backup-format'
import { loadPackSource } from '../../../src/renderer/features/briefing/pack-loader'
import { buildBriefingModel } from '../../../src/renderer/features/briefing/pack-model'
import { buildPackDocument } from '../../../src/renderer/features/briefing/pack-document'
import { parseArgs, renderPdf, sourceFromBackup } from '../../../scripts/briefing'
import { sampleSource } from './sample-source'

const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

function pdfText(bytes: Buffer): { text: string; pages: number } {
  const dir = mkdtempSync(join(tmpdir(), 'pack-'))
  const file = join(dir, 'pack.pdf')
  writeFileSync(file, bytes)
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1]) }
}

const asOf = '2026-11-23'

describe.skipIf(!hasPdftotext)('briefing PDF read back with pdftotext', () => {
  it('contains the sections asked for, numbers in id-ID format, and page numbers', async () => {
    const model = buildBriefingModel(sampleSource(), { meetingId: SAMPLE_IDS.meeting2019, asOf })
    const { text, pages } = pdfText(await renderPdf(buildPackDocument(model)))
    const flat = text.replace(/\s+/g, ' ')
    for (const title of [
      'PAKET BRIEFING',
      'Ringkasan',
      'Pokok pembicaraan',
      'Cakupan kepesertaan per kabupaten/kota',
      'Grafik cakupan',
      'Komitmen wilayah',
      'Profil kabupaten/kota: Kabupaten Balangan',
      'DAFTAR HADIR',
      'NOTULEN',
      'Tanda tangan',
    ]) {
      expect(flat).toContain(title)
    }
    expect(flat).toContain('46,44%')
    expect(flat).toContain('10,6%')
    expect(flat).toContain('1.400.000')
    expect(flat).toContain('41.120')
    expect(flat).toContain('15 Oktober 2019')
    expect(flat).toContain(`Halaman ${pages} dari ${pages}`)
    expect(flat).toContain('Data per 23 November 2026')
    expect(flat).not.toMatch(/46\.44%|1,400,000/)
    // The trend section names its periods as people write them.
    const trend = flat.slice(flat.lastIndexOf('Perkembangan cakupan'))
    expect(trend).toContain('Februari 2023')
    expect(trend).not.toContain('2023-02')
  }, 30_000)

  it('leaves out the sections switched off', async () => {
    const model = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2019,
      asOf,
      sections: { attendanceSheet: false, minutes: false, profiles: false, charts: false },
    })
    const flat = pdfText(await renderPdf(buildPackDocument(model))).text.replace(/\s+/g, ' ')
    expect(flat).toContain('Komitmen wilayah')
    for (const gone of [
      'DAFTAR HADIR',
      'NOTULEN',
      'Profil kabupaten/kota: Kabupaten Balangan',
      'Grafik cakupan',
    ])
      expect(flat).not.toContain(gone)
  }, 30_000)
})

describe('the command line and the app build the identical pack', () => {
  it('gives the same document definition from a backup file as from the database', async () => {
    const db = createDatabase('t-' + crypto.randomUUID())
    await db.open()
    await ensureReferenceRegions(db)
    await loadSampleData(db, { name: 'Staf', deviceId: 'dev-1' }, new Date('2026-11-01T00:00:00Z'))
    await db.settings.put({ key: 'userName', value: 'Staf Asisten I' })
    const fromDexie = buildPackDocument(
      buildBriefingModel((await loadPackSource(db, SAMPLE_IDS.meeting2023Rakor, asOf))!, {
        meetingId: SAMPLE_IDS.meeting2023Rakor,
        asOf,
      }),
    )
    const backup = await serializeBackup(await readAllTables(db), {
      createdAt: '2026-11-23T01:00:00.000Z',
      deviceId: 'dev-1',
      appVersion: '0.1.0',
    })
    const fromBackup = buildPackDocument(
      buildBriefingModel(await sourceFromBackup(backup), {
        meetingId: SAMPLE_IDS.meeting2023Rakor,
        asOf,
      }),
    )
    expect(JSON.stringify(fromBackup)).toBe(JSON.stringify(fromDexie))
    const footer = (d: typeof fromDexie) =>
      JSON.stringify((d.footer as (p: number, n: number, s: unknown) => unknown)(3, 9, {}))
    expect(footer(fromBackup)).toBe(footer(fromDexie))
    expect(fromDexie.info?.author).toBe('Staf Asisten I')
    db.close()
  })

  it('parses the command line, refusing unknown sections', () => {
    const args = parseArgs(
      ['--data', 'b.json', '--meeting', 'm1', '--out', 'p.pdf', '--without', 'minutes,profiles'],
      '2026-11-23',
    )
    expect(args.asOf).toBe('2026-11-23')
    expect(args.sections.minutes).toBe(false)
    expect(args.sections.summary).toBe(true)
    expect(() =>
      parseArgs(
        ['--data', 'b', '--meeting', 'm', '--out', 'o', '--sections', 'lampiran'],
        '2026-11-23',
      ),
    ).toThrow(/tidak dikenal/)
    expect(() => parseArgs(['--data', 'b'], '2026-11-23')).toThrow(/Pemakaian/)
  })
})
