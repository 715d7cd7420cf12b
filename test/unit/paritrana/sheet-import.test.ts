import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { liveOnly } from '../../../src/renderer/db/live'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import type { InpresStatus, ParitranaEvidence } from '../../../src/renderer/db/types'
import { canonicalDump } from '../../../src/renderer/features/data/backup-db'
import { readXlsx, writeCsv, writeXlsx } from '../../../src/renderer/features/data/sheet'
import {
  formatProblem,
  problemText,
  recordsToSheet,
  templateSheet,
} from '../../../src/renderer/features/data/tabular-import'
import { importSheetFile } from '../../../src/renderer/features/data/tabular-import-db'
import { defaultBoardRubric } from '../../../src/renderer/domain/paritrana-board'
import { loadBoard } from '../../../src/renderer/features/paritrana/queries'
import {
  evidenceSheet,
  INPRES_SHEET,
  scoresSheet,
} from '../../../src/renderer/features/paritrana/sheet-kinds'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
async function db0(sample = false): Promise<SimpulDexie> {
  const db = await freshDb()
  dbs.push(db)
  if (sample) await loadSampleData(db, actor, fixedNow)
  return db
}
const enc = (s: string) => new TextEncoder().encode(s)
const MATRIX_HEADER =
  'Kode wilayah;Kelompok pekerja;Status perlindungan;Pekerja terlindungi;Jumlah dalam kelompok;Jenis regulasi;Nomor regulasi;Tanggal regulasi;Tahap regulasi;Tahun APBD;Anggaran APBD (Rp);Pekerja dibiayai APBD;Tanggal keadaan;Sumber;Catatan'
const matrixCsv = (...rows: string[]) =>
  ({ name: 'matriks.csv', data: enc([MATRIX_HEADER, ...rows].join('\r\n')) }) as const
const tabalongDesa =
  '63.09;Perangkat desa;Sebagian;1.200;2.400;Perbup;12 Tahun 2025;01/03/2025;Terbit;2026;1.500.000.000;1.200;2025-11-01;Surat Disnaker Tabalong;'
const liveStatus = async (db: SimpulDexie) =>
  liveOnly(await db.inpresStatus.toArray()) as InpresStatus[]

describe('Inpres 2/2021 matrix from a spreadsheet', () => {
  it('the template names its columns, offers the labels as drop-downs and imports as it stands', async () => {
    const sheet = templateSheet(INPRES_SHEET, 'id')
    expect(sheet.header).toEqual(['Id', ...MATRIX_HEADER.split(';')])
    const group = sheet.header.indexOf('Kelompok pekerja')
    expect(sheet.rows[0]![group]).toBe('Perangkat desa')
    expect(sheet.choices?.find((c) => c.column === group)?.values).toContain('Non-ASN/honorer')
    const en = templateSheet(INPRES_SHEET, 'en')
    expect(en.choices?.find((c) => c.column === group)?.values).toContain('Village officials')
    const db = await db0()
    const bytes = await writeXlsx(sheet)
    const res = await importSheetFile(db, INPRES_SHEET, { name: 't.xlsx', data: bytes }, actor, {
      now: fixedNow,
    })
    expect(res.plan.problems).toEqual([])
    expect(res.added).toBe(1)
    const [row] = await liveStatus(db)
    expect(row).toMatchObject({
      regionId: '63.09',
      group: 'perangkat_desa',
      status: 'sebagian',
      covered: 1200,
      regulationKind: 'perbup',
      regulationStage: 'terbit',
      apbdYear: 2026,
      apbdAmount: 1_500_000_000,
      asOf: '2025-11-01',
    })
  })

  it('reads Indonesian numbers and dates, English labels too, and the matrix shows the row', async () => {
    const db = await db0()
    const en =
      '63.11;Village officials;All;;;Perbup;7 Tahun 2024;2024;Issued;2025;;3.100;2024;Perbup Balangan 7/2024;'
    const res = await importSheetFile(db, INPRES_SHEET, matrixCsv(tabalongDesa, en), actor, {
      now: fixedNow,
    })
    expect(res.plan.problems.map((p) => formatProblem(p))).toEqual([])
    expect(res.added).toBe(2)
    const board = await loadBoard(db, { provinceId: '63', editionYear: 2026, now: fixedNow })
    expect(board.current.get('63.09|perangkat_desa')?.covered).toBe(1200)
    expect(board.current.get('63.11|perangkat_desa')).toMatchObject({
      status: 'seluruhnya',
      regulationDate: '2024',
      apbdWorkers: 3100,
    })
    // The same region, group and date changes the record; the file imported twice changes nothing.
    const before = await canonicalDump(db)
    const again = await importSheetFile(db, INPRES_SHEET, matrixCsv(tabalongDesa, en), actor)
    expect([again.added, again.changed, again.plan.unchanged]).toEqual([0, 0, 2])
    expect(await canonicalDump(db)).toBe(before)
    const changed = await importSheetFile(
      db,
      INPRES_SHEET,
      matrixCsv(tabalongDesa.replace('1.200;2.400', '1.500;2.400')),
      actor,
    )
    expect([changed.added, changed.changed]).toEqual([0, 1])
    expect(changed.plan.changes[0]!.fields).toEqual(['covered'])
  })

  it('a bad row names its row and column in both languages, and nothing of the file is written', async () => {
    const db = await db0()
    const before = await canonicalDump(db)
    const file = matrixCsv(
      tabalongDesa,
      '63.03;Perangkat desa;kadang-kadang;;;;;;;;;;2025;Rakor;',
      '63.04;Pekerja rentan;Sebagian;;;;;;;;500.000.000;;2025;Rakor;',
      '63.99;Pekerja rentan;Belum;;;;;;;;;;2025;Rakor;',
      '63.05;Pekerja rentan;Sebagian;900;600;;;;;;;;2025;Rakor;',
    )
    const res = await importSheetFile(db, INPRES_SHEET, file, actor)
    expect(res.added).toBe(0)
    const id = res.plan.problems.map((p) => formatProblem(p))
    expect(id[0]).toMatch(
      /^Baris 3, kolom Status perlindungan: "kadang-kadang" bukan pilihan yang dikenal \(Belum; Sebagian; Seluruhnya\)$/,
    )
    expect(id[1]).toBe('Baris 4, kolom Tahun APBD: isi tahun anggaran APBD')
    expect(id[2]).toMatch(/^Baris 5, kolom Kode wilayah: kode wilayah 63.99 tidak dikenal/)
    expect(id[3]).toBe(
      'Baris 6, kolom Pekerja terlindungi: lebih besar dari jumlah kelompok; periksa angkanya',
    )
    expect(problemText(res.plan.problems[1]!, 'en')).toBe(
      'Row 4, column Tahun APBD: isi tahun anggaran APBD',
    )
    expect(await canonicalDump(db)).toBe(before)
  })

  it('a year written with a separator is refused, not read as 2.025', async () => {
    const db = await db0()
    const res = await importSheetFile(
      db,
      INPRES_SHEET,
      matrixCsv(tabalongDesa.replace(';2026;', ';2.026;')),
      actor,
    )
    expect(res.plan.problems.map((p) => formatProblem(p))).toEqual([
      'Baris 2, kolom Tahun APBD: tahun ditulis dengan pemisah ("2.026"); tulis tanpa titik atau koma, misalnya 2025',
    ])
  })

  for (const format of ['xlsx', 'csv'] as const)
    it(`the sample's matrix exported as ${format} imports back unchanged, and into an empty laptop the same`, async () => {
      const source = await db0(true)
      const records = await liveStatus(source)
      expect(records.length).toBeGreaterThan(0)
      const sheet = recordsToSheet(INPRES_SHEET, records, { labels: 'id' })
      const data = format === 'xlsx' ? await writeXlsx(sheet) : enc(writeCsv(sheet))
      const before = await canonicalDump(source)
      const again = await importSheetFile(
        source,
        INPRES_SHEET,
        { name: `m.${format}`, data },
        actor,
      )
      expect(again.plan.problems.map((p) => formatProblem(p))).toEqual([])
      expect(again.plan.unchanged).toBe(records.length)
      expect(await canonicalDump(source)).toBe(before)
      const empty = await db0()
      const into = await importSheetFile(empty, INPRES_SHEET, { name: `m.${format}`, data }, actor)
      expect(into.added).toBe(records.length)
      const strip = (r: InpresStatus) =>
        Object.fromEntries(
          INPRES_SHEET.columns.map((c) => [c.field, r[c.field as keyof InpresStatus]]),
        )
      expect(
        (await liveStatus(empty))
          .map(strip)
          .sort((a, b) => String(a.id).localeCompare(String(b.id))),
      ).toEqual(records.map(strip).sort((a, b) => String(a.id).localeCompare(String(b.id))))
    })
})

describe('Paritrana indicator evidence from a spreadsheet', () => {
  const HEADER = 'Kode wilayah;Tahun penilaian;Indikator;Nilai (0–100);Bukti;Sumber;Tanggal bukti'
  const file = (...rows: string[]) => ({
    name: 'bukti.csv',
    data: enc([HEADER, ...rows].join('\r\n')),
  })

  it('picks the indicator by its label in the rubric, and the readiness counts it', async () => {
    const db = await db0()
    const rubric = defaultBoardRubric()
    const kind = evidenceSheet(rubric, 2026)
    const board0 = await loadBoard(db, { provinceId: '63', editionYear: 2026, now: fixedNow })
    const res = await importSheetFile(
      db,
      kind,
      file(
        '63.11;2026;Inovasi perlindungan pekerja;80;Program Lindungi Pren;Sosialisasi Paringin 2025;2025-10-13',
      ),
      actor,
    )
    expect(res.plan.problems.map((p) => formatProblem(p))).toEqual([])
    const [e] = liveOnly(await db.paritranaEvidence.toArray()) as ParitranaEvidence[]
    expect(e).toMatchObject({ indicatorKey: 'inovasi', value: 80, editionYear: 2026 })
    const board = await loadBoard(db, { provinceId: '63', editionYear: 2026, now: fixedNow })
    // Wawancara weighs 10 of 100 in the default rubric, inovasi is 1 of its 2 indicators:
    // 80/100 of it adds 10 × ½ × 0,8 = 4 points.
    const gain = board.results.get('63.11')!.total - board0.results.get('63.11')!.total
    expect(gain).toBeCloseTo(4, 6)
  })

  it('an indicator the rubric does not score by evidence is refused with those it does', async () => {
    const db = await db0()
    const kind = evidenceSheet(defaultBoardRubric(), 2026)
    const res = await importSheetFile(db, kind, file('63.11;2026;regulasi;50;Perbup;;'), actor)
    expect(res.added).toBe(0)
    expect(formatProblem(res.plan.problems[0]!)).toBe(
      'Baris 2, kolom Indikator: "regulasi" bukan pilihan yang dikenal (Kepala daerah hadir dalam wawancara; Inovasi perlindungan pekerja)',
    )
    const over = await importSheetFile(
      db,
      kind,
      file('63.11;2026;inovasi;120;Lindungi Pren;;'),
      actor,
    )
    expect(formatProblem(over.plan.problems[0]!)).toBe(
      'Baris 2, kolom Nilai (0–100): paling besar 100',
    )
    expect(await db.paritranaEvidence.count()).toBe(0)
  })
})

describe('readiness scores export', () => {
  it('one row per regency as computed now, with the rubric, its standing and the data date', async () => {
    const db = await db0(true)
    const board = await loadBoard(db, { provinceId: '63', editionYear: 2026, now: fixedNow })
    const sheet = scoresSheet(board, 'id')
    expect(sheet.header.slice(0, 9)).toEqual([
      'Jenis',
      'Kode wilayah',
      'Kabupaten/kota',
      'Peringkat',
      'Tahun penilaian',
      'Rubrik',
      'Versi rubrik',
      'Bobot',
      'Skor total (dari 100)',
    ])
    expect(sheet.rows).toHaveLength(13 + board.scores.length)
    const first = sheet.rows[0]!
    const top = board.ranking[0]!
    expect(first.slice(0, 5)).toEqual([
      'dihitung sekarang (belum disimpan)',
      top.regionId,
      expect.any(String),
      1,
      2026,
    ])
    expect(first[7]).toBe('asumsi lokal, bukan resmi')
    expect(first[8]).toBe(Math.round(top.total * 10) / 10)
    expect(first[first.length - 1]).toBe(board.asOf)
    const en = scoresSheet(board, 'en')
    expect(en.header[8]).toBe('Total score (of 100)')
    expect(en.rows[0]![7]).toBe('local assumption, not official')
    // The sheet goes through the same writer as every export and reads back.
    const grid = await readXlsx(await writeXlsx(sheet))
    expect(grid[1]![1]).toBe(top.regionId)
  })
})
