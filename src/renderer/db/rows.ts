/**
 * Parsing rows as they are stored: a user record (RecordMeta plus the table's input schema),
 * a region, an audit entry or a setting. What a schema does not know is dropped, so a file
 * cannot smuggle fields into the database. Pure (zod only): the backup and exchange formats
 * use it in Node too, and db/write.ts uses it before every write.
 *
 * Parsed rows are remembered (by identity, in a WeakSet), so a row that a file reader already
 * parsed is not parsed a second time when it is written: restore and import parse once.
 */
import { z } from 'zod'
import { hiddenCharacterProblem } from '../domain/hidden-characters'
import {
  FIELD_LABELS,
  inputSchemaByTable,
  isoInstant,
  issueMessage,
  plainString,
  regionSchema,
} from './schemas'
import { USER_TABLES, WRITE_SOURCES, type UserTableName } from './types'

/** In the order writes put them (deletedAt last, as a soft delete adds it), so parsed rows match. */
export const recordMetaSchema = z.object({
  id: plainString().min(1, 'wajib diisi'),
  createdAt: isoInstant,
  createdBy: plainString(),
  updatedAt: isoInstant,
  updatedBy: plainString(),
  updatedOn: plainString(),
  rev: z.number().int().positive(),
  isSample: z.union([z.literal(0), z.literal(1)]),
  deletedAt: isoInstant.optional(),
})
export const META_KEYS: readonly string[] = Object.keys(recordMetaSchema.shape)

export const auditSchema = z.object({
  seq: z.number().int().positive().optional(),
  table: z.enum(USER_TABLES),
  recordId: plainString().min(1),
  action: z.enum(['create', 'update', 'delete', 'restore']),
  at: isoInstant,
  by: plainString(),
  deviceId: plainString(),
  /** Absent on entries written before sources were recorded. */
  source: z.enum(WRITE_SOURCES).optional(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
})

/** A setting's text value (the user's name and office among them) is checked like any text. */
export const settingSchema = z.object({
  key: plainString().min(1),
  value: z.unknown().superRefine((value, ctx) => {
    const problem = typeof value === 'string' ? hiddenCharacterProblem(value) : null
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  }),
})

/** Every table, in the order backups list them. */
export const STORED_TABLES = ['regions', ...USER_TABLES, 'audit', 'settings'] as const
export type StoredTableName = (typeof STORED_TABLES)[number]

const parsedRows = new WeakSet<object>()

/** True when `row` is the output of one of this module's parsers (and so holds nothing unknown). */
export const isParsedRow = (row: unknown): boolean =>
  typeof row === 'object' && row !== null && parsedRows.has(row)

function remember<T extends object>(row: T): T {
  parsedRows.add(row)
  return row
}

export type ParseResult<T> =
  { ok: true; value: T } | { ok: false; issues: { path: PropertyKey[]; message: string }[] }

/** Splits a record into its RecordMeta and its data (everything else). */
export function splitMeta(record: object): {
  meta: Record<string, unknown>
  data: Record<string, unknown>
} {
  const meta: Record<string, unknown> = {}
  const data: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(record)) {
    if (META_KEYS.includes(k)) meta[k] = v
    else data[k] = v
  }
  return { meta, data }
}

/** A record's data (no RecordMeta) through the table's input schema. */
export function parseRecordData(
  table: UserTableName,
  data: unknown,
): ParseResult<Record<string, unknown>> {
  const result = inputSchemaByTable[table].safeParse(data)
  if (!result.success) return { ok: false, issues: result.error.issues }
  return { ok: true, value: remember(result.data as Record<string, unknown>) }
}

/** One stored row of any table, unknown fields dropped. */
export function parseStoredRow(
  table: StoredTableName,
  row: unknown,
): ParseResult<Record<string, unknown>> {
  if (!row || typeof row !== 'object' || Array.isArray(row))
    return { ok: false, issues: [{ path: [], message: 'bukan data yang sah' }] }
  if (table === 'regions' || table === 'audit' || table === 'settings') {
    const schema =
      table === 'regions' ? regionSchema : table === 'audit' ? auditSchema : settingSchema
    const result = schema.safeParse(row)
    if (!result.success) return { ok: false, issues: result.error.issues }
    return { ok: true, value: remember(result.data as Record<string, unknown>) }
  }
  const { meta, data } = splitMeta(row)
  const m = recordMetaSchema.safeParse(meta)
  const d = inputSchemaByTable[table].safeParse(data)
  if (!m.success || !d.success)
    return {
      ok: false,
      issues: [...(m.success ? [] : m.error.issues), ...(d.success ? [] : d.error.issues)],
    }
  return { ok: true, value: remember({ ...(d.data as Record<string, unknown>), ...m.data }) }
}

const META_LABELS: Record<string, string> = {
  id: 'Id',
  createdAt: 'Dibuat',
  createdBy: 'Dibuat oleh',
  updatedAt: 'Diubah',
  updatedBy: 'Diubah oleh',
  updatedOn: 'Perangkat',
  rev: 'Revisi',
  deletedAt: 'Dihapus',
  isSample: 'Contoh',
  seq: 'Urutan',
  table: 'Tabel',
  recordId: 'Id data',
  action: 'Tindakan',
  at: 'Waktu',
  by: 'Oleh',
  deviceId: 'Perangkat',
  source: 'Asal perubahan',
  before: 'Sebelum',
  after: 'Sesudah',
  key: 'Kunci',
  value: 'Nilai',
  origin: 'Asal',
}

export const fieldLabel = (field: string): string =>
  FIELD_LABELS[field] ?? META_LABELS[field] ?? field

/** The first issue of a failed parse as an Indonesian message naming the field. */
export function describeFirstIssue(issues: { path: PropertyKey[]; message: string }[]): string {
  const first = issues[0]
  if (!first) return 'bukan data yang sah'
  const field = String(first.path[0] ?? '')
  const message = issueMessage(first.message)
  return field ? `kolom ${fieldLabel(field)}: ${message}` : message
}
