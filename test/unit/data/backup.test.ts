import { afterEach, describe, expect, it } from 'vitest'
import {
  createDatabase,
  CURRENT_SCHEMA_VERSION,
  type SimpulDexie,
} from '../../../src/renderer/db/database'
import { meetingYear } from '../../../src/renderer/domain/meeting-logic'
import { isCanonicalInstant, witaInputToInstant } from '../../../src/shared/time'
import { v1Fixture } from '../db/migration-fixtures/v1'
import { createRecord, softDeleteRecord, updateRecord } from '../../../src/renderer/db/repository'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import {
  canonicalDump,
  readAllTables,
  replaceAllTables,
} from '../../../src/renderer/features/data/backup-db'
import {
  BackupFormatError,
  canonicalJson,
  parseBackup,
  serializeBackup,
} from '../../../src/renderer/features/data/backup-format'
import { actor, fixedNow, freshDb, personNamed } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
async function seeded(): Promise<SimpulDexie> {
  const db = await freshDb()
  dbs.push(db)
  await ensureReferenceRegions(db)
  await loadSampleData(db, actor, fixedNow)
  const rec = await createRecord(
    db,
    'coverage',
    {
      regionId: '63.01',
      period: '2024',
      segment: 'pu',
      measure: 'active',
      count: 12_345,
      baseKind: 'pekerja_eligible',
      baseLabel: 'pekerja formal',
      baseSize: 30_000,
      statedPercent: null,
      sourceDocument: 'Rakor 2024',
      sourceInstitution: 'BPJS',
      asOfDate: '2024-06-30',
      note: '=HYPERLINK("x")',
    },
    { actor, now: fixedNow },
  )
  await updateRecord(db, 'coverage', rec.id, { count: 12_400 }, { actor, now: fixedNow })
  await softDeleteRecord(db, 'coverage', rec.id, { actor, now: fixedNow })
  await db.settings.put({ key: 'userName', value: 'Siti Rahmah' })
  return db
}
const meta = {
  createdAt: '2026-11-23T02:00:00.000Z',
  deviceId: 'device-test-1',
  appVersion: '0.1.0',
}

describe('full backup and restore', () => {
  it('backup then restore into an empty database gives an identical database', async () => {
    const source = await seeded()
    const text = await serializeBackup(await readAllTables(source), meta)
    const parsed = await parseBackup(text)
    expect(parsed.meta.counts.coverage).toBeGreaterThan(0)
    expect(parsed.meta.counts.audit).toBe(await source.audit.count())
    const target = await freshDb()
    dbs.push(target)
    await createRecord(target, 'stakeholders', personNamed('akan hilang'), { actor, now: fixedNow })
    await replaceAllTables(target, parsed.tables, actor)
    expect(await canonicalDump(target)).toBe(await canonicalDump(source))
  })

  it('a restore cut off mid-write (power cut, page closed) leaves the old data whole', async () => {
    const source = await seeded()
    const parsed = await parseBackup(await serializeBackup(await readAllTables(source), meta))
    const target = await freshDb()
    dbs.push(target)
    await loadSampleData(target, actor, fixedNow)
    await createRecord(target, 'stakeholders', personNamed('harus tetap ada'), {
      actor,
      now: fixedNow,
    })
    const before = await canonicalDump(target)
    // The same database opened again with a storage layer that fails the restore's third
    // table fill, inside its transaction: every table is cleared by then and two are refilled.
    target.close()
    const cut = createDatabase(target.name)
    let adds = 0
    cut.use({
      stack: 'dbcore',
      name: 'power-cut',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name)
          return {
            ...table,
            mutate: (req) => {
              if (req.type === 'add' && ++adds === 3)
                return Promise.reject(new Error('listrik padam'))
              return table.mutate(req)
            },
          }
        },
      }),
    })
    await cut.open()
    await expect(replaceAllTables(cut, parsed.tables, actor)).rejects.toThrow()
    expect(adds).toBe(3)
    cut.close()
    const reopened = createDatabase(target.name)
    await reopened.open()
    dbs.push(reopened)
    expect(await canonicalDump(reopened)).toBe(before)
    expect(await canonicalDump(reopened)).not.toBe(await canonicalDump(source))
  })

  it('serialises the same database to the same bytes', async () => {
    const db = await seeded()
    const a = await serializeBackup(await readAllTables(db), meta)
    const b = await serializeBackup(await readAllTables(db), meta)
    expect(a).toBe(b)
    expect(JSON.parse(a)).toMatchObject({
      format: 'simpul-backup',
      formatVersion: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
    })
  })

  it('accepts a re-indented file (the checksum is over canonical JSON)', async () => {
    const db = await seeded()
    const text = await serializeBackup(await readAllTables(db), meta)
    const reindented = JSON.stringify(JSON.parse(text), null, 4)
    const parsed = await parseBackup(reindented)
    expect(canonicalJson(parsed.tables)).toBe(canonicalJson(await readAllTables(db)))
  })

  const refusals: [string, (t: string) => string, RegExp][] = [
    ['an empty file', () => '', /Berkas kosong/],
    ['a truncated file', (t) => t.slice(0, Math.floor(t.length / 2)), /rusak atau terpotong/],
    [
      'a foreign JSON file',
      () => JSON.stringify({ name: 'laporan', rows: [] }),
      /bukan cadangan Simpul/,
    ],
    [
      'a newer format version',
      (t) => t.replace('"formatVersion": 1', '"formatVersion": 2'),
      /versi Simpul yang lebih baru/,
    ],
    [
      'a newer schema version',
      (t) =>
        t.replace(
          `"schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
          `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`,
        ),
      /versi Simpul yang lebih baru/,
    ],
    [
      'a changed value',
      (t) => t.replace(/"count": ?12400/, '"count":99999'),
      /checksum tidak cocok/,
    ],
  ]
  for (const [name, corrupt, message] of refusals) {
    it(`refuses ${name} with a clear message`, async () => {
      const db = await seeded()
      const text = await serializeBackup(await readAllTables(db), meta)
      const bad = corrupt(text)
      expect(bad).not.toBe(text)
      await expect(parseBackup(bad)).rejects.toThrow(message)
      await expect(parseBackup(bad)).rejects.toBeInstanceOf(BackupFormatError)
      // The same file as bytes, as the restore reads it (backup-stream.ts), says the same.
      const bytes = new TextEncoder().encode(bad)
      await expect(parseBackup(bytes)).rejects.toThrow(message)
      await expect(parseBackup(bytes)).rejects.toBeInstanceOf(BackupFormatError)
    })
  }

  it('refuses a record that fails the shared schemas, naming table, row and field', async () => {
    const db = await seeded()
    const tables = await readAllTables(db)
    tables.coverage[0] = { ...tables.coverage[0]!, count: -5 }
    // A valid checksum over invalid data: the record check must still catch it.
    const text = await serializeBackup(tables, meta)
    await expect(parseBackup(text)).rejects.toThrow(
      /tabel cakupan, baris 1, kolom Jumlah: tidak boleh negatif/,
    )
    await expect(parseBackup(new TextEncoder().encode(text))).rejects.toThrow(
      /tabel cakupan, baris 1, kolom Jumlah: tidak boleh negatif/,
    )
  })
})

describe('a backup made by schema v1', () => {
  const v1Tables = () =>
    JSON.parse(JSON.stringify(v1Fixture)) as Parameters<typeof serializeBackup>[0]

  it('restores, its meetings and stamps read through the same upgrade as the database', async () => {
    const text = await serializeBackup(v1Tables(), { ...meta, schemaVersion: 1 })
    expect(JSON.parse(text)).toMatchObject({ schemaVersion: 1 })
    const parsed = await parseBackup(text)
    const byId = new Map(parsed.tables.meetings.map((m) => [m.id, m]))
    expect(byId.get('g2')).toMatchObject({ startsOn: '2023', startsAt: null })
    expect(meetingYear(byId.get('g2')!)).toBe('2023')
    expect(byId.get('g3')).toMatchObject({
      startsOn: '2024-01-01',
      startsAt: witaInputToInstant('2024-01-01', '06:00'),
    })
    expect(parsed.tables.stakeholders.every((s) => isCanonicalInstant(s.createdAt))).toBe(true)
    expect(parsed.tables.audit.every((a) => isCanonicalInstant(a.at))).toBe(true)
    const target = await freshDb()
    dbs.push(target)
    await replaceAllTables(target, parsed.tables, actor)
    expect(await target.meetings.count()).toBe(v1Fixture.meetings!.length)
    expect(await target.attendance.count()).toBe(v1Fixture.attendance!.length)
    expect(await target.meetings.where('startsOn').equals('2023').primaryKeys()).toEqual(['g2'])
  })
})

describe('backup checksum fast paths', () => {
  it('the file ends with the checksummed canonical tables, and the old indented layout still restores', async () => {
    const db = await seeded()
    const tables = await readAllTables(db)
    const text = await serializeBackup(tables, meta)
    expect(text).toContain(`"tables": ${canonicalJson(tables)}\n}`)
    const doc = JSON.parse(text) as Record<string, unknown>
    const oldLayout = JSON.stringify({ ...doc, tables: doc.tables }, null, 1)
    expect(canonicalJson((await parseBackup(oldLayout)).tables)).toBe(canonicalJson(tables))
  })

  it('refuses a file whose checksummed tables are followed by a second, changed "tables" member', async () => {
    const db = await seeded()
    const text = await serializeBackup(await readAllTables(db), meta)
    const doc = JSON.parse(text) as { tables: { settings: { key: string; value: unknown }[] } }
    const changed = { ...doc.tables, settings: [{ key: 'userName', value: 'Penyusup' }] }
    // JSON.parse keeps the last member: the file's first "tables" is genuine, the second is not.
    const twice = `${text.trimEnd().slice(0, -1)}, "tables": ${JSON.stringify(changed)}\n}`
    expect((JSON.parse(twice) as typeof doc).tables.settings[0]!.value).toBe('Penyusup')
    await expect(parseBackup(twice)).rejects.toThrow(/checksum tidak cocok/)
    await expect(parseBackup(new TextEncoder().encode(twice))).rejects.toThrow(
      /checksum tidak cocok/,
    )
    const before = `{"tables": ${JSON.stringify(changed)},${text.trimStart().slice(1)}`
    expect((JSON.parse(before) as typeof doc).tables.settings[0]!.value).not.toBe('Penyusup')
    await expect(parseBackup(before)).resolves.toBeTruthy()
  })
})
