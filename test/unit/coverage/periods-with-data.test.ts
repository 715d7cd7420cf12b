import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createDatabase, type SimpulDexie } from '../../../src/renderer/db/database'
import { periodsWithData } from '../../../src/renderer/features/coverage/coverage-queries'

let db: SimpulDexie
afterEach(() => db?.close())

describe('periodsWithData', () => {
  it('lists each distinct period once, in order, the same as a full unique-key scan', async () => {
    db = createDatabase(`t-${crypto.randomUUID()}`)
    await db.open()
    const periods = ['2023-02', '2020', '2025', '2023-02', '2021-12', '2025', '2023', '2021-01']
    await db.coverage.bulkAdd(
      periods.map((period, i) => ({ id: `c${i}`, period, regionId: '63', segment: 'pu' }) as never),
    )
    const expected = (await db.coverage.orderBy('period').uniqueKeys()) as string[]
    expect(await periodsWithData(db)).toEqual(expected)
    expect(expected).toEqual(['2020', '2021-01', '2021-12', '2023', '2023-02', '2025'])
  })
  it('is empty for an empty table', async () => {
    db = createDatabase(`t-${crypto.randomUUID()}`)
    await db.open()
    expect(await periodsWithData(db)).toEqual([])
  })
})
