/**
 * Opening the database safely: persistent storage requested, a second window with another
 * schema handled with a message and a reload, and low-level failures turned into messages
 * that say what happened and what to do. Keys refer to the `shell` message namespace.
 */
import Dexie from 'dexie'
import { CURRENT_SCHEMA_VERSION, type SimpulDexie } from './database'

/** Raised when the data on disk was written by a newer Simpul than this one. */
export class NewerSchemaError extends Error {
  override name = 'VersionError'
  constructor(readonly onDisk: number) {
    super(
      `Data dibuat oleh Simpul dengan skema versi ${onDisk}; versi ini hanya mengenal sampai ${CURRENT_SCHEMA_VERSION}.`,
    )
  }
}

export type StorageProblem =
  'dbQuota' | 'dbUnavailable' | 'dbNewerVersion' | 'dbBlocked' | 'dbOpenFailed'

/** Which message explains a Dexie/IndexedDB error. Pure, so it is unit-tested. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = (error as { name?: string } | null)?.name ?? ''
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? ''
  const names = [name, inner]
  if (names.some((n) => n === 'QuotaExceededError' || n === Dexie.errnames.QuotaExceeded))
    return 'dbQuota'
  if (names.includes('VersionError') || names.includes(Dexie.errnames.Version))
    return 'dbNewerVersion'
  if (
    names.includes('MissingAPIError') ||
    names.includes(Dexie.errnames.MissingAPI) ||
    names.includes('InvalidStateError')
  )
    return 'dbUnavailable'
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
  // Dexie 4 opens a database whose on-disk version is newer than ours as if nothing were
  // wrong; writing old-shaped records into it could corrupt a newer release's data.
  // db.verno reports our declared version; the native database knows the truth (Dexie
  // stores version n as n × 10).
  const onDisk = Math.floor(db.backendDB().version / 10)
  if (onDisk > CURRENT_SCHEMA_VERSION) {
    db.close()
    throw new NewerSchemaError(onDisk)
  }
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

const WRITE_MESSAGES: Partial<Record<StorageProblem, string>> = {
  dbQuota:
    'Ruang penyimpanan penuh, jadi perubahan ini tidak disimpan. Kosongkan ruang disk atau hapus data yang tidak diperlukan, lalu coba lagi.',
  dbUnavailable:
    'Penyimpanan lokal tidak tersedia, jadi perubahan ini tidak disimpan. Muat ulang Simpul.',
}

/**
 * A failed write as a message that says what happened and what to do. Validation and
 * not-found errors already speak Indonesian and pass through unchanged.
 */
export function explainWriteError(error: unknown): unknown {
  const problem = classifyStorageError(error)
  const message = WRITE_MESSAGES[problem]
  if (!message) return error
  return Object.assign(new Error(message, { cause: error }), { name: 'StorageWriteError' })
}
