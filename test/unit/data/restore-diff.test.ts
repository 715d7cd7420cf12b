/**
 * The restore preview's comparison with today's database: per table, added / changed /
 * removed by id, "changed" meaning a different revision or different content, with examples
 * named in words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { updateRecord } from '../../../src/renderer/db/repository'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { readAllTables } from '../../../src/renderer/features/data/backup-db'
import {
  parseBackup,
  serializeBackup,
  type BackupTables,
} from '../../../src/renderer/features/data/backup-format'
import {
  DIFF_EXAMPLES,
  diffIsEmpty,
  diffTable,
  regionNames,
  type TableDiff,
} from '../../../src/renderer/features/data/restore-diff'
import { readRestoreDiff } from '../../../src/renderer/features/data/restore-diff-queries'
import { actor, fixedNow, freshDb } from '../db/helpers'
import { isLive } from '../../../src/renderer/db/live'

const names = regionNames([
  { id: '63.11', name: 'Balangan' },
  { id: '63.71', name: 'Kota Banjarmasin' },
])
const cov = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  rev: 1,
  regionId: '63.11',
  period: '2025',
  segment: 'semua',
  note: '',
  ...over,
})

describe('diffTable (pure)', () => {
  it('counts added, changed, removed and unchanged by id, and names examples in words', () => {
    const current = [cov('a'), cov('b'), cov('c', { regionId: '63.71' }), cov('d')]
    const incoming = [
      cov('a'),
      cov('b', { rev: 2, note: 'diperbarui' }),
      cov('d', { note: 'sama rev, isi beda' }),
      cov('e', { period: '2024' }),
    ]
    const d = diffTable('coverage', current, incoming, names)
    expect(d).toMatchObject({
      current: 4,
      incoming: 4,
      added: 1,
      changed: 2,
      removed: 1,
      unchanged: 1,
    })
    expect(d.examples).toEqual({
      added: ['Balangan 2024 semua'],
      changed: ['Balangan 2025 semua', 'Balangan 2025 semua'],
      removed: ['Kota Banjarmasin 2025 semua'],
    })
  })

  it('a different revision alone is a change; key order alone is not', () => {
    const d1 = diffTable('coverage', [cov('a')], [cov('a', { rev: 3 })], names)
    expect(d1.changed).toBe(1)
    const reordered = Object.fromEntries(Object.entries(cov('a')).reverse())
    const d2 = diffTable('coverage', [cov('a')], [reordered], names)
    expect(d2).toMatchObject({ changed: 0, unchanged: 1 })
    // Nested values: other key order is the same record, another value is a change.
    const ev = (label: string, reference: string) => ({
      id: 'k',
      rev: 1,
      evidence: [{ label, reference }],
    })
    const swapped = { id: 'k', rev: 1, evidence: [{ reference: 'SK 1', label: 'SK' }] }
    expect(diffTable('commitments', [ev('SK', 'SK 1')], [swapped], names).unchanged).toBe(1)
    expect(diffTable('commitments', [ev('SK', 'SK 1')], [ev('SK', 'SK 2')], names).changed).toBe(1)
    // A field present on one side only is a change.
    expect(diffTable('coverage', [cov('a')], [cov('a', { deletedAt: 't' })], names).changed).toBe(1)
  })

  it('lists at most DIFF_EXAMPLES examples but counts every record', () => {
    const incoming = Array.from({ length: 10 }, (_, i) => ({
      id: `k${i}`,
      rev: 1,
      title: `Komitmen ${i}`,
    }))
    const d = diffTable('commitments', [], incoming, names)
    expect(d.added).toBe(10)
    expect(d.examples.added).toEqual(['“Komitmen 0”', '“Komitmen 1”', '“Komitmen 2”'])
    expect(d.examples.added).toHaveLength(DIFF_EXAMPLES)
  })

  it('settings compare by key and history by sequence number', () => {
    const s = diffTable(
      'settings',
      [
        { key: 'userName', value: 'Siti' },
        { key: 'office', value: 'Asisten I' },
      ],
      [{ key: 'userName', value: 'Rina' }],
      names,
    )
    expect(s).toMatchObject({ added: 0, changed: 1, removed: 1 })
    expect(s.examples.changed).toEqual(['userName'])
    const a = diffTable(
      'audit',
      [{ seq: 1, action: 'create', table: 'coverage', recordId: 'x', at: 't' }],
      [
        { seq: 1, action: 'create', table: 'coverage', recordId: 'x', at: 't' },
        { seq: 2, action: 'update', table: 'coverage', recordId: 'x', at: 'u' },
      ],
      names,
    )
    expect(a).toMatchObject({ added: 1, changed: 0, unchanged: 1 })
  })
})

describe('readRestoreDiff against today’s database', () => {
  let db: SimpulDexie
  let backup: BackupTables
  beforeAll(async () => {
    db = await freshDb()
    await loadSampleData(db, actor, fixedNow)
    backup = await readAllTables(db)
  })
  afterAll(() => db.close())

  const byTable = (diffs: TableDiff[]) => new Map(diffs.map((d) => [d.table, d]))

  it('a backup of the database as it is changes nothing', async () => {
    const diffs = await readRestoreDiff(db, backup)
    expect(diffIsEmpty(diffs)).toBe(true)
    expect(byTable(diffs).get('coverage')!.unchanged).toBe(backup.coverage.length)
  })

  it('after edits made since the backup, the preview says what the restore undoes, by name', async () => {
    const text = await serializeBackup(backup, {
      createdAt: fixedNow.toISOString(),
      deviceId: 'd',
      appVersion: '0.1.0',
    })
    const commitment = backup.commitments.find(isLive)!
    await updateRecord(
      db,
      'commitments',
      commitment.id,
      { title: 'Judul yang diubah sesudah cadangan' },
      { actor, now: new Date(fixedNow.getTime() + 60_000) },
    )
    const parsed = await parseBackup(text)
    // The backup also lacks one meeting the database has and holds one the database does not.
    const [gone, ...rest] = parsed.tables.meetings
    const incoming = { ...parsed.tables, meetings: rest }
    const diffs = byTable(await readRestoreDiff(db, incoming))
    const c = diffs.get('commitments')!
    expect(c).toMatchObject({ added: 0, changed: 1, removed: 0 })
    // The example is the record as it will be after the restore: the backup's title.
    expect(c.examples.changed).toEqual([`“${commitment.title}”`])
    expect(diffs.get('meetings')).toMatchObject({ added: 0, changed: 0, removed: 1 })
    expect(diffs.get('meetings')!.examples.removed).toEqual([`“${gone!.title}”`])
    // The edit wrote one history entry the backup does not have: restoring removes it.
    expect(diffs.get('audit')).toMatchObject({ removed: 1, added: 0 })
    expect(diffs.get('coverage')).toMatchObject({ added: 0, changed: 0, removed: 0 })
  })
})
