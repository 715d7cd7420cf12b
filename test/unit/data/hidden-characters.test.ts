/**
 * Bidi and control characters are refused at every text door, not only in spreadsheet import:
 * forms (the write path), sample data, backup restore, exchange merge and import all pass the
 * same zod schemas, so each refusal names the field and the character, in Indonesian and
 * English, and leaves the database unchanged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import type { Actor } from '../../../src/renderer/db/device'
import { createRecord, updateRecord } from '../../../src/renderer/db/repository'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import { ValidationError } from '../../../src/renderer/db/schemas'
import { writeBatch } from '../../../src/renderer/db/write'
import {
  findHiddenCharacter,
  hiddenCharacterProblem,
} from '../../../src/renderer/domain/hidden-characters'
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
import {
  applyImport,
  exportPackage,
  prepareImport,
} from '../../../src/renderer/features/data/exchange-db'
import {
  parsePackage,
  serializePackage,
  type ExchangePackage,
} from '../../../src/renderer/features/data/exchange-package'
import { writeCsv } from '../../../src/renderer/features/data/sheet'
import { formatProblem, recordsToSheet } from '../../../src/renderer/features/data/tabular-import'
import { importSheetFile } from '../../../src/renderer/features/data/tabular-import-db'
import { actor, fixedNow, freshDb } from '../db/helpers'
import { isLive, liveOnly } from '../../../src/renderer/db/live'

/** One of each kind: overrides, embeddings, isolates, marks, C0, DEL and C1 controls. */
const HIDDEN = [
  '\u202E',
  '\u202A',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u061C',
  '\u0007',
  '\u007F',
  '\u0085',
]
const codeOf = (ch: string) => `U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`
/** Indonesian and English, naming the character. */
const saysHidden = (ch: string) =>
  new RegExp(
    `karakter (kendali )?tersembunyi.*${codeOf(ch).replace('+', '\\+')}.*hapus karakter itu / contains a hidden`,
  )

describe('the rule', () => {
  it('finds each hidden character with its code, kind and position', () => {
    expect(findHiddenCharacter('Bala\u202Engan')).toEqual({
      code: 'U+202E',
      kind: 'direction',
      position: 5,
    })
    expect(findHiddenCharacter('a\u0000')).toEqual({ code: 'U+0000', kind: 'control', position: 2 })
    expect(findHiddenCharacter('x\u009Fy')?.kind).toBe('control')
    for (const ch of HIDDEN) expect(hiddenCharacterProblem(`a${ch}b`)).toMatch(saysHidden(ch))
  })
  it('leaves ordinary Indonesian text, tabs and line breaks alone', () => {
    for (const ok of [
      'Kabupaten Hulu Sungai Tengah',
      'Rp247 miliar; 46,44 %',
      'baris satu\nbaris dua\r\n\tberjarak',
      'Café – “kutipan” … 😀',
      'Jl. A. Yani km 6\u00A0(depan)',
    ])
      expect(findHiddenCharacter(ok)).toBeNull()
  })
})

let home: SimpulDexie
let tables: BackupTables
const sender: Actor = { name: 'Laptop lain', deviceId: 'laptop-lain' }
beforeAll(async () => {
  home = await freshDb()
  await loadSampleData(home, actor, fixedNow)
  tables = await readAllTables(home)
})
afterAll(() => home.close())

async function unchanged(db: SimpulDexie, run: () => Promise<unknown>): Promise<string> {
  const before = await canonicalDump(db)
  let message = ''
  try {
    await run()
  } catch (error) {
    message = (error as Error).message
  }
  expect(await canonicalDump(db)).toBe(before)
  return message
}

describe('every door refuses them, naming the field, and writes nothing', () => {
  it.each(HIDDEN.map((ch) => [codeOf(ch), ch]))(
    'forms: %s in a commitment title',
    async (_c, ch) => {
      let error: unknown
      const message = await unchanged(home, async () => {
        try {
          await createRecord(
            home,
            'commitments',
            { ...structuredClone(tables.commitments[0]!), title: `Lindungi ${ch}Pren` },
            { actor },
          )
        } catch (e) {
          error = e
          throw e
        }
      })
      expect(error).toBeInstanceOf(ValidationError)
      expect((error as ValidationError).issues[0]).toMatchObject({ field: 'title', label: 'Judul' })
      expect(message).toMatch(/^Judul: /)
      expect(message).toMatch(saysHidden(ch))
    },
  )

  it('forms: an edit that adds one to a stakeholder name, and the record keeps its old name', async () => {
    const person = tables.stakeholders.find(isLive)!
    const message = await unchanged(home, () =>
      updateRecord(home, 'stakeholders', person.id, { name: `${person.name}\u2067x` }, { actor }),
    )
    expect(message).toMatch(/^Nama: .*U\+2067/)
    expect((await home.stakeholders.get(person.id))?.name).toBe(person.name)
  })

  it('sample data: one sample record with a hidden character refuses the whole sample', async () => {
    const db = await freshDb()
    const [first, ...rest] = tables.meetings
    const message = await unchanged(db, () =>
      writeBatch(
        db,
        { actor, source: 'sample', now: fixedNow },
        [{ ...first!, venue: 'Golden Tulip\u202E' }, ...rest].map(({ id, ...data }) => ({
          op: 'create' as const,
          table: 'meetings' as const,
          id,
          data,
          isSample: 1 as const,
        })),
      ),
    )
    expect(message).toMatch(/Tempat: .*U\+202E/)
    db.close()
  })

  it('backup restore: a resealed backup with one in a region name or a record is refused with table, row and field', async () => {
    for (const [what, mutate, where] of [
      [
        'region name',
        (t: BackupTables) => (t.regions.find((r) => r.id === '63.11')!.name = 'Balangan\u202E'),
        /tabel wilayah, baris \d+, kolom Nama: .*U\+202E/,
      ],
      [
        'coverage note',
        (t: BackupTables) => (t.coverage[0]!.note = 'catatan \u0008'),
        /tabel cakupan[^,]*, baris 1, kolom Catatan: .*U\+0008/,
      ],
      [
        'who changed it',
        (t: BackupTables) => (t.targets[0]!.updatedBy = 'Siti\u2066'),
        /baris 1, kolom Diubah oleh: .*U\+2066/,
      ],
      [
        'user name setting',
        (t: BackupTables) => t.settings.push({ key: 'userName', value: 'Siti\u202E' }),
        /kolom Nilai: .*U\+202E/,
      ],
    ] as const) {
      const t = structuredClone(tables)
      mutate(t)
      const text = await serializeBackup(t, {
        createdAt: fixedNow.toISOString(),
        deviceId: 'd',
        appVersion: '0.1.0',
      })
      const message = await unchanged(home, async () => {
        const parsed = await parseBackup(text)
        await replaceAllTables(home, parsed.tables, actor, fixedNow)
      })
      expect(message, what).toMatch(where)
      expect(message, what).toMatch(/Tidak ada yang diubah/)
    }
  })

  it('exchange merge: a resealed package with one in a record or in the sender name is refused', async () => {
    const target = await freshDb()
    const { text } = await exportPackage(
      home,
      { regionIds: ['63'], fromYear: null, toYear: null },
      sender,
      fixedNow,
    )
    const base = JSON.parse(text) as ExchangePackage
    for (const [what, mutate, where] of [
      [
        'decision text',
        (p: ExchangePackage) => (p.records.decisions[0]!.text = 'Sepakat \u202Ementargetkan'),
        /tabel keputusan[^,]*, baris 1, kolom Isi: .*U\+202E/,
      ],
      [
        'commitment office',
        (p: ExchangePackage) => (p.records.commitments[0]!.responsibleOffice = 'Disnaker\u0085'),
        /kolom Perangkat daerah penanggung jawab: .*U\+0085/,
      ],
      [
        'sender name',
        (p: ExchangePackage) => (p.userName = 'Rina\u202E'),
        /nama pengirim .*U\+202E/,
      ],
    ] as const) {
      const p = structuredClone(base)
      mutate(p)
      const { format: _f, formatVersion: _v, schemaVersion: _s, checksum: _c, ...body } = p
      const file = await serializePackage(body)
      const message = await unchanged(target, async () => {
        const pkg = await parsePackage(file)
        await applyImport(target, await prepareImport(target, pkg, actor), {}, actor, fixedNow)
      })
      expect(message, what).toMatch(where)
    }
    target.close()
  })

  it('spreadsheet import: a control character in a cell is refused with row and column', async () => {
    const sheet = recordsToSheet('coverage', liveOnly(tables.coverage))
    const col = sheet.header.indexOf('Sumber')
    sheet.rows[0]![col] = `Rakor\u0007`
    const res = await importSheetFile(
      home,
      'coverage',
      { name: 'f.csv', data: new TextEncoder().encode(writeCsv(sheet)) },
      actor,
      { now: fixedNow },
    )
    expect(res.plan.problems.map(formatProblem).join('\n')).toMatch(
      /Baris 2, kolom Sumber: .*U\+0007/,
    )
    expect(res.added + res.changed).toBe(0)
  })
})
