/**
 * The migration harness. For every shipped schema version older than the current one, it
 * creates the database exactly as that release did (declareVersions(db, v)), fills it from
 * migration-fixtures/v<N>.ts, closes it, opens it with today's schema and checks that no
 * record was lost. A new version without a fixture for its predecessor fails here, so every
 * schema change arrives with its upgrade test. Upgrade-specific expectations go in
 * `expectedAfterUpgrade` below.
 */
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V2,
  VERSIONS,
  createDatabase,
  declareVersions,
} from '../../../src/renderer/db/database'
import {
  classifyStorageError,
  NewerSchemaError,
  openDatabase,
} from '../../../src/renderer/db/durability'
import { v1Fixture } from './migration-fixtures/v1'
import { v2Fixture } from './migration-fixtures/v2'
import { v3Fixture } from './migration-fixtures/v3'
import { TABLES_ADDED_IN_V3, tablesToV3 } from '../../../src/renderer/db/migrations'
import { inputSchemaByTable } from '../../../src/renderer/db/schemas'
import { splitMeta } from '../../../src/renderer/db/rows'
import { v4Fixture } from './migration-fixtures/v4'
import { meetingInputSchema } from '../../../src/renderer/db/schemas'
import { USER_TABLES, type Meeting } from '../../../src/renderer/db/types'
import { meetingYear } from '../../../src/renderer/domain/meeting-logic'
import { isCanonicalInstant, toInstant, witaInputToInstant } from '../../../src/shared/time'

const databaseSource = readFileSync(
  new URL('../../../src/renderer/db/database.ts', import.meta.url),
  'utf8',
)

const fixtures: Record<number, Record<string, object[]>> = {
  1: v1Fixture,
  2: v2Fixture,
  3: v3Fixture,
  4: v4Fixture,
}

/**
 * v2 ("one clock"): the meeting dates of the v1 fixture as v2 must store them, written out
 * by hand per meeting (from the app's own conversion functions, not from the upgrade code).
 */
const v2Meetings: Record<string, object> = {
  g1: { startsOn: '2023-02-09', startsAt: null, endsAt: null },
  g2: { startsOn: '2023', startsAt: null, endsAt: null },
  g3: {
    startsOn: '2024-01-01',
    startsAt: witaInputToInstant('2024-01-01', '06:00'),
    endsAt: witaInputToInstant('2024-01-01', '08:30'),
  },
  g4: {
    startsOn: '2019-10-15',
    startsAt: witaInputToInstant('2019-10-15', '09:00'),
    endsAt: witaInputToInstant('2019-10-15', '12:00'),
  },
  g5: { startsOn: '2020', startsAt: null, endsAt: null },
}
/** Every instant in the form Date.prototype.toISOString() writes. */
const canonicalStamps = (r: Record<string, unknown>, fields: string[]) =>
  Object.fromEntries(
    fields
      .filter((f) => typeof r[f] === 'string')
      .map((f) => [f, toInstant(new Date(r[f] as string))]),
  )

/** Per upgrade: how a fixture record is expected to look after opening with today's schema. */
const expectedAfterUpgrade: Record<number, (table: string, record: object) => object> = {
  2: (table, record) => {
    const r = record as Record<string, unknown>
    if (table === 'audit') return { ...r, ...canonicalStamps(r, ['at']) }
    if (table === 'regions' || table === 'settings') return r
    const out = { ...r, ...canonicalStamps(r, ['createdAt', 'updatedAt', 'deletedAt']) }
    return table === 'meetings' ? { ...out, ...v2Meetings[String(r.id)] } : out
  },
}

async function createAtVersion(name: string, version: number, data: Record<string, object[]>) {
  const old = new Dexie(name)
  declareVersions(old, version)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(data)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

describe('schema migrations', () => {
  it('every version has a fixture so its upgrades are tested', () => {
    for (const v of VERSIONS)
      expect(fixtures[v.version], `fixture for schema v${v.version}`).toBeDefined()
  })

  it('the fixture covers every table of its version', () => {
    for (const v of VERSIONS)
      expect(Object.keys(fixtures[v.version] ?? {}).sort()).toEqual(Object.keys(v.stores).sort())
  })

  for (const v of VERSIONS) {
    it(`a database created by schema v${v.version} opens with v${CURRENT_SCHEMA_VERSION} and keeps every record`, async () => {
      const name = `mig-${v.version}-${crypto.randomUUID()}`
      const fixture = fixtures[v.version]!
      await createAtVersion(name, v.version, fixture)
      const db = createDatabase(name)
      await db.open()
      expect(db.verno).toBe(CURRENT_SCHEMA_VERSION)
      for (const [table, rows] of Object.entries(fixture)) {
        const stored = await db.table(table).toArray()
        const expected = rows.map((r) => {
          let out = r
          for (let u = v.version + 1; u <= CURRENT_SCHEMA_VERSION; u++)
            out = expectedAfterUpgrade[u]?.(table, out) ?? out
          return out
        })
        expect(stored, `table ${table}`).toEqual(expected)
      }
      db.close()
    })
  }

  describe('v1 to v2: one clock', () => {
    async function upgraded() {
      const name = `mig-v2-${crypto.randomUUID()}`
      await createAtVersion(name, 1, v1Fixture)
      const db = createDatabase(name)
      await db.open()
      return db
    }

    it('keeps every meeting and its attendance, with the WITA year and day right', async () => {
      const db = await upgraded()
      const meetings = await db.meetings.toArray()
      expect(meetings.map((m) => m.id).sort()).toEqual(['g1', 'g2', 'g3', 'g4', 'g5'])
      const year = (id: string) => meetingYear(meetings.find((m) => m.id === id)!)
      expect(year('g2')).toBe('2023')
      expect(year('g3')).toBe('2024')
      expect(year('g5')).toBe('2020')
      expect(await db.attendance.where('meetingId').anyOf(['g2', 'g3']).count()).toBe(2)
      db.close()
    })

    it('indexes meetings by startsOn, so a year-only meeting is found by its year', async () => {
      const db = await upgraded()
      expect(db.meetings.schema.idxByName.startsOn).toBeDefined()
      expect(db.meetings.schema.idxByName.startsAt).toBeUndefined()
      const in2023 = await db.meetings
        .where('startsOn')
        .between('2023', '2023-12-31', true, true)
        .primaryKeys()
      expect(in2023.sort()).toEqual(['g1', 'g2'])
      expect(await db.meetings.where('startsOn').equals('2024-01-01').primaryKeys()).toEqual(['g3'])
      db.close()
    })

    it('leaves every instant of every table in the canonical form, and every meeting valid', async () => {
      const db = await upgraded()
      for (const table of [...USER_TABLES, 'audit'] as const) {
        for (const row of (await db.table(table).toArray()) as Record<string, unknown>[]) {
          for (const f of ['createdAt', 'updatedAt', 'deletedAt', 'at', 'startsAt', 'endsAt'])
            if (row[f] != null)
              expect(isCanonicalInstant(row[f]), `${table}.${f} = ${String(row[f])}`).toBe(true)
        }
      }
      for (const m of (await db.meetings.toArray()) as Meeting[])
        expect(meetingInputSchema.safeParse(m).success, m.id).toBe(true)
      db.close()
    })
  })

  describe('v2 to v3: Paritrana tables', () => {
    it('adds the six Paritrana stores empty, with their indexes, and keeps every v2 row', async () => {
      const name = `mig-v3-${crypto.randomUUID()}`
      await createAtVersion(name, 2, v2Fixture)
      const db = createDatabase(name)
      await db.open()
      for (const t of TABLES_ADDED_IN_V3) {
        expect(await db.table(t).count(), t).toBe(0)
        // updatedAt was indexed in v3 and dropped in v4, as in every table.
        for (const idx of ['deletedAt', 'isSample'])
          expect(db.table(t).schema.idxByName[idx], `${t}.${idx}`).toBeDefined()
      }
      expect(db.paritranaScores.schema.idxByName.rubricId).toBeDefined()
      expect(await db.meetings.count()).toBe(v2Fixture.meetings!.length)
      // A v3 record is stored and found by its index after the upgrade.
      await db.inpresStatus.add(v3Fixture.inpresStatus![0] as never)
      expect(await db.inpresStatus.where('regionId').equals('63.11').count()).toBe(1)
      db.close()
    })

    it('the v3 fixture rows are valid records of their tables', () => {
      for (const t of TABLES_ADDED_IN_V3)
        for (const row of v3Fixture[t]!) {
          const result = inputSchemaByTable[t].safeParse(splitMeta(row).data)
          expect(result.success, `${t}: ${JSON.stringify(result.error?.issues)}`).toBe(true)
        }
    })

    it('a pre-v3 backup or package is read as holding no Paritrana rows, other tables untouched', () => {
      const v2Tables = { meetings: [{ id: 'g1' }], coverage: [] }
      const read = tablesToV3(v2Tables)
      for (const t of TABLES_ADDED_IN_V3) expect(read[t as keyof typeof read]).toEqual([])
      expect(read.meetings).toBe(v2Tables.meetings)
      expect(Object.keys(v2Tables)).toEqual(['meetings', 'coverage'])
    })
  })

  describe('v2 to v4 (through v3): only the indexes a query uses', () => {
    async function upgraded() {
      const name = `mig-v4-${crypto.randomUUID()}`
      await createAtVersion(name, 2, v2Fixture)
      const db = createDatabase(name)
      await db.open()
      return db
    }
    /** The index names of every store as the browser's IndexedDB holds them after the upgrade. */
    function storedIndexes(db: Dexie): Record<string, string[]> {
      const idb = db.backendDB()
      const tx = idb.transaction([...idb.objectStoreNames], 'readonly')
      return Object.fromEntries(
        [...idb.objectStoreNames].map((s) => [s, [...tx.objectStore(s).indexNames].sort()]),
      )
    }

    it('removes the dropped indexes from IndexedDB itself and keeps the others', async () => {
      const db = await upgraded()
      const indexes = storedIndexes(db)
      expect(indexes.coverage).toEqual(
        [
          'period',
          '[regionId+period]',
          '[regionId+segment+period]',
          '[segment+period]',
          'deletedAt',
          'isSample',
        ].sort(),
      )
      expect(indexes.measurements).toEqual(['[commitmentId+date]', 'deletedAt', 'isSample'].sort())
      expect(indexes.audit).toEqual(['[table+recordId]'])
      for (const [store, names] of Object.entries(indexes))
        expect(names, `${store} still indexes updatedAt`).not.toContain('updatedAt')
      // The v2 database really had them: the test would pass on nothing otherwise.
      const old = new Dexie(`mig-v4-old-${crypto.randomUUID()}`)
      declareVersions(old, 2)
      await old.open()
      expect(storedIndexes(old).coverage).toContain('regionId')
      expect(storedIndexes(old).coverage).toContain('updatedAt')
      old.close()
      db.close()
    })

    it('answers the queries of the dropped single-field indexes from the compound ones', async () => {
      const db = await upgraded()
      const cov = v2Fixture.coverage as { id: string; regionId: string }[]
      const region = cov[0]!.regionId
      const viaVirtual = await db.coverage.where('regionId').equals(region).primaryKeys()
      expect(viaVirtual.sort()).toEqual(
        cov
          .filter((c) => c.regionId === region)
          .map((c) => c.id)
          .sort(),
      )
      const ms = v2Fixture.measurements as { id: string; commitmentId: string }[]
      const commitment = ms[0]!.commitmentId
      expect(
        (
          await db.measurements.where('commitmentId').anyOf([commitment, 'none']).primaryKeys()
        ).sort(),
      ).toEqual(
        ms
          .filter((m) => m.commitmentId === commitment)
          .map((m) => m.id)
          .sort(),
      )
      db.close()
    })

    it('every index v4 keeps is named in the index list of db/database.ts', () => {
      const v4 = VERSIONS.find((v) => v.version === 4)!
      for (const [store, spec] of Object.entries(v4.stores))
        for (const index of String(spec).split(',').slice(1))
          expect(
            databaseSource.includes(index.trim().replace(/^\*/, '')),
            `${store}.${index.trim()}`,
          ).toBe(true)
      expect(SCHEMA_V2.coverage).toContain('updatedAt')
    })
  })

  it('refuses to open a database made by a newer release, without touching it', async () => {
    const name = `mig-newer-${crypto.randomUUID()}`
    const newer = new Dexie(name)
    newer.version(CURRENT_SCHEMA_VERSION + 1).stores({ regions: 'id', future: 'id' })
    await newer.open()
    await newer.table('future').add({ id: 'x' })
    newer.close()
    const db = createDatabase(name)
    await expect(
      openDatabase(db, { onBlocked: () => undefined, onVersionChange: () => undefined }),
    ).rejects.toBeInstanceOf(NewerSchemaError)
    expect(classifyStorageError(new NewerSchemaError(CURRENT_SCHEMA_VERSION + 1))).toBe(
      'dbNewerVersion',
    )
    const again = new Dexie(name)
    await again.open()
    expect(await again.table('future').count()).toBe(1)
    again.close()
  })
})
