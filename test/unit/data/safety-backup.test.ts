import { afterEach, describe, expect, it } from 'vitest'
import type { BackupWriteRequest, SaveFileRequest, SimpulBridge } from '../../../src/shared/bridge-contract'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { parseBackup } from '../../../src/renderer/features/data/backup-format'
import { BACKUP_KEEP_KEY, isBackupDue, needsDownloadReminder, runScheduledBackup, takeSafetyBackup } from '../../../src/renderer/features/data/safety-backup'
import { backupNameSchema } from '../../../src/shared/bridge-contract'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

function fakeBridge(supported: boolean, saveResult = true) {
  const writes: BackupWriteRequest[] = []
  const saves: SaveFileRequest[] = []
  const bridge = {
    appInfo: async () => ({ version: '0.1.0', shell: supported ? 'electron' : 'browser', platform: 'test' }),
    saveFile: async (r: SaveFileRequest) => {
      saves.push(r)
      return saveResult ? { saved: true as const, location: r.suggestedName } : { saved: false as const }
    },
    backups: {
      supported: async () => supported,
      write: async (r: BackupWriteRequest) => {
        writes.push(r)
        return { fileName: r.fileName, sizeBytes: r.data.byteLength, modifiedAt: fixedNow.toISOString() }
      },
    },
  } as unknown as SimpulBridge
  return { bridge, writes, saves }
}

describe('safety and scheduled backups', () => {
  it('in Electron writes a valid backup to the folder with the keep-N setting', async () => {
    const db = await freshDb()
    dbs.push(db)
    await db.settings.put({ key: BACKUP_KEEP_KEY, value: 5 })
    const { bridge, writes, saves } = fakeBridge(true)
    const res = await takeSafetyBackup(db, bridge, actor, 'sebelum-impor', fixedNow)
    expect(res.where).toBe('folder')
    expect(saves).toHaveLength(0)
    expect(writes[0]!.keep).toBe(5)
    expect(backupNameSchema.safeParse(writes[0]!.fileName).success).toBe(true)
    const parsed = await parseBackup(new TextDecoder().decode(writes[0]!.data))
    expect(parsed.meta.deviceId).toBe(actor.deviceId)
  })

  it('in a browser offers a download, and refuses to go on when the user cancels it', async () => {
    const db = await freshDb()
    dbs.push(db)
    const ok = fakeBridge(false)
    expect((await takeSafetyBackup(db, ok.bridge, actor, 'sebelum-impor', fixedNow)).where).toBe('download')
    expect(ok.saves[0]!.suggestedName).toMatch(/^simpul-backup-.*_sebelum-impor\.simpul\.json$/)
    await expect(takeSafetyBackup(db, fakeBridge(false, false).bridge, actor, 'x', fixedNow)).rejects.toThrow(/tidak ada yang diubah/)
  })

  it('runs the schedule only when due, and never in a browser', async () => {
    const db = await freshDb()
    dbs.push(db)
    const { bridge, writes } = fakeBridge(true)
    expect(await runScheduledBackup(db, bridge, actor, fixedNow)).toBe(true)
    expect(await runScheduledBackup(db, bridge, actor, new Date(fixedNow.getTime() + 3_600_000))).toBe(false)
    expect(await runScheduledBackup(db, bridge, actor, new Date(fixedNow.getTime() + 25 * 3_600_000))).toBe(true)
    expect(writes).toHaveLength(2)
    expect(await runScheduledBackup(db, fakeBridge(false).bridge, actor, fixedNow)).toBe(false)
  })

  it('reminds a browser user after a week without a downloaded backup, only when there is data', () => {
    expect(isBackupDue(null, 24, fixedNow)).toBe(true)
    expect(needsDownloadReminder('2026-11-20T00:00:00Z', true, fixedNow)).toBe(false)
    expect(needsDownloadReminder('2026-11-10T00:00:00Z', true, fixedNow)).toBe(true)
    expect(needsDownloadReminder(null, false, fixedNow)).toBe(false)
  })
})
