/**
 * The four kinds of records that come in from spreadsheets (coverage observations, targets,
 * commitments, commitment measurements): their columns, in the order of the template and of
 * the export, so a file exported from Simpul imports back unchanged. Pure.
 */
import type { Locale } from '../../../shared/format'
import {
  BASE_KINDS,
  COMMITMENT_KINDS,
  MEASURES,
  SEGMENTS,
  TARGET_SETTERS,
  type UserRecordByTable,
  type UserTableName,
} from '../../db/types'

export const IMPORT_KINDS = ['coverage', 'targets', 'commitments', 'measurements'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export type ColumnType =
  'id' | 'text' | 'region' | 'period' | 'int' | 'number' | 'date' | 'enum' | 'list' | 'json' | 'ref'

export interface ImportColumn {
  field: string
  header: string
  type: ColumnType
  /** Empty cell becomes null (otherwise '' for text, or "wajib diisi"). */
  nullable?: boolean
  values?: readonly string[]
  /** Other headers users write for this column (lower case, compared loosely). */
  aliases?: string[]
}

const id: ImportColumn = {
  field: 'id',
  header: 'Id',
  type: 'id',
  aliases: ['id', 'kode data', 'uuid'],
}
const region: ImportColumn = {
  field: 'regionId',
  header: 'Kode wilayah',
  type: 'region',
  aliases: ['kode wilayah', 'wilayah', 'kode', 'kode kab/kota', 'kab/kota', 'region'],
}

export const KIND_COLUMNS: Record<ImportKind, ImportColumn[]> = {
  coverage: [
    id,
    region,
    {
      field: 'period',
      header: 'Periode',
      type: 'period',
      aliases: ['periode', 'tahun', 'bulan', 'period'],
    },
    {
      field: 'segment',
      header: 'Segmen',
      type: 'enum',
      values: SEGMENTS,
      aliases: ['segmen', 'segment', 'kelompok'],
    },
    {
      field: 'measure',
      header: 'Yang dihitung',
      type: 'enum',
      values: MEASURES,
      aliases: ['yang dihitung', 'ukuran', 'measure', 'status peserta'],
    },
    {
      field: 'count',
      header: 'Jumlah peserta',
      type: 'int',
      nullable: true,
      aliases: ['jumlah', 'jumlah peserta', 'peserta', 'count', 'tk aktif', 'tenaga kerja'],
    },
    {
      field: 'baseKind',
      header: 'Jenis basis',
      type: 'enum',
      values: BASE_KINDS,
      aliases: ['jenis basis', 'basis', 'base kind'],
    },
    {
      field: 'baseLabel',
      header: 'Keterangan basis',
      type: 'text',
      aliases: ['keterangan basis', 'base label'],
    },
    {
      field: 'baseSize',
      header: 'Besar basis',
      type: 'int',
      nullable: true,
      aliases: ['besar basis', 'potensi', 'base size', 'jumlah basis'],
    },
    {
      field: 'statedPercent',
      header: 'Persentase (dari sumber)',
      type: 'number',
      nullable: true,
      aliases: ['persentase', 'persen', '%', 'cakupan (%)', 'stated percent'],
    },
    {
      field: 'sourceDocument',
      header: 'Sumber',
      type: 'text',
      aliases: ['sumber', 'dokumen sumber', 'source'],
    },
    {
      field: 'sourceInstitution',
      header: 'Lembaga sumber',
      type: 'text',
      aliases: ['lembaga sumber', 'lembaga', 'instansi'],
    },
    {
      field: 'asOfDate',
      header: 'Tanggal data',
      type: 'date',
      nullable: true,
      aliases: ['tanggal data', 'per tanggal', 'tanggal', 'as of'],
    },
    { field: 'note', header: 'Catatan', type: 'text', aliases: ['catatan', 'keterangan', 'note'] },
  ],
  targets: [
    id,
    region,
    { field: 'year', header: 'Tahun', type: 'int', aliases: ['tahun', 'year'] },
    {
      field: 'segment',
      header: 'Segmen',
      type: 'enum',
      values: SEGMENTS,
      aliases: ['segmen', 'segment'],
    },
    {
      field: 'value',
      header: 'Nilai target',
      type: 'number',
      aliases: ['nilai', 'nilai target', 'target', 'value'],
    },
    {
      field: 'unit',
      header: 'Satuan',
      type: 'enum',
      values: ['count', 'percent'],
      aliases: ['satuan', 'unit'],
    },
    {
      field: 'setBy',
      header: 'Penetap',
      type: 'enum',
      values: TARGET_SETTERS,
      aliases: ['penetap', 'ditetapkan oleh', 'set by'],
    },
    { field: 'sourceDocument', header: 'Sumber', type: 'text', aliases: ['sumber', 'source'] },
    { field: 'note', header: 'Catatan', type: 'text', aliases: ['catatan', 'note'] },
  ],
  commitments: [
    id,
    region,
    { field: 'title', header: 'Judul', type: 'text', aliases: ['judul', 'komitmen', 'title'] },
    {
      field: 'statement',
      header: 'Pernyataan',
      type: 'text',
      aliases: ['pernyataan', 'statement'],
    },
    {
      field: 'kind',
      header: 'Jenis',
      type: 'enum',
      values: COMMITMENT_KINDS,
      aliases: ['jenis', 'kind'],
    },
    {
      field: 'segment',
      header: 'Segmen',
      type: 'enum',
      values: SEGMENTS,
      nullable: true,
      aliases: ['segmen', 'segment'],
    },
    {
      field: 'baselineValue',
      header: 'Nilai awal',
      type: 'number',
      nullable: true,
      aliases: ['nilai awal', 'baseline'],
    },
    {
      field: 'baselineDate',
      header: 'Tanggal nilai awal',
      type: 'date',
      nullable: true,
      aliases: ['tanggal nilai awal', 'tanggal baseline'],
    },
    {
      field: 'baselineSource',
      header: 'Sumber nilai awal',
      type: 'text',
      aliases: ['sumber nilai awal', 'sumber baseline'],
    },
    {
      field: 'targetValue',
      header: 'Target',
      type: 'number',
      nullable: true,
      aliases: ['target', 'nilai target'],
    },
    {
      field: 'deadline',
      header: 'Tenggat',
      type: 'date',
      aliases: ['tenggat', 'batas waktu', 'deadline'],
    },
    {
      field: 'madeByName',
      header: 'Disampaikan oleh',
      type: 'text',
      aliases: ['disampaikan oleh', 'oleh'],
    },
    { field: 'madeByPosition', header: 'Jabatan', type: 'text', aliases: ['jabatan'] },
    {
      field: 'responsibleOffice',
      header: 'Perangkat daerah penanggung jawab',
      type: 'text',
      aliases: ['perangkat daerah penanggung jawab', 'penanggung jawab', 'opd'],
    },
    { field: 'stages', header: 'Tahapan', type: 'list', aliases: ['tahapan', 'tahap', 'stages'] },
    {
      field: 'lifecycle',
      header: 'Status',
      type: 'enum',
      values: ['aktif', 'dibatalkan'],
      aliases: ['status'],
    },
    { field: 'notes', header: 'Catatan', type: 'text', aliases: ['catatan', 'notes'] },
    {
      field: 'evidence',
      header: 'Bukti (JSON)',
      type: 'json',
      aliases: ['bukti', 'bukti (json)', 'evidence'],
    },
    {
      field: 'parentId',
      header: 'Id induk',
      type: 'ref',
      nullable: true,
      aliases: ['id induk', 'induk'],
    },
    {
      field: 'meetingId',
      header: 'Id kegiatan',
      type: 'ref',
      nullable: true,
      aliases: ['id kegiatan', 'kegiatan'],
    },
  ],
  measurements: [
    id,
    {
      field: 'commitmentId',
      header: 'Id komitmen',
      type: 'ref',
      aliases: ['id komitmen', 'komitmen'],
    },
    { field: 'date', header: 'Tanggal', type: 'date', aliases: ['tanggal', 'date'] },
    {
      field: 'value',
      header: 'Nilai',
      type: 'number',
      nullable: true,
      aliases: ['nilai', 'capaian', 'value'],
    },
    {
      field: 'stageIndex',
      header: 'Tahap ke (0 = pertama)',
      type: 'int',
      nullable: true,
      aliases: ['tahap', 'tahap ke', 'stage'],
    },
    { field: 'source', header: 'Sumber', type: 'text', aliases: ['sumber', 'source'] },
    { field: 'note', header: 'Catatan', type: 'text', aliases: ['catatan', 'note'] },
  ],
}

/**
 * Columns the import preview shows for new rows: enough to recognise each row and, for a
 * coverage figure, what it is a share of and where it comes from.
 */
export const PREVIEW_FIELDS: Record<ImportKind, string[]> = {
  coverage: [
    'regionId',
    'period',
    'segment',
    'measure',
    'count',
    'baseKind',
    'baseSize',
    'sourceDocument',
    'asOfDate',
  ],
  targets: ['regionId', 'year', 'segment', 'value', 'unit', 'setBy', 'sourceDocument'],
  commitments: [
    'regionId',
    'title',
    'kind',
    'segment',
    'targetValue',
    'deadline',
    'responsibleOffice',
  ],
  measurements: ['commitmentId', 'date', 'value', 'stageIndex', 'source'],
}

export const KIND_LABELS: Record<ImportKind, string> = {
  coverage: 'Cakupan kepesertaan',
  targets: 'Target',
  commitments: 'Komitmen',
  measurements: 'Capaian komitmen',
}

export const KIND_FILE_BASE: Record<ImportKind, string> = {
  coverage: 'cakupan',
  targets: 'target',
  commitments: 'komitmen',
  measurements: 'capaian-komitmen',
}

/**
 * Fields that identify "the same" record when a file has no Id column: a row whose key
 * matches one live record updates it; otherwise it is added.
 */
export const NATURAL_KEYS: Record<ImportKind, string[]> = {
  coverage: ['regionId', 'period', 'segment', 'measure', 'baseKind'],
  targets: ['regionId', 'year', 'segment', 'setBy'],
  commitments: ['regionId', 'title'],
  measurements: ['commitmentId', 'date'],
}

export type ImportRecord<K extends ImportKind> = UserRecordByTable[K]

/**
 * The extension point for another area's table (features/paritrana's Inpres matrix and
 * indicator evidence): a kind described by its columns, key and example instead of by the
 * tables above, read, checked, previewed and written by the same code as the built-in kinds
 * (planImport, templateSheet, recordsToSheet, applyImportPlan, ImportPanel). Its rows are
 * validated by the write path's own schema of `table`.
 */
export interface SheetKind {
  table: UserTableName
  label: { id: string; en: string }
  fileBase: string
  columns: readonly ImportColumn[]
  /** Fields that identify "the same" record when a row has no Id (see NATURAL_KEYS). */
  naturalKey: readonly string[]
  previewFields: readonly string[]
  /** The template's example row. */
  example: Record<string, unknown>
  /** Labels of an enum column's codes (drop-downs, and read back in either language). */
  enumLabels?: (col: ImportColumn, locale: Locale) => Readonly<Record<string, string>> | null
}

export type AnyImportKind = ImportKind | SheetKind

const BUILT_IN: Partial<Record<ImportKind, SheetKind>> = {}

/** The description of a kind; a built-in kind is read from the tables above. */
export function sheetKindOf(kind: AnyImportKind): SheetKind {
  if (typeof kind !== 'string') return kind
  return (BUILT_IN[kind] ??= {
    table: kind,
    label: { id: KIND_LABELS[kind], en: KIND_LABELS[kind] },
    fileBase: KIND_FILE_BASE[kind],
    columns: KIND_COLUMNS[kind],
    naturalKey: NATURAL_KEYS[kind],
    previewFields: PREVIEW_FIELDS[kind],
    example: {},
  })
}
