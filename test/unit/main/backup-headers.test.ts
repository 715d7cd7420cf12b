/**
 * The disk backups listed on the Data page say what they hold: main reads only each file's
 * header (its first bytes) through plain functions tested here in Node. (Electron itself
 * cannot run on these machines; test/electron skips with its reason.)
 */
import * as fs from 'node:fs/promises'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  HEADER_READ_BYTES,
  listBackupsWithHeaders,
  parseBackupHeader,
  type HeadReader,
} from '../../../src/main/backups'
import { backupFileInfoSchema } from '../../../src/shared/bridge-contract'
import { CURRENT_SCHEMA_VERSION } from '../../../src/renderer/db/database'
import {
  BACKUP_TABLES,
  serializeBackup,
  type BackupTables,
} from '../../../src/renderer/features/data/backup-format'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'simpul-headers-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const empty = () => Object.fromEntries(BACKUP_TABLES.map((t) => [t, []])) as unknown as BackupTables
const meta = { createdAt: '2026-11-23T02:00:00.000Z', deviceId: 'd', appVersion: '0.1.0' }
const fileName = 'simpul-backup-2026-11-23T10-00-00_sebelum-impor-xlsx-a-xlsx.simpul.json'

describe('what a disk backup holds, from its header', () => {
  it('reads the creation time and the counts per table of a backup the app wrote', async () => {
    const tables = empty()
    tables.settings = [
      { key: 'a', value: 'x'.repeat(HEADER_READ_BYTES * 2) },
      { key: 'b', value: 1 },
    ]
    tables.regions = [
      { id: '63', name: 'Kalimantan Selatan', kind: 'provinsi', parentId: null, origin: 'bawaan' },
    ]
    const text = await serializeBackup(tables, meta)
    // Larger than what is read: only the header is needed.
    expect(text.length).toBeGreaterThan(HEADER_READ_BYTES)
    await writeFile(join(dir, fileName), text)
    const [info] = await listBackupsWithHeaders(fs, dir)
    expect(info).toMatchObject({
      fileName,
      sizeBytes: Buffer.byteLength(text),
      holds: {
        format: 'simpul-backup',
        createdAt: meta.createdAt,
        schemaVersion: CURRENT_SCHEMA_VERSION,
      },
    })
    expect(info!.holds!.counts).toMatchObject({ settings: 2, regions: 1, coverage: 0 })
    // What crosses the bridge passes the contract's own result schema.
    expect(backupFileInfoSchema.safeParse(info).success).toBe(true)
  })

  it('lists a damaged or foreign file with holds null instead of hiding it or failing', async () => {
    await writeFile(join(dir, 'simpul-backup-a.simpul.json'), '{"format":"lain","tables":{}}')
    await writeFile(join(dir, 'simpul-backup-b.simpul.json'), 'bukan json "tables": sama sekali')
    await writeFile(join(dir, 'simpul-backup-c.simpul.json'), '')
    const infos = await listBackupsWithHeaders(fs, dir)
    expect(infos.map((i) => i.holds)).toEqual([null, null, null])
    expect(infos).toHaveLength(3)
  })

  it('a header that cannot be read leaves the file listed as unknown', async () => {
    await writeFile(join(dir, fileName), await serializeBackup(empty(), meta))
    const failing: HeadReader = async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
    }
    const infos = await listBackupsWithHeaders(fs, dir, failing)
    expect(infos).toMatchObject([{ fileName, holds: null }])
  })

  it.each([
    [
      'counts not numbers',
      '{"format":"simpul-backup","createdAt":"x","schemaVersion":2,"counts":{"a":"5"},"tables":',
    ],
    [
      'negative count',
      '{"format":"simpul-backup","createdAt":"x","schemaVersion":2,"counts":{"a":-1},"tables":',
    ],
    ['no counts', '{"format":"simpul-backup","createdAt":"x","schemaVersion":2,"tables":'],
    [
      'other format',
      '{"format":"simpul-paket","createdAt":"x","schemaVersion":2,"counts":{},"tables":',
    ],
    ['no tables key', '{"format":"simpul-backup","createdAt":"x","schemaVersion":2,"counts":{}}'],
  ])('refuses a header with %s', (_what, head) => {
    expect(parseBackupHeader(head)).toBeNull()
  })

  it('accepts the header with a byte-order mark in front', () => {
    expect(
      parseBackupHeader(
        '\uFEFF{"format":"simpul-backup","createdAt":"x","schemaVersion":2,"counts":{"a":3},\n "tables": {',
      ),
    ).toEqual({ format: 'simpul-backup', createdAt: 'x', schemaVersion: 2, counts: { a: 3 } })
  })
})
