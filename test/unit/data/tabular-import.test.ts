import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { createRecord, recordHistory } from '../../../src/renderer/db/repository'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import type { CoverageObservation, RecordInput } from '../../../src/renderer/db/types'
import { canonicalDump } from '../../../src/renderer/features/data/backup-db'
import {
  IMPORT_KINDS,
  KIND_COLUMNS,
  type ImportKind,
} from '../../../src/renderer/features/data/import-kinds'
import { readCsv, writeCsv, writeXlsx } from '../../../src/renderer/features/data/sheet'
import {
  autoMapping,
  formatProblem,
  importScope,
  recordsToSheet,
  templateSheet,
} from '../../../src/renderer/features/data/tabular-import'
import {
  importSheetFile,
  loadImportContext,
} from '../../../src/renderer/features/data/tabular-import-db'
import { actor, fixedNow, freshDb } from '../db/helpers'
import { liveOnly } from '../../../src/renderer/db/live'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
async function db0(sample = true): Promise<SimpulDexie> {
  const db = await freshDb()
  dbs.push(db)
  await ensureReferenceRegions(db)
  if (sample) await loadSampleData(db, actor, fixedNow)
  return db
}
const enc = (s: string) => new TextEncoder().encode(s)
const live = async (db: SimpulDexie, kind: ImportKind) => liveOnly(await db.table(kind).toArray())
const dataOf = (kind: ImportKind, r: Record<string, unknown>) =>
  Object.fromEntries(KIND_COLUMNS[kind].map((c) => [c.field, r[c.field]]))

const HEADER =
  'Kode wilayah;Periode;Segmen;Yang dihitung;Jumlah peserta;Jenis basis;Keterangan basis;Besar basis;Persentase (dari sumber);Sumber;Lembaga sumber;Tanggal data;Catatan'
const csv = (...rows: string[]) => enc([HEADER, ...rows].join('\r\n'))
const good =
  '63.01;2024;pu;active;41.120;pekerja_eligible;pekerja formal;80.000;;Rakor 2024;BPJS;30/06/2024;'

describe('export then import', () => {
  for (const format of ['xlsx', 'csv'] as const) {
    for (const kind of IMPORT_KINDS) {
      it(`${kind} ${format}: the exported file imports back unchanged, and into an empty laptop gives the same records`, async () => {
        const source = await db0()
        const records = await live(source, kind)
        expect(records.length).toBeGreaterThan(0)
        const sheet = recordsToSheet(kind, records)
        const data = format === 'xlsx' ? await writeXlsx(sheet) : enc(writeCsv(sheet))
        const file = { name: `x.${format}`, data }
        const before = await canonicalDump(source)
        const again = await importSheetFile(source, kind, file, actor, { now: fixedNow })
        expect(again.plan.problems.map(formatProblem)).toEqual([])
        expect(again.plan.unchanged).toBe(records.length)
        expect(again.added + again.changed).toBe(0)
        expect(await canonicalDump(source)).toBe(before)

        const target = await db0(false)
        // Commitments refer to meetings, which are not imported from a sheet: bring them.
        await target.meetings.bulkAdd(await source.meetings.toArray())
        if (kind === 'measurements') {
          // Measurements need their commitments: bring those first, the same way.
          const c = await live(source, 'commitments')
          await importSheetFile(
            target,
            'commitments',
            { name: 'c.csv', data: enc(writeCsv(recordsToSheet('commitments', c))) },
            actor,
            { now: fixedNow },
          )
        }
        const result = await importSheetFile(target, kind, file, actor, { now: fixedNow })
        expect(result.plan.problems).toEqual([])
        expect(result.added).toBe(records.length)
        const imported = await live(target, kind)
        const byId = new Map(imported.map((r: Record<string, unknown>) => [r.id, r]))
        for (const r of records)
          expect(dataOf(kind, byId.get(r.id) as Record<string, unknown>)).toEqual(dataOf(kind, r))
      })
    }
  }

  it('neutralises formula cells and restores them on import', async () => {
    const db = await db0(false)
    const rec = await createRecord(
      db,
      'coverage',
      {
        regionId: '63.72',
        period: '2023',
        segment: 'bpu',
        measure: 'registered',
        count: 100,
        baseKind: 'tidak_disebut',
        baseLabel: '+basis',
        baseSize: null,
        statedPercent: null,
        sourceDocument: '=HYPERLINK("http://x")',
        sourceInstitution: '@BPJS',
        asOfDate: null,
        note: '-catatan',
      } satisfies RecordInput<CoverageObservation>,
      { actor, now: fixedNow },
    )
    const sheet = recordsToSheet('coverage', [rec])
    const text = writeCsv(sheet)
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`)
    expect(text).toContain(`"'@BPJS"`)
    expect(text).toContain(`"'-catatan"`)
    expect(readCsv(text)[1]!.some((c) => typeof c === 'string' && c.startsWith('='))).toBe(false)
    const res = await importSheetFile(db, 'coverage', { name: 'x.csv', data: enc(text) }, actor)
    expect(res.plan.unchanged).toBe(1)
  })

  it('reads Indonesian numbers and dates, keeps region codes as text, and previews a change', async () => {
    const db = await db0(false)
    const first = await importSheetFile(db, 'coverage', { name: 'a.csv', data: csv(good) }, actor, {
      now: fixedNow,
    })
    expect(first.added).toBe(1)
    const [rec] = await live(db, 'coverage')
    expect(rec).toMatchObject({
      regionId: '63.01',
      count: 41120,
      baseSize: 80000,
      asOfDate: '2024-06-30',
    })
    const second = await importSheetFile(
      db,
      'coverage',
      { name: 'a.csv', data: csv(good.replace('41.120', '42.000')) },
      actor,
      { now: fixedNow },
    )
    expect(second.plan.changes).toMatchObject([
      { row: 2, fields: ['count'], before: { count: 41120 }, after: { count: 42000 } },
    ])
    // The first import's one entry stands for the record's creation; the change is its own.
    const history = await recordHistory(db, 'coverage', rec!.id)
    expect(history.map((h) => [h.action, h.recordId, h.source])).toEqual([
      ['update', rec!.id, 'import'],
      ['create', rec!.id, 'import'],
    ])
    expect(history[0]).toMatchObject({ before: { count: 41120 }, after: { count: 42000 } })
  })

  it("reads only the stored records of the file's regions and Ids, and matches them as a whole read would", async () => {
    const db = await db0(false)
    const other = good.replace('63.01', '63.02')
    await importSheetFile(db, 'coverage', { name: 'a.csv', data: csv(good, other) }, actor, {
      now: fixedNow,
    })
    const [inOther] = (await live(db, 'coverage')).filter((r) => r.regionId === '63.02')
    // A row for 63.01 that changes its figure by natural key, and a row naming 63.02's record
    // by its Id (moving it to 2025).
    const lines = [
      `Id;${HEADER}`,
      `;${good.replace('41.120', '43.000')}`,
      `${inOther!.id};${other.replace('2024', '2025').replace('41.120', '1.000')}`,
    ]
    const grid = readCsv(lines.join('\r\n'))
    const mapping = autoMapping('coverage', grid[0]!)
    expect(importScope('coverage', grid, mapping)).toEqual({
      ids: [inOther!.id],
      field: 'regionId',
      values: ['63.01', '63.02'],
    })
    const onlyA = importScope('coverage', grid.slice(0, 2), mapping)
    const scoped = await loadImportContext(db, 'coverage', onlyA)
    expect(scoped.existing.map((r) => r.regionId)).toEqual(['63.01'])
    expect((await loadImportContext(db, 'coverage')).existing).toHaveLength(2)

    const res = await importSheetFile(
      db,
      'coverage',
      { name: 'b.csv', data: enc(lines.join('\r\n')) },
      actor,
      { now: fixedNow },
    )
    expect(res.plan.problems).toEqual([])
    expect(res.plan.changes.map((c) => [c.row, c.id === inOther!.id, c.fields])).toEqual([
      [2, false, ['count']],
      [3, true, ['period', 'count']],
    ])
    expect(res.added).toBe(0)
  })

  it('costs one audit entry per import for new records, whatever their number, and each keeps its history', async () => {
    const db = await db0(false)
    const rows = Array.from({ length: 40 }, (_, i) =>
      good.replace('41.120', `${41_000 + i}`).replace('2024', String(1980 + i)),
    )
    const before = await db.audit.count()
    const res = await importSheetFile(
      db,
      'coverage',
      { name: 'many.csv', data: csv(...rows) },
      actor,
      { now: fixedNow },
    )
    expect(res.plan.problems).toEqual([])
    expect(res.added).toBe(40)
    const entries = (await db.audit.toArray()).slice(before)
    expect(entries).toEqual([
      expect.objectContaining({
        table: 'coverage',
        recordId: '*',
        action: 'create',
        source: 'import',
        at: fixedNow.toISOString(),
        after: { records: 40 },
      }),
    ])
    for (const rec of await live(db, 'coverage')) {
      const history = await recordHistory(db, 'coverage', rec.id)
      expect(history.map((h) => [h.action, h.recordId, h.by, h.at])).toEqual([
        ['create', rec.id, actor.name, fixedNow.toISOString()],
      ])
    }
  })
})

describe('bad input writes nothing and says why', () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string, RegExp][] = [
    ['an empty file', () => enc(''), 'x.csv', /Berkas kosong/],
    ['a header-only file', () => csv(), 'x.csv', /hanya ada baris judul/],
    [
      'a truncated XLSX',
      async () => (await writeXlsx(templateSheet('coverage'))).slice(0, 300),
      'x.xlsx',
      /rusak atau terpotong/,
    ],
    [
      'a foreign file named .xlsx',
      () => enc('%PDF-1.7 not a spreadsheet'),
      'x.xlsx',
      /bukan XLSX yang sah/,
    ],
    [
      'a foreign CSV',
      () => enc('nama,alamat\nBudi,Banjarmasin'),
      'x.csv',
      /Kolom wajib tidak ditemukan: Kode wilayah, Periode, Segmen/,
    ],
    [
      'an unknown region code',
      () => csv(good.replace('63.01', '63.99')),
      'x.csv',
      /Baris 2, kolom Kode wilayah: kode wilayah 63.99 tidak dikenal/,
    ],
    [
      'a malformed region code',
      () => csv(good.replace('63.01', '6301')),
      'x.csv',
      /Baris 2, kolom Kode wilayah: kode wilayah Kemendagri tidak sah/,
    ],
    [
      'a negative count',
      () => csv(good, good.replace('2024', '2023').replace('41.120', '-5')),
      'x.csv',
      /Baris 3, kolom Jumlah peserta: tidak boleh negatif/,
    ],
    [
      'a non-numeric count',
      () => csv(good.replace('41.120', 'empat puluh')),
      'x.csv',
      /Baris 2, kolom Jumlah peserta: bukan angka: "empat puluh"/,
    ],
    [
      'an impossible date',
      () => csv(good.replace('30/06/2024', '30/02/2024')),
      'x.csv',
      /Baris 2, kolom Tanggal data: tanggal tidak sah/,
    ],
    ['duplicate rows', () => csv(good, good), 'x.csv', /Baris 3: baris ganda: .*baris 2/],
    [
      'mixed decimal separators',
      () =>
        csv(
          good.replace(';;Rakor', ';46,44;Rakor').replace('41.120;', ';').replace('80.000', ''),
          good
            .replace('2024', '2022')
            .replace(';;Rakor', ';46.44;Rakor')
            .replace('41.120;', ';')
            .replace('80.000', ''),
        ),
      'x.csv',
      /Kolom Persentase \(dari sumber\): pemisah desimal bercampur: baris 2 memakai koma \("46,44"\), baris 3 memakai titik \("46.44"\)/,
    ],
  ]
  for (const [name, make, fileName, message] of cases) {
    it(`refuses ${name}`, async () => {
      const db = await db0()
      const before = await canonicalDump(db)
      let text: string
      try {
        const res = await importSheetFile(
          db,
          'coverage',
          { name: fileName, data: await make() },
          actor,
          { now: fixedNow },
        )
        text = res.plan.problems.map(formatProblem).join('\n')
        expect(res.added + res.changed).toBe(0)
      } catch (error) {
        text = (error as Error).message
      }
      expect(text).toMatch(message)
      expect(await canonicalDump(db)).toBe(before)
    })
  }

  it('a file with one bad row among good ones writes none of them', async () => {
    const db = await db0(false)
    const before = await canonicalDump(db)
    const rows = Array.from({ length: 50 }, (_, i) => good.replace('2024', String(1990 + i)))
    rows.push(good.replace('2024', '2099').replace('41.120', '-1'))
    const res = await importSheetFile(db, 'coverage', { name: 'x.csv', data: csv(...rows) }, actor)
    expect(res.plan.problems.map(formatProblem)).toEqual([
      'Baris 52, kolom Jumlah peserta: tidak boleh negatif',
    ])
    expect(await canonicalDump(db)).toBe(before)
  })

  it('a big file is checked in chunks with progress reports', async () => {
    const db = await db0(false)
    const regions = ['63.01', '63.02', '63.03', '63.04', '63.05']
    const rows: string[] = []
    for (const r of regions)
      for (let y = 1950; y < 2100; y++)
        for (const m of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'])
          rows.push(good.replace('63.01', r).replace('2024', `${y}-${m}`))
    const progress: number[] = []
    const res = await importSheetFile(
      db,
      'coverage',
      { name: 'big.csv', data: csv(...rows) },
      actor,
      { onProgress: (d) => progress.push(d) },
    )
    expect(res.added).toBe(rows.length)
    expect(progress.length).toBeGreaterThan(10)
    expect(await db.coverage.count()).toBe(rows.length)
  }, 60_000)
})
