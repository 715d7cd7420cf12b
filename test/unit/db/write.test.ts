/** The write entry point itself: atomic batches, messages in both languages, reference checks. */
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import {
  classifyWriteError,
  explainWriteError,
  setWriteMessageLanguage,
} from '../../../src/renderer/db/durability'
import { ValidationError } from '../../../src/renderer/db/schemas'
import {
  REFERENCE_CHECKS,
  ReferenceCheckError,
  StaleRecordError,
  writeBatch,
  type WriteOp,
} from '../../../src/renderer/db/write'
import { canonicalDump } from '../../../src/renderer/features/data/backup-db'
import { shell } from '../../../src/renderer/i18n/messages/shell'
import { actor, fixedNow, freshDb } from './helpers'

let db: SimpulDexie
afterEach(() => {
  db?.close()
  setWriteMessageLanguage('id')
})

const coverage = (over: Record<string, unknown> = {}) => ({
  regionId: '63.11',
  period: '2025',
  segment: 'semua',
  measure: 'registered',
  count: 62_000,
  baseKind: 'target',
  baseLabel: '',
  baseSize: 64_000,
  statedPercent: null,
  sourceDocument: 'BPJS',
  sourceInstitution: '',
  asOfDate: null,
  note: '',
  ...over,
})
const commitment = (over: Record<string, unknown> = {}) => ({
  regionId: '63.11',
  parentId: null,
  title: 'Perlindungan pekerja rentan',
  statement: '',
  kind: 'count',
  segment: null,
  baselineValue: null,
  baselineDate: null,
  baselineSource: '',
  targetValue: 1000,
  deadline: '2026-12-31',
  meetingId: null,
  madeByName: '',
  madeByPosition: '',
  responsibleOffice: '',
  stages: [],
  lifecycle: 'aktif',
  notes: '',
  evidence: [],
  ...over,
})
const ctx = { actor, source: 'user' as const, now: fixedNow }

describe('writeBatch', () => {
  it('writes every op in one transaction, stamped at one instant, or none of them', async () => {
    db = await freshDb()
    const ops: WriteOp[] = [
      { op: 'create', table: 'coverage', data: coverage(), id: 'a' },
      { op: 'create', table: 'coverage', data: coverage({ period: '2024' }), id: 'b' },
      { op: 'update', table: 'coverage', id: 'a', patch: { count: 63_000 } },
    ]
    const result = await writeBatch(db, ctx, ops)
    expect(result).toMatchObject({ added: 2, changed: 1 })
    expect(await db.coverage.get('a')).toMatchObject({ count: 63_000, rev: 2 })
    expect(new Set((await db.audit.toArray()).map((a) => a.at))).toEqual(
      new Set([fixedNow.toISOString()]),
    )
    const before = await canonicalDump(db)
    // The second op is invalid: the first must not land either.
    await expect(
      writeBatch(db, ctx, [
        { op: 'create', table: 'coverage', data: coverage({ period: '2023' }) },
        { op: 'update', table: 'coverage', id: 'b', patch: { count: -1 } },
      ]),
    ).rejects.toBeInstanceOf(ValidationError)
    expect(await canonicalDump(db)).toBe(before)
  })

  it('refuses a batch whose expected version changed, writing nothing', async () => {
    db = await freshDb()
    await writeBatch(db, ctx, [{ op: 'create', table: 'coverage', data: coverage(), id: 'a' }])
    const before = await canonicalDump(db)
    await expect(
      writeBatch(db, ctx, [
        { op: 'create', table: 'coverage', data: coverage({ period: '2024' }) },
        {
          op: 'update',
          table: 'coverage',
          id: 'a',
          patch: { count: 1 },
          expect: { fields: { count: 50_000 }, message: 'berubah' },
        },
      ]),
    ).rejects.toEqual(new StaleRecordError('berubah'))
    expect(await canonicalDump(db)).toBe(before)
  })

  it('runs the reference check of a table inside the transaction', async () => {
    db = await freshDb()
    expect(REFERENCE_CHECKS.commitments).toBeDefined()
    await expect(
      writeBatch(db, ctx, [
        { op: 'create', table: 'commitments', data: commitment(), id: 'k' },
        { op: 'update', table: 'commitments', id: 'k', patch: { parentId: 'k' } },
      ]),
    ).rejects.toBeInstanceOf(ReferenceCheckError)
    expect(await db.commitments.count()).toBe(0)
    expect(await db.audit.count()).toBe(0)
  })

  it('explains a full disk in English when the app speaks English', async () => {
    db = await freshDb()
    const table = db.table('coverage')
    const original = table.bulkAdd.bind(table)
    table.bulkAdd = () => {
      throw new DOMException('quota', 'QuotaExceededError')
    }
    setWriteMessageLanguage('en')
    const en = await writeBatch(db, ctx, [
      { op: 'create', table: 'coverage', data: coverage() },
    ]).catch((e: unknown) => e as Error)
    const id = await writeBatch(db, { ...ctx, language: 'id' }, [
      { op: 'create', table: 'coverage', data: coverage() },
    ]).catch((e: unknown) => e as Error)
    table.bulkAdd = original
    expect((en as Error).message).toBe(shell.en.writeQuota)
    expect((id as Error).message).toBe(shell.id.writeQuota)
    expect(await db.coverage.count()).toBe(0)
  })
})

describe('explaining storage failures', () => {
  const quota = new DOMException('quota', 'QuotaExceededError')
  it.each([
    ['a QuotaExceededError', quota, 'writeQuota'],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('x'), 'writeQuota'],
    ['an AbortError wrapping a quota error', new Dexie.AbortError('aborted', quota), 'writeQuota'],
    ['a BulkError of quota errors', new Dexie.BulkError('bulk', [quota]), 'writeQuota'],
    ['a database closed by another window', new Dexie.DatabaseClosedError(), 'writeClosed'],
    ['a version change', new Dexie.VersionChangeError('v'), 'writeClosed'],
    ['an invalid state', new DOMException('x', 'InvalidStateError'), 'writeUnavailable'],
  ])('%s', (_label, error, problem) => {
    expect(classifyWriteError(error)).toBe(problem)
    const explained = explainWriteError(error) as Error
    expect(explained.message).toBe(shell.id[problem as 'writeQuota'])
    expect(explained.cause).toBe(error)
  })

  it('passes other errors through unchanged', () => {
    const v = new ValidationError([])
    expect(explainWriteError(v)).toBe(v)
  })
})
