/**
 * Turning a spreadsheet into a plan of additions and changes, checking every row. Pure: the
 * database's current records come in as arguments, the plan goes out; tabular-import-db.ts
 * writes a plan in one transaction. A plan with any error is never written.
 *
 * Numbers: Indonesian "41.120" (thousands) and "46,44" (decimal) are read with
 * parseLocaleNumber. A column that uses a decimal comma in one row and a decimal dot in
 * another ("46,44" and "46.44") is refused as a whole: such a file was assembled from two
 * conventions, and "41.120" next to "46.44" could silently mean 41 instead of 41 thousand.
 */
import { hiddenCharacterProblem } from '../../domain/hidden-characters'
import { parseLocaleNumber } from '../../../shared/format'
import { parseRecordData } from '../../db/rows'
import { FIELD_LABELS } from '../../db/schemas'
import type { RecordMeta, UserTableName } from '../../db/types'
import { sheetKindOf, type AnyImportKind, type ImportColumn, type ImportKind } from './import-kinds'
import { toSheet, unneutralise, type Cell, type RawCell, type Sheet } from './sheet'
import { allowedLabels, codeOfLabel, labelOf } from './enum-labels'
import type { Locale } from '../../../shared/format'

export type ColumnMapping = Record<string, number | null>

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').replace(/[*:]/g, '').trim()

/** Guesses which file column holds each field, by header text. */
export function autoMapping(kind: AnyImportKind, header: RawCell[]): ColumnMapping {
  const headers = header.map((h) => norm(String(h ?? '')))
  const mapping: ColumnMapping = {}
  const used = new Set<number>()
  for (const col of sheetKindOf(kind).columns) {
    const names = [norm(col.header), ...(col.aliases ?? []).map(norm)]
    let found: number | null = null
    for (const name of names) {
      const i = headers.findIndex((h, idx) => h === name && !used.has(idx))
      if (i >= 0) {
        found = i
        break
      }
    }
    if (found !== null) used.add(found)
    mapping[col.field] = found
  }
  return mapping
}

/** Spreadsheet row number a user sees (the header is row 1). */
const rowLabel = (index: number) => index + 2

type Decimal = 'comma' | 'dot' | null
function decimalStyle(text: string): Decimal {
  const s = text.trim().replace(/[\s\u00a0]/g, '')
  const lastComma = s.lastIndexOf(',')
  const lastDot = s.lastIndexOf('.')
  if (lastComma < 0 && lastDot < 0) return null
  if (lastComma > lastDot) return 'comma'
  // A dot followed by exactly three digits, with no comma, is Indonesian grouping ("41.120").
  if (lastComma < 0 && /^-?\d{1,3}(\.\d{3})+$/.test(s)) return null
  return 'dot'
}

function isoFromDate(d: Date): string {
  return d.toISOString().slice(0, 10)
}

export interface RowProblem {
  row: number
  column: string
  message: string
}

/**
 * A problem as the preview lists it. In English the frame says "Row 3, column Status"; the
 * message itself is the write path's Indonesian one (its zod messages are Indonesian only).
 */
export function problemText(p: RowProblem, locale: Locale): string {
  const [row, col, Col] =
    locale === 'en' ? ['Row', 'column', 'Column'] : ['Baris', 'kolom', 'Kolom']
  return p.row > 0
    ? `${row} ${p.row}${p.column ? `, ${col} ${p.column}` : ''}: ${p.message}`
    : `${p.column ? `${Col} ${p.column}: ` : ''}${p.message}`
}

/** The problem in Indonesian (one argument, so `problems.map(formatProblem)` stays right). */
export const formatProblem = (p: RowProblem): string => problemText(p, 'id')

const ENUM_ALIASES: Record<string, string> = {
  'jasa konstruksi': 'jakon',
  'perangkat desa': 'perangkat_desa',
  'pekerja rentan': 'pekerja_rentan',
  'tenaga honorer': 'honorer',
  'non-asn': 'honorer',
  terdaftar: 'registered',
  aktif: 'active',
  jumlah: 'count',
  orang: 'count',
  persen: 'percent',
  '%': 'percent',
  tonggak: 'milestone',
  'angkatan kerja': 'angkatan_kerja',
  'pekerja eligible': 'pekerja_eligible',
  'tidak disebut': 'tidak_disebut',
  'penduduk bekerja': 'penduduk_bekerja',
  ucj: 'penduduk_bekerja',
  'peserta terdaftar': 'peserta_terdaftar',
  'kabupaten/kota': 'kabupaten_kota',
}

function convert(
  kind: AnyImportKind,
  col: ImportColumn,
  raw: RawCell,
): { value?: unknown; error?: string } {
  // The same rule as every other text door (db/schemas.ts), told with row and column here.
  const hidden = typeof raw === 'string' ? hiddenCharacterProblem(raw) : null
  if (hidden) return { error: hidden }
  const isEmpty = raw === null || (typeof raw === 'string' && raw.trim() === '')
  const text = () => unneutralise(String(raw ?? '').trim())
  switch (col.type) {
    case 'id':
      if (isEmpty) return { value: undefined }
      if (!/^[0-9A-Za-z_-]{1,100}$/.test(text()))
        return { error: 'Id hanya boleh huruf, angka, - dan _' }
      return { value: text() }
    case 'text':
      return { value: isEmpty ? '' : raw instanceof Date ? isoFromDate(raw) : text() }
    case 'ref':
      return { value: isEmpty ? null : text() }
    case 'region': {
      if (isEmpty) return { error: 'wajib diisi' }
      // Excel turns a typed 63.10 into the number 63.1: restore the two-digit suffix.
      if (typeof raw === 'number')
        return { value: Number.isInteger(raw) ? String(raw) : raw.toFixed(2) }
      return { value: text() }
    }
    case 'period': {
      if (isEmpty) return { error: 'wajib diisi' }
      if (raw instanceof Date) return { value: isoFromDate(raw).slice(0, 7) }
      return {
        value:
          typeof raw === 'number'
            ? String(raw)
            : text().replace(
                /^(\d{4})\/(\d{1,2})$/,
                (_, y: string, m: string) => `${y}-${m.padStart(2, '0')}`,
              ),
      }
    }
    case 'int':
    case 'number': {
      if (isEmpty) return col.nullable ? { value: null } : { error: 'wajib diisi' }
      if (typeof raw === 'string' && /^(true|false|benar|salah)$/i.test(text()))
        return { error: `nilai benar/salah ("${text()}"), bukan angka` }
      if (/^year$|Year$/.test(col.field) && typeof raw === 'string' && /[.,\s]/.test(text()))
        return {
          error: `tahun ditulis dengan pemisah ("${text()}"); tulis tanpa titik atau koma, misalnya 2025`,
        }
      const n =
        typeof raw === 'number' ? raw : raw instanceof Date ? null : parseLocaleNumber(text())
      if (n === null) return { error: `bukan angka: "${text()}"` }
      if (col.type === 'int' && !Number.isInteger(n))
        return { error: `harus bilangan bulat: "${text()}"` }
      return { value: n }
    }
    case 'date': {
      if (isEmpty) return col.nullable ? { value: null } : { error: 'wajib diisi' }
      if (raw instanceof Date) return { value: isoFromDate(raw) }
      const s = text()
      const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s)
      return {
        value: dmy ? `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}` : s,
      }
    }
    case 'enum': {
      if (isEmpty) return col.nullable ? { value: null } : { error: 'wajib diisi' }
      const s = text().toLowerCase()
      // The label from the template's drop-down (Indonesian or English), the code, or a word
      // users write for it.
      const v =
        codeOfLabel(kind, col, text()) ??
        col.values?.find((x) => x === s) ??
        ENUM_ALIASES[s] ??
        s.replace(/\s+/g, '_')
      if (!col.values?.includes(v))
        return {
          error: `"${text()}" bukan pilihan yang dikenal (${allowedLabels(kind, col, 'id').join('; ')})`,
        }
      return { value: v }
    }
    case 'list':
      return {
        value: isEmpty
          ? []
          : text()
              .split(/\s*\|\s*/)
              .filter((x) => x !== ''),
      }
    case 'json': {
      if (isEmpty) return { value: [] }
      try {
        return { value: JSON.parse(text()) as unknown }
      } catch {
        return { error: 'bukan JSON yang sah' }
      }
    }
  }
}

export interface ImportContext {
  /**
   * The stored records the rows can match, deleted ones too: every record of the table, or
   * (read with an ImportScope) those sharing a row's first natural-key field — its region, or
   * for measurements its commitment — and those with a row's Id. Matching by natural key and
   * the preview's quality rules (which compare figures within one region or commitment) see
   * the same records either way.
   */
  existing: readonly (RecordMeta & Record<string, unknown>)[]
  knownRegions: ReadonlySet<string>
  /** Live commitment ids, for measurements. */
  knownCommitments: ReadonlySet<string>
}

/** What a file's rows can match: the Ids they name, and their natural key's first field. */
export interface ImportScope {
  ids: string[]
  /** The natural key's first field (regionId, or commitmentId for measurements). */
  field: string
  /** Its values in the file's rows, each once. */
  values: string[]
}

/**
 * The scope of a file for loadImportContext: read with the same conversion as planImport, so
 * a region code typed as a number in XLSX is the same code. Cells that do not convert are left
 * out (planImport reports them).
 */
export function importScope(
  kind: AnyImportKind,
  grid: RawCell[][],
  mapping: ColumnMapping,
): ImportScope {
  const spec = sheetKindOf(kind)
  const field = spec.naturalKey[0] ?? 'id'
  const idCol = spec.columns.find((c) => c.field === 'id')
  const keyCol = spec.columns.find((c) => c.field === field)
  const ids = new Set<string>()
  const values = new Set<string>()
  const read = (col: ImportColumn | undefined, cells: RawCell[], into: Set<string>) => {
    const idx = col ? mapping[col.field] : null
    if (!col || idx == null) return
    const { value, error } = convert(kind, col, cells[idx] ?? null)
    if (!error && value !== null && value !== undefined && value !== '') into.add(String(value))
  }
  for (const cells of grid.slice(1)) {
    read(idCol, cells, ids)
    read(keyCol, cells, values)
  }
  return { ids: [...ids], field, values: [...values] }
}

export interface PlannedChange {
  row: number
  id: string
  before: Record<string, unknown>
  after: Record<string, unknown>
  /** Fields whose value changes. */
  fields: string[]
}

export interface ImportPlan {
  /** The table the plan writes to (a built-in kind is its table's name). */
  kind: UserTableName
  adds: { row: number; id?: string; data: Record<string, unknown> }[]
  changes: PlannedChange[]
  unchanged: number
  problems: RowProblem[]
  totalRows: number
}

export interface PlanOptions {
  onProgress?: (done: number, total: number) => void
  /** Rows between yields to the event loop, so the screen stays responsive on big files. */
  chunkSize?: number
}

const MAX_PROBLEMS = 200
const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function sameValue(a: unknown, b: unknown) {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Checks every row and works out what the import would add and change. Problems name the
 * spreadsheet row and the column header as the user sees them in the file.
 */
export async function planImport(
  kind: AnyImportKind,
  grid: RawCell[][],
  mapping: ColumnMapping,
  ctx: ImportContext,
  options: PlanOptions = {},
): Promise<ImportPlan> {
  const spec = sheetKindOf(kind)
  const columns = spec.columns
  const header = grid[0] ?? []
  const body = grid.slice(1)
  const plan: ImportPlan = {
    kind: spec.table,
    adds: [],
    changes: [],
    unchanged: 0,
    problems: [],
    totalRows: 0,
  }
  const headerName = (col: ImportColumn) => {
    const idx = mapping[col.field]
    return idx != null && header[idx] != null && String(header[idx]).trim() !== ''
      ? String(header[idx])
      : col.header
  }
  const problem = (row: number, column: string, message: string) => {
    if (plan.problems.length < MAX_PROBLEMS) plan.problems.push({ row, column, message })
  }

  if (grid.length === 0 || header.every((h) => h === null || String(h).trim() === '')) {
    problem(0, '', 'Berkas kosong: tidak ada baris judul kolom.')
    return plan
  }
  const rows = body
    .map((cells, i) => ({ cells, index: i }))
    .filter(({ cells }) => cells.some((c) => c !== null && String(c).trim() !== ''))
  plan.totalRows = rows.length
  if (rows.length === 0) {
    problem(0, '', 'Berkas tidak berisi data: hanya ada baris judul kolom.')
    return plan
  }
  const required = columns.filter(
    (c) =>
      c.field !== 'id' &&
      !c.nullable &&
      c.type !== 'text' &&
      c.type !== 'list' &&
      c.type !== 'json',
  )
  const missing = required.filter((c) => mapping[c.field] == null)
  if (missing.length) {
    problem(
      0,
      '',
      `Kolom wajib tidak ditemukan: ${missing.map((c) => c.header).join(', ')}. Pasangkan kolomnya atau pakai templat.`,
    )
    return plan
  }

  // Mixed decimal separators in one numeric column: refuse the column as a whole.
  for (const col of columns.filter((c) => c.type === 'number' || c.type === 'int')) {
    const idx = mapping[col.field]
    if (idx == null) continue
    let comma: number | null = null
    let dot: number | null = null
    for (const { cells, index } of rows) {
      const raw = cells[idx]
      if (typeof raw !== 'string') continue
      const style = decimalStyle(raw)
      if (style === 'comma' && comma === null) comma = index
      if (style === 'dot' && dot === null) dot = index
    }
    if (comma !== null && dot !== null) {
      problem(
        0,
        headerName(col),
        `pemisah desimal bercampur: baris ${rowLabel(comma)} memakai koma ("${String(rows.find((r) => r.index === comma)!.cells[idx])}"), baris ${rowLabel(dot)} memakai titik ("${String(rows.find((r) => r.index === dot)!.cells[idx])}"). Samakan semua ke koma (46,44) lalu impor lagi.`,
      )
    }
  }
  if (plan.problems.length) return plan

  const byId = new Map(ctx.existing.map((r) => [r.id, r]))
  const keyFields = spec.naturalKey
  const keyOf = (r: Record<string, unknown>) => JSON.stringify(keyFields.map((f) => r[f]))
  const liveByKey = new Map<string, (RecordMeta & Record<string, unknown>)[]>()
  for (const r of ctx.existing) {
    if (r.deletedAt) continue
    const k = keyOf(r)
    liveByKey.set(k, [...(liveByKey.get(k) ?? []), r])
  }
  const seenIds = new Map<string, number>()
  const seenKeys = new Map<string, number>()
  const chunk = options.chunkSize ?? 500

  for (let n = 0; n < rows.length; n++) {
    if (n > 0 && n % chunk === 0) {
      options.onProgress?.(n, rows.length)
      await yieldToEventLoop()
    }
    const { cells, index } = rows[n]!
    const row = rowLabel(index)
    const data: Record<string, unknown> = {}
    let rowId: string | undefined
    let bad = false
    for (const col of columns) {
      const idx = mapping[col.field]
      const raw = idx == null ? null : (cells[idx] ?? null)
      const { value, error } = convert(kind, col, raw)
      if (error) {
        problem(row, headerName(col), error)
        bad = true
        continue
      }
      if (col.field === 'id') rowId = value as string | undefined
      else data[col.field] = value
    }
    if (bad) continue
    // Parsed by the write path's own parser, so applying the plan does not parse it again.
    const parsed = parseRecordData(spec.table, data)
    if (!parsed.ok) {
      for (const issue of parsed.issues.slice(0, 3)) {
        const field = String(issue.path[0] ?? '')
        const col = columns.find((c) => c.field === field)
        problem(row, col ? headerName(col) : (FIELD_LABELS[field] ?? field), issue.message)
      }
      continue
    }
    const clean = parsed.value
    if ('regionId' in clean && !ctx.knownRegions.has(String(clean.regionId))) {
      problem(
        row,
        headerName(columns.find((c) => c.field === 'regionId')!),
        `kode wilayah ${String(clean.regionId)} tidak dikenal. Tambahkan wilayahnya dulu atau perbaiki kodenya.`,
      )
      continue
    }
    if (spec.table === 'measurements' && !ctx.knownCommitments.has(String(clean.commitmentId))) {
      problem(
        row,
        headerName(columns.find((c) => c.field === 'commitmentId')!),
        `komitmen ${String(clean.commitmentId)} tidak ada di laptop ini`,
      )
      continue
    }
    const key = keyOf(clean)
    if (rowId !== undefined) {
      const first = seenIds.get(rowId)
      if (first !== undefined) {
        problem(row, 'Id', `baris ganda: Id yang sama sudah ada di baris ${first}`)
        continue
      }
      seenIds.set(rowId, row)
    }
    const firstKey = seenKeys.get(key)
    if (firstKey !== undefined) {
      problem(
        row,
        '',
        `baris ganda: isinya sama kuncinya dengan baris ${firstKey} (${keyFields.map((f) => FIELD_LABELS[f] ?? f).join(', ')})`,
      )
      continue
    }
    seenKeys.set(key, row)

    let target: (RecordMeta & Record<string, unknown>) | undefined
    if (rowId !== undefined) {
      target = byId.get(rowId)
      if (target?.deletedAt) {
        problem(
          row,
          'Id',
          'data dengan Id ini ada di Sampah. Pulihkan dulu dari Sampah, lalu impor lagi.',
        )
        continue
      }
    } else {
      const matches = liveByKey.get(key) ?? []
      if (matches.length > 1) {
        problem(
          row,
          '',
          'cocok dengan lebih dari satu data yang sudah ada. Tambahkan kolom Id (ekspor dulu untuk mendapatkannya).',
        )
        continue
      }
      target = matches[0]
    }
    if (!target) {
      plan.adds.push({ row, id: rowId, data: clean })
      continue
    }
    const fields = Object.keys(clean).filter((f) => !sameValue(clean[f], target[f]))
    if (fields.length === 0) {
      plan.unchanged++
      continue
    }
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const f of fields) {
      before[f] = target[f]
      after[f] = clean[f]
    }
    plan.changes.push({ row, id: target.id, before, after, fields })
  }
  options.onProgress?.(rows.length, rows.length)
  return plan
}

/** The export of a kind: its template columns, Id first, so the file imports back unchanged. */
export function recordsToSheet(
  kind: AnyImportKind,
  records: readonly object[],
  options: {
    /** Write codes of enum columns as their labels in this language, with drop-downs. */
    labels?: Locale
  } = {},
): Sheet {
  const { labels } = options
  const cell = (col: ImportColumn, r: Record<string, unknown>): Cell => {
    const v = r[col.field]
    if (v === null || v === undefined) return null
    if (labels && col.type === 'enum') return labelOf(kind, col, String(v), labels)
    if (col.type === 'list') return (v as string[]).join(' | ')
    if (col.type === 'json') return (v as unknown[]).length ? JSON.stringify(v) : ''
    if (typeof v === 'number') return v
    return String(v)
  }
  const sheet = toSheet(
    records as readonly Record<string, unknown>[],
    sheetKindOf(kind).columns.map((col) => ({
      header: col.header,
      value: (r: Record<string, unknown>) => cell(col, r),
    })),
  )
  if (!labels) return sheet
  return {
    ...sheet,
    choices: sheetKindOf(kind).columns.flatMap((col, column) =>
      col.type === 'enum' ? [{ column, values: allowedLabels(kind, col, labels) }] : [],
    ),
  }
}

/** An empty template with one example row a user can overwrite. */
export function templateSheet(kind: AnyImportKind, locale: Locale = 'id'): Sheet {
  if (typeof kind !== 'string') return recordsToSheet(kind, [kind.example], { labels: locale })
  const examples: Record<ImportKind, Record<string, unknown>> = {
    coverage: {
      regionId: '63.11',
      period: '2025',
      segment: 'semua',
      measure: 'registered',
      count: 62000,
      baseKind: 'target',
      baseLabel: 'target Bappenas',
      baseSize: 64000,
      statedPercent: null,
      sourceDocument: 'Sosialisasi Paringin 13 Oktober 2025',
      sourceInstitution: 'BPJS Ketenagakerjaan',
      asOfDate: '2025-10-13',
      note: '',
    },
    targets: {
      regionId: '63.11',
      year: 2025,
      segment: 'semua',
      value: 64000,
      unit: 'count',
      setBy: 'bappenas',
      sourceDocument: 'Target Bappenas',
      note: '',
    },
    commitments: {
      regionId: '63.11',
      title: 'Lindungi 20.000 pekerja rentan',
      statement: '',
      kind: 'count',
      segment: 'pekerja_rentan',
      baselineValue: 41120,
      baselineDate: '2023-12-31',
      baselineSource: '',
      targetValue: 20000,
      deadline: '2024-12-31',
      madeByName: '',
      madeByPosition: 'Bupati Balangan',
      responsibleOffice: '',
      stages: [],
      lifecycle: 'aktif',
      notes: '',
      evidence: [],
      parentId: null,
      meetingId: null,
    },
    measurements: {
      commitmentId: '(Id komitmen dari ekspor komitmen)',
      date: '2024-06-30',
      value: 8000,
      stageIndex: null,
      source: 'Laporan BPJS',
      note: '',
    },
  }
  return recordsToSheet(kind, [examples[kind]], { labels: locale })
}
