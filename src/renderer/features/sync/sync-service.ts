/**
 * The app's one sync engine, its settings and the office password.
 *
 * Settings (`sync:server`, `sync:account`, `sync:regions`, `sync:enabled`) live in the settings
 * table. The password never does: in the desktop app the main process keeps it encrypted with
 * Electron's safeStorage (bridge `syncPassword`); in a browser it is kept in memory for the
 * tab's life only.
 */
import type { SimpulBridge } from '../../../shared/bridge-contract'
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { readSettings, writeSettings } from '../settings'
import { SyncEngine, type SyncConfig } from './sync-engine'

export interface SyncSettings extends SyncConfig {
  enabled: boolean
}

const engines = new Map<SimpulDexie, SyncEngine>()

export function getSyncEngine(db: SimpulDexie, actor: () => Actor): SyncEngine {
  let engine = engines.get(db)
  if (!engine) {
    engine = new SyncEngine(db, actor)
    engines.set(db, engine)
  }
  return engine
}

export async function readSyncSettings(db: SimpulDexie): Promise<SyncSettings> {
  const [server, account, regions, enabled] = await readSettings(db, [
    'sync:server',
    'sync:account',
    'sync:regions',
    'sync:enabled',
  ])
  return {
    server: typeof server === 'string' ? server : '',
    account: typeof account === 'string' ? account : '',
    regions: Array.isArray(regions) ? regions.filter((r) => typeof r === 'string') : [],
    enabled: enabled === true,
  }
}

export async function writeSyncSettings(db: SimpulDexie, s: SyncSettings): Promise<void> {
  await writeSettings(db, {
    'sync:server': s.server,
    'sync:account': s.account,
    'sync:regions': s.regions,
    'sync:enabled': s.enabled,
  })
}

/** Where the password is kept: 'safeStorage' in the desktop app, 'tab' in a browser. */
export async function passwordStore(bridge: SimpulBridge): Promise<'safeStorage' | 'tab'> {
  return (await bridge.appInfo()).shell === 'electron' ? 'safeStorage' : 'tab'
}

/**
 * Starts (or stops) the engine as the stored settings say; without a password it stays off.
 * The replica is filled and kept only once sync is on: a laptop that never syncs does not
 * copy every record into a second database at each start (with the national data that took
 * the page's main thread for a minute, and the Ringkasan waited behind it). When sync is
 * turned on, init() sends what Dexie holds that the replica lacks.
 */
export async function applySyncSettings(
  db: SimpulDexie,
  bridge: SimpulBridge,
  engine: SyncEngine,
): Promise<void> {
  const s = await readSyncSettings(db)
  const password = await bridge.syncPassword.read()
  if (!s.enabled || !s.server || !s.account || password === null) {
    engine.stop()
    await engine.loadState()
    return
  }
  await engine.init()
  engine.start({ server: s.server, account: s.account, regions: s.regions }, password)
}
