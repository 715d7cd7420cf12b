/**
 * Spreadsheets in and out, as plain grids of cells. Pure apart from the lazily loaded
 * exceljs (about 1 MB, loaded only when a user exports or imports XLSX).
 *
 * Formula injection: a text cell that begins with =, +, - or @ would run as a formula in
 * Excel, so it is written with a leading apostrophe (Excel shows the text as typed).
 * readCell() removes that apostrophe again, so an exported file imports back unchanged.
 */
import Papa from 'papaparse'
import { formatNumber } from '../../../shared/format'
import { decodeFileText } from './backup-format'

export type Cell = string | number | null
export interface Sheet {
  header: string[]
  rows: Cell[][]
  /**
   * Columns whose cells are picked from a list (XLSX only: a drop-down on every data row,
   * the values on a hidden sheet "Pilihan"; a value not in the list is refused by Excel).
   */
  choices?: { column: number; values: string[] }[]
}

/** Rows of a template that get the drop-downs: enough for a year of monthly figures for 13 regions. */
export const CHOICE_ROWS = 2000

/** "A", …, "Z", "AA": the letters of a 0-based column. */
export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const r = (n - 1) % 26
    out = String.fromCharCode(65 + r) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}

export interface SheetColumn<T> {
  header: string
  value: (row: T) => Cell
}

const DANGEROUS = /^[=+\-@\t\r]/

/** Makes a text cell safe to open in a spreadsheet program. Numbers stay numbers. */
export function neutralise(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell
  return DANGEROUS.test(cell) ? `'${cell}` : cell
}

/** Undoes neutralise() on a text cell read back from a file. */
export function unneutralise(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text
}

export function toSheet<T>(rows: readonly T[], columns: readonly SheetColumn<T>[]): Sheet {
  return {
    header: columns.map((c) => String(neutralise(c.header))),
    rows: rows.map((row) => columns.map((c) => neutralise(c.value(row)))),
  }
}

/**
 * CSV the way Indonesian Excel opens it: semicolon separated, UTF-8 with BOM, decimal comma,
 * whole numbers without grouping (so 41120 never reads as 41,12).
 */
export function writeCsv(sheet: Sheet): string {
  const cells = (row: Cell[]) =>
    row.map((c) =>
      typeof c === 'number' ? formatNumber(c, 'id', 10).replace(/\./g, '') : (c ?? ''),
    )
  return `\uFEFF${Papa.unparse([sheet.header, ...sheet.rows.map(cells)], { delimiter: ';', newline: '\r\n', quotes: true })}`
}

interface RangeValidations {
  add(range: string, validation: import('exceljs').DataValidation): void
}

export async function writeXlsx(
  sheet: Sheet,
  sheetName = 'Data',
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  wb.creator = 'Simpul'
  const ws = wb.addWorksheet(sheetName.slice(0, 31))
  ws.addRow(sheet.header).font = { bold: true }
  for (const row of sheet.rows) ws.addRow(row.map((c) => (c === null ? null : c)))
  ws.columns.forEach((col, i) => {
    const widest = Math.max(
      sheet.header[i]?.length ?? 8,
      ...sheet.rows.slice(0, 200).map((r) => String(r[i] ?? '').length),
    )
    col.width = Math.min(60, Math.max(10, widest + 2))
  })
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  if (sheet.choices?.length) {
    // The lists live on a hidden sheet: an inline list is limited to 255 characters and
    // breaks on a label with a comma in it.
    const lists = wb.addWorksheet('Pilihan', { state: 'hidden' })
    sheet.choices.forEach((choice, i) => {
      const letter = columnLetter(i)
      lists.getCell(`${letter}1`).value = sheet.header[choice.column] ?? ''
      choice.values.forEach((v, j) => (lists.getCell(`${letter}${j + 2}`).value = v))
      const target = columnLetter(choice.column)
      // exceljs keeps a range's validation as one entry (its types only name the per-cell one).
      const validations = (ws as unknown as { dataValidations: RangeValidations }).dataValidations
      validations.add(`${target}2:${target}${CHOICE_ROWS + 1}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`Pilihan!$${letter}$2:$${letter}$${choice.values.length + 1}`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: 'Bukan pilihan yang dikenal',
        error: `Pilih salah satu: ${choice.values.join('; ')}`.slice(0, 255),
      })
    })
  }
  const buffer = await wb.xlsx.writeBuffer()
  return new Uint8Array(buffer as ArrayBuffer)
}

export class SheetReadError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SheetReadError'
  }
}

/** A raw cell as it comes from a file: CSV gives text, XLSX gives numbers and dates too. */
export type RawCell = string | number | Date | null

const MAX_ROWS = 200_000

/** The delimiters a CSV may use; the one found most often in the header line (outside quotes) wins. */
export const CSV_DELIMITERS = [';', '\t', ',', '|'] as const

function detectDelimiter(firstLine: string): string {
  const unquoted = firstLine.replace(/"[^"]*"/g, '')
  let best: string = ';'
  let most = 0
  for (const d of CSV_DELIMITERS) {
    const n = unquoted.split(d).length - 1
    if (n > most) {
      best = d
      most = n
    }
  }
  return best
}

export function readCsv(text: string): RawCell[][] {
  // One line ending before parsing: a file with CRLF, LF and CR-only lines mixed (pasted
  // together from several programs) must not turn rows into one cell's text.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
  if (body.trim() === '') throw new SheetReadError('Berkas kosong: tidak ada baris sama sekali.')
  if (body.includes('\u0000'))
    throw new SheetReadError(
      'Berkas ini bukan CSV teks (berisi data biner). Mungkin berkas lain yang diberi akhiran .csv.',
    )
  const firstLine = body.split('\n', 1)[0] ?? ''
  const delimiter = detectDelimiter(firstLine)
  const parsed = Papa.parse<string[]>(body, {
    delimiter,
    newline: '\n',
    dynamicTyping: false,
    skipEmptyLines: 'greedy',
  })
  const fatal = parsed.errors.find((e) => e.code === 'MissingQuotes')
  if (fatal)
    throw new SheetReadError(
      `Berkas CSV rusak atau terpotong: tanda petik tidak ditutup (baris ${(fatal.row ?? 0) + 1}). Pemisah kolom yang dibaca: titik koma, koma, tab atau garis tegak (|); berkas ini dibaca dengan "${delimiter === '\t' ? 'tab' : delimiter}".`,
    )
  if (parsed.data.length > MAX_ROWS + 1)
    throw new SheetReadError(
      `Berkas terlalu besar: lebih dari ${formatNumber(MAX_ROWS)} baris. Bagi menjadi beberapa berkas.`,
    )
  return parsed.data
}

function excelCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null
  if (typeof value === 'string' || typeof value === 'number') return value
  // Kept as Excel shows it, so a count column refuses it instead of reading 1 or 0.
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  if (value instanceof Date) return value
  if (typeof value === 'object') {
    const v = value as {
      richText?: { text: string }[]
      text?: unknown
      result?: unknown
      formula?: unknown
      error?: unknown
    }
    if (v.richText) return v.richText.map((p) => p.text).join('')
    // A formula cell: take the value Excel computed, never the formula.
    if (v.formula !== undefined || v.result !== undefined) return excelCell(v.result)
    if (typeof v.text === 'string') return v.text
    if (v.error !== undefined) return null
  }
  return String(value)
}

/** Reads the first worksheet of an XLSX file. */
export async function readXlsx(data: Uint8Array): Promise<RawCell[][]> {
  if (data.byteLength === 0) throw new SheetReadError('Berkas kosong: tidak ada baris sama sekali.')
  // Every XLSX file is a ZIP archive, which starts with "PK".
  if (data[0] !== 0x50 || data[1] !== 0x4b)
    throw new SheetReadError(
      'Berkas ini bukan XLSX yang sah (bukan arsip Excel). Mungkin berkas lain yang diberi akhiran .xlsx.',
    )
  const { default: ExcelJS } = await import('exceljs')
  const wb = new ExcelJS.Workbook()
  try {
    await wb.xlsx.load(
      data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
    )
  } catch {
    throw new SheetReadError(
      'Berkas XLSX rusak atau terpotong; Excel pun mungkin tidak bisa membukanya.',
    )
  }
  const ws = wb.worksheets[0]
  if (!ws || ws.rowCount === 0)
    throw new SheetReadError('Berkas kosong: lembar kerja pertama tidak berisi baris.')
  if (ws.rowCount > MAX_ROWS + 1)
    throw new SheetReadError(
      `Berkas terlalu besar: lebih dari ${formatNumber(MAX_ROWS)} baris. Bagi menjadi beberapa berkas.`,
    )
  const rows: RawCell[][] = []
  const width = ws.columnCount
  ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: RawCell[] = []
    for (let c = 1; c <= width; c++) cells.push(excelCell(row.getCell(c).value))
    rows[rowNumber - 1] = cells
  })
  for (let i = 0; i < rows.length; i++) rows[i] ??= []
  // Trailing blank rows are common in hand-edited sheets.
  while (rows.length && rows[rows.length - 1]!.every((c) => c === null || c === '')) rows.pop()
  return rows
}

export async function readSheetFile(name: string, data: Uint8Array): Promise<RawCell[][]> {
  const lower = name.toLowerCase()
  if (lower.endsWith('.xlsx')) return readXlsx(data)
  if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
    // UTF-8, UTF-16 (Excel's "Unicode Text") or Windows-1252.
    return readCsv(decodeFileText(data))
  }
  throw new SheetReadError('Jenis berkas tidak didukung. Pilih berkas .xlsx atau .csv.')
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
export const CSV_MIME = 'text/csv;charset=utf-8'
