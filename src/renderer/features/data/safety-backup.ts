/**
 * Backups taken by the app itself: before every restore and import, and on a schedule.
 * In Electron they go to the backup folder through the bridge (rotation keeps the last N);
 * in a browser there is no folder, so the file is offered as a download.
 */
import type { SimpulBridge } from '../../../shared/bridge-contract'
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { readAllTables } from './backup-db'
import { backupFileName, serializeBackup } from './backup-format'

export const BACKUP_KEEP_KEY = 'backup:keep'
export const BACKUP_INTERVAL_KEY = 'backup:intervalHours'
export const BACKUP_LAST_KEY = 'backup:lastAt'
export const BACKUP_LAST_DOWNLOAD_KEY = 'backup:lastDownloadAt'
export const DEFAULT_KEEP = 10
export const DEFAULT_INTERVAL_HOURS = 24
/** In a browser, remind the user when no backup was downloaded for this long. */
export const REMINDER_DAYS = 7

export async function backupText(db: SimpulDexie, bridge: SimpulBridge, actor: Actor, now: Date): Promise<string> {
  const info = await bridge.appInfo()
  return serializeBackup(await readAllTables(db), { createdAt: now.toISOString(), deviceId: actor.deviceId, appVersion: info.version })
}

async function settingNumber(db: SimpulDexie, key: string, fallback: number): Promise<number> {
  const v = (await db.settings.get(key))?.value
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : fallback
}

export interface SafetyBackupResult {
  where: 'folder' | 'download'
  fileName: string
}

export async function takeSafetyBackup(db: SimpulDexie, bridge: SimpulBridge, actor: Actor, reason: string, now = new Date()): Promise<SafetyBackupResult> {
  const text = await backupText(db, bridge, actor, now)
  const fileName = backupFileName(now.toISOString(), reason)
  const data = new TextEncoder().encode(text)
  if (await bridge.backups.supported()) {
    await bridge.backups.write({ fileName, data, keep: await settingNumber(db, BACKUP_KEEP_KEY, DEFAULT_KEEP) })
    await db.settings.put({ key: BACKUP_LAST_KEY, value: now.toISOString() })
    return { where: 'folder', fileName }
  }
  const saved = await bridge.saveFile({ suggestedName: fileName, data, mimeType: 'application/json', filters: [{ name: 'Cadangan Simpul', extensions: ['json'] }] })
  if (!saved.saved) throw new Error('Cadangan pengaman tidak disimpan, jadi tidak ada yang diubah. Simpan cadangannya untuk melanjutkan.')
  await db.settings.put({ key: BACKUP_LAST_DOWNLOAD_KEY, value: now.toISOString() })
  return { where: 'download', fileName: saved.location }
}

/** Whether a scheduled backup is due. Pure. */
export function isBackupDue(lastAt: string | null, intervalHours: number, now: Date): boolean {
  if (!lastAt) return true
  const last = Date.parse(lastAt)
  return Number.isNaN(last) || now.getTime() - last >= intervalHours * 3_600_000
}

/** Whether the browser reminder to download a backup should show. Pure. */
export function needsDownloadReminder(lastDownloadAt: string | null, hasUserData: boolean, now: Date): boolean {
  if (!hasUserData) return false
  return isBackupDue(lastDownloadAt, REMINDER_DAYS * 24, now)
}

/** Runs a scheduled backup when one is due (Electron only). Returns true if one was written. */
export async function runScheduledBackup(db: SimpulDexie, bridge: SimpulBridge, actor: Actor, now = new Date()): Promise<boolean> {
  if (!(await bridge.backups.supported())) return false
  const last = (await db.settings.get(BACKUP_LAST_KEY))?.value
  const interval = await settingNumber(db, BACKUP_INTERVAL_KEY, DEFAULT_INTERVAL_HOURS)
  if (!isBackupDue(typeof last === 'string' ? last : null, interval, now)) return false
  await takeSafetyBackup(db, bridge, actor, 'otomatis', now)
  return true
}
