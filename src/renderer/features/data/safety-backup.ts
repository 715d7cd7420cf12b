/**
 * Backups taken by the app itself: before every restore, import and package merge, and on a
 * schedule. In Electron they go to the backup folder through the bridge (rotation keeps the
 * last N); in a browser they go to a separate IndexedDB database (safety-store.ts), also
 * keeping the last N, instead of a download each time.
 *
 * If the copy cannot be written, the change it protects does not happen: withSafetyCopy()
 * runs the change only after the copy is stored.
 */
import type { SimpulBridge } from '../../../shared/bridge-contract'
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { newId } from '../../db/device'
import { classifyStorageError } from '../../db/durability'
import { writeBackupFile } from './backup-db'
import { backupFileName } from './backup-format'
import { joinParts, type BackupFile } from './backup-stream'
import {
  browserSafetyStore,
  reasonSlug,
  SafetyStoreClosedError,
  type SafetyReason,
  type SafetyStore,
} from './safety-store'

export const BACKUP_KEEP_KEY = 'backup:keep'
export const BACKUP_INTERVAL_KEY = 'backup:intervalHours'
export const BACKUP_LAST_KEY = 'backup:lastAt'
export const BACKUP_LAST_DOWNLOAD_KEY = 'backup:lastDownloadAt'
export const DEFAULT_KEEP = 10
export const DEFAULT_INTERVAL_HOURS = 24
/** In a browser, remind the user when no backup was downloaded for this long. */
export const REMINDER_DAYS = 7

/** A full backup of the database as the bytes of its file, written a page of rows at a time. */
export async function backupFile(
  db: SimpulDexie,
  bridge: SimpulBridge,
  actor: Actor,
  now: Date,
): Promise<BackupFile> {
  const info = await bridge.appInfo()
  return writeBackupFile(db, {
    createdAt: now.toISOString(),
    deviceId: actor.deviceId,
    appVersion: info.version,
  })
}

async function settingNumber(db: SimpulDexie, key: string, fallback: number): Promise<number> {
  const v = (await db.settings.get(key))?.value
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback
}

export const keepSetting = (db: SimpulDexie): Promise<number> =>
  settingNumber(db, BACKUP_KEEP_KEY, DEFAULT_KEEP)

export interface SafetyBackupResult {
  where: 'folder' | 'browser'
  /** File name in the folder, or the id of the copy in the browser's safety store. */
  fileName: string
}

/** The safety copy could not be written; nothing was changed. The message says what to do. */
export class SafetyCopyError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'SafetyCopyError'
  }
}

const detailOf = (error: unknown) => String((error as Error)?.message ?? error).slice(0, 200)

function browserFailure(error: unknown): SafetyCopyError {
  if (error instanceof SafetyStoreClosedError)
    return new SafetyCopyError(`${error.message} Karena itu tidak ada yang diubah.`, {
      cause: error,
    })
  const why =
    classifyStorageError(error) === 'dbQuota'
      ? 'ruang penyimpanan peramban penuh'
      : `penyimpanan peramban menolak (${detailOf(error)})`
  return new SafetyCopyError(
    `Salinan pengaman tidak bisa disimpan: ${why}. Karena itu tidak ada yang diubah. ` +
      'Unduh cadangan lengkap dulu, lalu hapus beberapa salinan pengaman lama (atau kurangi jumlah yang disimpan) di bagian Salinan pengaman, dan coba lagi.',
    { cause: error },
  )
}

function folderFailure(error: unknown): SafetyCopyError {
  return new SafetyCopyError(
    `Cadangan pengaman tidak bisa ditulis ke folder cadangan (${detailOf(error)}). Karena itu tidak ada yang diubah. ` +
      'Periksa ruang disk dan izin folder cadangan, atau unduh cadangan lengkap ke tempat lain, lalu coba lagi.',
    { cause: error },
  )
}

export interface SafetyOptions {
  now?: Date
  /** The browser's safety store; tests pass their own. */
  store?: SafetyStore
}

export async function takeSafetyBackup(
  db: SimpulDexie,
  bridge: SimpulBridge,
  actor: Actor,
  reason: SafetyReason,
  options: SafetyOptions = {},
): Promise<SafetyBackupResult> {
  const now = options.now ?? new Date()
  const createdAt = now.toISOString()
  const info = await bridge.appInfo()
  const file = await writeBackupFile(db, {
    createdAt,
    deviceId: actor.deviceId,
    appVersion: info.version,
  })
  const keep = await keepSetting(db)
  if (await bridge.backups.supported()) {
    const fileName = backupFileName(createdAt, reasonSlug(reason))
    try {
      await bridge.backups.write({ fileName, data: file.parts, keep })
    } catch (error) {
      throw folderFailure(error)
    }
    await db.settings.put({ key: BACKUP_LAST_KEY, value: createdAt })
    return { where: 'folder', fileName }
  }
  const id = newId()
  try {
    const store = options.store ?? browserSafetyStore()
    await store.save(
      {
        id,
        createdAt,
        reason,
        counts: file.counts,
        sizeBytes: file.byteLength,
        deviceId: actor.deviceId,
        appVersion: info.version,
      },
      joinParts(file.parts, file.byteLength),
      keep,
    )
  } catch (error) {
    throw browserFailure(error)
  }
  return { where: 'browser', fileName: id }
}

/**
 * Takes a safety copy, then runs `change`. When the copy fails, `change` never runs and the
 * SafetyCopyError reaches the caller.
 */
export async function withSafetyCopy<T>(
  deps: { db: SimpulDexie; bridge: SimpulBridge; actor: Actor },
  reason: SafetyReason,
  change: () => Promise<T>,
  options: SafetyOptions = {},
): Promise<{ safety: SafetyBackupResult; result: T }> {
  const safety = await takeSafetyBackup(deps.db, deps.bridge, deps.actor, reason, options)
  return { safety, result: await change() }
}

/** Whether a scheduled backup is due. Pure. */
export function isBackupDue(lastAt: string | null, intervalHours: number, now: Date): boolean {
  if (!lastAt) return true
  const last = Date.parse(lastAt)
  return Number.isNaN(last) || now.getTime() - last >= intervalHours * 3_600_000
}

/** Whether the browser reminder to download a backup should show. Pure. */
export function needsDownloadReminder(
  lastDownloadAt: string | null,
  hasUserData: boolean,
  now: Date,
): boolean {
  if (!hasUserData) return false
  return isBackupDue(lastDownloadAt, REMINDER_DAYS * 24, now)
}

/** Runs a scheduled backup when one is due (Electron only). Returns true if one was written. */
export async function runScheduledBackup(
  db: SimpulDexie,
  bridge: SimpulBridge,
  actor: Actor,
  now = new Date(),
): Promise<boolean> {
  if (!(await bridge.backups.supported())) return false
  const last = (await db.settings.get(BACKUP_LAST_KEY))?.value
  const interval = await settingNumber(db, BACKUP_INTERVAL_KEY, DEFAULT_INTERVAL_HOURS)
  if (!isBackupDue(typeof last === 'string' ? last : null, interval, now)) return false
  await takeSafetyBackup(db, bridge, actor, { kind: 'scheduled' }, { now })
  return true
}
