/**
 * Backups and exchange packages carry all six Paritrana tables: the matrix, the province
 * statements, the editions, the rubrics, the evidence and the scores, deletions included.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import type { Actor } from '../../../src/renderer/db/device'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import type { UserTableName } from '../../../src/renderer/db/types'
import type { KnownDate } from '../../../src/shared/time'
import { readAllTables, replaceAllTables } from '../../../src/renderer/features/data/backup-db'
import {
  canonicalJson,
  parseBackup,
  serializeBackup,
} from '../../../src/renderer/features/data/backup-format'
import {
  applyImport,
  exportPackage,
  prepareImport,
} from '../../../src/renderer/features/data/exchange-db'
import { parsePackage } from '../../../src/renderer/features/data/exchange-package'
import { loadBoard } from '../../../src/renderer/features/paritrana/queries'
import {
  saveScore,
  saveStatement,
  trashParitranaRecord,
} from '../../../src/renderer/features/paritrana/writes'
import { actor, fixedNow, freshDb } from '../db/helpers'

const PARITRANA_TABLES = [
  'inpresStatus',
  'inpresStatements',
  'paritranaEditions',
  'paritranaRubrics',
  'paritranaEvidence',
  'paritranaScores',
] as const satisfies readonly UserTableName[]

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
async function laptop() {
  const db = await freshDb()
  dbs.push(db)
  return db
}
const rows = async (db: SimpulDexie, table: UserTableName) =>
  canonicalJson(
    (await db.table(table).toArray()).sort((a: { id: string }, b: { id: string }) =>
      a.id.localeCompare(b.id),
    ),
  )

/** A laptop with a row in every Paritrana table, one statement in the trash. */
async function filled(): Promise<SimpulDexie> {
  const db = await laptop()
  await loadSampleData(db, actor, fixedNow)
  const board = await loadBoard(db, { provinceId: '63', editionYear: 2025, now: fixedNow })
  await saveScore(db, {
    rubric: board.rubric,
    result: board.results.get('63.11')!,
    editionYear: 2025,
    actor,
    now: fixedNow,
  })
  const gone = await saveStatement(
    db,
    null,
    {
      regionId: '63',
      group: 'rt_rw',
      count: 2,
      outOf: 13,
      extent: 'melindungi',
      quote: 'dua kabupaten',
      asOf: '2025' as KnownDate,
      sourceDocument: 'uji',
      meetingId: null,
    },
    actor,
  )
  await trashParitranaRecord(db, 'inpresStatements', gone.id, actor)
  for (const t of PARITRANA_TABLES) expect(await db.table(t).count(), t).toBeGreaterThan(0)
  expect((await db.inpresStatements.get(gone.id))?.deletedAt).toEqual(expect.any(String))
  return db
}

describe('the six Paritrana tables travel', () => {
  it('in a backup file, restored on another laptop row for row', async () => {
    const a = await filled()
    const text = await serializeBackup(await readAllTables(a), {
      createdAt: fixedNow.toISOString(),
      deviceId: actor.deviceId,
      appVersion: '0.1.0',
    })
    const parsed = await parseBackup(text)
    for (const t of PARITRANA_TABLES)
      expect(parsed.tables[t].length, t).toBe(await a.table(t).count())
    const b = await laptop()
    await replaceAllTables(b, parsed.tables, actor, fixedNow)
    for (const t of PARITRANA_TABLES) expect(await rows(b, t), t).toBe(await rows(a, t))
  })

  it('a backup whose scores name a rubric it does not hold is still refused, with nothing replaced', async () => {
    const a = await filled()
    const tables = await readAllTables(a)
    const b = await laptop()
    await loadSampleData(b, actor, fixedNow)
    const before = await rows(b, 'inpresStatus')
    await expect(
      replaceAllTables(b, { ...tables, paritranaRubrics: [] }, actor, fixedNow),
    ).rejects.toThrow(/skor kesiapan Paritrana .*kolom Rubrik, merujuk rubrik Paritrana/)
    expect(await rows(b, 'inpresStatus')).toBe(before)
  })

  it("in an exchange package of the province, merged into another laptop with the trash's deletions", async () => {
    const a = await filled()
    const other: Actor = { name: 'Rina (Balangan)', deviceId: 'laptop-balangan' }
    const { text } = await exportPackage(
      a,
      { regionIds: ['63'], fromYear: null, toYear: null },
      actor,
      fixedNow,
    )
    const b = await laptop()
    const prepared = await prepareImport(b, await parsePackage(text), other)
    await applyImport(b, prepared, {}, other, new Date(fixedNow.getTime() + 60_000))
    for (const t of PARITRANA_TABLES) {
      const mine = (await a.table(t).toArray()) as { id: string; rev: number }[]
      const theirs = new Map(
        ((await b.table(t).toArray()) as { id: string; rev: number }[]).map((r) => [r.id, r]),
      )
      expect(theirs.size, t).toBe(mine.length)
      for (const r of mine)
        expect(canonicalJson(theirs.get(r.id)), `${t} ${r.id}`).toBe(canonicalJson(r))
    }
  })
})
