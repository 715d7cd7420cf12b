/**
 * XLSX templates list allowed values as drop-downs with the labels users read on screen, and a
 * filled template imports: Indonesian labels, English labels and the codes all read back as
 * the codes. The generated file is opened again with exceljs to read the validation back.
 */
import ExcelJS from 'exceljs'
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { KIND_COLUMNS } from '../../../src/renderer/features/data/import-kinds'
import { columnLetter, writeXlsx, type Sheet } from '../../../src/renderer/features/data/sheet'
import { formatProblem, templateSheet } from '../../../src/renderer/features/data/tabular-import'
import { importSheetFile } from '../../../src/renderer/features/data/tabular-import-db'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

async function open(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  )
  return wb
}
const colOf = (field: string) =>
  columnLetter(KIND_COLUMNS.coverage.findIndex((c) => c.field === field))

/** The values a list validation offers, read from the range its formula names. */
function listValues(wb: ExcelJS.Workbook, formula: string): string[] {
  const m = /^(\w+)!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula)
  expect(m, formula).not.toBeNull()
  const ws = wb.getWorksheet(m![1]!)!
  const out: string[] = []
  for (let r = Number(m![3]); r <= Number(m![5]); r++)
    out.push(String(ws.getCell(`${m![2]}${r}`).value))
  return out
}

describe('XLSX templates with drop-downs', () => {
  it('offers segments, measures and bases by their Indonesian labels, on every data row', async () => {
    const wb = await open(await writeXlsx(templateSheet('coverage', 'id')))
    const ws = wb.worksheets[0]!
    for (const row of [2, 3, 500, 2001]) {
      const v = ws.getCell(`${colOf('segment')}${row}`).dataValidation
      expect(v?.type, `row ${row}`).toBe('list')
    }
    const segment = ws.getCell(`${colOf('segment')}2`).dataValidation
    expect(listValues(wb, segment.formulae![0] as string)).toEqual([
      'Semua pekerja',
      'Penerima Upah (PU)',
      'Bukan Penerima Upah (BPU)',
      'Jasa Konstruksi',
      'Pekerja Migran (PMI)',
      'Tenaga honorer / non-ASN',
      'Perangkat desa',
      'Pekerja rentan',
    ])
    const measure = ws.getCell(`${colOf('measure')}2`).dataValidation
    expect(listValues(wb, measure.formulae![0] as string)).toEqual(['terdaftar', 'aktif'])
    const base = ws.getCell(`${colOf('baseKind')}2`).dataValidation
    expect(listValues(wb, base.formulae![0] as string)).toContain('Basis tidak disebut sumber')
    // The example row is written in the same words, never as codes.
    expect(ws.getCell(`${colOf('segment')}2`).value).toBe('Semua pekerja')
    expect(ws.getCell(`${colOf('baseKind')}2`).value).toBe('Target populasi')
    // Free-text columns have no list.
    expect(ws.getCell(`${colOf('sourceDocument')}2`).dataValidation).toBeUndefined()
    expect(wb.getWorksheet('Pilihan')!.state).toBe('hidden')
  })

  it('names the target unit and commitment kind in English when the UI is English', async () => {
    const wb = await open(await writeXlsx(templateSheet('targets', 'en')))
    const ws = wb.worksheets[0]!
    const unitCol = columnLetter(KIND_COLUMNS.targets.findIndex((c) => c.field === 'unit'))
    expect(listValues(wb, ws.getCell(`${unitCol}2`).dataValidation.formulae![0] as string)).toEqual(
      ['people', 'percent'],
    )
    const c = await open(await writeXlsx(templateSheet('commitments', 'id')))
    const kindCol = columnLetter(KIND_COLUMNS.commitments.findIndex((x) => x.field === 'kind'))
    expect(
      listValues(c, c.worksheets[0]!.getCell(`${kindCol}2`).dataValidation.formulae![0] as string),
    ).toEqual(['Jumlah (orang)', 'Persentase', 'Tonggak (tahapan)'])
  })

  it('imports a filled template: Indonesian labels, English labels and codes all become codes', async () => {
    const db = await freshDb()
    dbs.push(db)
    const template = templateSheet('coverage', 'id')
    const fields = KIND_COLUMNS.coverage.map((c) => c.field)
    const row = (values: Record<string, string | number | null>) =>
      fields.map((f) => (f in values ? values[f]! : null))
    const common = { baseSize: null, statedPercent: null, sourceDocument: 'Rakor', asOfDate: null }
    const filled: Sheet = {
      ...template,
      rows: [
        ...template.rows,
        row({
          ...common,
          regionId: '63.11',
          period: '2023',
          segment: 'Pekerja rentan',
          measure: 'terdaftar',
          count: 41120,
          baseKind: 'Basis tidak disebut sumber',
        }),
        row({
          ...common,
          regionId: '63.01',
          period: '2024',
          segment: 'Vulnerable workers',
          measure: 'active',
          count: 900,
          baseKind: 'Base not stated by source',
        }),
        row({
          ...common,
          regionId: '63.02',
          period: '2024',
          segment: 'bpu',
          measure: 'registered',
          count: 700,
          baseKind: 'tidak_disebut',
        }),
      ],
    }
    const result = await importSheetFile(
      db,
      'coverage',
      { name: 'templat-cakupan.xlsx', data: await writeXlsx(filled) },
      actor,
      { now: fixedNow },
    )
    expect(result.plan.problems.map(formatProblem)).toEqual([])
    expect(result.added).toBe(4)
    const rows = await db.coverage.toArray()
    const by = (regionId: string) => rows.find((r) => r.regionId === regionId && r.count !== 62000)!
    expect(by('63.11')).toMatchObject({
      segment: 'pekerja_rentan',
      measure: 'registered',
      baseKind: 'tidak_disebut',
    })
    expect(by('63.01')).toMatchObject({
      segment: 'pekerja_rentan',
      measure: 'active',
      baseKind: 'tidak_disebut',
    })
    expect(by('63.02')).toMatchObject({ segment: 'bpu', measure: 'registered' })
    // The example row, written in labels, came in as codes too.
    expect(rows.find((r) => r.count === 62000)).toMatchObject({
      segment: 'semua',
      baseKind: 'target',
    })
  })

  it('refuses an unknown value naming the allowed labels', async () => {
    const db = await freshDb()
    dbs.push(db)
    const template = templateSheet('coverage', 'id')
    const segment = KIND_COLUMNS.coverage.findIndex((c) => c.field === 'segment')
    const bad: Sheet = {
      ...template,
      rows: template.rows.map((r) => r.map((c, i) => (i === segment ? 'Pekerja kantoran' : c))),
    }
    const result = await importSheetFile(
      db,
      'coverage',
      { name: 'x.xlsx', data: await writeXlsx(bad) },
      actor,
    )
    expect(result.added).toBe(0)
    expect(result.plan.problems.map(formatProblem).join('\n')).toContain(
      '"Pekerja kantoran" bukan pilihan yang dikenal (Semua pekerja; Penerima Upah (PU);',
    )
    expect(await db.coverage.count()).toBe(0)
  })
})
