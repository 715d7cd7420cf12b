/**
 * Many corrupted variants of valid files: every one must be refused or be harmless, and a
 * refused one must leave the database byte-for-byte as it was (audit and settings included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import {
  canonicalDump,
  readAllTables,
  replaceAllTables,
} from '../../../src/renderer/features/data/backup-db'
import {
  parseBackup,
  serializeBackup,
  type BackupTables,
} from '../../../src/renderer/features/data/backup-format'
import { writeCsv, writeXlsx } from '../../../src/renderer/features/data/sheet'
import { recordsToSheet } from '../../../src/renderer/features/data/tabular-import'
import { importSheetFile } from '../../../src/renderer/features/data/tabular-import-db'
import { actor, fixedNow, freshDb } from '../db/helpers'
import { liveOnly } from '../../../src/renderer/db/live'

/** Deterministic pseudo-random numbers (mulberry32), so a failure is reproducible. */
function rng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function corrupt(data: Uint8Array, random: () => number): Uint8Array {
  const out = new Uint8Array(data)
  const mode = Math.floor(random() * 4)
  const at = Math.floor(random() * data.length)
  if (mode === 0) return out.slice(0, at)
  if (mode === 1) {
    for (let i = 0; i < 1 + random() * 8; i++)
      out[Math.floor(random() * out.length)] = Math.floor(random() * 256)
    return out
  }
  if (mode === 2)
    return new Uint8Array([...out.slice(0, at), ...out.slice(at + 1 + Math.floor(random() * 40))])
  return new Uint8Array([...out.slice(0, at), ...out.slice(at, at + 30), ...out.slice(at)])
}

let db: SimpulDexie
let baseline: string
beforeAll(async () => {
  db = await freshDb()
  await ensureReferenceRegions(db)
  await loadSampleData(db, actor, fixedNow)
  baseline = await canonicalDump(db)
})
afterAll(() => db.close())

describe('fuzz: corrupted files change nothing', () => {
  it('corrupted backups are refused with a message', async () => {
    const valid = new TextEncoder().encode(
      await serializeBackup(await readAllTables(db), {
        createdAt: fixedNow.toISOString(),
        deviceId: 'd',
        appVersion: '0.1.0',
      }),
    )
    const random = rng(42)
    let refused = 0
    for (let i = 0; i < 150; i++) {
      const bad = corrupt(valid, random)
      const text = new TextDecoder().decode(bad)
      try {
        await parseBackup(text)
        // Only a change that leaves the canonical content intact (whitespace) may pass.
        expect(JSON.stringify(JSON.parse(text).tables)).toBe(
          JSON.stringify(JSON.parse(new TextDecoder().decode(valid)).tables),
        )
      } catch (error) {
        expect((error as Error).message).toMatch(/Berkas|Cadangan/)
        refused++
      }
    }
    expect(refused).toBeGreaterThan(100)
    expect(await canonicalDump(db)).toBe(baseline)
  }, 60_000)

  for (const format of ['csv', 'xlsx'] as const) {
    it(`corrupted ${format} imports that are refused write nothing`, async () => {
      // Import into a copy of the same data: a file that still parses describes the same
      // records, so a successful import must leave the database unchanged as well, or
      // (where corruption produced another valid value) change only whole, valid rows.
      const records = liveOnly(await db.coverage.toArray())
      const sheet = recordsToSheet('coverage', records)
      const valid =
        format === 'csv' ? new TextEncoder().encode(writeCsv(sheet)) : await writeXlsx(sheet)
      const random = rng(format === 'csv' ? 7 : 11)
      let refused = 0
      for (let i = 0; i < (format === 'csv' ? 120 : 40); i++) {
        const bad = corrupt(valid, random)
        const before = await canonicalDump(db)
        let wrote = false
        try {
          const res = await importSheetFile(
            db,
            'coverage',
            { name: `f.${format}`, data: bad },
            actor,
            { now: fixedNow },
          )
          wrote = res.added + res.changed > 0
          if (res.plan.problems.length) {
            refused++
            expect(wrote).toBe(false)
          }
        } catch (error) {
          expect((error as Error).message.length).toBeGreaterThan(10)
          refused++
        }
        if (!wrote) expect(await canonicalDump(db)).toBe(before)
        // A corruption that still gives a fully valid file is a legitimate import; start the
        // next variant from the baseline again.
        else await replaceAllTables(db, JSON.parse(baseline) as BackupTables, actor)
      }
      expect(refused).toBeGreaterThan(0)
      expect(await canonicalDump(db)).toBe(baseline)
    }, 120_000)
  }
})
