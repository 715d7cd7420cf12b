/**
 * Safety copies in a browser: full backups the app takes itself before every restore, import
 * and package merge, kept in their own IndexedDB database. A separate database because a
 * restore clears every table of the main one: a copy stored there would be wiped by the very
 * restore it is meant to undo. The copy lives in the same browser profile, so it protects
 * against a bad import, not against losing the browser: the Data page says so and keeps
 * reminding the user to download a real backup file.
 *
 * Metadata and payload are separate tables, so listing copies does not read megabytes of text.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { BackupTableName } from './backup-format'

export const SAFETY_DB_NAME = 'simpul-salinan-pengaman'

/** Why a copy was taken. `detail` names the file, backup or sending laptop. */
export type SafetyReason =
  | { kind: 'import'; detail: string }
  | { kind: 'restore'; detail: string }
  | { kind: 'package'; detail: string }
  | { kind: 'scheduled' }

export interface SafetyCopyInfo {
  id: string
  createdAt: string
  reason: SafetyReason
  /** Rows per table in the copy. */
  counts: Record<BackupTableName, number>
  sizeBytes: number
  deviceId: string
  appVersion: string
}

interface SafetyPayload {
  id: string
  text: string
}

type SafetyDexie = Dexie & {
  copies: EntityTable<SafetyCopyInfo, 'id'>
  payloads: EntityTable<SafetyPayload, 'id'>
}

export interface SafetyStore {
  /** Stores a copy and drops the oldest beyond `keep`, in one transaction. */
  save(info: SafetyCopyInfo, text: string, keep: number): Promise<void>
  /** Newest first. */
  list(): Promise<SafetyCopyInfo[]>
  read(id: string): Promise<string>
  remove(id: string): Promise<void>
  /** Drops the oldest copies beyond `keep`. */
  prune(keep: number): Promise<number>
}

async function dropBeyond(db: SafetyDexie, keep: number): Promise<number> {
  const all = await db.copies.orderBy('createdAt').toArray()
  // Oldest first; ties (two copies in the same millisecond) broken by id for a stable order.
  all.sort((a, b) => (a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : 0))
  const excess = all.slice(0, Math.max(0, all.length - Math.max(1, keep))).map((c) => c.id)
  if (excess.length) {
    await db.copies.bulkDelete(excess)
    await db.payloads.bulkDelete(excess)
  }
  return excess.length
}

export function createSafetyStore(name = SAFETY_DB_NAME): SafetyStore {
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SafetyDexie
  db.version(1).stores({ copies: 'id, createdAt', payloads: 'id' })
  return {
    async save(info, text, keep) {
      await db.transaction('rw', db.copies, db.payloads, async () => {
        await db.copies.add(info)
        await db.payloads.add({ id: info.id, text })
        await dropBeyond(db, keep)
      })
    },
    async list() {
      return await db.copies.orderBy('createdAt').reverse().toArray()
    },
    async read(id) {
      const payload = await db.payloads.get(id)
      if (!payload)
        throw new Error(
          'Salinan pengaman ini sudah tidak ada (mungkin tergeser salinan yang lebih baru).',
        )
      return payload.text
    },
    async remove(id) {
      await db.transaction('rw', db.copies, db.payloads, async () => {
        await db.copies.delete(id)
        await db.payloads.delete(id)
      })
    },
    prune(keep) {
      return db.transaction('rw', db.copies, db.payloads, () => dropBeyond(db, keep))
    },
  }
}

let shared: SafetyStore | null = null

/** The app's one safety store (opened on first use). */
export function browserSafetyStore(): SafetyStore {
  shared ??= createSafetyStore()
  return shared
}

/** Indonesian words for a reason, used in file names and thrown messages (the UI uses i18n). */
export function reasonText(reason: SafetyReason): string {
  switch (reason.kind) {
    case 'import':
      return `sebelum impor ${reason.detail}`
    case 'restore':
      return reason.detail ? `sebelum pemulihan dari ${reason.detail}` : 'sebelum pemulihan'
    case 'package':
      return `sebelum paket dari ${reason.detail}`
    case 'scheduled':
      return 'otomatis'
  }
}

/** A file-name-safe form of a reason: "sebelum-impor-xlsx-cakupan-2025-xlsx" (at most 50 characters). */
export function reasonSlug(reason: SafetyReason): string {
  return reasonText(reason)
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 50)
    .replace(/-+$/, '')
}

/** "XLSX cakupan-2025.xlsx": the kind of file and its name, for an import's reason. */
export function importDetail(fileName: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toUpperCase() ?? ''
  return ext ? `${ext} ${fileName}` : fileName
}
