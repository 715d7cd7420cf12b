/**
 * Opening the database safely: persistent storage requested, a second window with another
 * schema handled with a message and a reload, and low-level failures turned into messages
 * that say what happened and what to do. Keys refer to the `shell` message namespace.
 */
import Dexie from 'dexie'
import type { Language } from '../../shared/bridge-contract'
import { shell } from '../i18n/messages/shell'
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

type WriteProblem = 'writeQuota' | 'writeUnavailable' | 'writeClosed'

/** The error and what it wraps: Dexie's `inner`, a standard `cause`, a BulkError's failures. */
function errorChain(error: unknown, depth = 0): { name?: string }[] {
  if (!error || typeof error !== 'object' || depth > 4) return []
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown }
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : []
  return [
    error as { name?: string },
    ...errorChain(e.inner, depth + 1),
    ...errorChain(e.cause, depth + 1),
    ...failures.slice(0, 3).flatMap((f) => errorChain(f, depth + 1)),
  ]
}

/** Which storage failure a write error is, or null when it is not one (validation, not found…). */
export function classifyWriteError(error: unknown): WriteProblem | null {
  const names = new Set(errorChain(error).map((e) => e.name ?? ''))
  if (names.has('QuotaExceededError') || names.has(Dexie.errnames.QuotaExceeded))
    return 'writeQuota'
  if (
    names.has(Dexie.errnames.DatabaseClosed) ||
    names.has(Dexie.errnames.VersionChange) ||
    names.has('BlockedError') ||
    names.has('VersionError')
  )
    return 'writeClosed'
  if (
    names.has(Dexie.errnames.MissingAPI) ||
    names.has('InvalidStateError') ||
    names.has(Dexie.errnames.Unknown) ||
    names.has(Dexie.errnames.OpenFailed)
  )
    return 'writeUnavailable'
  return null
}

/** The language write failures are explained in; the app sets it when its language changes. */
let writeLanguage: Language = 'id'

export function setWriteMessageLanguage(language: Language): void {
  writeLanguage = language === 'en' ? 'en' : 'id'
}

/** A storage failure during a write, explained; `problem` says which, `cause` is the original. */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError'
  constructor(
    readonly problem: WriteProblem,
    language: Language,
    options: { cause: unknown },
  ) {
    super(shell[language][problem], options)
  }
}

/**
 * A failed write as a message that says what happened (nothing was saved) and what to do, in
 * the app's language (Indonesian unless chosen otherwise). Validation and not-found errors
 * already speak Indonesian and pass through unchanged.
 */
export function explainWriteError(error: unknown, language: Language = writeLanguage): unknown {
  if (error instanceof StorageWriteError) return error
  const problem = classifyWriteError(error)
  if (!problem) return error
  return new StorageWriteError(problem, language, { cause: error })
}
