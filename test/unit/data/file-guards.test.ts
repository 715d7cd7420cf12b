/**
 * Backup and package files: every byte of meaning is under the checksum (keys named
 * __proto__ too), depths are bounded, `__proto__` keys are refused, package fields are
 * checked, and UTF-16 files are read.
 */
import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import {
  canonicalDump,
  readAllTables,
  replaceAllTables,
} from '../../../src/renderer/features/data/backup-db'
import {
  canonicalJson,
  decodeFileText,
  parseBackup,
  serializeBackup,
} from '../../../src/renderer/features/data/backup-format'
import { exportPackage } from '../../../src/renderer/features/data/exchange-db'
import {
  parsePackage,
  serializePackage,
  type ExchangePackage,
} from '../../../src/renderer/features/data/exchange-package'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})
const meta = { createdAt: fixedNow.toISOString(), deviceId: 'd', appVersion: '0.1.0' }
async function sampleDb() {
  const db = await freshDb()
  dbs.push(db)
  await loadSampleData(db, actor, fixedNow)
  return db
}
const deep = (n: number): unknown => {
  let v: unknown = 0
  for (let i = 0; i < n; i++) v = [v]
  return v
}
/** A backup text whose first audit entry's `before` holds `value`, sealed with a good checksum. */
async function backupWith(db: SimpulDexie, edit: (t: Record<string, unknown[]>) => void) {
  const tables = structuredClone(await readAllTables(db)) as unknown as Record<string, unknown[]>
  edit(tables)
  return serializeBackup(tables as never, meta)
}

describe('checksum covers keys named __proto__', () => {
  it('canonical JSON keeps an own __proto__ key instead of making it a prototype', () => {
    const withKey = JSON.parse('{"a":1,"__proto__":{"x":1}}') as unknown
    expect(canonicalJson(withKey)).not.toBe(canonicalJson({ a: 1 }))
    expect(canonicalJson(withKey)).toBe('{"__proto__":{"x":1},"a":1}')
  })

  it('a __proto__ key added to a sealed backup or package is refused', async () => {
    const db = await sampleDb()
    const text = await serializeBackup(await readAllTables(db), meta)
    const tampered = text.replace('"tables": {', '"tables": {"__proto__":{"regions":[]},')
    await expect(parseBackup(tampered)).rejects.toThrow(/checksum tidak cocok|__proto__/)
    const pkg = (
      await exportPackage(db, { regionIds: ['63'], fromYear: null, toYear: null }, actor)
    ).text
    const doc = pkg.replace('"records": {', '"records": {"__proto__":{"coverage":[]},')
    await expect(parsePackage(doc)).rejects.toThrow(/checksum tidak cocok|__proto__/)
  })
})

describe('sizes and depths are bounded', () => {
  it('refuses an array nested 3.000 deep, in a known or an unknown field', async () => {
    const db = await sampleDb()
    const text = await serializeBackup(await readAllTables(db), meta)
    const nested = JSON.stringify(deep(3000))
    const known = text.replace('"before":', `"before":{"x":${nested}},"old":`)
    await expect(parseBackup(known)).rejects.toThrow(/bersarang terlalu dalam/)
    const unknown = text.replace('"baseKind":', `"extra":${nested},"baseKind":`)
    await expect(parseBackup(unknown)).rejects.toThrow(/bersarang terlalu dalam/)
    const setting = text.replace('"settings":[', `"settings":[{"key":"x","value":${nested}},`)
    await expect(parseBackup(setting)).rejects.toThrow(/bersarang terlalu dalam/)
    // A database holding such a value (from before this check) gives a message, not a crash.
    const tables = await readAllTables(db)
    ;(tables.settings as unknown[]).push({ key: 'x', value: deep(3000) })
    await expect(serializeBackup(tables, meta)).rejects.toThrow(/bersarang terlalu dalam/)
  })

  it('refuses an own __proto__ key anywhere in a backup', async () => {
    const db = await sampleDb()
    const text = await backupWith(db, (t) => {
      Object.defineProperty(t.coverage![0], '__proto__', {
        value: { polluted: 1 },
        enumerable: true,
      })
    })
    expect(text).toContain('"__proto__"')
    await expect(parseBackup(text)).rejects.toThrow(/__proto__/)
  })

  it('after restoring a backup with a deep unknown field stripped, a new backup still works', async () => {
    const db = await sampleDb()
    const target = await freshDb()
    dbs.push(target)
    const text = await backupWith(db, (t) => {
      ;(t.coverage![0] as Record<string, unknown>).extra = deep(30)
    })
    const parsed = await parseBackup(text)
    await replaceAllTables(target, parsed.tables, actor, fixedNow)
    expect(JSON.stringify(await target.coverage.toArray())).not.toContain('"extra"')
    await expect(serializeBackup(await readAllTables(target), meta)).resolves.toContain(
      'simpul-backup',
    )
    expect(await canonicalDump(target)).toBe(await canonicalDump(db))
  })
})

describe('package fields are validated', () => {
  async function sealed(
    edit: (p: ExchangePackage) => void,
    after?: (doc: Record<string, unknown>) => void,
  ) {
    const db = await sampleDb()
    const { text } = await exportPackage(
      db,
      { regionIds: ['63'], fromYear: null, toYear: null },
      actor,
    )
    const p = JSON.parse(text) as ExchangePackage
    edit(p)
    const { format: _f, formatVersion: _v, schemaVersion: _s, checksum: _c, ...body } = p
    const doc = JSON.parse(await serializePackage(body)) as Record<string, unknown>
    after?.(doc)
    return JSON.stringify(doc)
  }
  const firstKey = (p: ExchangePackage) => Object.keys(p.ancestors)[0]!

  it('refuses a number or a string as a version history, with a clear message', async () => {
    const number = await sealed((p) => {
      ;(p.ancestors as Record<string, unknown>)[firstKey(p)] = 5
    })
    const error = (await parsePackage(number).catch((e: unknown) => e)) as Error
    expect(error.message).toMatch(/riwayat versi .* harus daftar/)
    expect(error.message).not.toMatch(/iterable/)
    const text = await sealed((p) => {
      ;(p.ancestors as Record<string, unknown>)[firstKey(p)] = 'abc@2026'
    })
    await expect(parsePackage(text)).rejects.toThrow(/riwayat versi .* harus daftar/)
  })

  it('refuses an empty device id, format version 0 and the same record twice', async () => {
    await expect(parsePackage(await sealed((p) => (p.deviceId = '')))).rejects.toThrow(
      /id perangkat/,
    )
    await expect(
      parsePackage(
        await sealed(
          () => {},
          (doc) => (doc.formatVersion = 0),
        ),
      ),
    ).rejects.toThrow(/versi format tidak sah/)
    await expect(
      parsePackage(await sealed((p) => p.records.coverage.push(p.records.coverage[0]!))),
    ).rejects.toThrow(/lebih dari sekali/)
  })
})

describe('UTF-16 files are read', () => {
  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2)
    let at = 0
    const put = (code: number) => {
      out[at++] = order === 'le' ? code & 0xff : code >> 8
      out[at++] = order === 'le' ? code >> 8 : code & 0xff
    }
    if (bom) put(0xfeff)
    for (let i = 0; i < text.length; i++) put(text.charCodeAt(i))
    return out
  }
  it('decodes UTF-16 LE and BE, with or without BOM, and a UTF-16 backup restores', async () => {
    for (const order of ['le', 'be'] as const)
      for (const bom of [true, false])
        expect(decodeFileText(utf16('kode\tnama\r\n63\tKalsel', order, bom))).toBe(
          'kode\tnama\r\n63\tKalsel',
        )
    const db = await sampleDb()
    const text = await serializeBackup(await readAllTables(db), meta)
    const parsed = await parseBackup(decodeFileText(utf16(text, 'le', true)))
    expect(parsed.meta.counts.coverage).toBeGreaterThan(0)
  })
})
