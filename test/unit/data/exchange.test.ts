import { afterEach, describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, type SimpulDexie } from '../../../src/renderer/db/database'
import type { Actor } from '../../../src/renderer/db/device'
import {
  createRecord,
  recordHistory,
  softDeleteRecord,
  updateRecord,
} from '../../../src/renderer/db/repository'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import {
  USER_TABLES,
  type CoverageObservation,
  type RecordInput,
} from '../../../src/renderer/db/types'
import { canonicalDump } from '../../../src/renderer/features/data/backup-db'
import { canonicalJson } from '../../../src/renderer/features/data/backup-format'
import {
  applyImport,
  exportPackage,
  prepareImport,
  type Resolution,
} from '../../../src/renderer/features/data/exchange-db'
import { parsePackage, recordKey } from '../../../src/renderer/features/data/exchange-package'
import { writeBatch } from '../../../src/renderer/db/write'
import { compareInstants } from '../../../src/shared/time'
import { freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
const kab: Actor = { name: 'Rina (Balangan)', deviceId: 'laptop-balangan' }
const prov: Actor = { name: 'Ahmad (Provinsi)', deviceId: 'laptop-provinsi' }
let clock = Date.parse('2026-11-01T00:00:00Z')
const tick = () => new Date((clock += 60_000))
const sel = { regionIds: ['63.11'], fromYear: null, toYear: null }

async function laptop(): Promise<SimpulDexie> {
  const db = await freshDb()
  dbs.push(db)
  await ensureReferenceRegions(db)
  return db
}
const obs = (
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
  sourceDocument: 'Sosialisasi Paringin',
  sourceInstitution: 'BPJS',
  asOfDate: '2025-10-13',
  note: '',
  ...over,
})
async function send(
  from: SimpulDexie,
  fromActor: Actor,
  to: SimpulDexie,
  toActor: Actor,
  resolutions: Record<string, Resolution> = {},
) {
  const { text } = await exportPackage(from, sel, fromActor, tick())
  const prepared = await prepareImport(to, await parsePackage(text), toActor)
  const result = await applyImport(to, prepared, resolutions, toActor, tick())
  return { text, prepared, result }
}
const userTables = async (db: SimpulDexie) => {
  const out: Record<string, unknown> = {}
  for (const t of USER_TABLES)
    out[t] = (await db.table(t).toArray()).sort((a: { id: string }, b: { id: string }) =>
      a.id.localeCompare(b.id),
    )
  return canonicalJson(out)
}

describe('exchange between laptops', () => {
  it('a package brings records with who changed them where; importing it twice changes nothing', async () => {
    const a = await laptop()
    const b = await laptop()
    const rec = await createRecord(a, 'coverage', obs(), { actor: kab, now: tick() })
    await createRecord(a, 'coverage', obs({ regionId: '63.01' }), { actor: kab, now: tick() })
    const { text, result } = await send(a, kab, b, prov)
    expect(result.added).toBe(1)
    expect(await b.coverage.get(rec.id)).toEqual(rec)
    expect((await b.audit.toArray()).map((e) => [e.action, e.by, e.deviceId])).toEqual([
      ['create', 'Rina (Balangan)', 'laptop-balangan'],
    ])
    const dump = await canonicalDump(b)
    const again = await prepareImport(b, await parsePackage(text), prov)
    expect(again.alreadyImported).toBe(true)
    expect(again.plan.takes).toEqual([])
    await applyImport(b, again, {}, prov, tick())
    expect(await canonicalDump(b)).toBe(dump)
  })

  it('new records cost one audit entry per creation at the other office, and each still shows who created it', async () => {
    const a = await laptop()
    const b = await laptop()
    // 30 records one import created at once, and one a form created later.
    const at = tick()
    await writeBatch(
      a,
      { actor: kab, source: 'import', now: at },
      Array.from({ length: 30 }, (_, i) => ({
        op: 'create' as const,
        table: 'coverage' as const,
        data: obs({ period: String(1990 + i) }),
      })),
    )
    const single = await createRecord(a, 'coverage', obs({ period: '2026' }), {
      actor: kab,
      now: tick(),
    })
    const before = await b.audit.count()
    const { result } = await send(a, kab, b, prov)
    expect(result.added).toBe(31)
    // In the order the package lists the records (by id): compared without that order.
    const entries = (await b.audit.toArray())
      .slice(before)
      .sort((x, y) => compareInstants(x.at, y.at))
    expect(entries.map((e) => [e.recordId, e.action, e.at, e.by, e.source, e.after])).toEqual([
      ['*', 'create', at.toISOString(), kab.name, 'exchange', { records: 30 }],
      ['*', 'create', single.createdAt, kab.name, 'exchange', { records: 1 }],
    ])
    const [imported] = (await b.coverage.toArray()).filter((r) => r.period === '1995')
    expect(
      (await recordHistory(b, 'coverage', imported!.id)).map((e) => [e.action, e.at, e.by]),
    ).toEqual([['create', at.toISOString(), kab.name]])
    // A change made at the other office afterwards keeps its own entry, with what changed.
    await updateRecord(a, 'coverage', single.id, { count: 63_000 }, { actor: kab, now: tick() })
    await send(a, kab, b, prov)
    const history = await recordHistory(b, 'coverage', single.id)
    expect(history.map((e) => [e.action, e.by, e.before, e.after])).toEqual([
      ['update', kab.name, { count: 62_000 }, { count: 63_000 }],
      ['create', kab.name, null, null],
    ])
  })

  it('changes on different records travel both ways and the two laptops converge', async () => {
    const a = await laptop()
    const b = await laptop()
    const r1 = await createRecord(a, 'coverage', obs(), { actor: kab, now: tick() })
    const r2 = await createRecord(a, 'coverage', obs({ period: '2024' }), {
      actor: kab,
      now: tick(),
    })
    await send(a, kab, b, prov)
    await updateRecord(a, 'coverage', r1.id, { count: 63_000 }, { actor: kab, now: tick() })
    await updateRecord(
      b,
      'coverage',
      r2.id,
      { note: 'dicek provinsi' },
      { actor: prov, now: tick() },
    )
    await createRecord(
      b,
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
      { actor: prov, now: tick() },
    )
    const ab = await send(a, kab, b, prov)
    expect(ab.prepared.plan.conflicts).toEqual([])
    const ba = await send(b, prov, a, kab)
    expect(ba.prepared.plan.conflicts).toEqual([])
    expect(ba.result).toMatchObject({ added: 1, updated: 1 })
    expect(await userTables(a)).toBe(await userTables(b))
    expect(await a.coverage.get(r2.id)).toMatchObject({
      note: 'dicek provinsi',
      updatedOn: 'laptop-provinsi',
      updatedBy: 'Ahmad (Provinsi)',
    })
  })

  it('a record changed on both sides is a conflict: nothing is written until the user chooses, then both converge', async () => {
    const a = await laptop()
    const b = await laptop()
    const r = await createRecord(a, 'coverage', obs(), { actor: kab, now: tick() })
    await send(a, kab, b, prov)
    await updateRecord(a, 'coverage', r.id, { count: 63_000 }, { actor: kab, now: tick() })
    await updateRecord(
      b,
      'coverage',
      r.id,
      { count: 62_500, note: 'angka BPJS' },
      { actor: prov, now: tick() },
    )
    const { text } = await exportPackage(a, sel, kab, tick())
    const prepared = await prepareImport(b, await parsePackage(text), prov)
    expect(prepared.plan.conflicts).toHaveLength(1)
    expect(prepared.plan.conflicts[0]).toMatchObject({
      fields: ['count', 'note'],
      local: { count: 62_500 },
      incoming: { count: 63_000 },
    })
    const before = await canonicalDump(b)
    await expect(applyImport(b, prepared, {}, prov, tick())).rejects.toThrow(
      /belum dipilih versinya/,
    )
    expect(await canonicalDump(b)).toBe(before)
    await applyImport(b, prepared, { [recordKey('coverage', r.id)]: 'local' }, prov, tick())
    expect(await b.coverage.get(r.id)).toMatchObject({
      count: 62_500,
      updatedOn: 'laptop-provinsi',
    })
    // The kept version supersedes both, so the other laptop takes it without a second conflict.
    const back = await send(b, prov, a, kab)
    expect(back.prepared.plan.conflicts).toEqual([])
    expect(await a.coverage.get(r.id)).toMatchObject({ count: 62_500, note: 'angka BPJS' })
    expect(await userTables(a)).toBe(await userTables(b))
    const again = await send(a, kab, b, prov)
    expect(again.prepared.plan.takes).toEqual([])
    expect(again.prepared.plan.conflicts).toEqual([])
  })

  it('a record created by an import (one audit entry for the whole import) is known by its stamp when its old version comes back', async () => {
    const a = await laptop()
    const b = await laptop()
    const {
      records: [rec],
    } = await writeBatch(a, { actor: kab, source: 'import', now: tick() }, [
      { op: 'create', table: 'coverage', data: obs() },
      { op: 'create', table: 'coverage', data: obs({ period: '2024' }) },
    ])
    expect(await a.audit.count()).toBe(1)
    await send(a, kab, b, prov)
    await updateRecord(a, 'coverage', rec!.id, { count: 63_000 }, { actor: kab, now: tick() })
    // B sends back the version A created: A has seen it, so its newer version stays.
    const back = await send(b, prov, a, kab)
    expect(back.prepared.plan.conflicts).toEqual([])
    expect(back.prepared.plan.takes).toEqual([])
    expect((await a.coverage.get(rec!.id))?.count).toBe(63_000)
  })

  it('choosing the incoming version takes it whole', async () => {
    const a = await laptop()
    const b = await laptop()
    const r = await createRecord(a, 'coverage', obs(), { actor: kab, now: tick() })
    await send(a, kab, b, prov)
    await updateRecord(a, 'coverage', r.id, { count: 63_000 }, { actor: kab, now: tick() })
    await updateRecord(b, 'coverage', r.id, { count: 62_500 }, { actor: prov, now: tick() })
    await send(a, kab, b, prov, { [recordKey('coverage', r.id)]: 'incoming' })
    expect(await b.coverage.get(r.id)).toEqual(await a.coverage.get(r.id))
    expect((await send(b, prov, a, kab)).prepared.plan.conflicts).toEqual([])
  })

  it('deletions travel as tombstones, and an older package does not bring a record back', async () => {
    const a = await laptop()
    const b = await laptop()
    const r = await createRecord(a, 'coverage', obs(), { actor: kab, now: tick() })
    const old = await exportPackage(a, sel, kab, tick())
    await softDeleteRecord(a, 'coverage', r.id, { actor: kab, now: tick() })
    await send(a, kab, b, prov)
    expect((await b.coverage.get(r.id))?.deletedAt).toBeTruthy()
    const prepared = await prepareImport(b, await parsePackage(old.text), prov)
    expect(prepared.plan).toMatchObject({ takes: [], conflicts: [], keptNewerLocal: 1 })
    await applyImport(b, prepared, {}, prov, tick())
    expect((await b.coverage.get(r.id))?.deletedAt).toBeTruthy()
    await send(b, prov, a, kab)
    expect(await userTables(a)).toBe(await userTables(b))
  })

  it('only the chosen regions and years travel', async () => {
    const a = await laptop()
    await createRecord(a, 'coverage', obs({ period: '2023' }), { actor: kab, now: tick() })
    await createRecord(a, 'coverage', obs({ period: '2025' }), { actor: kab, now: tick() })
    await createRecord(a, 'coverage', obs({ regionId: '63.01' }), { actor: kab, now: tick() })
    const { text, count } = await exportPackage(
      a,
      { regionIds: ['63.11'], fromYear: 2024, toYear: 2025 },
      kab,
      tick(),
    )
    expect(count).toBe(1)
    expect((await parsePackage(text)).records.coverage.map((r) => r.period)).toEqual(['2025'])
  })

  it('refuses a corrupted, foreign or own package and writes nothing', async () => {
    const a = await laptop()
    const b = await laptop()
    await createRecord(a, 'coverage', obs(), { actor: kab, now: tick() })
    const { text } = await exportPackage(a, sel, kab, tick())
    const before = await canonicalDump(b)
    await expect(parsePackage(text.replace('62000', '62001'))).rejects.toThrow(
      /checksum tidak cocok/,
    )
    await expect(parsePackage(text.slice(0, 200))).rejects.toThrow(/rusak atau terpotong/)
    await expect(parsePackage('{"format":"simpul-backup"}')).rejects.toThrow(
      /cadangan lengkap, bukan paket/,
    )
    await expect(
      parsePackage(
        text.replace(
          `"schemaVersion": ${CURRENT_SCHEMA_VERSION}`,
          `"schemaVersion": ${CURRENT_SCHEMA_VERSION + 1}`,
        ),
      ),
    ).rejects.toThrow(/versi Simpul yang lebih baru/)
    await expect(prepareImport(a, await parsePackage(text), kab)).rejects.toThrow(
      /laptop ini sendiri/,
    )
    expect(await canonicalDump(b)).toBe(before)
  })
})
