/**
 * Opening the database safely: persistent storage requested, a second window with another
 * schema handled with a message and a reload, and low-level failures turned into messages
 * that say what happened and what to do. Keys refer to the `shell` message namespace.
 */
import Dexie from 'dexie'
import type { SimpulDexie } from './database'

export type StorageProblem = 'dbQuota' | 'dbUnavailable' | 'dbNewerVersion' | 'dbBlocked' | 'dbOpenFailed'

/** Which message explains a Dexie/IndexedDB error. Pure, so it is unit-tested. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const names = [name, inner]
  if (names.some((n) => n === 'QuotaExceededError' || n === Dexie.errnames.QuotaExceeded)) return 'dbQuota'
  if (names.includes('VersionError') || names.includes(Dexie.errnames.Version)) return 'dbNewerVersion'
  if (names.includes('MissingAPIError') || names.includes(Dexie.errnames.MissingAPI) || names.includes('InvalidStateError')) return 'dbUnavailable'
  if (names.includes('BlockedError')) return 'dbBlocked'
  return 'dbOpenFailed'
}

export interface OpenHooks {
  /** Another window opened a newer schema: tell the user, then reload. */
  onVersionChange: () => void
  /** Our upgrade waits for an older window to close. */
  onBlocked: () => void
}

export async function openDatabase(db: SimpulDexie, hooks: OpenHooks): Promise<void> {
  db.on('versionchange', () => {
    db.close()
    hooks.onVersionChange()
    return false
  })
  db.on('blocked', () => {
    hooks.onBlocked()
  })
  await db.open()
}

/** Ask the browser not to evict our data under storage pressure. */
export async function requestPersistentStorage(nav: Navigator = navigator): Promise<boolean> {
  if (!nav.storage?.persist) return false
  try {
    if (await nav.storage.persisted()) return true
    return await nav.storage.persist()
  } catch {
    return false
  }
}
