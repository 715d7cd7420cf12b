/**
 * The sync office password, kept by the main process: encrypted with Electron's safeStorage
 * (DPAPI on Windows, the keychain on macOS, the secret service on Linux) in userData, never in
 * clear and never in IndexedDB. Plain functions: Electron's safeStorage and the file system come
 * in as parameters, so Vitest runs them in Node (Electron itself cannot run on the build machines).
 */
import { dirname } from 'node:path'

export const SYNC_SECRET_FILE = 'sync-password.bin'

export interface SafeStorageLike {
  isEncryptionAvailable(): boolean
  encryptString(plain: string): Buffer
  decryptString(encrypted: Buffer): string
}

export interface SecretFs {
  readFile(path: string): Promise<Buffer>
  writeFile(path: string, data: Uint8Array): Promise<void>
  rm(path: string, options: { force: boolean }): Promise<void>
  mkdir(path: string, options: { recursive: boolean }): Promise<unknown>
}

export class SecretStorageError extends Error {
  override name = 'SecretStorageError'
}

/** The stored password, or null when none is stored or it can no longer be decrypted. */
export async function readSyncPassword(
  safe: SafeStorageLike,
  fs: SecretFs,
  file: string,
): Promise<string | null> {
  let data: Buffer
  try {
    data = await fs.readFile(file)
  } catch {
    return null
  }
  if (!safe.isEncryptionAvailable()) return null
  try {
    return safe.decryptString(data)
  } catch {
    return null
  }
}

/** Stores the password encrypted; '' removes it. Refuses to store it when encryption is unavailable. */
export async function keepSyncPassword(
  safe: SafeStorageLike,
  fs: SecretFs,
  file: string,
  password: string,
): Promise<void> {
  if (password === '') {
    await fs.rm(file, { force: true })
    return
  }
  if (!safe.isEncryptionAvailable())
    throw new SecretStorageError(
      'Sistem operasi ini tidak menyediakan penyimpanan terenkripsi; kata sandi tidak disimpan.',
    )
  await fs.mkdir(dirname(file), { recursive: true })
  await fs.writeFile(file, safe.encryptString(password))
}
