import { afterEach, describe, expect, it } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import {
  bundledRegions,
  ensureReferenceRegions,
  importRegions,
  parseRegionFile,
} from '../../../src/renderer/db/regions'
import { freshDb } from './helpers'

let db: SimpulDexie
afterEach(() => db?.close())

describe('Kalsel reference regions', () => {
  it('ship the province and its 13 kabupaten/kota with Kemendagri codes', () => {
    const regions = bundledRegions()
    expect(regions).toHaveLength(14)
    expect(regions.filter((r) => r.parentId === '63').map((r) => r.id)).toEqual([
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
    ])
    expect(regions.find((r) => r.id === '63.11')?.name).toBe('Balangan')
    expect(regions.filter((r) => r.kind === 'kota').map((r) => r.name)).toEqual([
      'Banjarmasin',
      'Banjarbaru',
    ])
  })
  it('are loaded on first start and not duplicated or overwritten later', async () => {
    db = await freshDb({ regions: false })
    expect(await ensureReferenceRegions(db)).toBe(14)
    await db.regions.update('63.11', { name: 'Balangan (diubah)' })
    expect(await ensureReferenceRegions(db)).toBe(0)
    expect((await db.regions.get('63.11'))?.name).toBe('Balangan (diubah)')
  })
})

describe('regions from a file', () => {
  const known = new Set(['63'])
  it('reads a CSV of another province', () => {
    const csv =
      'kode;nama;jenis;induk\n64;Kalimantan Timur;provinsi;\n64.71;Balikpapan;kota;64\n64.02;Kutai Kartanegara;kab;64\n'
    const r = parseRegionFile(csv, 'kaltim.csv', known)
    expect(r.errors).toEqual([])
    expect(r.regions.map((x) => [x.id, x.kind, x.parentId])).toEqual([
      ['64', 'provinsi', null],
      ['64.71', 'kota', '64'],
      ['64.02', 'kabupaten', '64'],
    ])
  })
  it('reads JSON and keeps codes as strings', () => {
    const r = parseRegionFile(
      JSON.stringify([
        { code: '65', name: 'Kalimantan Utara', kind: 'province', parent: null },
        { code: '65.01', name: 'Malinau', kind: 'regency', parent: '65' },
      ]),
      'x.json',
      known,
    )
    expect(r.errors).toEqual([])
    expect(r.regions[1]).toMatchObject({ id: '65.01', parentId: '65', origin: 'impor' })
  })
  it('names the row and column of every problem and returns nothing to write', () => {
    const csv =
      'kode,nama,jenis,induk\n64,Kalimantan Timur,provinsi,\n64.1,Salah,kota,64\n64.71,,kota,64\n66.01,Nyasar,kabupaten,64\n64.71,Dua,kota,64\n'
    const r = parseRegionFile(csv, 'x.csv', known)
    expect(r.regions).toEqual([])
    expect(r.errors).toEqual([
      'Baris 3, kolom Kode: kode wilayah Kemendagri tidak sah (contoh 63 atau 63.11)',
      'Baris 4, kolom Nama: wajib diisi',
      'Baris 5: kode 66.01 harus diawali kode provinsi induknya',
    ])
  })
  it('refuses a duplicate code, an unknown parent, a broken or empty file', () => {
    expect(
      parseRegionFile(
        'kode,nama,jenis,induk\n64.71,A,kota,64\n64.71,B,kota,64\n',
        'x.csv',
        new Set(['64']),
      ).errors,
    ).toEqual(['Baris 3: kode 64.71 muncul lebih dari sekali'])
    expect(
      parseRegionFile('kode,nama,jenis,induk\n70.01,A,kota,70\n', 'x.csv', known).errors,
    ).toEqual(['Wilayah 70.01: induk 70 tidak ditemukan'])
    expect(parseRegionFile('{"regions": [', 'x.json', known).errors).toEqual([
      'Berkas JSON rusak atau bukan JSON.',
    ])
    expect(parseRegionFile('', 'x.csv', known).errors).toEqual(['Berkas tidak berisi wilayah.'])
  })
  it('writes parsed regions in one go', async () => {
    db = await freshDb()
    const r = parseRegionFile(
      'kode,nama,jenis,induk\n64,Kalimantan Timur,provinsi,\n64.71,Balikpapan,kota,64\n',
      'x.csv',
      known,
    )
    await importRegions(db, r.regions)
    expect(await db.regions.where('parentId').equals('64').count()).toBe(1)
  })
})

describe('region list download', () => {
  it('writes a CSV that reads back to the same regions', async () => {
    const { regionsToCsv } = await import('../../../src/renderer/db/regions')
    const csv = regionsToCsv(bundledRegions())
    const back = parseRegionFile(csv, 'simpul-wilayah.csv', new Set())
    expect(back.errors).toEqual([])
    expect(back.regions.map(({ origin: _o, ...r }) => r)).toEqual(
      bundledRegions().map(({ origin: _o, ...r }) => r),
    )
  })
})
