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

/** A copy's file: its bytes; copies stored by 0.1.0 hold its text instead. */
interface SafetyPayload {
  id: string
  data?: Uint8Array<ArrayBuffer>
  text?: string
}

type SafetyDexie = Dexie & {
  copies: EntityTable<SafetyCopyInfo, 'id'>
  payloads: EntityTable<SafetyPayload, 'id'>
}

/** Why the safety-copy database closed itself (another window or tab took it over). */
export type SafetyClosedReason = 'versionchange' | 'blocked'

/** Raised by a store whose database another window upgraded or deleted (the UI says it in i18n). */
export class SafetyStoreClosedError extends Error {
  override name = 'SafetyStoreClosedError'
  constructor(readonly reason: SafetyClosedReason) {
    super(
      reason === 'blocked'
        ? 'Salinan pengaman belum bisa dibuka: jendela atau tab Simpul lain masih memakai versi lamanya. Tutup jendela lain itu, lalu muat ulang halaman ini.'
        : 'Salinan pengaman ditutup karena jendela atau tab Simpul lain memperbarui atau menghapus basis datanya. Muat ulang halaman ini sebelum mengimpor, memulihkan atau menggabungkan paket.',
    )
  }
}

export interface SafetyStore {
  /** Stores a copy and drops the oldest beyond `keep`, in one transaction. */
  save(info: SafetyCopyInfo, data: Uint8Array<ArrayBuffer>, keep: number): Promise<void>
  /** Newest first. */
  list(): Promise<SafetyCopyInfo[]>
  /** The copy's file as bytes (a copy stored as text by 0.1.0 is encoded). */
  read(id: string): Promise<Uint8Array<ArrayBuffer>>
  remove(id: string): Promise<void>
  /** Drops the oldest copies beyond `keep`. */
  prune(keep: number): Promise<number>
  /** Why the store closed itself, or null while it is usable. */
  closedReason(): SafetyClosedReason | null
  /** Called once the store closes itself; returns the unsubscribe function. */
  onClosed(listener: (reason: SafetyClosedReason) => void): () => void
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
  // 'strict', like the main database: a copy is reported stored only once it is on disk.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SafetyDexie
  db.version(1).stores({ copies: 'id, createdAt', payloads: 'id' })
  let closed: SafetyClosedReason | null = null
  const listeners = new Set<(reason: SafetyClosedReason) => void>()
  const closeFor = (reason: SafetyClosedReason) => {
    if (closed) return
    closed = reason
    db.close()
    for (const listener of [...listeners]) listener(reason)
  }
  // Another window upgrading or deleting this database: close at once so it is not blocked
  // (as db/durability.ts does for the main database) and say so, instead of failing later
  // with Dexie's DatabaseClosedError in English.
  db.on('versionchange', () => {
    closeFor('versionchange')
    return false
  })
  // Our open waits for a window that keeps an older version open.
  db.on('blocked', () => closeFor('blocked'))
  const usable = <T>(run: () => Promise<T>): Promise<T> =>
    closed ? Promise.reject(new SafetyStoreClosedError(closed)) : run()
  return {
    save(info, data, keep) {
      return usable(() =>
        db.transaction('rw', db.copies, db.payloads, async () => {
          await db.copies.add(info)
          await db.payloads.add({ id: info.id, data })
          await dropBeyond(db, keep)
        }),
      )
    },
    list() {
      return usable(() => db.copies.orderBy('createdAt').reverse().toArray())
    },
    read(id) {
      return usable(async () => {
        const payload = await db.payloads.get(id)
        if (!payload)
          throw new Error(
            'Salinan pengaman ini sudah tidak ada (mungkin tergeser salinan yang lebih baru).',
          )
        return payload.data ?? new TextEncoder().encode(payload.text ?? '')
      })
    },
    remove(id) {
      return usable(() =>
        db.transaction('rw', db.copies, db.payloads, async () => {
          await db.copies.delete(id)
          await db.payloads.delete(id)
        }),
      )
    },
    prune(keep) {
      return usable(() => db.transaction('rw', db.copies, db.payloads, () => dropBeyond(db, keep)))
    },
    closedReason: () => closed,
    onClosed(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
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
