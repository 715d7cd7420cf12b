/** Settings are key/value rows; these keys are the ones the app knows. */
import type { SimpulDexie } from '../../db/database'

export type SettingKey =
  | 'userName'
  | 'office'
  | 'language'
  | 'deviceId'
  | 'backupKeep'
  | 'backupIntervalHours'
  | 'lastBackupAt'
  | 'sampleLoadedAt'

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
