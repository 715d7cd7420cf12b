/**
 * Spreadsheet files as people really send them: mixed line endings, UTF-16 "Unicode Text",
 * pipe-delimited CSV, Excel booleans, grouped years and hidden bidi controls.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { canonicalDump } from '../../../src/renderer/features/data/backup-db'
import { readCsv, readSheetFile, writeXlsx } from '../../../src/renderer/features/data/sheet'
import { formatProblem } from '../../../src/renderer/features/data/tabular-import'
import { importSheetFile } from '../../../src/renderer/features/data/tabular-import-db'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
const enc = (s: string) => new TextEncoder().encode(s)
const HEADER = [
  'Kode wilayah',
  'Periode',
  'Segmen',
  'Yang dihitung',
  'Jumlah peserta',
  'Jenis basis',
  'Keterangan basis',
  'Besar basis',
  'Persentase (dari sumber)',
  'Sumber',
  'Lembaga sumber',
  'Tanggal data',
  'Catatan',
]
const row = (region: string, note = '') => [
  region,
  '2024',
  'pu',
  'active',
  '41120',
  'pekerja_eligible',
  '',
  '80000',
  '',
  'Rakor',
  'BPJS',
  '',
  note,
]

async function db0() {
  const db = await freshDb()
  dbs.push(db)
  return db
}
const utf16le = (text: string) => {
  const out = new Uint8Array(2 + text.length * 2)
  out[0] = 0xff
  out[1] = 0xfe
  for (let i = 0; i < text.length; i++) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff
    out[3 + i * 2] = text.charCodeAt(i) >> 8
  }
  return out
}

describe('CSV line endings, encodings and delimiters', () => {
  it('reads a CSV with a CRLF header, LF rows and CR-only rows as three rows', async () => {
    const text =
      HEADER.join(';') +
      '\r\n' +
      row('63.01').join(';') +
      '\n' +
      row('63.02').join(';') +
      '\r' +
      row('63.03').join(';') +
      '\r'
    expect(readCsv(text)).toHaveLength(4)
    const db = await db0()
    const res = await importSheetFile(db, 'coverage', { name: 'x.csv', data: enc(text) }, actor, {
      now: fixedNow,
    })
    expect(res.plan.problems).toEqual([])
    expect(res.added).toBe(3)
    expect((await db.coverage.toArray()).every((c) => c.note === '')).toBe(true)
  })

  it('reads Excel "Unicode Text" (UTF-16, tab-delimited), with or without BOM', async () => {
    const text = [HEADER, row('63.01'), row('63.02')].map((r) => r.join('\t')).join('\r\n')
    const grid = await readSheetFile('x.txt', utf16le(text))
    expect(grid).toHaveLength(3)
    expect(grid[1]![0]).toBe('63.01')
    const noBom = await readSheetFile('x.txt', utf16le(text).subarray(2))
    expect(noBom[2]![0]).toBe('63.02')
  })

  it('detects a pipe-delimited CSV', async () => {
    const text = [HEADER, row('63.01'), row('63.02')].map((r) => r.join('|')).join('\n')
    const grid = readCsv(text)
    expect(grid[0]).toEqual(HEADER)
    expect(grid[2]![0]).toBe('63.02')
  })
})

describe('cells that look like numbers but are not', () => {
  async function refusedXlsx(cells: (string | number | boolean)[][], message: RegExp) {
    const db = await db0()
    const before = await canonicalDump(db)
    const data = await writeXlsx({ header: HEADER, rows: cells as never })
    const res = await importSheetFile(db, 'coverage', { name: 'x.xlsx', data }, actor, {
      now: fixedNow,
    })
    expect(res.plan.problems.map(formatProblem).join('\n')).toMatch(message)
    expect(res.added).toBe(0)
    expect(await canonicalDump(db)).toBe(before)
  }

  it('refuses TRUE in a count column, naming row and column', async () => {
    const r: (string | number | boolean)[] = row('63.01')
    r[4] = true
    await refusedXlsx([r], /Baris 2, kolom Jumlah peserta: .*TRUE/)
  })

  it('refuses a year grouped as "2.025", naming row and column', async () => {
    const db = await db0()
    const header = 'Kode wilayah;Tahun;Segmen;Nilai target;Satuan;Penetap;Sumber;Catatan'
    const text = `${header}\r\n63.01;2.025;semua;70000;count;bappenas;RPJMN;\r\n`
    const res = await importSheetFile(db, 'targets', { name: 't.csv', data: enc(text) }, actor, {
      now: fixedNow,
    })
    expect(res.plan.problems.map(formatProblem).join('\n')).toMatch(
      /Baris 2, kolom Tahun: .*2\.025/,
    )
    expect(res.added).toBe(0)
  })

  it('refuses hidden bidi controls, naming row and column', async () => {
    const db = await db0()
    const text = [HEADER, row('63.01', 'catatan \u202Eterbalik\u202C')]
      .map((r) => r.join(';'))
      .join('\r\n')
    const res = await importSheetFile(db, 'coverage', { name: 'x.csv', data: enc(text) }, actor, {
      now: fixedNow,
    })
    expect(res.plan.problems.map(formatProblem).join('\n')).toMatch(
      /Baris 2, kolom Catatan: .*arah teks/,
    )
    expect(await db.coverage.count()).toBe(0)
  })
})
