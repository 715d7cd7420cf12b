/** The sample goes through the write path too: a field the schema does not know is not stored. */
import { afterEach, expect, it, vi } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { actor, fixedNow, freshDb } from './helpers'

vi.mock('../../../src/renderer/db/sample-data', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../src/renderer/db/sample-data')>()
  return {
    ...original,
    buildSampleData: () => {
      const data = original.buildSampleData()
      data.coverage = data.coverage.map((c) => ({ ...c, bogus: 'tidak dikenal' }))
      return data
    },
  }
})

let db: SimpulDexie
afterEach(() => db?.close())

it('a sample record with a field the schema does not know is stored without it', async () => {
  db = await freshDb()
  expect(await loadSampleData(db, actor, fixedNow)).toBeGreaterThan(0)
  const rows = await db.coverage.toArray()
  expect(rows.length).toBeGreaterThan(0)
  expect(rows.some((r) => 'bogus' in r)).toBe(false)
})
