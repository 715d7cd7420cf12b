/**
 * The bench's hands inside the page. Built by scripts/bench.ts as a separate script (never
 * part of the app's build or its first chunk) and evaluated by Playwright in a page of the
 * app's origin, so it writes to and reads from the app's own 'simpul' database.
 *
 *  - load(): generates the national data set in the page and bulk-adds it in batches, with
 *    the history the app's import leaves: one 'create' audit entry per table and import
 *    (BULK_RECORD_ID, each batch standing for one import), or with `history` 'per-record'
 *    one entry per record, as imports before schema v4 left them.
 *  - reads(): times the app's own queries against the floor: the same reads done with raw
 *    IndexedDB (getAll over the same index, same key range), interleaved, median of runs.
 */
import { todayWita } from '../../shared/time'
import { createDatabase, SCHEMA_V2, VERSIONS } from '../db/database'
import type { AuditEntry } from '../db/types'
import { BULK_RECORD_ID } from '../db/write'
import { loadPackSource } from '../features/briefing'
import { loadCommitmentRows } from '../features/commitments'
import { coverageUpTo, periodsWithData } from '../features/coverage'
import { loadDashboard } from '../features/dashboard'
import { joinParts, replaceAllTables, writeBackupFile } from '../features/data'
import { parseBackup } from '../features/data'
import { writeCsv, writeXlsx } from '../features/data'
import { importSheetFile } from '../features/data'
import { recordsToSheet } from '../features/data'
import {
  GENERATED_TABLES,
  NATIONAL,
  TINY,
  benchContext,
  benchRegions,
  generateSlice,
  tableSize,
  type BenchScale,
} from './generate'

const SCALES: Record<string, BenchScale> = { national: NATIONAL, tiny: TINY }
const BATCH = 5_000

export interface LoadResult {
  counts: Record<string, number>
  ms: number
}

export type BenchHistory = 'bulk' | 'per-record'

async function load(
  seed: number,
  scaleName: string,
  history: BenchHistory = 'bulk',
): Promise<LoadResult> {
  const scale = SCALES[scaleName]
  if (!scale) throw new Error(`unknown scale ${scaleName}`)
  const t0 = performance.now()
  const db = createDatabase()
  await db.open()
  const ctx = benchContext(seed, scale)
  await db.regions.bulkPut(benchRegions())
  const counts: Record<string, number> = { regions: await db.regions.count() }
  let audited = 0
  for (const table of GENERATED_TABLES) {
    const size = tableSize(ctx, table)
    for (let from = 0; from < size; from += BATCH) {
      const rows = generateSlice(ctx, table, from, from + BATCH)
      const audit: AuditEntry[] =
        history === 'per-record'
          ? rows.map((r) => ({
              table,
              recordId: r.id,
              action: 'create',
              at: ctx.stampedAt,
              by: r.createdBy,
              deviceId: r.updatedOn,
              source: 'import',
              before: null,
              after: null,
            }))
          : [
              {
                table,
                recordId: BULK_RECORD_ID,
                action: 'create',
                at: ctx.stampedAt,
                by: rows[0]!.createdBy,
                deviceId: rows[0]!.updatedOn,
                source: 'import',
                before: null,
                after: { records: rows.length },
              },
            ]
      await db.transaction('rw', db.table(table), db.audit, async () => {
        await db.table(table).bulkAdd(rows)
        if (audit.length) await db.audit.bulkAdd(audit)
      })
      audited += audit.length
    }
    counts[table] = size
  }
  counts.audit = audited
  db.close()
  return { counts, ms: performance.now() - t0 }
}

// --- raw IndexedDB, the floor ---------------------------------------------------------------

function req<T>(r: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
}

function openRaw(): Promise<IDBDatabase> {
  return req(indexedDB.open('simpul'))
}

/**
 * Every key of a compound index that starts with `first` (what Dexie asks when a query names
 * the compound index's first field, e.g. coverage `regionId` since schema v4).
 */
const prefix = (first: string) => IDBKeyRange.bound([first, -Infinity], [first, [[]]])

/** The last `limit` values of an index before `upper`, newest first (a reverse cursor). */
function rawLastBefore(index: IDBIndex, upper: string, limit: number): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const out: unknown[] = []
    const cursor = index.openCursor(IDBKeyRange.upperBound(upper, true), 'prev')
    cursor.onsuccess = () => {
      const c = cursor.result
      if (!c || out.length >= limit) return resolve(out)
      out.push(c.value)
      c.continue()
    }
    cursor.onerror = () => reject(cursor.error)
  })
}

async function rawStoreGetAll(idb: IDBDatabase, stores: string[]): Promise<unknown[][]> {
  const tx = idb.transaction(stores, 'readonly')
  return Promise.all(stores.map((s) => req(tx.objectStore(s).getAll())))
}

// --- raw IndexedDB writes, the write floor ------------------------------------------------

interface RawIndex {
  name: string
  keyPath: string | string[]
  multiEntry: boolean
  unique: boolean
}
interface RawStore {
  name: string
  keyPath: string | string[]
  autoIncrement: boolean
  indexes: RawIndex[]
}

/** A Dexie key spec ('id', '++seq', '[a+b]', '*regionIds', '&code') as IndexedDB takes it. */
function rawKey(spec: string): { name: string; keyPath: string | string[]; flags: string } {
  const flags = /^(\+\+|\*|&)/.exec(spec)?.[0] ?? ''
  const name = spec.slice(flags.length)
  const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name
  return { name, keyPath, flags }
}

/**
 * The object stores and indexes of a Dexie schema (SCHEMA_V4, SCHEMA_V2…), as plain
 * IndexedDB creates them: the same key paths, compound, multi-entry and unique indexes.
 */
export function rawStores(schema: Record<string, string | null>): RawStore[] {
  return Object.entries(schema)
    .filter((e): e is [string, string] => typeof e[1] === 'string')
    .map(([name, spec]) => {
      const [primary, ...rest] = spec.split(',').map((x) => x.trim())
      const pk = rawKey(primary!)
      return {
        name,
        keyPath: pk.keyPath,
        autoIncrement: pk.flags === '++',
        indexes: rest.map((i) => {
          const k = rawKey(i)
          return {
            name: k.name,
            keyPath: k.keyPath,
            multiEntry: k.flags === '*',
            unique: k.flags === '&',
          }
        }),
      }
    })
}

function deleteRaw(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.deleteDatabase(name)
    r.onsuccess = () => resolve()
    r.onerror = () => reject(r.error)
  })
}

function openScratch(name: string, stores: RawStore[]): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(name, 1)
    r.onupgradeneeded = () => {
      for (const s of stores) {
        const store = r.result.createObjectStore(s.name, {
          keyPath: s.keyPath,
          autoIncrement: s.autoIncrement,
        })
        for (const i of s.indexes)
          store.createIndex(i.name, i.keyPath, { multiEntry: i.multiEntry, unique: i.unique })
      }
    }
    r.onsuccess = () => resolve(r.result)
    r.onerror = () => reject(r.error)
  })
}

/**
 * The write floor: `add()` of every row into its store, all in one read-write transaction
 * with the durability the app asks for ('strict'), timed until the transaction completes.
 */
function rawWriteAll(idb: IDBDatabase, rows: Record<string, readonly unknown[]>): Promise<number> {
  const names = Object.keys(rows).filter((t) => rows[t]!.length)
  const t0 = performance.now()
  return new Promise((resolve, reject) => {
    const tx = idb.transaction(names, 'readwrite', { durability: 'strict' })
    for (const t of names) {
      const store = tx.objectStore(t)
      for (const row of rows[t]!) store.add(row)
    }
    tx.oncomplete = () => resolve(performance.now() - t0)
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error ?? new Error('floor transaction aborted'))
  })
}

/** The floor for a whole database of `rows` under `schema`, in a scratch database deleted after. */
async function scratchFloor(
  schema: Record<string, string | null>,
  rows: Record<string, readonly unknown[]>,
): Promise<number> {
  const name = `simpul-bench-floor-${crypto.randomUUID()}`
  const idb = await openScratch(name, rawStores(schema))
  try {
    return await rawWriteAll(idb, rows)
  } finally {
    idb.close()
    await deleteRaw(name)
  }
}

/** The raw read floor of an export: getAll of every store, in one read-only transaction. */
async function rawReadAll(stores: readonly string[]): Promise<number> {
  const idb = await openRaw()
  try {
    const t0 = performance.now()
    await rawStoreGetAll(idb, [...stores])
    return performance.now() - t0
  } finally {
    idb.close()
  }
}

// --- the reads, paired --------------------------------------------------------------------

export interface ReadFigure {
  name: string
  rows: number
  simpulMs: number
  floorMs: number
  ratio: number
  simpulRuns: number[]
  floorRuns: number[]
  /** What "Simpul" means for this row: the app's query function, or Dexie over the index. */
  simpulPath: string
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

async function timed(fn: () => Promise<number>): Promise<{ ms: number; rows: number }> {
  const t0 = performance.now()
  const rows = await fn()
  return { ms: performance.now() - t0, rows }
}

/**
 * Each pair: with `warmup`, one untimed run of both sides first; then `runs` timed runs,
 * interleaved. Every run of both sides must read the same number of rows.
 */
async function reads(runs = 5, asOf = '2026-11-23', warmup = true): Promise<ReadFigure[]> {
  const db = createDatabase()
  await db.open()
  const idb = await openRaw()
  const kalsel = (await db.regions.where('parentId').equals('63').primaryKeys()) as string[]
  const kalselScope = ['63', ...kalsel]
  const upper = '2025-12'
  const today = todayWita(new Date())
  const rawCoverageUpTo = async (tx: IDBTransaction) => {
    const index = tx.objectStore('coverage').index('[regionId+period]')
    const lists = await Promise.all(
      kalselScope.map((id) => req(index.getAll(IDBKeyRange.bound([id, -Infinity], [id, upper])))),
    )
    return lists.flat()
  }
  const rawUniquePeriods = (tx: IDBTransaction) =>
    new Promise<string[]>((resolve, reject) => {
      const out: string[] = []
      const cursor = tx.objectStore('coverage').index('period').openKeyCursor(null, 'nextunique')
      cursor.onsuccess = () => {
        const c = cursor.result
        if (!c) return resolve(out)
        out.push(c.key as string)
        c.continue()
      }
      cursor.onerror = () => reject(cursor.error)
    })
  const pairs: {
    name: string
    simpulPath: string
    simpul: () => Promise<number>
    floor: () => Promise<number>
  }[] = [
    {
      name: 'cakupan Kalsel s.d. Des 2025 (provinsi + 13 kab/kota, semua segmen)',
      simpulPath: 'features/coverage/coverage-queries.ts coverageUpTo, [regionId+period]',
      simpul: async () => (await coverageUpTo(db, kalselScope, '2025-12-31')).length,
      floor: async () => (await rawCoverageUpTo(idb.transaction('coverage', 'readonly'))).length,
    },
    {
      name: 'periode yang punya data (indeks period, kunci unik)',
      simpulPath: 'features/coverage/coverage-queries.ts periodsWithData',
      simpul: async () => (await periodsWithData(db)).length,
      floor: async () => (await rawUniquePeriods(idb.transaction('coverage', 'readonly'))).length,
    },
    {
      name: 'Ringkasan Kalsel, semua bacaan layar (terkini)',
      simpulPath: 'features/dashboard/dashboard-queries.ts loadDashboard (bacaan + model)',
      simpul: async () =>
        (await loadDashboard(db, '63', 'terkini', 'semua')).model ? kalselScope.length : 0,
      floor: async () => {
        const tx = idb.transaction(
          ['regions', 'coverage', 'commitments', 'meetings', 'targets'],
          'readonly',
        )
        const regions = tx.objectStore('regions')
        const meetings = tx.objectStore('meetings').index('startsOn')
        const [, , regencies] = await Promise.all([
          req(regions.index('kind').getAll('provinsi')),
          rawUniquePeriods(tx),
          req(regions.index('parentId').getAll('63')),
          ...['coverage', 'commitments', 'meetings', 'targets'].map((t) =>
            req(tx.objectStore(t).count()),
          ),
          rawCoverageUpTo(tx),
          req(tx.objectStore('coverage').index('[regionId+period]').getAll(prefix('63'))),
          ...kalselScope.map((id) =>
            req(tx.objectStore('targets').index('[regionId+year]').getAll([id, 2026])),
          ),
          req(meetings.getAll(IDBKeyRange.lowerBound(today), 200)),
          rawLastBefore(meetings, today, 50),
        ])
        return (regencies as unknown[]).length + 1
      },
    },
    {
      name: 'sumber paket briefing, kegiatan nasional (4 angka terbaru per wilayah dan segmen)',
      simpulPath:
        'features/briefing/pack-loader.ts loadPackSource (hanya cakupan kegiatan, lewat indeks)',
      simpul: async () => {
        // The national meeting: the one naming the most regions among those that include Kalsel.
        const [national] = (await db.meetings.where('regionIds').equals('63').toArray()).sort(
          (a, b) => b.regionIds.length - a.regionIds.length,
        )
        return national ? ((await loadPackSource(db, national.id, asOf))?.coverage.length ?? 0) : 0
      },
      floor: async () => {
        // The same coverage window with raw cursors (the generated provinces have no figures of their own).
        const tx = idb.transaction(['regions', 'coverage'], 'readonly')
        const regencies = (
          await req(tx.objectStore('regions').index('kind').getAll('kabupaten'))
        ).concat(await req(tx.objectStore('regions').index('kind').getAll('kota'))) as {
          id: string
        }[]
        const index = tx.objectStore('coverage').index('[regionId+segment+period]')
        const segments = [
          'semua',
          'pu',
          'bpu',
          'jakon',
          'pmi',
          'honorer',
          'perangkat_desa',
          'pekerja_rentan',
        ]
        const window = (id: string, segment: string) =>
          new Promise<number>((resolve, reject) => {
            let n = 0
            const cursor = index.openCursor(
              IDBKeyRange.bound([id, segment, ''], [id, segment, '\uffff']),
              'prev',
            )
            cursor.onsuccess = () => {
              const c = cursor.result
              if (!c || n === 4) return resolve(n)
              const o = c.value as { asOfDate: string | null; period: string }
              if ((o.asOfDate ?? `${o.period}-31`) <= asOf) n++
              c.continue()
            }
            cursor.onerror = () => reject(cursor.error)
          })
        const counts = await Promise.all(
          regencies.flatMap((r) => segments.map((s) => window(r.id, s))),
        )
        return counts.reduce((a, b) => a + b, 0)
      },
    },
    {
      name: 'daftar komitmen nasional (komitmen + capaian + wilayah)',
      simpulPath: 'features/commitments/queries.ts loadCommitmentRows (termasuk evaluasi)',
      simpul: async () => (await loadCommitmentRows(db, asOf)).rows.length,
      floor: async () =>
        (await rawStoreGetAll(idb, ['commitments', 'measurements', 'regions']))[0]!.length,
    },
    {
      name: 'komitmen Kalsel (indeks regionId + capaian)',
      simpulPath: 'features/commitments/queries.ts loadCommitmentRows(regionId) per kab/kota',
      simpul: async () => {
        let n = 0
        for (const id of kalsel) n += (await loadCommitmentRows(db, asOf, id)).rows.length
        return n
      },
      floor: async () => {
        let n = 0
        for (const id of kalsel) {
          const tx = idb.transaction(['commitments', 'measurements', 'regions'], 'readonly')
          const cs = (await req(
            tx.objectStore('commitments').index('regionId').getAll(IDBKeyRange.only(id)),
          )) as { id: string }[]
          await Promise.all([
            req(tx.objectStore('regions').getAll()),
            ...cs.map((c) =>
              req(tx.objectStore('measurements').index('[commitmentId+date]').getAll(prefix(c.id))),
            ),
          ])
          n += cs.length
        }
        return n
      },
    },
  ]
  const out: ReadFigure[] = []
  for (const p of pairs) {
    const counted: [simpul: number, floor: number][] = []
    if (warmup) counted.push([await p.simpul(), await p.floor()])
    const s: number[] = []
    const f: number[] = []
    for (let i = 0; i < runs; i++) {
      const floor = await timed(p.floor)
      const simpul = await timed(p.simpul)
      f.push(floor.ms)
      s.push(simpul.ms)
      counted.push([simpul.rows, floor.rows])
    }
    const rows = counted[0]?.[0] ?? 0
    for (const [simpulRows, floorRows] of counted)
      if (simpulRows !== rows || floorRows !== rows)
        throw new Error(`${p.name}: Simpul read ${simpulRows} rows, the floor ${floorRows}`)
    const simpulMs = median(s)
    const floorMs = median(f)
    out.push({
      name: p.name,
      rows,
      simpulMs,
      floorMs,
      ratio: simpulMs / floorMs,
      simpulRuns: s,
      floorRuns: f,
      simpulPath: p.simpulPath,
    })
  }
  idb.close()
  db.close()
  return out
}

// --- full backup and restore through the data feature's own functions ------------------------

export interface BackupFigure {
  exportMs: number
  restoreMs: number
  /** Raw IndexedDB: getAll of every store (export floor). */
  readFloorMs: number
  /** Raw IndexedDB: the same rows added in one transaction, today's schema / schema v2. */
  writeFloorMs: number
  writeFloorV2Ms: number
  /** The restore's write alone (restoreMs − parseMs), for the ratio to the write floor. */
  writeMs: number
  /** Parts, to say where the time goes: reading the tables, serialising, parsing and checking, writing. */
  readMs: number
  parseMs: number
  bytes: number
  rows: number
}

/**
 * Export: the backup file as the backup button writes it (every table read a page at a time
 * in one transaction, encoded and hashed as it goes: writeBackupFile). Restore: the file's
 * bytes, joined into one array as a file input gives them, parsed and checked in batches, then
 * every table replaced in one transaction. The file stays in the page (the bridge's saveFile
 * is a download and is not timed).
 */
async function backupRoundTrip(): Promise<BackupFigure> {
  const db = createDatabase()
  await db.open()
  const t0 = performance.now()
  const file = await writeBackupFile(db, {
    createdAt: new Date().toISOString(),
    deviceId: 'bench-device',
    appVersion: 'bench',
  })
  const exportMs = performance.now() - t0
  // Reading and serialising are one pass now: the read is not timed apart.
  const readMs = exportMs
  const bytes = file.byteLength
  const rows = Object.values(file.counts).reduce((n, c) => n + c, 0)
  const data = joinParts(file.parts, file.byteLength)
  file.parts.length = 0
  const t1 = performance.now()
  const parsed = await parseBackup(data)
  const parseMs = performance.now() - t1
  await replaceAllTables(db, parsed.tables, { name: 'Bench', deviceId: 'bench-device' })
  const restoreMs = performance.now() - t1
  db.close()
  // The floors, in the same page and run, with the same row objects the restore wrote.
  const current = VERSIONS[VERSIONS.length - 1]!.stores
  const floorRows = parsed.tables as unknown as Record<string, readonly unknown[]>
  const writeFloorMs = await scratchFloor(current, floorRows)
  const writeFloorV2Ms = await scratchFloor(SCHEMA_V2, floorRows)
  const readFloorMs = await rawReadAll(Object.keys(parsed.tables))
  return {
    exportMs,
    restoreMs,
    readMs,
    parseMs,
    bytes,
    rows,
    readFloorMs,
    writeFloorMs,
    writeFloorV2Ms,
    writeMs: restoreMs - parseMs,
  }
}

// --- spreadsheet import through the data feature's importSheetFile ----------------------------

export interface ImportFigure {
  ms: number
  /** Raw IndexedDB: the rows the import stored (records and audit) added in one transaction. */
  floorMs: number
  auditRows: number
  rows: number
  added: number
  problems: number
  fileBytes: number
  /** Where the time went: read the file, read the database, check every row, write. */
  steps: Record<string, number>
}

/**
 * Imports `rows` coverage observations of the 'active' measure (new records: the generated
 * database holds only 'registered'), from a file the app's own export writes, then removes
 * what it added so every run starts from the same database. Timed: read, check every row
 * against the database (plan) and write in one transaction, as the import screen does.
 */
async function importRoundTrip(
  seed: number,
  scaleName: string,
  format: 'csv' | 'xlsx',
  rows: number,
  offset: number,
): Promise<ImportFigure> {
  const scale = SCALES[scaleName]
  if (!scale) throw new Error(`unknown scale ${scaleName}`)
  const ctx = benchContext(seed, scale)
  const total = tableSize(ctx, 'coverage')
  const records = []
  for (let i = 0; i < rows; i++) {
    const { id: _id, ...r } = generateSlice(
      ctx,
      'coverage',
      (offset + i) % total,
      ((offset + i) % total) + 1,
    )[0]!
    records.push({
      ...r,
      measure: 'active' as const,
      count: Math.round((r.count ?? 0) * 0.9),
      note: 'impor bench',
    })
  }
  const sheet = recordsToSheet('coverage', records)
  const data = format === 'csv' ? new TextEncoder().encode(writeCsv(sheet)) : await writeXlsx(sheet)
  const db = createDatabase()
  await db.open()
  const before = new Set((await db.coverage.toCollection().primaryKeys()) as string[])
  const lastAudit = (await db.audit.orderBy('seq').lastKey()) ?? 0
  const t0 = performance.now()
  const steps: Record<string, number> = {}
  const result = await importSheetFile(
    db,
    'coverage',
    { name: `bench.${format}`, data },
    { name: 'Bench', deviceId: 'bench-device' },
    { timings: steps },
  )
  const ms = performance.now() - t0
  const added = ((await db.coverage.toCollection().primaryKeys()) as string[]).filter(
    (id) => !before.has(id),
  )
  const stored = {
    coverage: await db.coverage.bulkGet(added),
    audit: await db.audit.where('seq').above(lastAudit).toArray(),
  }
  const undo = () =>
    db.transaction('rw', db.coverage, db.audit, async () => {
      await db.coverage.bulkDelete(added)
      await db.audit.where('seq').above(lastAudit).delete()
    })
  await undo()
  // The floor: the same stored rows into the same stores and indexes of this database.
  db.close()
  const idb = await openRaw()
  let floorMs: number
  try {
    floorMs = await rawWriteAll(idb, stored)
  } finally {
    idb.close()
  }
  await db.open()
  await undo()
  db.close()
  return {
    ms,
    floorMs,
    auditRows: stored.audit.length,
    rows,
    added: result.added,
    problems: result.plan.problems.length,
    fileBytes: data.byteLength,
    steps,
  }
}

declare global {
  interface Window {
    simpulBench?: {
      load: typeof load
      reads: typeof reads
      backupRoundTrip: typeof backupRoundTrip
      importRoundTrip: typeof importRoundTrip
    }
  }
}

window.simpulBench = { load, reads, backupRoundTrip, importRoundTrip }
