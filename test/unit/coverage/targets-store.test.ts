import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createDatabase } from '../../../src/renderer/db/database'
import {
  createRecord,
  recordHistory,
  softDeleteRecord,
  updateRecord,
} from '../../../src/renderer/db/repository'
import { bundledRegions, ensureReferenceRegions, KALSEL_ID } from '../../../src/renderer/db/regions'
import { buildDashboard } from '../../../src/renderer/features/dashboard/dashboard-model'
import {
  targetsOf,
  targetsOfRegion,
} from '../../../src/renderer/features/coverage/coverage-queries'
import {
  emptyTargetValues,
  findDuplicateTarget,
  parseTargetValues,
} from '../../../src/renderer/features/coverage/target-logic'

const words = {
  notNumber: 'bukan angka',
  notYear: 'tahun tidak sah',
  countWhole: 'harus bilangan bulat',
}
const actor = { name: 'Staf Balangan', deviceId: 'laptop-1' }
const now = new Date('2026-11-23T02:00:00Z')

function parsed(patch: Record<string, string>) {
  const r = parseTargetValues(
    { ...emptyTargetValues('63.11', 2026), sourceDocument: 'Surat Bappenas 2026', ...patch },
    words,
  )
  if (!r.ok) throw new Error(JSON.stringify(r.errors))
  return r.input
}

describe('targets written from the form', () => {
  it('are stored through the audited repository and read back for the profile', async () => {
    const db = createDatabase('t-' + crypto.randomUUID())
    await ensureReferenceRegions(db)
    const saved = await createRecord(db, 'targets', parsed({ value: '70.000' }), { actor, now })
    expect(await targetsOfRegion(db, '63.11')).toMatchObject([
      { id: saved.id, year: 2026, value: 70_000, unit: 'count', setBy: 'bappenas' },
    ])
    await updateRecord(db, 'targets', saved.id, parsed({ value: '72.500' }), { actor, now })
    const history = await recordHistory(db, 'targets', saved.id)
    expect(history.map((e) => e.action)).toEqual(['update', 'create'])
    expect(history[0]).toMatchObject({
      by: 'Staf Balangan',
      before: { value: 70_000 },
      after: { value: 72_500 },
    })
  })

  it('are found as duplicates by region, year and segment until moved to the trash', async () => {
    const db = createDatabase('t-' + crypto.randomUUID())
    await ensureReferenceRegions(db)
    const saved = await createRecord(db, 'targets', parsed({ value: '70.000' }), { actor, now })
    const key = { regionId: '63.11', year: 2026, segment: 'semua' }
    const sameKey = () => db.targets.where('[regionId+year]').equals(['63.11', 2026]).toArray()
    expect(findDuplicateTarget(await sameKey(), key, null)?.id).toBe(saved.id)
    await softDeleteRecord(db, 'targets', saved.id, { actor, now })
    expect(findDuplicateTarget(await sameKey(), key, null)).toBeNull()
    expect(await targetsOfRegion(db, '63.11')).toEqual([])
  })

  it('give the Ringkasan its province target for the year and segment viewed', async () => {
    const db = createDatabase('t-' + crypto.randomUUID())
    await ensureReferenceRegions(db)
    await createRecord(
      db,
      'targets',
      parsed({
        regionId: KALSEL_ID,
        year: '2023',
        segment: 'pu',
        unit: 'percent',
        value: '75',
        setBy: 'provinsi',
      }),
      { actor, now },
    )
    const regions = bundledRegions()
    const province = regions.find((r) => r.id === KALSEL_ID)!
    const regencies = regions.filter((r) => r.parentId === KALSEL_ID)
    const targets = await targetsOf(db, [KALSEL_ID], 2023)
    const model = (segment: 'pu' | 'bpu', asOf: string) =>
      buildDashboard({
        province,
        regencies,
        observations: [],
        provinceHistory: [],
        targets,
        asOf,
        segment,
      })
    expect(model('pu', '2023-12-31').provinceTarget).toMatchObject({ value: 75, unit: 'percent' })
    expect(model('bpu', '2023-12-31').provinceTarget).toBeNull()
    expect(model('pu', '2024-12-31').provinceTarget).toBeNull()
  })
})
