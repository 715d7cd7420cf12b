import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import {
  createRecord,
  recordHistory,
  restoreRecord,
  softDeleteRecord,
  updateRecord,
} from '../../../src/renderer/db/repository'
import { ValidationError } from '../../../src/renderer/db/schemas'
import type { CoverageObservation, RecordInput } from '../../../src/renderer/db/types'
import { actor, fixedNow, freshDb } from './helpers'

let db: SimpulDexie
afterEach(async () => {
  db?.close()
})

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

describe('repository writes', () => {
  it('creates a record with a UUID, meta and an audit entry naming the user', async () => {
    db = await freshDb()
    const rec = await createRecord(db, 'coverage', observation(), { actor, now: fixedNow })
    expect(rec.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(rec).toMatchObject({
      createdBy: 'Siti Rahmah',
      updatedOn: 'device-test-1',
      rev: 1,
      isSample: 0,
    })
    expect(rec.deletedAt).toBeUndefined()
    const history = await recordHistory(db, 'coverage', rec.id)
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({
      action: 'create',
      by: 'Siti Rahmah',
      at: fixedNow.toISOString(),
    })
  })

  it('rejects bad values with a message naming the field, and writes nothing', async () => {
    db = await freshDb()
    const attempts: [Partial<RecordInput<CoverageObservation>>, string][] = [
      [{ count: -5 }, 'Jumlah'],
      [{ regionId: '63.1' }, 'Wilayah'],
      [{ asOfDate: '2023-02-30' }, 'Tanggal data'],
      [{ period: '2023-13' }, 'Periode'],
      [{ sourceDocument: '  ' }, 'Sumber'],
      [{ baseSize: 0 }, 'Besar basis'],
      [{ statedPercent: 46.44 }, 'Persentase (dari sumber)'],
    ]
    for (const [over, label] of attempts) {
      const error = await createRecord(db, 'coverage', observation(over), { actor }).catch(
        (e: unknown) => e,
      )
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues.map((i) => i.label)).toContain(label)
      expect((error as Error).message).toContain(`${label}:`)
    }
    expect(await db.coverage.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })

  it('records only the changed fields on update and bumps the revision', async () => {
    db = await freshDb()
    const rec = await createRecord(db, 'coverage', observation(), { actor, now: fixedNow })
    const other = { name: 'Budi', deviceId: 'device-2' }
    const updated = await updateRecord(
      db,
      'coverage',
      rec.id,
      { count: 62_500, note: 'revisi' },
      { actor: other, now: new Date('2026-11-24T00:00:00Z') },
    )
    expect(updated).toMatchObject({
      count: 62_500,
      rev: 2,
      updatedBy: 'Budi',
      updatedOn: 'device-2',
      createdBy: 'Siti Rahmah',
    })
    const [latest] = await recordHistory(db, 'coverage', rec.id)
    expect(latest).toMatchObject({
      action: 'update',
      by: 'Budi',
      before: { count: 62_000, note: '' },
      after: { count: 62_500, note: 'revisi' },
    })
  })

  it('does not write an update that changes nothing', async () => {
    db = await freshDb()
    const rec = await createRecord(db, 'coverage', observation(), { actor })
    await updateRecord(db, 'coverage', rec.id, { count: 62_000 }, { actor })
    expect((await db.coverage.get(rec.id))?.rev).toBe(1)
    expect(await db.audit.count()).toBe(1)
  })

  it('an invalid update leaves the record and history untouched', async () => {
    db = await freshDb()
    const rec = await createRecord(db, 'coverage', observation(), { actor })
    await expect(updateRecord(db, 'coverage', rec.id, { count: -1 }, { actor })).rejects.toThrow(
      'Jumlah',
    )
    expect(await db.coverage.get(rec.id)).toEqual(rec)
    expect(await db.audit.count()).toBe(1)
  })

  it('soft-deletes into the trash and restores, each step audited', async () => {
    db = await freshDb()
    const rec = await createRecord(db, 'coverage', observation(), { actor })
    await softDeleteRecord(db, 'coverage', rec.id, { actor, now: fixedNow })
    const deleted = await db.coverage.get(rec.id)
    expect(deleted?.deletedAt).toBe(fixedNow.toISOString())
    expect(await db.coverage.orderBy('deletedAt').primaryKeys()).toEqual([rec.id])
    await restoreRecord(db, 'coverage', rec.id, { actor })
    const restored = await db.coverage.get(rec.id)
    expect(restored?.deletedAt).toBeUndefined()
    expect(restored?.rev).toBe(3)
    expect(await db.coverage.orderBy('deletedAt').count()).toBe(0)
    const actions = (await recordHistory(db, 'coverage', rec.id)).map((h) => h.action)
    expect(actions).toEqual(['restore', 'delete', 'create'])
  })

  it('refuses to update a record that does not exist, in Indonesian', async () => {
    db = await freshDb()
    await expect(updateRecord(db, 'coverage', 'nope', { count: 1 }, { actor })).rejects.toThrow(
      /tidak ditemukan/,
    )
  })
})

describe('a full disk during a save', () => {
  it('says in Indonesian that nothing was saved and what to do, and leaves no half-write', async () => {
    db = await freshDb()
    // The audit write is the last write of the transaction: the record write before it must roll back.
    const audit = db.audit
    const original = audit.bulkAdd.bind(audit)
    audit.bulkAdd = () => {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' })
    }
    const error = await createRecord(db, 'coverage', observation(), { actor }).catch(
      (e: unknown) => e,
    )
    audit.bulkAdd = original
    expect((error as Error).message).toBe(
      'Ruang penyimpanan penuh, jadi perubahan ini tidak disimpan. Kosongkan ruang disk atau hapus data yang tidak diperlukan, lalu coba lagi.',
    )
    expect(await db.coverage.count()).toBe(0)
  })

  it('passes validation messages through unchanged', async () => {
    db = await freshDb()
    await expect(
      createRecord(db, 'coverage', observation({ count: -1 }), { actor }),
    ).rejects.toBeInstanceOf(ValidationError)
  })
})
