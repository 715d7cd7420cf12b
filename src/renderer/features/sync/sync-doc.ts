/**
 * How a Simpul record lives in the replica (PouchDB) and on the CouchDB server. Pure: no
 * PouchDB, no Dexie, no DOM.
 *
 * One document per record, `_id` = `<table>:<id>`:
 *  - `record`: the record as Dexie stores it (RecordMeta included, a soft delete as deletedAt);
 *  - `ancestors`: stamps (`<device>@<updatedAt>`, see data/exchange-package.ts) of versions this
 *    version is known to supersede, the same lineage an exchange package carries;
 *  - `regions`: the record's own region codes (what validate_doc_update checks the writer holds);
 *  - `scope`: those codes and every parent code (63.11 → 63, 63.11): what the filtered
 *    replication matches against the regions an office holds.
 */
import { z } from 'zod'
import { USER_TABLES, type RecordMeta, type UserTableName } from '../../db/types'
import { validateDocUpdate } from '../../../shared/sync-design'

export type Row = RecordMeta & Record<string, unknown>

export const SYNC_DOC_VERSION = 1

export interface SyncDoc {
  _id: string
  _rev?: string
  _conflicts?: string[]
  table: UserTableName
  record: Row
  ancestors: string[]
  regions: string[]
  scope: string[]
  v: number
}

export const docId = (table: UserTableName, id: string): string => `${table}:${id}`
export const stampOf = (r: Pick<RecordMeta, 'updatedOn' | 'updatedAt'>): string =>
  `${r.updatedOn}@${r.updatedAt}`

/** '63.11.01' → ['63', '63.11', '63.11.01']: a Kemendagri code and every code above it. */
export function regionPath(code: string): string[] {
  const parts = code.split('.')
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'))
}

export function scopeOf(regions: readonly string[]): string[] {
  return [...new Set(regions.flatMap(regionPath))].sort()
}

/** The codes above the held ones and not held themselves: ["63.11"] → ["63"]. */
export function aboveRegions(held: readonly string[]): string[] {
  const set = new Set(held)
  return [...new Set(held.flatMap((h) => regionPath(h).filter((c) => !set.has(c))))].sort()
}

/** Whether `code` is one of `held` or lies below one of them (63.11 is below 63). */
export function heldBy(code: string, held: readonly string[]): boolean {
  return held.some((h) => code === h || code.startsWith(`${h}.`))
}

const ID_PART = /^[^:]+$/

/** The shape a document from the server must have before its record is even looked at. */
const incomingDoc = z.object({
  _id: z.string().max(200),
  _rev: z.string().max(200).optional(),
  table: z.enum(USER_TABLES),
  record: z.object({ id: z.string().min(1).max(100).regex(ID_PART) }).catchall(z.unknown()),
  ancestors: z.array(z.string().max(200)).max(5000),
  regions: z.array(z.string().max(40)).max(600),
  scope: z.array(z.string().max(40)).max(2000),
  v: z.number().int(),
})

export type DocCheck = { ok: true; doc: SyncDoc } | { ok: false; message: string }

/**
 * The envelope of a document read from the replica (it came from the server). The record
 * inside is checked afterwards by the app's own schemas and references (db/rows.ts, write.ts).
 */
export function checkIncomingDoc(raw: unknown): DocCheck {
  const id =
    raw && typeof raw === 'object' && typeof (raw as { _id?: unknown })._id === 'string'
      ? (raw as { _id: string })._id
      : '?'
  const parsed = incomingDoc.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      message: `Dokumen ${id} dari server tidak berbentuk data Simpul (${issue?.path.join('.') || 'dokumen'}: ${issue?.message ?? ''}).`,
    }
  }
  const doc = parsed.data as unknown as SyncDoc
  if (doc.v > SYNC_DOC_VERSION)
    return {
      ok: false,
      message: `Dokumen ${id} ditulis oleh Simpul yang lebih baru (format ${doc.v}); perbarui aplikasi ini.`,
    }
  if (doc._id !== docId(doc.table, doc.record.id))
    return {
      ok: false,
      message: `Dokumen ${id} tidak cocok dengan isinya (${doc.table} ${doc.record.id}).`,
    }
  return { ok: true, doc }
}

/**
 * The next version of a record's document after a local write: null when the document already
 * holds this version. `lineage` is what this laptop knows the stored
 * version supersedes (settings `exchange:lineage`), `prev` the document as the replica has it.
 */
export function nextDoc(
  table: UserTableName,
  row: Row,
  prev: Pick<SyncDoc, 'record' | 'ancestors' | 'regions'> | undefined,
  regions: readonly string[],
  lineage: readonly string[] = [],
): SyncDoc | null {
  const own = stampOf(row)
  const ancestors = new Set<string>([...(prev?.ancestors ?? []), ...lineage])
  if (prev) ancestors.add(stampOf(prev.record))
  ancestors.delete(own)
  const sortedRegions = [...new Set(regions)].sort()
  const doc: SyncDoc = {
    _id: docId(table, row.id),
    table,
    record: row,
    ancestors: [...ancestors].sort(),
    regions: sortedRegions,
    scope: scopeOf(sortedRegions),
    v: SYNC_DOC_VERSION,
  }
  // The replica already holds this version: lineage learned later travels with its next change.
  if (prev && stampOf(prev.record) === own && JSON.stringify(prev.record) === JSON.stringify(row))
    return null
  return doc
}

/**
 * Whether an office holding `held` may send a document with these `regions`: every one is held
 * or lies below a held one (the server's rule, see shared/sync-design.ts). The push
 * replication's filter: what fails it stays on this laptop, listed, and is never sent.
 */
export function sendableBy(regions: unknown, held: readonly string[]): boolean {
  return (
    Array.isArray(regions) &&
    regions.length > 0 &&
    regions.every((r) => typeof r === 'string' && heldBy(r, held))
  )
}

/**
 * Why the server would refuse this version from an office holding `held` (validate_doc_update
 * run here, with `prev` as the version it replaces), or null when it would take it. The app
 * asks before sending, so a refusal is shown at once and also where the server cannot enforce
 * the rule (the test server, see test/e2e/sync-server.ts).
 */
export function refusalBeforeSending(
  doc: Pick<SyncDoc, '_id' | 'table' | 'record' | 'regions'> & { _deleted?: boolean },
  prev: { regions?: unknown; _deleted?: boolean } | undefined,
  held: readonly string[],
): string | null {
  try {
    validateDocUpdate(
      doc as unknown as Record<string, unknown>,
      (prev as Record<string, unknown> | undefined) ?? null,
      { name: null, roles: held.map((h) => `simpul:${h}`) },
    )
    return null
  } catch (error) {
    const forbidden = (error as { forbidden?: unknown } | null)?.forbidden
    return typeof forbidden === 'string' ? forbidden : String(error)
  }
}
