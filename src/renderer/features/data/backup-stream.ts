/**
 * The full-backup file written and read in chunks, one page of rows at a time, with an
 * incremental SHA-256 (@noble/hashes: synchronous, so it can run inside the IndexedDB read
 * transaction, and plain JavaScript, so it needs no `wasm-unsafe-eval` in the CSP).
 *
 * The bytes are exactly those serializeBackup has always written (format version 1: the
 * header indented, then `"tables":` and the canonical text the checksum covers), so a backup
 * from the last release restores through the same reader, and an older Simpul reads these.
 *
 * Memory: writing holds one page of rows and the encoded bytes (ArrayBuffers, one copy of the
 * file); never the whole file as one string, nor every row object at once. Reading walks the
 * bytes, parses them in batches of about a megabyte and keeps only the checked rows: never the
 * whole file as a string plus the document JSON.parse makes of it. Anything this reader does
 * not recognise as Simpul's own layout (re-indented, UTF-16, an older schema, a damaged or
 * hostile structure) goes to the whole-text reader in backup-format.ts, which gives the same
 * answers and messages as before.
 */
import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex } from '@noble/hashes/utils'
import { describeFirstIssue, parseStoredRow } from '../../db/rows'
import type { AuditEntry } from '../../db/types'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  BackupFormatError,
  checkBackupHeader,
  checkJsonShape,
  canonicalJson,
  CURRENT_SCHEMA_VERSION,
  primaryKey,
  TABLE_LABELS,
  type BackupMeta,
  type BackupTableName,
  type BackupTables,
  type ParsedBackup,
  type SerializeMeta,
} from './backup-format'

/** A backup file as its bytes, in the order they are written. */
export interface BackupFile {
  parts: Uint8Array<ArrayBuffer>[]
  byteLength: number
  counts: Record<BackupTableName, number>
  checksum: string
}

/**
 * Rows of one table in primary-key order, `limit` at a time: the page after `after` (the
 * last primary key of the previous page; undefined for the first), whose `offset` is the
 * number of rows already read. Called inside the read transaction: it must await nothing but
 * the database.
 */
export type PageReader = (
  table: BackupTableName,
  page: { after: unknown; offset: number },
  limit: number,
) => Promise<Record<string, unknown>[]>

/** Rows a page: small enough that one page of row objects is a few megabytes at most. */
export const BACKUP_PAGE_ROWS = 2000

const encoder = new TextEncoder()

/**
 * Writes the backup page by page: each page's canonical text is encoded, hashed and kept as
 * bytes; the header (counts and checksum) is put in front once the last page is read.
 */
export async function encodeBackup(
  read: PageReader,
  meta: SerializeMeta,
  pageRows = BACKUP_PAGE_ROWS,
): Promise<BackupFile> {
  const hash = sha256.create()
  const body: Uint8Array<ArrayBuffer>[] = []
  let bodyBytes = 0
  const push = (text: string) => {
    const bytes = encoder.encode(text)
    hash.update(bytes)
    body.push(bytes)
    bodyBytes += bytes.byteLength
  }
  const counts = {} as Record<BackupTableName, number>
  push('{')
  // The table names as canonicalJson orders the keys of `tables`.
  const order = [...BACKUP_TABLES].sort()
  for (let t = 0; t < order.length; t++) {
    const table = order[t]!
    push(`${t ? ',' : ''}${JSON.stringify(table)}:[`)
    let after: unknown = undefined
    let offset = 0
    for (;;) {
      const rows = await read(table, { after, offset }, pageRows)
      if (!rows.length) break
      // One stringify for the page: "[a,b,c]" less its brackets is the rows' canonical text.
      const text = canonicalJson(rows)
      push(`${offset ? ',' : ''}${text.slice(1, -1)}`)
      offset += rows.length
      after = primaryKey(table, rows[rows.length - 1]!)
      if (rows.length < pageRows) break
    }
    counts[table] = offset
    push(']')
  }
  push('}')
  const checksum = `sha256:${bytesToHex(hash.digest())}`
  const ordered = {} as Record<BackupTableName, number>
  for (const table of BACKUP_TABLES) ordered[table] = counts[table]
  const header = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: meta.schemaVersion ?? CURRENT_SCHEMA_VERSION,
    createdAt: meta.createdAt,
    deviceId: meta.deviceId,
    appVersion: meta.appVersion,
    counts: ordered,
    checksum,
  }
  const head = JSON.stringify(header, null, 1)
  const first = encoder.encode(`${head.slice(0, head.lastIndexOf('}')).trimEnd()},\n "tables": `)
  const last = encoder.encode('\n}\n')
  return {
    parts: [first, ...body, last],
    byteLength: first.byteLength + bodyBytes + last.byteLength,
    counts: ordered,
    checksum,
  }
}

/** The parts as one array (for a bridge call or a store that takes one). */
export function joinParts(
  parts: readonly Uint8Array[],
  byteLength?: number,
): Uint8Array<ArrayBuffer> {
  const size = byteLength ?? parts.reduce((n, p) => n + p.byteLength, 0)
  const out = new Uint8Array(size)
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}

/** A reader over rows already in memory (sorted by primary key), for serializeBackup. */
export function arrayPageReader(tables: BackupTables): PageReader {
  return (table, page, limit) =>
    Promise.resolve(
      ((tables[table] ?? []) as unknown as Record<string, unknown>[]).slice(
        page.offset,
        page.offset + limit,
      ),
    )
}

// --- reading ---------------------------------------------------------------------------------

/** The structure is not Simpul's own layout: the whole-text reader decides. */
class NotCanonical extends Error {}

const BATCH_BYTES = 1 << 20
const TABLES_KEY = encoder.encode('"tables":')
const QUOTE = 0x22
const BACKSLASH = 0x5c

const isSpace = (c: number | undefined) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09

function findKey(bytes: Uint8Array, from: number, limit: number): number {
  const end = Math.min(bytes.length - TABLES_KEY.length, limit)
  outer: for (let i = bytes.indexOf(QUOTE, from); i >= 0 && i <= end;) {
    for (let k = 1; k < TABLES_KEY.length; k++)
      if (bytes[i + k] !== TABLES_KEY[k]) {
        i = bytes.indexOf(QUOTE, i + 1)
        continue outer
      }
    return i
  }
  return -1
}

/**
 * The end (exclusive) of the JSON value starting at `pos`: strings are skipped with their
 * escapes, brackets counted. Throws NotCanonical on a value cut off by the end of the file.
 */
function valueEnd(bytes: Uint8Array, pos: number): number {
  let depth = 0
  let inString = false
  for (let i = pos; i < bytes.length; i++) {
    const c = bytes[i]!
    if (inString) {
      if (c === BACKSLASH) i++
      else if (c === QUOTE) {
        inString = false
        if (depth === 0) return i + 1
      }
    } else if (c === QUOTE) inString = true
    else if (c === 0x7b || c === 0x5b) depth++
    else if (c === 0x7d || c === 0x5d) {
      if (depth === 0) return i
      if (--depth === 0) return i + 1
    } else if (depth === 0 && (c === 0x2c || isSpace(c))) return i
  }
  throw new NotCanonical()
}

/**
 * Reads a backup from its bytes. The same checks, in the same order and with the same
 * messages, as the whole-text reader; falls back to it for any layout other than Simpul's own.
 */
export function parseBackupBytes(
  bytes: Uint8Array,
  wholeText: (bytes: Uint8Array) => Promise<ParsedBackup>,
  batchBytes = BATCH_BYTES,
): Promise<ParsedBackup> {
  try {
    return Promise.resolve(readCanonical(bytes, batchBytes))
  } catch (error) {
    if (error instanceof NotCanonical) return wholeText(bytes)
    return Promise.reject(error as Error)
  }
}

function readCanonical(bytes: Uint8Array, batchBytes: number): ParsedBackup {
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0
  // UTF-16 (BOM or zero bytes) and anything not starting as a JSON object: whole-text reader.
  if (bytes[start] !== 0x7b || bytes.subarray(0, 64).includes(0)) throw new NotCanonical()
  const at = findKey(bytes, start, 1 << 20)
  if (at < 0) throw new NotCanonical()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let header: unknown
  try {
    const text = decoder.decode(bytes.subarray(start, at)).trimEnd().replace(/,$/, '')
    header = JSON.parse(`${text}}`)
  } catch {
    throw new NotCanonical()
  }
  if (
    checkJsonShape(header) ||
    !header ||
    typeof header !== 'object' ||
    (header as { format?: unknown }).format !== BACKUP_FORMAT
  )
    throw new NotCanonical()
  const d = header as Record<string, unknown>
  const { formatVersion, schemaVersion } = checkBackupHeader(d)
  // Older schemas are converted by the whole-text reader (tablesToV2, tablesToV3).
  if (schemaVersion < 3 || typeof d.checksum !== 'string') throw new NotCanonical()

  let pos = at + TABLES_KEY.length
  const skip = () => {
    while (isSpace(bytes[pos])) pos++
  }
  skip()
  if (bytes[pos] !== 0x7b) throw new NotCanonical()
  const tablesStart = pos
  pos++
  const hash = sha256.create()
  let hashed = tablesStart
  const hashUpTo = (end: number) => {
    hash.update(bytes.subarray(hashed, end))
    hashed = end
  }
  const out = {} as Record<string, unknown[]>
  const seenTables = new Set<string>()
  // The first refused row of each table; reported in BACKUP_TABLES order, as the whole-text
  // reader checks the tables in that order.
  const problems = new Map<BackupTableName, string>()
  const known = new Set<string>(BACKUP_TABLES)
  skip()
  if (bytes[pos] === 0x7d) pos++
  else
    for (;;) {
      skip()
      if (bytes[pos] !== QUOTE) throw new NotCanonical()
      const keyEnd = bytes.indexOf(QUOTE, pos + 1)
      if (keyEnd < 0 || keyEnd - pos > 64 || bytes.subarray(pos, keyEnd).includes(BACKSLASH))
        throw new NotCanonical()
      const name = decoder.decode(bytes.subarray(pos + 1, keyEnd))
      if (name === '__proto__' || seenTables.has(name)) throw new NotCanonical()
      seenTables.add(name)
      pos = keyEnd + 1
      skip()
      if (bytes[pos] !== 0x3a) throw new NotCanonical()
      pos++
      skip()
      if (bytes[pos] !== 0x5b) throw new NotCanonical()
      pos++
      const table = known.has(name) ? (name as BackupTableName) : null
      const rows: unknown[] = []
      const seen = new Set<string | number>()
      let batchStart = -1
      let batchEnd = -1
      const flush = () => {
        if (batchStart < 0) return
        let batch: unknown
        try {
          batch = JSON.parse(`[${decoder.decode(bytes.subarray(batchStart, batchEnd))}]`)
        } catch {
          throw new NotCanonical()
        }
        if (checkJsonShape(batch, 2)) throw new NotCanonical()
        batchStart = -1
        if (!table) return
        for (const row of batch as unknown[]) {
          const i = rows.length
          if (problems.has(table)) {
            rows.push(row)
            continue
          }
          const result = parseStoredRow(table, row)
          if (!result.ok) {
            problems.set(
              table,
              `Cadangan berisi data tidak sah: tabel ${TABLE_LABELS[table]}, baris ${i + 1}, ${describeFirstIssue(result.issues)}. Tidak ada yang diubah.`,
            )
            rows.push(row)
            continue
          }
          const value = result.value as Record<string, unknown>
          rows.push(value)
          const key = primaryKey(table, value)
          if (table !== 'audit' || (value as Partial<AuditEntry>).seq !== undefined) {
            if (seen.has(key))
              problems.set(
                table,
                `Cadangan berisi data ganda: tabel ${TABLE_LABELS[table]}, baris ${i + 1} (${String(key)}).`,
              )
            seen.add(key)
          }
        }
      }
      skip()
      if (bytes[pos] === 0x5d) pos++
      else
        for (;;) {
          skip()
          const end = valueEnd(bytes, pos)
          if (end === pos) throw new NotCanonical()
          if (batchStart < 0) batchStart = pos
          batchEnd = end
          pos = end
          skip()
          const c = bytes[pos]
          if (c !== 0x2c && c !== 0x5d) throw new NotCanonical()
          if (c === 0x5d || batchEnd - batchStart >= batchBytes) {
            flush()
            hashUpTo(pos)
          }
          pos++
          if (c === 0x5d) break
        }
      if (table) out[table] = rows
      skip()
      const c = bytes[pos]
      if (c !== 0x2c && c !== 0x7d) throw new NotCanonical()
      pos++
      if (c === 0x7d) break
    }
  hashUpTo(pos)
  const tablesEnd = pos
  skip()
  if (bytes[pos] !== 0x7d) throw new NotCanonical()
  pos++
  skip()
  if (pos !== bytes.length) throw new NotCanonical()

  for (const table of BACKUP_TABLES)
    if (!out[table])
      throw new BackupFormatError(
        'invalid',
        `Cadangan tidak lengkap: tabel ${TABLE_LABELS[table]} (${table}) tidak ada.`,
      )
  // Not the checksum of these bytes: a re-indented or damaged file. The whole-text reader
  // compares the canonical text of what it parses, and says which.
  if (d.checksum !== `sha256:${bytesToHex(hash.digest())}` || tablesEnd <= tablesStart)
    throw new NotCanonical()
  for (const table of BACKUP_TABLES) {
    const problem = problems.get(table)
    if (problem) throw new BackupFormatError('invalid', problem)
  }
  const counts = {} as Record<BackupTableName, number>
  for (const table of BACKUP_TABLES) counts[table] = out[table]!.length
  const stated = d.counts as Record<string, unknown> | undefined
  for (const table of BACKUP_TABLES) {
    if (stated && typeof stated[table] === 'number' && stated[table] !== counts[table]) {
      throw new BackupFormatError(
        'invalid',
        `Cadangan tidak cocok dengan ringkasannya: tabel ${TABLE_LABELS[table]} berisi ${counts[table]} baris, tertulis ${String(stated[table])}.`,
      )
    }
  }
  const meta: BackupMeta = {
    format: BACKUP_FORMAT,
    formatVersion,
    schemaVersion,
    createdAt: typeof d.createdAt === 'string' ? d.createdAt : '',
    deviceId: typeof d.deviceId === 'string' ? d.deviceId : '',
    appVersion: typeof d.appVersion === 'string' ? d.appVersion : '',
    counts,
    checksum: d.checksum,
  }
  return { meta, tables: out as unknown as BackupTables }
}
