/**
 * Both databases commit with 'strict' durability, and the safety-copy database closes itself
 * cleanly when another window or tab upgrades or deletes it (as the main database does), so
 * it never blocks the other window and says why it stopped working instead of failing later
 * with Dexie's English DatabaseClosedError.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { IDBDatabase as FDBDatabase } from 'fake-indexeddb'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDatabase } from '../../../src/renderer/db/database'
import { openDatabase } from '../../../src/renderer/db/durability'
import {
  takeSafetyBackup,
  SafetyCopyError,
} from '../../../src/renderer/features/data/safety-backup'
import {
  createSafetyStore,
  SafetyStoreClosedError,
  type SafetyCopyInfo,
} from '../../../src/renderer/features/data/safety-store'
import { BACKUP_TABLES } from '../../../src/renderer/features/data/backup-format'
import type { SimpulBridge } from '../../../src/shared/bridge-contract'
import { actor, fixedNow, freshDb } from '../db/helpers'

const info = (id: string): SafetyCopyInfo => ({
  id,
  createdAt: fixedNow.toISOString(),
  reason: { kind: 'scheduled' },
  counts: Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as SafetyCopyInfo['counts'],
  sizeBytes: 2,
  deviceId: 'd',
  appVersion: '0.1.0',
})

/**
 * The durability of every IndexedDB transaction `run` starts, as "stores:durability". The spy
 * is in place before `open` (Dexie keeps its own handle on the connection once open), but what
 * Dexie reads of the schema while opening is not counted: only the app's own transactions.
 */
async function durabilities(
  open: () => Promise<unknown>,
  run: () => Promise<unknown>,
): Promise<string[]> {
  const seen: string[] = []
  let recording = false
  const original = FDBDatabase.prototype.transaction
  const spy = vi.spyOn(FDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = original.apply(this, args)
    if (recording) seen.push(`${[...tx.objectStoreNames].join('+')}:${tx.durability}`)
    return tx
  })
  try {
    await open()
    recording = true
    await run()
  } finally {
    spy.mockRestore()
  }
  return seen
}

afterEach(() => vi.restoreAllMocks())

describe("chromeTransactionDurability: 'strict' on both databases", () => {
  it('the main database asks IndexedDB for strict commits, for reads and writes', async () => {
    const db = createDatabase(`t-${crypto.randomUUID()}`)
    const seen = await durabilities(
      () => db.open(),
      async () => {
        await db.settings.put({ key: 'x', value: 1 })
        await db.transaction('rw', db.coverage, db.audit, async () => {
          await db.coverage.count()
        })
      },
    )
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(seen.every((s) => s.endsWith(':strict'))).toBe(true)
    expect(seen).toContain('audit+coverage:strict')
    db.close()
  })

  it('the safety-copy database asks for strict commits when it stores, lists and reads a copy', async () => {
    const store = createSafetyStore(`salinan-${crypto.randomUUID()}`)
    const seen = await durabilities(
      () => store.list(),
      async () => {
        await store.save(info('a'), new TextEncoder().encode('{}'), 5)
        await store.list()
        await store.read('a')
      },
    )
    expect(seen).toContain('copies+payloads:strict')
    expect(seen).toContain('copies:strict')
    expect(seen).toContain('payloads:strict')
    expect(seen.every((s) => s.endsWith(':strict'))).toBe(true)
  })
})

describe('the safety-copy database when another window takes it over', () => {
  it('closes at once when another tab deletes it, tells its listeners, and refuses clearly afterwards', async () => {
    const name = `salinan-${crypto.randomUUID()}`
    const store = createSafetyStore(name)
    await store.save(info('a'), new TextEncoder().encode('{}'), 5)
    const heard: string[] = []
    store.onClosed((reason) => heard.push(reason))
    expect(store.closedReason()).toBeNull()

    // The other tab's delete is not blocked: it completes because this store closed.
    await Dexie.delete(name)
    expect(heard).toEqual(['versionchange'])
    expect(store.closedReason()).toBe('versionchange')
    await expect(store.list()).rejects.toBeInstanceOf(SafetyStoreClosedError)
    await expect(store.save(info('b'), new TextEncoder().encode('{}'), 5)).rejects.toThrow(
      /jendela atau tab Simpul lain memperbarui atau menghapus.*Muat ulang halaman ini/,
    )
    // Closed for good: the deleted database is not silently re-created by a later call.
    expect(await Dexie.exists(name)).toBe(false)
  })

  it('closes when another window opens a newer version, which then opens without waiting', async () => {
    const name = `salinan-${crypto.randomUUID()}`
    const store = createSafetyStore(name)
    await store.list()
    const newer = new Dexie(name)
    newer.version(1).stores({ copies: 'id, createdAt', payloads: 'id' })
    newer.version(2).stores({ copies: 'id, createdAt, kind', payloads: 'id' })
    let blocked = false
    newer.on('blocked', () => {
      blocked = true
    })
    await newer.open()
    expect(blocked).toBe(false)
    expect(store.closedReason()).toBe('versionchange')
    newer.close()
  })

  it('says it is blocked when an older connection elsewhere will not let it open', async () => {
    const name = `salinan-${crypto.randomUUID()}`
    // An old window holding the database at IndexedDB version 1 that ignores versionchange.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1)
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const store = createSafetyStore(name)
    const heard: string[] = []
    store.onClosed((reason) => heard.push(reason))
    await expect(store.list()).rejects.toThrow()
    expect(heard).toEqual(['blocked'])
    await expect(store.list()).rejects.toThrow(/masih memakai versi lamanya/)
    old.close()
  })

  it('a safety copy refused because the store closed stops the change, with the reason in Indonesian', async () => {
    const db = await freshDb()
    const name = `salinan-${crypto.randomUUID()}`
    const store = createSafetyStore(name)
    await store.list()
    await Dexie.delete(name)
    const bridge = {
      appInfo: async () => ({ version: '0.1.0', shell: 'browser', platform: 'test' }),
      backups: { supported: async () => false },
    } as unknown as SimpulBridge
    const attempt = takeSafetyBackup(db, bridge, actor, { kind: 'scheduled' }, { store })
    await expect(attempt).rejects.toBeInstanceOf(SafetyCopyError)
    await expect(attempt).rejects.toThrow(/Muat ulang halaman ini.*tidak ada yang diubah/)
    db.close()
  })

  it('the main database closes the same way (openDatabase), so both behave alike', async () => {
    const name = `t-${crypto.randomUUID()}`
    const db = createDatabase(name)
    const heard: string[] = []
    await openDatabase(db, {
      onVersionChange: () => heard.push('versionchange'),
      onBlocked: () => heard.push('blocked'),
    })
    await Dexie.delete(name)
    expect(heard).toEqual(['versionchange'])
    expect(db.isOpen()).toBe(false)
  })
})
