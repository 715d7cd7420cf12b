import { describe, expect, it } from 'vitest'
import {
  aboveRegions,
  checkIncomingDoc,
  heldBy,
  nextDoc,
  refusalBeforeSending,
  regionPath,
  sendableBy,
  scopeOf,
  stampOf,
  type Row,
} from '../../../src/renderer/features/sync/sync-doc'
import { recordRegions } from '../../../src/renderer/features/sync/record-regions'
import { checkServerUrl } from '../../../src/renderer/features/sync/server-url'

const row = (over: Partial<Row> = {}): Row =>
  ({
    id: 'c1',
    createdAt: '2026-11-01T00:00:00.000Z',
    createdBy: 'A',
    updatedAt: '2026-11-01T00:00:00.000Z',
    updatedBy: 'A',
    updatedOn: 'dev-a',
    rev: 1,
    isSample: 0,
    regionId: '63.11',
    ...over,
  }) as Row

describe('regions', () => {
  it('follows the Kemendagri code hierarchy', () => {
    expect(regionPath('63.11.01')).toEqual(['63', '63.11', '63.11.01'])
    expect(scopeOf(['63.11', '63.03'])).toEqual(['63', '63.03', '63.11'])
    expect(aboveRegions(['63.11'])).toEqual(['63'])
    expect(aboveRegions(['63'])).toEqual([])
    expect(heldBy('63.11', ['63'])).toBe(true)
    expect(heldBy('63.11', ['63.1'])).toBe(false)
  })

  it("takes a record's region from itself or its parent, else the office's", () => {
    const lookup = (t: string, id: string) =>
      t === 'commitments' && id === 'c1' ? row() : undefined
    expect(recordRegions('coverage', row(), lookup, ['63'])).toEqual(['63.11'])
    expect(
      recordRegions('measurements', row({ id: 'm1', commitmentId: 'c1' }), lookup, ['63']),
    ).toEqual(['63.11'])
    expect(recordRegions('meetings', row({ regionIds: ['63.11', '63'] }), lookup, [])).toEqual([
      '63',
      '63.11',
    ])
    expect(recordRegions('stakeholders', row({ regionId: null }), lookup, ['63'])).toEqual(['63'])
  })
})

describe('documents', () => {
  it('carries the lineage: the previous version and what this laptop learned', () => {
    const first = nextDoc('commitments', row(), undefined, ['63.11'])!
    expect(first).toMatchObject({ _id: 'commitments:c1', ancestors: [], scope: ['63', '63.11'] })
    const second = row({ updatedAt: '2026-11-02T00:00:00.000Z', rev: 2 })
    const next = nextDoc(
      'commitments',
      second,
      first,
      ['63.11'],
      ['dev-b@2026-10-01T00:00:00.000Z'],
    )!
    expect(next.ancestors).toEqual([stampOf(row()), 'dev-b@2026-10-01T00:00:00.000Z'].sort())
    // The same version again changes nothing.
    expect(nextDoc('commitments', second, next, ['63.11'])).toBeNull()
  })

  it('refuses documents that are not Simpul records', () => {
    const good = nextDoc('coverage', row(), undefined, ['63.11'])!
    expect(checkIncomingDoc(good).ok).toBe(true)
    for (const bad of [
      null,
      '<html>',
      { ...good, table: 'users' },
      { ...good, _id: 'coverage:other' },
      { ...good, ancestors: 'x' },
      { ...good, v: 99 },
      { ...good, record: { id: 'a:b' } },
    ]) {
      const r = checkIncomingDoc(bad)
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.message).toMatch(/Dokumen/)
    }
  })
})

describe('what an office may send (the server rule, asked before sending)', () => {
  it('sends what lies in the regions held, nothing else', () => {
    expect(sendableBy(['63.11'], ['63.11'])).toBe(true)
    expect(sendableBy(['63.11', '63.03'], ['63'])).toBe(true)
    expect(sendableBy(['63'], ['63.11'])).toBe(false)
    expect(sendableBy(['63.11', '63.03'], ['63.11'])).toBe(false)
    expect(sendableBy(['63.11'], ['63.1'])).toBe(false)
    expect(sendableBy([], ['63'])).toBe(false)
    expect(sendableBy(undefined, ['63'])).toBe(false)
    expect(sendableBy([63.11], ['63'])).toBe(false)
  })

  it('names the refusal as the server would, for a new version and a take-over', () => {
    const province = nextDoc('coverage', row({ regionId: '63' }), undefined, ['63'])!
    expect(refusalBeforeSending(province, undefined, ['63.11'])).toBe(
      'Wilayah 63 bukan wilayah akun ini (63.11): data itu ditulis oleh kantor wilayahnya sendiri.',
    )
    expect(refusalBeforeSending(province, undefined, ['63'])).toBeNull()
    const mine = nextDoc('coverage', row(), undefined, ['63.11'])!
    expect(refusalBeforeSending(mine, undefined, ['63.11'])).toBeNull()
    // Moving Banjar's record into Balangan is taking it over: refused.
    const banjar = nextDoc('coverage', row({ regionId: '63.03' }), undefined, ['63.03'])!
    expect(refusalBeforeSending(mine, banjar, ['63.11'])).toMatch(/^Wilayah 63\.03 bukan/)
    expect(refusalBeforeSending(mine, { ...banjar, _deleted: true }, ['63.11'])).toBeNull()
  })
})

describe('server address', () => {
  it.each([
    ['https://sinkron.kalselprov.go.id/simpul', 'https://sinkron.kalselprov.go.id/simpul'],
    ['http://127.0.0.1:5984/simpul/', 'http://127.0.0.1:5984/simpul'],
    ['http://localhost:5984/simpul', 'http://localhost:5984/simpul'],
  ])('accepts %s', (input, url) => {
    expect(checkServerUrl(input)).toEqual({ ok: true, url })
  })
  it.each([
    ['', 'empty'],
    ['sinkron/simpul', 'invalid'],
    ['http://sinkron.kalselprov.go.id/simpul', 'insecure'],
    ['http://10.0.0.5/simpul', 'insecure'],
    ['http://127.0.0.1.evil.example/simpul', 'insecure'],
    ['https://user:pw@server/simpul', 'credentials'],
    ['https://server/', 'noDatabase'],
    ['ftp://server/simpul', 'invalid'],
  ])('refuses %s', (input, reason) => {
    expect(checkServerUrl(input)).toEqual({ ok: false, reason })
  })
})
