/**
 * The backup written page by page and read in batches (features/data/backup-stream.ts): the
 * same bytes as the whole-text writer, a backup of the last release restored by the batch
 * reader itself (not its whole-text fallback), and every refusal the same as before.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { createRecord } from '../../../src/renderer/db/repository'
import {
  canonicalDump,
  readAllTables,
  replaceAllTables,
  writeBackupFile,
} from '../../../src/renderer/features/data/backup-db'
import {
  BackupFormatError,
  canonicalJson,
  decodeFileText,
  parseBackup,
  serializeBackup,
  type ParsedBackup,
} from '../../../src/renderer/features/data/backup-format'
import {
  encodeBackup,
  joinParts,
  parseBackupBytes,
} from '../../../src/renderer/features/data/backup-stream'
import { createSafetyStore } from '../../../src/renderer/features/data/safety-store'
import { actor, fixedNow, freshDb, personNamed } from '../db/helpers'

/** Written by Simpul 0.1.0 (schema v4) with the whole-text serializeBackup, before this change. */
const RELEASE_FILE = readFileSync(
  fileURLToPath(new URL('./fixtures/release-0.1.0-v4.simpul-backup.txt', import.meta.url)),
)
const releaseMeta = {
  createdAt: '2026-12-01T02:00:00.000Z',
  deviceId: 'device-release',
  appVersion: '0.1.0',
}
const meta = { createdAt: '2026-12-02T02:00:00.000Z', deviceId: 'device-test-1', appVersion: 't' }

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
async function db(): Promise<SimpulDexie> {
  const d = await freshDb()
  dbs.push(d)
  return d
}
async function seeded(): Promise<SimpulDexie> {
  const d = await db()
  await loadSampleData(d, actor, fixedNow)
  for (let i = 0; i < 7; i++)
    await createRecord(
      d,
      'stakeholders',
      personNamed(`Pejabat "${i}" \\ é — ${'x'.repeat(i * 20)}`),
      { actor, now: fixedNow },
    )
  return d
}
const noFallback = () => Promise.reject(new Error('whole-text reader used'))
const bytesOf = (text: string) => new TextEncoder().encode(text)

describe('streaming backup: writing', () => {
  it('writes, page by page in one read transaction, exactly the bytes of the whole-text writer', async () => {
    const d = await seeded()
    const whole = await serializeBackup(await readAllTables(d), meta)
    for (const pageRows of [1, 3, 2000]) {
      const file = await writeBackupFile(d, meta, pageRows)
      const bytes = joinParts(file.parts, file.byteLength)
      expect(bytes.byteLength).toBe(file.byteLength)
      expect(new TextDecoder().decode(bytes)).toBe(whole)
      expect(file.counts.stakeholders).toBe(await d.stakeholders.count())
      expect(file.parts.length).toBeGreaterThan(2)
    }
  })

  it('a page reader sees pages in primary-key order, none longer than asked', async () => {
    const d = await seeded()
    const tables = await readAllTables(d)
    const seen: number[] = []
    const file = await encodeBackup(
      (table, page, limit) => {
        const rows = (tables[table] as unknown as Record<string, unknown>[]).slice(
          page.offset,
          page.offset + limit,
        )
        if (table === 'stakeholders') seen.push(rows.length)
        return Promise.resolve(rows)
      },
      meta,
      4,
    )
    expect(Math.max(...seen)).toBeLessThanOrEqual(4)
    expect(seen.reduce((a, b) => a + b, 0)).toBe(tables.stakeholders.length)
    expect(new TextDecoder().decode(joinParts(file.parts))).toBe(
      await serializeBackup(tables, meta),
    )
  })
})

describe('streaming backup: reading', () => {
  it('restores a backup the last release wrote, through the batch reader, and writes it back byte for byte', async () => {
    const parsed = await parseBackupBytes(RELEASE_FILE, noFallback)
    expect(parsed.meta).toMatchObject({ schemaVersion: 4, appVersion: '0.1.0' })
    expect(parsed.meta.counts.regions).toBe(14)
    const whole = await parseBackup(decodeFileText(RELEASE_FILE))
    expect(canonicalJson(parsed.tables)).toBe(canonicalJson(whole.tables))
    const target = await db()
    await replaceAllTables(target, parsed.tables, actor)
    const again = await writeBackupFile(target, releaseMeta)
    expect(Buffer.from(joinParts(again.parts)).equals(RELEASE_FILE)).toBe(true)
  })

  it('reads what it wrote, with a BOM too, and the database comes back identical', async () => {
    const d = await seeded()
    const file = await writeBackupFile(d, meta)
    const bytes = joinParts(file.parts)
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])
    for (const b of [bytes, withBom]) {
      const parsed: ParsedBackup = await parseBackupBytes(b, noFallback)
      const target = await db()
      await replaceAllTables(target, parsed.tables, actor)
      expect(await canonicalDump(target)).toBe(await canonicalDump(d))
    }
  })

  it('small batches: rows across many batches keep their numbers in messages', async () => {
    const d = await seeded()
    const tables = await readAllTables(d)
    const last = tables.stakeholders.length - 1
    tables.stakeholders[last] = { ...tables.stakeholders[last]!, name: '' }
    const bytes = bytesOf(await serializeBackup(tables, meta))
    for (const batchBytes of [1, 200, 1 << 20])
      await expect(parseBackupBytes(bytes, noFallback, batchBytes)).rejects.toThrow(
        new RegExp(`tabel [^,]+, baris ${last + 1}, `),
      )
    const good = bytesOf(await serializeBackup(await readAllTables(d), meta))
    const one = await parseBackupBytes(good, noFallback, 1)
    expect(canonicalJson(one.tables)).toBe(canonicalJson(await readAllTables(d)))
  })

  it('a duplicate id in a file with a good checksum is refused, naming the row', async () => {
    const d = await seeded()
    const tables = await readAllTables(d)
    tables.meetings.push(tables.meetings[0]!)
    const bytes = bytesOf(await serializeBackup(tables, meta))
    await expect(parseBackupBytes(bytes, noFallback)).rejects.toThrow(/data ganda/)
  })

  it('counts that disagree with the header are refused', async () => {
    const d = await seeded()
    const text = await serializeBackup(await readAllTables(d), meta)
    const n = (await d.meetings.count()).toString()
    const bad = text.replace(`"meetings": ${n},`, `"meetings": ${n}7,`)
    expect(bad).not.toBe(text)
    await expect(parseBackupBytes(bytesOf(bad), noFallback)).rejects.toThrow(
      /tidak cocok dengan ringkasannya/,
    )
  })

  const others: [string, (t: string) => string, RegExp | null][] = [
    ['a re-indented file', (t) => JSON.stringify(JSON.parse(t), null, 2), null],
    ['a changed value', (t) => t.replace('Rahmah', 'Rahmat'), /checksum tidak cocok/],
    ['a truncated file', (t) => t.slice(0, -40), /rusak atau terpotong/],
    ['tables not last', (t) => t.replace(/\n}\n$/, ',\n "x": 1\n}\n'), null],
    [
      'a __proto__ key in a row',
      (t) => t.replace('{"action"', '{"__proto__":1,"action"'),
      /__proto__/,
    ],
  ]
  for (const [name, change, refusal] of others) {
    it(`${name} goes to the whole-text reader, which gives its old answer`, async () => {
      const d = await seeded()
      const text = await serializeBackup(await readAllTables(d), meta)
      const bad = change(text)
      expect(bad).not.toBe(text)
      let fallback = 0
      const result = parseBackupBytes(bytesOf(bad), (b) => {
        fallback++
        return parseBackup(decodeFileText(b))
      })
      if (refusal) {
        await expect(result).rejects.toThrow(refusal)
        await expect(result).rejects.toBeInstanceOf(BackupFormatError)
      } else await expect(result).resolves.toBeTruthy()
      expect(fallback).toBe(1)
    })
  }
})

describe('safety copies stored by the last release', () => {
  it('a copy kept as text (0.1.0) still reads, as bytes, and restores', async () => {
    const name = `safety-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(1).stores({ copies: 'id, createdAt', payloads: 'id' })
    await old.table('payloads').add({ id: 'c1', text: decodeFileText(RELEASE_FILE) })
    old.close()
    const store = createSafetyStore(name)
    const data = await store.read('c1')
    expect(Buffer.from(data).equals(RELEASE_FILE)).toBe(true)
    expect((await parseBackup(data)).meta.counts.regions).toBe(14)
  })
})
