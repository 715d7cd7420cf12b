/**
 * The full-backup file: one JSON document holding every table, versioned and checksummed.
 * Pure (no DOM; only the schema version comes from the Dexie module) so the briefing CLI and
 * the bench read backups in Node too.
 *
 *   { format: 'simpul-backup', formatVersion: 1, schemaVersion, createdAt, deviceId,
 *     appVersion, counts: {table: n}, checksum: 'sha256:<hex>', tables: {table: rows[]} }
 *
 * The checksum covers a canonical serialisation of `tables` (object keys sorted, no
 * whitespace), so re-indenting the file does not break it but changing any value does.
 * Rows are written sorted by primary key: two backups of identical databases are identical.
 */
import { CURRENT_SCHEMA_VERSION } from '../../db/database'
import { data } from '../../i18n/messages/data'
import { tableExistsAt, tablesToV2, tablesToV3 } from '../../db/migrations'
import { parseInstant, witaFileStamp } from '../../../shared/time'
import { describeFirstIssue, parseStoredRow, STORED_TABLES } from '../../db/rows'
import { arrayPageReader, encodeBackup, joinParts, parseBackupBytes } from './backup-stream'
import {
  type AuditEntry,
  type Region,
  type SettingRow,
  type UserRecordByTable,
  type UserTableName,
} from '../../db/types'

export const BACKUP_FORMAT = 'simpul-backup'
export const BACKUP_FORMAT_VERSION = 1
/** The Dexie schema version this build writes and understands (see db/database.ts). */
export { CURRENT_SCHEMA_VERSION }

export const BACKUP_TABLES = STORED_TABLES
export type BackupTableName = (typeof BACKUP_TABLES)[number]

export type BackupTables = { regions: Region[]; audit: AuditEntry[]; settings: SettingRow[] } & {
  [K in UserTableName]: UserRecordByTable[K][]
}

export interface BackupMeta {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  schemaVersion: number
  createdAt: string
  deviceId: string
  appVersion: string
  counts: Record<BackupTableName, number>
  checksum: string
}

export interface ParsedBackup {
  meta: BackupMeta
  tables: BackupTables
}

/** Indonesian table names for messages and the restore preview (the catalogue's words). */
export const TABLE_LABELS: Record<BackupTableName, string> = data.id.tables

export type BackupErrorKind = 'empty' | 'not-json' | 'foreign' | 'newer' | 'checksum' | 'invalid'

export class BackupFormatError extends Error {
  constructor(
    readonly kind: BackupErrorKind,
    message: string,
  ) {
    super(message)
    this.name = 'BackupFormatError'
  }
}

/**
 * JSON with object keys sorted at every level; array order is kept. (A replacer array that
 * orders the keys was measured slower in Chromium: it leaves JSON.stringify's fast path.)
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value, 0))
}

/** Deeper than this, canonicalJson refuses with a message instead of exhausting the stack. */
const MAX_CANONICAL_DEPTH = 1000

function sortKeys(value: unknown, depth: number): unknown {
  if (depth > MAX_CANONICAL_DEPTH)
    throw new BackupFormatError(
      'invalid',
      `Data bersarang terlalu dalam (lebih dari ${MAX_CANONICAL_DEPTH} tingkat); tidak bisa ditulis ke berkas.`,
    )
  if (Array.isArray(value)) return value.map((v) => sortKeys(v, depth + 1))
  if (value && typeof value === 'object') {
    // Without a prototype, a key named __proto__ is an own key like any other (on a plain
    // object, assigning it would set the prototype and drop it from the checksummed text).
    const out = Object.create(null) as Record<string, unknown>
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key]
      if (v !== undefined) out[key] = sortKeys(v, depth + 1)
    }
    return out
  }
  return value
}

/** How deep a backup or package may nest: its real records are less than 12 levels deep. */
export const MAX_JSON_DEPTH = 40

/**
 * Walks a parsed file (or, from `baseDepth`, a part of one) without recursion and returns an Indonesian message for the first
 * structure it refuses: a key named __proto__, or nesting deeper than MAX_JSON_DEPTH.
 * null when the structure is fine.
 */
export function checkJsonShape(doc: unknown, baseDepth = 0): string | null {
  const stack: { value: unknown; depth: number; path: string }[] = [
    { value: doc, depth: baseDepth, path: '' },
  ]
  while (stack.length) {
    const { value, depth, path } = stack.pop()!
    if (!value || typeof value !== 'object') continue
    if (depth > MAX_JSON_DEPTH)
      return `isinya bersarang terlalu dalam (lebih dari ${MAX_JSON_DEPTH} tingkat) di ${path || 'akar'}`
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++)
        if (value[i] && typeof value[i] === 'object')
          stack.push({ value: value[i], depth: depth + 1, path: `${path}[${i}]` })
      continue
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__')
        return `berisi kunci "__proto__" yang tidak diizinkan (di ${path || 'akar'})`
      const v = (value as Record<string, unknown>)[key]
      if (v && typeof v === 'object')
        stack.push({ value: v, depth: depth + 1, path: path ? `${path}.${key}` : key })
    }
  }
  return null
}

/**
 * The text of a file: UTF-8 (BOM or not), or UTF-16 LE/BE with a BOM or recognised by its
 * zero bytes (Excel's "Unicode Text"). Anything else that is not valid UTF-8 is read as
 * Windows-1252, as older Excel writes CSV.
 */
export function decodeFileText(data: Uint8Array): string {
  const b0 = data[0]
  const b1 = data[1]
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2))
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2))
  if (data.length >= 4 && data.length % 2 === 0) {
    // Text in UTF-16 without a BOM: ASCII characters leave every other byte zero.
    const sample = Math.min(data.length, 4096)
    let zeroEven = 0
    let zeroOdd = 0
    for (let i = 0; i < sample; i++) {
      if (data[i] !== 0) continue
      if (i % 2 === 0) zeroEven++
      else zeroOdd++
    }
    const half = sample / 2
    if (zeroOdd > half * 0.6 && zeroEven < half * 0.05)
      return new TextDecoder('utf-16le').decode(data)
    if (zeroEven > half * 0.6 && zeroOdd < half * 0.05)
      return new TextDecoder('utf-16be').decode(data)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    return new TextDecoder('windows-1252').decode(data)
  }
}

export async function sha256Hex(text: string): Promise<string> {
  // The encoded bytes live only for the digest: at national scale they are 250 MB.
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')
}

export const primaryKey = (
  table: BackupTableName,
  row: Record<string, unknown>,
): string | number =>
  table === 'audit' ? Number(row.seq ?? 0) : table === 'settings' ? String(row.key) : String(row.id)

/** Rows in primary-key order, so the same database always gives the same file. */
export function sortTables(tables: BackupTables): BackupTables {
  const out: Record<string, unknown[]> = {}
  for (const table of BACKUP_TABLES) {
    const rows = [...((tables[table] ?? []) as unknown as Record<string, unknown>[])]
    rows.sort((a, b) => {
      const ka = primaryKey(table, a)
      const kb = primaryKey(table, b)
      return ka < kb ? -1 : ka > kb ? 1 : 0
    })
    out[table] = rows
  }
  return out as unknown as BackupTables
}

export function countTables(tables: BackupTables): Record<BackupTableName, number> {
  const counts = {} as Record<BackupTableName, number>
  for (const table of BACKUP_TABLES) counts[table] = (tables[table] ?? []).length
  return counts
}

export interface SerializeMeta {
  createdAt: string
  deviceId: string
  appVersion: string
  schemaVersion?: number
}

/**
 * The file is the header indented for people, then `"tables":` followed by exactly the
 * canonical text the checksum covers, as the last key. parseBackup can then verify the
 * bytes as they are in the file instead of re-serialising half a million rows, and the
 * export builds that text once instead of twice (canonical for the checksum, indented for
 * the file). Any valid JSON layout still restores: a re-indented file takes the slow check.
 */
export async function serializeBackup(tables: BackupTables, meta: SerializeMeta): Promise<string> {
  const file = await encodeBackup(arrayPageReader(sortTables(tables)), meta)
  return new TextDecoder().decode(joinParts(file.parts, file.byteLength))
}

const TABLES_KEY = '"tables":'

/**
 * The text of the top-level `tables` value when the file was written as serializeBackup
 * writes it (tables last); null otherwise. Only used for a checksum comparison: if these
 * bytes hash to the stated checksum they are a canonical text Simpul wrote, and since the
 * whole document parsed with them as its last member, they are what `tables` parsed from.
 * (Inside a JSON string every quote is escaped, so `"tables":` there cannot be a key; the
 * first one is the top-level key because only one closing brace follows the value.)
 */
function tablesSlice(text: string): string | null {
  const at = text.indexOf(TABLES_KEY)
  const end = text.lastIndexOf('}')
  if (at < 0 || end < 0) return null
  return text.slice(at + TABLES_KEY.length, end).trim()
}

async function checksumMatches(text: string, tables: unknown, checksum: string): Promise<boolean> {
  const slice = tablesSlice(text)
  if (slice !== null && checksum === `sha256:${await sha256Hex(slice)}`) return true
  return checksum === `sha256:${await sha256Hex(canonicalJson(tables))}`
}

// --- validation of records -------------------------------------------------------------

export { fieldLabel, recordMetaSchema } from '../../db/rows'

/**
 * Checks one stored row of a table with the same schemas forms use. Returns an Indonesian
 * message naming the field, or null when the row is valid.
 */
export function checkStoredRow(table: BackupTableName, row: unknown): string | null {
  const result = parseStoredRow(table, row)
  return result.ok ? null : describeFirstIssue(result.issues)
}

// --- parsing ---------------------------------------------------------------------------

const NEWER =
  'Berkas ini dibuat oleh versi Simpul yang lebih baru. Perbarui Simpul dulu, lalu pulihkan lagi. Tidak ada yang diubah.'

/** The versions a backup header states, refused when missing, invalid or newer than this build. */
export function checkBackupHeader(d: Record<string, unknown>): {
  formatVersion: number
  schemaVersion: number
} {
  const formatVersion = d.formatVersion
  const schemaVersion = d.schemaVersion
  if (
    typeof formatVersion !== 'number' ||
    typeof schemaVersion !== 'number' ||
    !Number.isInteger(formatVersion) ||
    !Number.isInteger(schemaVersion)
  ) {
    throw new BackupFormatError(
      'invalid',
      'Cadangan tidak lengkap: versi format atau versi skema tidak ada.',
    )
  }
  if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > CURRENT_SCHEMA_VERSION)
    throw new BackupFormatError('newer', NEWER)
  if (formatVersion < 1 || schemaVersion < 1)
    throw new BackupFormatError('invalid', 'Cadangan tidak lengkap: versi format tidak sah.')
  return { formatVersion, schemaVersion }
}

/**
 * Reads and fully checks a backup file: its bytes (as read from disk or a file input) or its
 * text. Bytes in Simpul's own layout are read in batches (backup-stream.ts parseBackupBytes);
 * anything else, and a string, is read whole. Throws BackupFormatError with an Indonesian message
 * for an empty, truncated, foreign, newer, corrupted or invalid file.
 */
export function parseBackup(file: string | Uint8Array): Promise<ParsedBackup> {
  if (typeof file === 'string') return parseBackupText(file)
  if (file.byteLength === 0) return parseBackupText('')
  return parseBackupBytes(file, (bytes) => parseBackupText(decodeFileText(bytes)))
}

async function parseBackupText(text: string): Promise<ParsedBackup> {
  const trimmed = text.replace(/^\uFEFF/, '').trim()
  if (trimmed === '')
    throw new BackupFormatError(
      'empty',
      'Berkas kosong. Pilih berkas cadangan Simpul (.simpul.json).',
    )
  let doc: unknown
  try {
    doc = JSON.parse(trimmed)
  } catch {
    throw new BackupFormatError(
      'not-json',
      'Berkas rusak atau terpotong: isinya bukan JSON yang utuh. Tidak ada yang diubah.',
    )
  }
  const shape = checkJsonShape(doc)
  if (shape)
    throw new BackupFormatError('invalid', `Berkas ditolak: ${shape}. Tidak ada yang diubah.`)
  if (
    !doc ||
    typeof doc !== 'object' ||
    Array.isArray(doc) ||
    (doc as { format?: unknown }).format !== BACKUP_FORMAT
  ) {
    throw new BackupFormatError(
      'foreign',
      'Berkas ini bukan cadangan Simpul (penanda format tidak ada). Tidak ada yang diubah.',
    )
  }
  const d = doc as Record<string, unknown>
  const { formatVersion, schemaVersion } = checkBackupHeader(d)
  const tables = d.tables
  if (!tables || typeof tables !== 'object' || Array.isArray(tables)) {
    throw new BackupFormatError('invalid', 'Cadangan tidak lengkap: bagian tabel tidak ada.')
  }
  for (const table of BACKUP_TABLES) {
    if (
      tableExistsAt(table, schemaVersion) &&
      !Array.isArray((tables as Record<string, unknown>)[table])
    ) {
      throw new BackupFormatError(
        'invalid',
        `Cadangan tidak lengkap: tabel ${TABLE_LABELS[table]} (${table}) tidak ada.`,
      )
    }
  }
  const checksum = typeof d.checksum === 'string' ? d.checksum : ''
  if (!(await checksumMatches(trimmed, tables, checksum))) {
    throw new BackupFormatError(
      'checksum',
      'Cadangan rusak: checksum tidak cocok, isi berkas berubah sejak dibuat. Tidak ada yang diubah.',
    )
  }
  // An older file is read as this version stores it, through the database's own upgrade.
  const v2 = schemaVersion < 2 ? tablesToV2(tables as BackupTables) : (tables as BackupTables)
  const t = schemaVersion < 3 ? tablesToV3(v2) : v2
  for (const table of BACKUP_TABLES) {
    const rows = t[table] as unknown[]
    const seen = new Set<string | number>()
    for (let i = 0; i < rows.length; i++) {
      const result = parseStoredRow(table, rows[i])
      if (!result.ok) {
        throw new BackupFormatError(
          'invalid',
          `Cadangan berisi data tidak sah: tabel ${TABLE_LABELS[table]}, baris ${i + 1}, ${describeFirstIssue(result.issues)}. Tidak ada yang diubah.`,
        )
      }
      // The parsed row (unknown fields dropped) replaces the file's, and the restore takes
      // it without parsing it again.
      rows[i] = result.value
      const key = primaryKey(table, rows[i] as Record<string, unknown>)
      if (table !== 'audit' || (rows[i] as AuditEntry).seq !== undefined) {
        if (seen.has(key))
          throw new BackupFormatError(
            'invalid',
            `Cadangan berisi data ganda: tabel ${TABLE_LABELS[table]}, baris ${i + 1} (${String(key)}).`,
          )
        seen.add(key)
      }
    }
  }
  const counts = countTables(t)
  const stated = d.counts as Record<string, unknown> | undefined
  for (const table of BACKUP_TABLES) {
    if (stated && typeof stated[table] === 'number' && stated[table] !== counts[table]) {
      throw new BackupFormatError(
        'invalid',
        `Cadangan tidak cocok dengan ringkasannya: tabel ${TABLE_LABELS[table]} berisi ${counts[table]} baris, tertulis ${String(stated[table])}.`,
      )
    }
  }
  return {
    meta: {
      format: BACKUP_FORMAT,
      formatVersion,
      schemaVersion,
      createdAt: typeof d.createdAt === 'string' ? d.createdAt : '',
      deviceId: typeof d.deviceId === 'string' ? d.deviceId : '',
      appVersion: typeof d.appVersion === 'string' ? d.appVersion : '',
      counts,
      checksum,
    },
    tables: t,
  }
}

/**
 * File name for a backup, accepted by the bridge's backups.write:
 * simpul-backup-<WITA stamp>.simpul.json, dated by the clock the user sees (shared/time.ts).
 */
export function backupFileName(createdAt: string, label = ''): string {
  const instant = parseInstant(createdAt)
  const stamp = instant ? witaFileStamp(instant) : createdAt.replace(/[^0-9A-Za-z_-]/g, '-')
  const suffix = label ? `_${label.replace(/[^0-9A-Za-z-]/g, '')}` : ''
  return `simpul-backup-${stamp}${suffix}.simpul.json`
}
