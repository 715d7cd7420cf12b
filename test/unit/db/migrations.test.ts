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
import { describe, expect, it } from 'vitest'
import {
  CURRENT_SCHEMA_VERSION,
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

const fixtures: Record<number, Record<string, object[]>> = { 1: v1Fixture }

/** Per upgrade: how a fixture record is expected to look after opening with today's schema. */
const expectedAfterUpgrade: Record<number, (table: string, record: object) => object> = {}

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
