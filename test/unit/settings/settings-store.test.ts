import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { loadActor } from '../../../src/renderer/db/device'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import {
  BACKUP_INTERVAL_KEY,
  BACKUP_KEEP_KEY,
  BACKUP_LAST_DOWNLOAD_KEY,
  BACKUP_LAST_KEY,
  keepSetting,
  runScheduledBackup,
} from '../../../src/renderer/features/data/safety-backup'
import { LINEAGE_KEY, peerKey } from '../../../src/renderer/features/data/exchange-db'
import {
  SETTING_KEYS,
  isSettingKey,
  readSetting,
  writeSetting,
} from '../../../src/renderer/features/settings/settings-store'
import type { BackupWriteRequest, SimpulBridge } from '../../../src/shared/bridge-contract'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
async function db(): Promise<SimpulDexie> {
  const d = await freshDb()
  dbs.push(d)
  return d
}

/** Electron's bridge as far as the scheduled backup uses it: a folder that records writes. */
function folderBridge() {
  const writes: BackupWriteRequest[] = []
  const bridge = {
    appInfo: async () => ({ version: '0.1.0', shell: 'electron', platform: 'test' }),
    backups: {
      supported: async () => true,
      write: async (r: BackupWriteRequest) => {
        writes.push(r)
        const sizeBytes = [r.data].flat().reduce((n, part) => n + part.byteLength, 0)
        return { fileName: r.fileName, sizeBytes, modifiedAt: '' }
      },
    },
  } as unknown as SimpulBridge
  return { bridge, writes }
}
const hoursLater = (h: number) => new Date(fixedNow.getTime() + h * 3_600_000)

describe('settings keys', () => {
  it('names the backup settings as the backup code stores them', () => {
    expect(SETTING_KEYS).toEqual(
      expect.arrayContaining([
        BACKUP_KEEP_KEY,
        BACKUP_INTERVAL_KEY,
        BACKUP_LAST_KEY,
        BACKUP_LAST_DOWNLOAD_KEY,
        LINEAGE_KEY,
      ]),
    )
    expect(SETTING_KEYS).not.toContain('backupKeep')
    expect(isSettingKey(peerKey('laptop-provinsi'))).toBe(true)
    expect(isSettingKey('backupKeep')).toBe(false)
  })

  it('a keep-N and an interval written through the settings store are the ones the backups follow', async () => {
    const d = await db()
    await writeSetting(d, 'backup:keep', 3)
    await writeSetting(d, 'backup:intervalHours', 48)
    expect(await keepSetting(d)).toBe(3)
    const { bridge, writes } = folderBridge()
    expect(await runScheduledBackup(d, bridge, actor, fixedNow)).toBe(true)
    expect(writes.map((w) => w.keep)).toEqual([3])
    // The time of that backup reads back under its stored key ...
    expect(await readSetting(d, 'backup:lastAt')).toBe(fixedNow.toISOString())
    // ... and the 48-hour interval holds off the next one for two days, not one.
    expect(await runScheduledBackup(d, bridge, actor, hoursLater(30))).toBe(false)
    expect(await runScheduledBackup(d, bridge, actor, hoursLater(48))).toBe(true)
    expect(writes).toHaveLength(2)
  })

  it('every key the app writes while it is used is a known setting key', async () => {
    const d = await db()
    await loadActor(d)
    await writeSetting(d, 'userName', 'Siti Rahmah')
    await writeSetting(d, 'language', 'id')
    await ensureReferenceRegions(d)
    await loadSampleData(d, actor, fixedNow)
    await runScheduledBackup(d, folderBridge().bridge, actor, fixedNow)
    const keys = (await d.settings.toCollection().primaryKeys()) as string[]
    expect(keys).toEqual(
      expect.arrayContaining(['deviceId', 'userName', 'sampleLoadedAt', 'backup:lastAt']),
    )
    expect(keys.filter((k) => !isSettingKey(k))).toEqual([])
  })
})
