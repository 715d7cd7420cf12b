import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  keepSyncPassword,
  readSyncPassword,
  type SafeStorageLike,
} from '../../../src/main/sync-secret'

const fs = { readFile, writeFile, rm, mkdir }

/** A stand-in for Electron's safeStorage: reversible, but never the clear text on disk. */
function fakeSafe(available = true): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.from(`enc:${Buffer.from(s).toString('base64')}`),
    decryptString: (b) => {
      const text = b.toString()
      if (!text.startsWith('enc:')) throw new Error('cannot decrypt')
      return Buffer.from(text.slice(4), 'base64').toString()
    },
  }
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'simpul-secret-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('sync password in the main process', () => {
  it('stores it encrypted, reads it back, and removes it with an empty string', async () => {
    const file = join(dir, 'sub', 'sync-password.bin')
    const safe = fakeSafe()
    expect(await readSyncPassword(safe, fs, file)).toBeNull()
    await keepSyncPassword(safe, fs, file, 'rahasia-banjar')
    expect((await readFile(file)).toString()).not.toContain('rahasia-banjar')
    expect(await readSyncPassword(safe, fs, file)).toBe('rahasia-banjar')
    await keepSyncPassword(safe, fs, file, '')
    expect(await readSyncPassword(safe, fs, file)).toBeNull()
  })

  it('refuses to store it when the system offers no encryption, and writes nothing', async () => {
    const file = join(dir, 'sync-password.bin')
    await expect(keepSyncPassword(fakeSafe(false), fs, file, 'pw')).rejects.toThrow(
      'tidak menyediakan penyimpanan terenkripsi',
    )
    await expect(readFile(file)).rejects.toThrow()
  })

  it('reads a file it cannot decrypt as no password', async () => {
    const file = join(dir, 'sync-password.bin')
    await writeFile(file, 'garbage')
    expect(await readSyncPassword(fakeSafe(), fs, file)).toBeNull()
  })
})
