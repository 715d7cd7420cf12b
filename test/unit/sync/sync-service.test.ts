import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import type { SyncEngine } from '../../../src/renderer/features/sync/sync-engine'
import {
  applySyncSettings,
  writeSyncSettings,
} from '../../../src/renderer/features/sync/sync-service'
import type { SimpulBridge } from '../../../src/shared/bridge-contract'
import { freshDb } from '../db/helpers'

// The engine is replaced by a recording one; its PouchDB (browser-only) is never loaded.
vi.mock('pouchdb-browser', () => ({ default: class {} }))

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

/** An engine that records what was asked of it. */
function recordingEngine() {
  const calls: string[] = []
  const engine = {
    init: async () => void calls.push('init'),
    loadState: async () => void calls.push('loadState'),
    stop: () => void calls.push('stop'),
    start: (config: { server: string }) => void calls.push(`start ${config.server}`),
  } as unknown as SyncEngine
  return { engine, calls }
}

const bridgeWith = (password: string | null) =>
  ({ syncPassword: { read: async () => password } }) as unknown as SimpulBridge

const office = {
  server: 'http://127.0.0.1:5984/simpul',
  account: 'kalsel',
  regions: ['63'],
}

describe('applySyncSettings', () => {
  it('leaves the replica alone while sync is off: no copy of every record at each start', async () => {
    const db = await freshDb()
    dbs.push(db)
    const { engine, calls } = recordingEngine()
    await applySyncSettings(db, bridgeWith('rahasia'), engine)
    expect(calls).toEqual(['stop', 'loadState'])
    await writeSyncSettings(db, { ...office, enabled: false })
    await applySyncSettings(db, bridgeWith('rahasia'), engine)
    expect(calls).toEqual(['stop', 'loadState', 'stop', 'loadState'])
  })

  it('without the password (a browser tab after a restart) it stays off too', async () => {
    const db = await freshDb()
    dbs.push(db)
    await writeSyncSettings(db, { ...office, enabled: true })
    const { engine, calls } = recordingEngine()
    await applySyncSettings(db, bridgeWith(null), engine)
    expect(calls).toEqual(['stop', 'loadState'])
  })

  it('fills the replica, then starts replication, once sync is on', async () => {
    const db = await freshDb()
    dbs.push(db)
    await writeSyncSettings(db, { ...office, enabled: true })
    const { engine, calls } = recordingEngine()
    await applySyncSettings(db, bridgeWith('rahasia'), engine)
    expect(calls).toEqual(['init', `start ${office.server}`])
  })
})
