/**
 * The design document's functions, run in Node as they are and as the source text CouchDB
 * evaluates. This is where validate_doc_update is tested: the e2e's server (pouchdb-server)
 * cannot enforce it without dropping replicated updates (see test/e2e/sync-server.ts), so the
 * e2e sees only the app's own use of the rule before sending.
 */
import { describe, expect, it } from 'vitest'
import { byRegions, designDocument, validateDocUpdate } from '../../../src/shared/sync-design'

const doc = (regions: string[], extra: Record<string, unknown> = {}) => ({
  _id: 'coverage:x1',
  table: 'coverage',
  record: { id: 'x1' },
  regions,
  scope: regions.flatMap((r) => (r.includes('.') ? [r.split('.')[0]!, r] : [r])),
  ...extra,
})
const user = (...codes: string[]) => ({ name: 'u', roles: codes.map((c) => `simpul:${c}`) })

// The functions as CouchDB gets them: source text, evaluated with nothing around them.
const ddoc = designDocument()
const asCouch = {
  validate: new Function(`return (${ddoc.validate_doc_update})`)() as typeof validateDocUpdate,
  filter: new Function(`return (${ddoc.filters.by_regions})`)() as typeof byRegions,
}

describe.each([
  ['as written', { validate: validateDocUpdate, filter: byRegions }],
  ['as CouchDB evaluates the source', asCouch],
])('validate_doc_update %s', (_name, fns) => {
  it('lets a regency write its own region and the province all of its regions', () => {
    expect(() => fns.validate(doc(['63.11']), null, user('63.11'))).not.toThrow()
    expect(() => fns.validate(doc(['63.11']), null, user('63'))).not.toThrow()
    expect(() => fns.validate(doc(['63']), null, user('63'))).not.toThrow()
  })

  it("refuses another regency's or the province's record to a regency", () => {
    expect(() => fns.validate(doc(['63.03']), null, user('63.11'))).toThrow(
      expect.objectContaining({ forbidden: expect.stringContaining('63.03') }),
    )
    expect(() => fns.validate(doc(['63']), null, user('63.11'))).toThrow()
    // 63.1 is not above 63.11: codes are compared by whole parts.
    expect(() => fns.validate(doc(['63.11']), null, user('63.1'))).toThrow()
    // Another province.
    expect(() => fns.validate(doc(['64.01']), null, user('63'))).toThrow()
  })

  it('refuses taking over a record of another region, and deleting one', () => {
    expect(() => fns.validate(doc(['63.11']), doc(['63.03']), user('63.11'))).toThrow()
    expect(() =>
      fns.validate({ _id: 'coverage:x1', _deleted: true }, doc(['63.03']), user('63.11')),
    ).toThrow()
    expect(() =>
      fns.validate({ _id: 'coverage:x1', _deleted: true }, doc(['63.11']), user('63.11')),
    ).not.toThrow()
  })

  it('refuses documents without regions, mismatched ids, accounts without regions, design docs', () => {
    expect(() => fns.validate(doc([]), null, user('63'))).toThrow()
    expect(() =>
      fns.validate(doc(['63.11'], { _id: 'coverage:other' }), null, user('63')),
    ).toThrow()
    expect(() => fns.validate(doc(['63.11']), null, { name: 'x', roles: [] })).toThrow()
    expect(() => fns.validate({ _id: '_design/evil' }, null, user('63'))).toThrow()
    expect(() =>
      fns.validate({ _id: '_design/simpul' }, null, { name: null, roles: ['_admin'] }),
    ).not.toThrow()
  })
})

describe.each([
  ['as written', byRegions],
  ['as CouchDB evaluates the source', asCouch.filter],
])('the replication filter %s', (_name, filter) => {
  const q = (regions: unknown, above: unknown = []) => ({
    query: {
      regions: typeof regions === 'string' ? regions : JSON.stringify(regions),
      above: JSON.stringify(above),
    },
  })
  it('gives the province every regency, a regency its own and the province’s own records only', () => {
    expect(filter(doc(['63.11']), q(['63']))).toBe(true)
    expect(filter(doc(['63.03']), q(['63']))).toBe(true)
    expect(filter(doc(['63.11']), q(['63.11'], ['63']))).toBe(true)
    expect(filter(doc(['63']), q(['63.11'], ['63']))).toBe(true)
    expect(filter(doc(['63.03']), q(['63.11'], ['63']))).toBe(false)
    expect(filter(doc(['63.11', '63.03']), q(['63.03'], ['63']))).toBe(true)
  })
  it('never throws and sends nothing on a broken or missing query, nor design documents', () => {
    expect(filter(doc(['63.11']), { query: { regions: '[broken' } })).toBe(false)
    expect(filter(doc(['63.11']), { query: {} })).toBe(false)
    expect(filter(doc(['63.11']), q('63.11'))).toBe(true)
    expect(filter({ _id: '_design/simpul', scope: ['63'] }, q(['63']))).toBe(false)
  })
})
