import { describe, expect, it } from 'vitest'
import {
  currentStatuses,
  statementSentence,
  tallyGroup,
  tallySentence,
} from '../../../src/renderer/domain/paritrana-matrix'
import { buildSampleData } from '../../../src/renderer/db/sample-data'
import type { InpresStatement } from '../../../src/renderer/db/types'
import { status } from './paritrana-fixtures'

const REGENCIES = [
  '63.01',
  '63.02',
  '63.03',
  '63.04',
  '63.05',
  '63.06',
  '63.07',
  '63.08',
  '63.09',
  '63.10',
  '63.11',
  '63.71',
  '63.72',
]
const NAMES: Record<string, string> = {
  '63.11': 'Balangan',
  '63.09': 'Tabalong',
  '63.03': 'Banjar',
}
const nameOf = (id: string) => NAMES[id] ?? id
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('Inpres 2/2021 matrix sentences', () => {
  it('counts only recorded regions and says how many have no record', () => {
    const current = currentStatuses([
      status('perangkat_desa', { id: '1', regionId: '63.11', status: 'seluruhnya' }),
      status('perangkat_desa', { id: '2', regionId: '63.09', status: 'sebagian' }),
      status('perangkat_desa', { id: '3', regionId: '63.03', status: 'belum' }),
    ])
    const t = tallyGroup(current, REGENCIES, 'perangkat_desa')
    expect([t.all, t.some, t.none, t.unknown.length]).toEqual([['63.11'], ['63.09'], ['63.03'], 10])
    expect(tallySentence(t, nameOf)).toBe(
      'Baru 2 dari 13 kabupaten/kota tercatat melindungi perangkat desa: Balangan dan Tabalong (sebagian); 1 tercatat belum, 10 belum ada catatan.',
    )
    expect(tallySentence(t, nameOf, 'en')).toBe(
      'Only 2 of 13 regencies and cities are recorded to protect village officials: Balangan and Tabalong (partly); 1 recorded as not yet, 10 without a record.',
    )
  })

  it('never nests parentheses, even for a group noun that has its own', () => {
    const current = currentStatuses([
      status('non_asn', { id: '1', regionId: '63.11', status: 'sebagian' }),
    ])
    const t = tallyGroup(current, REGENCIES, 'non_asn')
    const id = tallySentence(t, nameOf)
    const en = tallySentence(t, nameOf, 'en')
    expect(id).toBe(
      'Baru 1 dari 13 kabupaten/kota tercatat melindungi tenaga honorer (non-ASN): Balangan (sebagian); 12 belum ada catatan.',
    )
    expect(en).toBe(
      'Only 1 of 13 regencies and cities are recorded to protect honorary (non-civil-servant) staff: Balangan (partly); 12 without a record.',
    )
    for (const s of [id, en]) expect(s).not.toMatch(/\([^)]*\(/)
  })

  it('the newest record of a region and group is the current one; trash does not count', () => {
    const current = currentStatuses([
      status('non_asn', { id: 'old', regionId: '63.11', status: 'belum', asOf: '2020' as never }),
      status('non_asn', {
        id: 'new',
        regionId: '63.11',
        status: 'seluruhnya',
        asOf: '2026-01-05' as never,
      }),
      status('non_asn', {
        id: 'gone',
        regionId: '63.03',
        status: 'seluruhnya',
        deletedAt: '2026-02-01T00:00:00.000Z',
      }),
    ])
    const t = tallyGroup(current, REGENCIES, 'non_asn')
    expect(t.all).toEqual(['63.11'])
    expect(t.unknown).toHaveLength(12)
  })

  it('no record at all, and every region, have their own words', () => {
    expect(tallySentence(tallyGroup(new Map(), REGENCIES, 'rt_rw'), nameOf)).toBe(
      'Belum ada catatan per wilayah tentang pengurus RT/RW di 13 kabupaten/kota.',
    )
    const all = currentStatuses(
      REGENCIES.map((r) => status('ptsp', { id: r, regionId: r, status: 'seluruhnya' })),
    )
    expect(tallySentence(tallyGroup(all, REGENCIES, 'ptsp'), nameOf)).toBe(
      'Seluruh 13 kabupaten/kota menerapkan syarat kepesertaan aktif dalam perizinan PTSP.',
    )
  })

  it('the 2019 sosialisasi statements read as the source said them, without naming regions', () => {
    const sample = buildSampleData().inpresStatements as unknown as InpresStatement[]
    const [honorer, desa] = sample
    expect(plain(statementSentence(honorer!))).toBe(
      'Menurut ANTARA Kalsel, 15 Oktober 2019: sosialisasi Anugerah Paritrana 2019 (15 Oktober 2019): baru 4 dari 13 kabupaten/kota melindungi tenaga honorer (non-ASN); wilayahnya tidak disebut sumber.',
    )
    expect(plain(statementSentence(desa!))).toContain(
      'baru 3 dari 13 kabupaten/kota melindungi perangkat desa, belum seluruhnya; wilayahnya tidak disebut sumber.',
    )
    expect(plain(statementSentence(honorer!, 'en'))).toContain(
      'only 4 of 13 regencies and cities protect honorary (non-civil-servant) staff; the source does not name the regions.',
    )
    // The sample holds no per-region honorer record: the count stays a province statement.
    expect(buildSampleData().inpresStatus.filter((s) => s.group === 'non_asn')).toEqual([])
  })
})
