import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import type {
  BackupWriteRequest,
  SaveFileRequest,
  SimpulBridge,
} from '../../../src/shared/bridge-contract'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { parseBackup } from '../../../src/renderer/features/data/backup-format'
import { joinParts } from '../../../src/renderer/features/data/backup-stream'
import { canonicalDump, replaceAllTables } from '../../../src/renderer/features/data/backup-db'
import {
  BACKUP_KEEP_KEY,
  SafetyCopyError,
  isBackupDue,
  needsDownloadReminder,
  runScheduledBackup,
  takeSafetyBackup,
  withSafetyCopy,
} from '../../../src/renderer/features/data/safety-backup'
import {
  createSafetyStore,
  importDetail,
  reasonSlug,
  type SafetyStore,
} from '../../../src/renderer/features/data/safety-store'
import { importSheetFile } from '../../../src/renderer/features/data/tabular-import-db'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { createRecord } from '../../../src/renderer/db/repository'
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
    appInfo: async () => ({
      version: '0.1.0',
      shell: supported ? 'electron' : 'browser',
      platform: 'test',
    }),
    saveFile: async (r: SaveFileRequest) => {
      saves.push(r)
      return saveResult
        ? { saved: true as const, location: r.suggestedName }
        : { saved: false as const }
    },
    backups: {
      supported: async () => supported,
      write: async (r: BackupWriteRequest) => {
        writes.push(r)
        return {
          fileName: r.fileName,
          sizeBytes: joinParts([r.data].flat()).byteLength,
          modifiedAt: fixedNow.toISOString(),
        }
      },
    },
  } as unknown as SimpulBridge
  return { bridge, writes, saves }
}

const store = (): SafetyStore => createSafetyStore(`salinan-${crypto.randomUUID()}`)
const importReason = { kind: 'import' as const, detail: importDetail('cakupan-2025.xlsx') }
const later = (minutes: number) => new Date(fixedNow.getTime() + minutes * 60_000)
const csv = (text: string) => ({ name: 'cakupan-2025.csv', data: new TextEncoder().encode(text) })
const COVERAGE_CSV =
  'Kode wilayah;Periode;Segmen;Yang dihitung;Jumlah peserta;Jenis basis;Keterangan basis;Besar basis;Persentase (dari sumber);Sumber;Lembaga sumber;Tanggal data;Catatan\r\n' +
  '63.03;2024;pu;active;21450;pekerja_eligible;pekerja formal;52000;;Rakor Banjar;BPJS Ketenagakerjaan;2024-06-30;\r\n'

describe('safety and scheduled backups', () => {
  it('in Electron writes a valid backup to the folder with the keep-N setting and the reason in its name', async () => {
    const db = await freshDb()
    dbs.push(db)
    await db.settings.put({ key: BACKUP_KEEP_KEY, value: 5 })
    const { bridge, writes, saves } = fakeBridge(true)
    const res = await takeSafetyBackup(db, bridge, actor, importReason, { now: fixedNow })
    expect(res.where).toBe('folder')
    expect(saves).toHaveLength(0)
    expect(writes[0]!.keep).toBe(5)
    expect(writes[0]!.fileName).toMatch(/_sebelum-impor-xlsx-cakupan-2025-xlsx\.simpul\.json$/)
    expect(backupNameSchema.safeParse(writes[0]!.fileName).success).toBe(true)
    // The bridge gets the file in parts, a page of rows each, and writes them in order.
    expect(Array.isArray(writes[0]!.data)).toBe(true)
    const parsed = await parseBackup(joinParts([writes[0]!.data].flat()))
    expect(parsed.meta.deviceId).toBe(actor.deviceId)
  })

  it('keeps file names valid for long reasons', () => {
    const slug = reasonSlug({
      kind: 'package',
      detail: 'Rina Handayani (Disnakertrans Balangan) (perangkat 1a2b3c4d)',
    })
    expect(slug.length).toBeLessThanOrEqual(50)
    expect(
      backupNameSchema.safeParse(`simpul-backup-2026-11-23T02-00-00-000Z_${slug}.simpul.json`)
        .success,
    ).toBe(true)
  })

  it('in a browser stores the copy in its own database, with reason, counts and size, and downloads nothing', async () => {
    const db = await freshDb()
    dbs.push(db)
    await ensureReferenceRegions(db)
    await loadSampleData(db, actor, fixedNow)
    const s = store()
    const { bridge, saves } = fakeBridge(false)
    const res = await takeSafetyBackup(db, bridge, actor, importReason, { now: fixedNow, store: s })
    expect(res.where).toBe('browser')
    expect(saves).toHaveLength(0)
    const [copy] = await s.list()
    expect(copy).toMatchObject({
      createdAt: fixedNow.toISOString(),
      reason: { kind: 'import', detail: 'XLSX cakupan-2025.xlsx' },
      deviceId: actor.deviceId,
    })
    expect(copy!.counts.coverage).toBe(await db.coverage.count())
    expect(copy!.counts.regions).toBeGreaterThanOrEqual(14)
    const data = await s.read(copy!.id)
    expect(copy!.sizeBytes).toBe(data.byteLength)
    expect((await parseBackup(data)).meta.counts).toEqual(copy!.counts)
  })

  it('keeps only the last N copies (setting), newest first, and drops their contents too', async () => {
    const db = await freshDb()
    dbs.push(db)
    await db.settings.put({ key: BACKUP_KEEP_KEY, value: 3 })
    const s = store()
    const { bridge } = fakeBridge(false)
    const ids: string[] = []
    for (let i = 0; i < 5; i++)
      ids.push(
        (await takeSafetyBackup(db, bridge, actor, importReason, { now: later(i), store: s }))
          .fileName,
      )
    const list = await s.list()
    expect(list.map((c) => c.id)).toEqual([ids[4], ids[3], ids[2]])
    await expect(s.read(ids[0]!)).rejects.toThrow(/sudah tidak ada/)
    // Without a setting the default keeps 10; lowering it prunes at once.
    expect(await s.prune(1)).toBe(2)
    expect((await s.list()).map((c) => c.id)).toEqual([ids[4]])
  })

  it('refuses to run the import when the safety copy cannot be written (quota), and says why in Indonesian', async () => {
    const db = await freshDb()
    dbs.push(db)
    await ensureReferenceRegions(db)
    const before = await canonicalDump(db)
    const full: SafetyStore = {
      ...store(),
      save: async () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      },
    }
    const { bridge } = fakeBridge(false)
    let ran = false
    const attempt = withSafetyCopy(
      { db, bridge, actor },
      importReason,
      async () => {
        ran = true
        return importSheetFile(db, 'coverage', csv(COVERAGE_CSV), actor, { now: fixedNow })
      },
      { now: fixedNow, store: full },
    )
    await expect(attempt).rejects.toBeInstanceOf(SafetyCopyError)
    await expect(attempt).rejects.toThrow(
      /ruang penyimpanan peramban penuh.*tidak ada yang diubah.*Unduh cadangan lengkap/,
    )
    expect(ran).toBe(false)
    expect(await canonicalDump(db)).toBe(before)
  })

  it('refuses to go on when the backup folder write fails (Electron)', async () => {
    const db = await freshDb()
    dbs.push(db)
    const { bridge } = fakeBridge(true)
    bridge.backups.write = async () => {
      throw new Error('ENOSPC: no space left on device')
    }
    let ran = false
    await expect(
      withSafetyCopy(
        { db, bridge, actor },
        { kind: 'restore', detail: 'x.simpul.json' },
        async () => {
          ran = true
        },
        { now: fixedNow },
      ),
    ).rejects.toThrow(/ENOSPC.*tidak ada yang diubah/)
    expect(ran).toBe(false)
  })

  it('restoring a safety copy gives back the identical database, after taking a fresh copy first', async () => {
    const db = await freshDb()
    dbs.push(db)
    await ensureReferenceRegions(db)
    await loadSampleData(db, actor, fixedNow)
    const s = store()
    const { bridge } = fakeBridge(false)
    const original = await canonicalDump(db)
    const imported = await withSafetyCopy(
      { db, bridge, actor },
      importReason,
      () => importSheetFile(db, 'coverage', csv(COVERAGE_CSV), actor, { now: later(1) }),
      { now: later(1), store: s },
    )
    expect(imported.result.added).toBe(1)
    await createRecord(
      db,
      'targets',
      {
        regionId: '63.11',
        year: 2026,
        segment: 'semua',
        value: 70_000,
        unit: 'count',
        setBy: 'provinsi',
        sourceDocument: 'Rakor',
        note: '',
      },
      { actor, now: later(2) },
    )
    const afterImport = await canonicalDump(db)
    expect(afterImport).not.toBe(original)

    const copy = await parseBackup(await s.read(imported.safety.fileName))
    const restored = await withSafetyCopy(
      { db, bridge, actor },
      { kind: 'restore', detail: 'salinan pengaman' },
      () => replaceAllTables(db, copy.tables, actor),
      { now: later(3), store: s },
    )
    expect(await canonicalDump(db)).toBe(original)
    // The fresh copy holds what the restore replaced, so the restore can be undone too.
    const list = await s.list()
    expect(list.map((c) => c.reason.kind)).toEqual(['restore', 'import'])
    const undo = await parseBackup(await s.read(restored.safety.fileName))
    await replaceAllTables(db, undo.tables, actor)
    expect(await canonicalDump(db)).toBe(afterImport)
  })

  it('runs the schedule only when due, and never in a browser', async () => {
    const db = await freshDb()
    dbs.push(db)
    const { bridge, writes } = fakeBridge(true)
    expect(await runScheduledBackup(db, bridge, actor, fixedNow)).toBe(true)
    expect(
      await runScheduledBackup(db, bridge, actor, new Date(fixedNow.getTime() + 3_600_000)),
    ).toBe(false)
    expect(
      await runScheduledBackup(db, bridge, actor, new Date(fixedNow.getTime() + 25 * 3_600_000)),
    ).toBe(true)
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
