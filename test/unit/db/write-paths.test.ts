/**
 * Every write path goes through db/write.ts: for each (forms, import, merge, sample load and
 * removal, restore, restore from the trash) an unknown field in the input is not stored, a
 * full disk shows the app's message with nothing written, and the audit names the source.
 */
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import {
  createRecord,
  restoreRecord,
  softDeleteRecord,
  updateRecord,
} from '../../../src/renderer/db/repository'
import { loadSampleData, removeSampleData } from '../../../src/renderer/db/sample-actions'
import {
  USER_TABLES,
  type CoverageObservation,
  type RecordInput,
} from '../../../src/renderer/db/types'
import {
  canonicalDump,
  readAllTables,
  replaceAllTables,
} from '../../../src/renderer/features/data/backup-db'
import {
  parseBackup,
  serializeBackup,
  type BackupTables,
} from '../../../src/renderer/features/data/backup-format'
import { applyImport, prepareImport } from '../../../src/renderer/features/data/exchange-db'
import {
  parsePackage,
  serializePackage,
  type ExchangePackage,
} from '../../../src/renderer/features/data/exchange-package'
import { applyImportPlan } from '../../../src/renderer/features/data/tabular-import-db'
import type { ImportPlan } from '../../../src/renderer/features/data/tabular-import'
import { actor, fixedNow, freshDb } from './helpers'

const QUOTA_ID =
  'Ruang penyimpanan penuh, jadi perubahan ini tidak disimpan. Kosongkan ruang disk atau hapus data yang tidak diperlukan, lalu coba lagi.'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
async function laptop(): Promise<SimpulDexie> {
  const db = await freshDb()
  dbs.push(db)
  await ensureReferenceRegions(db)
  return db
}

const observation = (
  over: Partial<RecordInput<CoverageObservation>> = {},
): RecordInput<CoverageObservation> => ({
  regionId: '63.11',
  period: '2025',
  segment: 'semua',
  measure: 'registered',
  count: 62_000,
  baseKind: 'target',
  baseLabel: 'target Bappenas',
  baseSize: 64_000,
  statedPercent: null,
  sourceDocument: 'BPJS Ketenagakerjaan Banjarmasin',
  sourceInstitution: 'BPJS',
  asOfDate: '2025-10-13',
  note: '',
  ...over,
})
/** An input with a field no schema knows. */
const withBogus = <T extends object>(o: T) => ({ ...o, bogus: 'tidak dikenal' }) as T

const quotaError = () =>
  Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })

type Method = 'add' | 'put' | 'delete' | 'bulkAdd' | 'bulkPut' | 'bulkDelete' | 'clear'
/** Makes every write method of a table fail as a full disk does, until restored. */
function fillDisk(
  db: SimpulDexie,
  table: string,
  error: () => unknown = quotaError,
  methods: Method[] = ['add', 'put', 'delete', 'bulkAdd', 'bulkPut', 'bulkDelete'],
): () => void {
  // db.table(name) and db[name] are distinct Table objects in Dexie 4: patch both.
  const targets = [db.table(table), (db as unknown as Record<string, unknown>)[table]].map(
    (t) => t as Record<Method, unknown>,
  )
  const originals = targets.flatMap((t) => methods.map((m) => [t, m, t[m]] as const))
  for (const t of targets)
    for (const m of methods)
      t[m] = () => {
        throw error()
      }
  return () => {
    for (const [t, m, f] of originals) t[m] = f
  }
}

/** Runs `write` on a full disk and checks the message and that nothing at all changed. */
async function expectRefusedOnFullDisk(
  db: SimpulDexie,
  table: string,
  write: () => Promise<unknown>,
  error: () => unknown = quotaError,
) {
  const before = await canonicalDump(db)
  const restore = fillDisk(db, table, error)
  const result = await write().then(
    () => null,
    (e: unknown) => e,
  )
  restore()
  expect(result).toBeInstanceOf(Error)
  expect((result as Error).message).toBe(QUOTA_ID)
  expect(await canonicalDump(db)).toBe(before)
}

const storedKeys = async (db: SimpulDexie, table: string) =>
  new Set((await db.table(table).toArray()).flatMap((r: object) => Object.keys(r)))
const sources = async (db: SimpulDexie) => new Set((await db.audit.toArray()).map((a) => a.source))

describe('forms (create, update, delete, restore from the trash)', () => {
  it('do not store fields the schema does not know, and audit with source user', async () => {
    const db = await laptop()
    const rec = await createRecord(db, 'coverage', withBogus(observation()), { actor })
    expect(rec).not.toHaveProperty('bogus')
    await updateRecord(db, 'coverage', rec.id, withBogus({ count: 61_000 }), { actor })
    await softDeleteRecord(db, 'coverage', rec.id, { actor })
    await restoreRecord(db, 'coverage', rec.id, { actor })
    expect(await storedKeys(db, 'coverage')).not.toContain('bogus')
    const audit = await db.audit.toArray()
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete', 'restore'])
    expect(audit.map((a) => a.source)).toEqual(['user', 'user', 'user', 'user'])
    expect(JSON.stringify(audit)).not.toContain('bogus')
  })

  it('drops an unknown field an older version stored, on the next change', async () => {
    const db = await laptop()
    const rec = await createRecord(db, 'coverage', observation(), { actor })
    await db.coverage.update(rec.id, { bogus: 1 } as never)
    await updateRecord(db, 'coverage', rec.id, { count: 61_000 }, { actor })
    expect(await db.coverage.get(rec.id)).not.toHaveProperty('bogus')
  })

  it('on a full disk show the Indonesian message and write nothing', async () => {
    const db = await laptop()
    const rec = await createRecord(db, 'coverage', observation(), { actor })
    await expectRefusedOnFullDisk(db, 'coverage', () =>
      createRecord(db, 'coverage', observation({ period: '2024' }), { actor }),
    )
    await expectRefusedOnFullDisk(db, 'audit', () =>
      updateRecord(db, 'coverage', rec.id, { count: 1 }, { actor }),
    )
    await expectRefusedOnFullDisk(db, 'coverage', () =>
      softDeleteRecord(db, 'coverage', rec.id, { actor }),
    )
    await softDeleteRecord(db, 'coverage', rec.id, { actor })
    await expectRefusedOnFullDisk(db, 'coverage', () =>
      restoreRecord(db, 'coverage', rec.id, { actor }),
    )
  })

  it("explain Dexie's AbortError wrapping a quota error the same way", async () => {
    const db = await laptop()
    await expectRefusedOnFullDisk(
      db,
      'coverage',
      () => createRecord(db, 'coverage', observation(), { actor }),
      () => new Dexie.AbortError('Transaction aborted', quotaError()),
    )
  })
})

const plan = (over: Partial<ImportPlan> = {}): ImportPlan => ({
  kind: 'coverage',
  adds: [],
  changes: [],
  unchanged: 0,
  problems: [],
  totalRows: 1,
  ...over,
})

describe('spreadsheet import', () => {
  it('does not store fields the schema does not know, and audits with source import', async () => {
    const db = await laptop()
    const data = withBogus(observation()) as unknown as Record<string, unknown>
    await applyImportPlan(db, plan({ adds: [{ row: 2, data }] }), actor, fixedNow)
    expect(await db.coverage.count()).toBe(1)
    expect(await storedKeys(db, 'coverage')).not.toContain('bogus')
    expect(await sources(db)).toEqual(new Set(['import']))
  })

  it('on a full disk shows the Indonesian message and writes nothing', async () => {
    const db = await laptop()
    const rec = await createRecord(db, 'coverage', observation({ period: '2023' }), { actor })
    const data = observation() as unknown as Record<string, unknown>
    const changes = [
      { row: 3, id: rec.id, before: { count: 62_000 }, after: { count: 1 }, fields: ['count'] },
    ]
    await expectRefusedOnFullDisk(db, 'coverage', () =>
      applyImportPlan(db, plan({ adds: [{ row: 2, data }], changes }), actor, fixedNow),
    )
  })
})

async function packageWith(records: Partial<ExchangePackage['records']>): Promise<ExchangePackage> {
  const all = Object.fromEntries(USER_TABLES.map((t) => [t, records[t] ?? []]))
  const text = await serializePackage({
    packageId: 'pkg-1',
    createdAt: fixedNow.toISOString(),
    deviceId: 'laptop-lain',
    userName: 'Rina',
    selection: { regionIds: ['63.11'], fromYear: null, toYear: null },
    regions: [],
    records: all as ExchangePackage['records'],
    ancestors: {},
  })
  return JSON.parse(text) as ExchangePackage
}
const incoming = (over: Record<string, unknown> = {}) =>
  withBogus({
    ...observation(),
    id: 'c0ffee00-0000-4000-8000-000000000001',
    createdAt: '2026-10-01T00:00:00.000Z',
    createdBy: 'Rina',
    updatedAt: '2026-10-01T00:00:00.000Z',
    updatedBy: 'Rina',
    updatedOn: 'laptop-lain',
    rev: 1,
    isSample: 0 as const,
    ...over,
  }) as unknown as CoverageObservation

describe('exchange merge', () => {
  it('does not store fields the schema does not know (read from a file, or not)', async () => {
    const pkg = await packageWith({ coverage: [incoming()] })
    for (const given of [await parsePackage(JSON.stringify(pkg)), pkg]) {
      const db = await laptop()
      const result = await applyImport(
        db,
        await prepareImport(db, given, actor),
        {},
        actor,
        fixedNow,
      )
      expect(result.added).toBe(1)
      expect(await storedKeys(db, 'coverage')).not.toContain('bogus')
      const audit = await db.audit.toArray()
      expect(audit.map((a) => [a.source, a.by, a.deviceId])).toEqual([
        ['exchange', 'Rina', 'laptop-lain'],
      ])
      expect(JSON.stringify(audit)).not.toContain('bogus')
    }
  })

  it('on a full disk shows the Indonesian message and writes nothing', async () => {
    const db = await laptop()
    const pkg = await parsePackage(JSON.stringify(await packageWith({ coverage: [incoming()] })))
    const prepared = await prepareImport(db, pkg, actor)
    await expectRefusedOnFullDisk(db, 'coverage', () =>
      applyImport(db, prepared, {}, actor, fixedNow),
    )
    await expectRefusedOnFullDisk(db, 'settings', () =>
      applyImport(db, prepared, {}, actor, fixedNow),
    )
  })
})

describe('sample data', () => {
  it('loads through the write path, audited with source sample', async () => {
    const db = await laptop()
    const added = await loadSampleData(db, actor, fixedNow)
    expect(added).toBeGreaterThan(0)
    // One entry per table the sample fills, counting its records (not one per record).
    const audit = await db.audit.toArray()
    const filled: string[] = []
    for (const t of USER_TABLES) if (await db.table(t).count()) filled.push(t)
    expect(audit.map((a) => [a.table, a.recordId, a.action]).sort()).toEqual(
      filled.map((t) => [t, '*', 'create']).sort(),
    )
    expect(audit.reduce((n, a) => n + Number(a.after?.records), 0)).toBe(added)
    expect(await sources(db)).toEqual(new Set(['sample']))
    // Removing the sample removes those entries too.
    await removeSampleData(db, actor)
    expect(await db.audit.count()).toBe(0)
  })

  it('loading on a full disk shows the Indonesian message and writes nothing', async () => {
    const db = await laptop()
    await expectRefusedOnFullDisk(db, 'meetings', () => loadSampleData(db, actor, fixedNow))
  })

  it('removal on a full disk shows the Indonesian message and removes nothing', async () => {
    const db = await laptop()
    await loadSampleData(db, actor, fixedNow)
    await expectRefusedOnFullDisk(db, 'coverage', () => removeSampleData(db, actor))
    await expectRefusedOnFullDisk(db, 'settings', () => removeSampleData(db, actor))
    expect(await removeSampleData(db, actor)).toBeGreaterThan(0)
  })
})

describe('restore (replace all)', () => {
  async function backupOf(db: SimpulDexie, tamper: (t: BackupTables) => void) {
    const tables = await readAllTables(db)
    tamper(tables)
    return tables
  }

  it('does not store fields the schema does not know (checked file, or tables as given)', async () => {
    const source = await laptop()
    await createRecord(source, 'coverage', observation(), { actor, now: fixedNow })
    const tables = await backupOf(source, (t) => {
      t.coverage[0] = withBogus(t.coverage[0]!)
      t.audit[0] = withBogus(t.audit[0]!)
      t.regions[0] = withBogus(t.regions[0]!)
    })
    const text = await serializeBackup(tables, {
      createdAt: fixedNow.toISOString(),
      deviceId: 'd',
      appVersion: 't',
    })
    expect(text).toContain('bogus')
    for (const given of [(await parseBackup(text)).tables, tables]) {
      const db = await laptop()
      await replaceAllTables(db, given, actor, fixedNow)
      expect(await db.coverage.count()).toBe(1)
      for (const t of ['coverage', 'audit', 'regions'])
        expect(await storedKeys(db, t)).not.toContain('bogus')
    }
  })

  it('on a full disk shows the Indonesian message and leaves the database as it was', async () => {
    const source = await laptop()
    await loadSampleData(source, actor, fixedNow)
    const tables = await readAllTables(source)
    const db = await laptop()
    await createRecord(db, 'coverage', observation(), { actor })
    await expectRefusedOnFullDisk(db, 'meetings', () => replaceAllTables(db, tables, actor))
    await expectRefusedOnFullDisk(db, 'audit', () => replaceAllTables(db, tables, actor))
  })
})
