/**
 * Settings are key/value rows. SETTING_KEYS lists every key the app stores, spelled as it is
 * stored. Where a feature owns a key it exports it as a constant (the backup keys in
 * data/safety-backup.ts, the exchange keys in data/exchange-db.ts, both exported by data/index.ts); the types below fail
 * to compile if this list and those constants disagree.
 */
import type { SimpulDexie } from '../../db/database'
import type {
  BACKUP_INTERVAL_KEY,
  BACKUP_KEEP_KEY,
  BACKUP_LAST_DOWNLOAD_KEY,
  BACKUP_LAST_KEY,
  LINEAGE_KEY,
} from '../data'

export const SETTING_KEYS = [
  'userName',
  'office',
  'language',
  'deviceId',
  'sampleLoadedAt',
  'backup:keep',
  'backup:intervalHours',
  'backup:lastAt',
  'backup:lastDownloadAt',
  'exchange:lineage',
  'sync:server',
  'sync:account',
  'sync:regions',
  'sync:enabled',
] as const

/** What the exchange remembers of another laptop, under `exchange:<its device id>`. */
export type PeerSettingKey = `exchange:${string}`
export type SettingKey = (typeof SETTING_KEYS)[number] | PeerSettingKey

type OwnedKeys =
  | typeof BACKUP_KEEP_KEY
  | typeof BACKUP_INTERVAL_KEY
  | typeof BACKUP_LAST_KEY
  | typeof BACKUP_LAST_DOWNLOAD_KEY
  | typeof LINEAGE_KEY
type Holds<T extends true> = T
/** Every key a feature owns is in SETTING_KEYS, spelled the same. */
type _OwnedKeysListed = Holds<[OwnedKeys] extends [(typeof SETTING_KEYS)[number]] ? true : false>

export function isSettingKey(key: string): key is SettingKey {
  return (SETTING_KEYS as readonly string[]).includes(key) || key.startsWith('exchange:')
}

export async function readSetting(db: SimpulDexie, key: SettingKey): Promise<unknown> {
  return (await db.settings.get(key))?.value
}

export async function writeSetting(
  db: SimpulDexie,
  key: SettingKey,
  value: unknown,
): Promise<void> {
  await db.settings.put({ key, value })
}

/** Several settings in one transaction: all are written or none. */
export async function writeSettings(
  db: SimpulDexie,
  values: Partial<Record<SettingKey, unknown>>,
): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    for (const [key, value] of Object.entries(values)) await db.settings.put({ key, value })
  })
}

/** Several settings at once, in the order asked. */
export async function readSettings(db: SimpulDexie, keys: SettingKey[]): Promise<unknown[]> {
  return (await db.settings.bulkGet(keys)).map((row) => row?.value)
}
