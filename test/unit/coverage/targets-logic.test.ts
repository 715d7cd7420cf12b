import { describe, expect, it } from 'vitest'
import { bundledRegions } from '../../../src/renderer/db/regions'
import {
  emptyTargetValues,
  findDuplicateTarget,
  parseTargetValues,
  sortTargets,
  targetRegionChoices,
  targetToValues,
  type TargetFormValues,
} from '../../../src/renderer/features/coverage/target-logic'

const words = {
  notNumber: 'bukan angka',
  notYear: 'tahun tidak sah',
  countWhole: 'harus bilangan bulat',
}
const balangan = (patch: Partial<TargetFormValues> = {}): TargetFormValues => ({
  ...emptyTargetValues('63.11', 2026),
  value: '70.000',
  sourceDocument: 'Surat Bappenas 2026',
  ...patch,
})

describe('parseTargetValues', () => {
  it('reads "70.000" as seventy thousand workers', () => {
    const r = parseTargetValues(balangan(), words)
    expect(r).toEqual({
      ok: true,
      input: {
        regionId: '63.11',
        year: 2026,
        segment: 'semua',
        value: 70_000,
        unit: 'count',
        setBy: 'bappenas',
        sourceDocument: 'Surat Bappenas 2026',
        note: '',
      },
    })
  })

  it('reads "75" and "46,5" as percentages when the unit is percent', () => {
    const a = parseTargetValues(balangan({ value: '75', unit: 'percent', segment: 'pu' }), words)
    const b = parseTargetValues(balangan({ value: '46,5', unit: 'percent' }), words)
    expect(a.ok && a.input.value).toBe(75)
    expect(b.ok && b.input.value).toBe(46.5)
  })

  it('names the field in every message', () => {
    const r = parseTargetValues(balangan({ value: '', sourceDocument: '  ' }), words)
    expect(r).toEqual({
      ok: false,
      errors: { value: 'Nilai: wajib diisi', sourceDocument: 'Sumber: wajib diisi' },
    })
  })

  it('refuses text, a fraction of a worker and a percentage over 100', () => {
    expect(parseTargetValues(balangan({ value: 'tujuh puluh ribu' }), words)).toEqual({
      ok: false,
      errors: { value: 'Nilai: bukan angka' },
    })
    expect(parseTargetValues(balangan({ value: '1,5' }), words)).toEqual({
      ok: false,
      errors: { value: 'Nilai: harus bilangan bulat' },
    })
    expect(parseTargetValues(balangan({ value: '120', unit: 'percent' }), words)).toEqual({
      ok: false,
      errors: { value: 'Nilai: persentase paling besar 100' },
    })
    expect(parseTargetValues(balangan({ value: '-5' }), words)).toEqual({
      ok: false,
      errors: { value: 'Nilai: tidak boleh negatif' },
    })
  })

  it('refuses a year that is not a four-digit year between 2000 and 2100', () => {
    for (const year of ['26', '1999', '2101', 'dua ribu', '']) {
      expect(parseTargetValues(balangan({ year }), words)).toEqual({
        ok: false,
        errors: { year: 'Tahun: tahun tidak sah' },
      })
    }
  })

  it('trims the source and note it stores', () => {
    const r = parseTargetValues(
      balangan({ sourceDocument: '  RPJMD  ', note: ' bertahap ' }),
      words,
    )
    expect(r.ok && [r.input.sourceDocument, r.input.note]).toEqual(['RPJMD', 'bertahap'])
  })
})

describe('targetToValues', () => {
  it('writes a stored target back the way users type it, and parses back to the same target', () => {
    const stored = {
      regionId: '63.11',
      year: 2025,
      segment: 'semua' as const,
      value: 64_000,
      unit: 'count' as const,
      setBy: 'bappenas' as const,
      sourceDocument: 'Tabirkota',
      note: '',
    }
    expect(targetToValues(stored).value).toBe('64.000')
    expect(targetToValues({ ...stored, value: 1_250_000 }).value).toBe('1.250.000')
    expect(targetToValues({ ...stored, unit: 'percent', value: 46.5 }).value).toBe('46,5')
    const back = parseTargetValues(targetToValues(stored), words)
    expect(back.ok && back.input).toEqual(stored)
  })
})

describe('findDuplicateTarget', () => {
  const t = (id: string, regionId: string, year: number, segment: string, deletedAt?: string) => ({
    id,
    regionId,
    year,
    segment: segment as 'semua',
    deletedAt,
  })
  const targets = [
    t('a', '63.11', 2026, 'semua'),
    t('b', '63.11', 2026, 'pu', '2026-01-01T00:00:00Z'),
    t('c', '63', 2026, 'semua'),
  ]

  it('finds the live target with the same region, year and segment', () => {
    expect(
      findDuplicateTarget(targets, { regionId: '63.11', year: 2026, segment: 'semua' }, null)?.id,
    ).toBe('a')
  })

  it('ignores the target being edited, targets in the trash, and other regions, years or segments', () => {
    expect(
      findDuplicateTarget(targets, { regionId: '63.11', year: 2026, segment: 'semua' }, 'a'),
    ).toBeNull()
    expect(
      findDuplicateTarget(targets, { regionId: '63.11', year: 2026, segment: 'pu' }, null),
    ).toBeNull()
    expect(
      findDuplicateTarget(targets, { regionId: '63.11', year: 2025, segment: 'semua' }, null),
    ).toBeNull()
    expect(
      findDuplicateTarget(targets, { regionId: '63.01', year: 2026, segment: 'semua' }, null),
    ).toBeNull()
  })
})

describe('targetRegionChoices', () => {
  const regions = bundledRegions()

  it('offers Kalsel first, then its 13 regencies and cities by name, from a regency profile', () => {
    const choices = targetRegionChoices(regions, '63.11')
    expect(choices).toHaveLength(14)
    expect(choices[0]?.id).toBe('63')
    expect(choices.map((r) => r.name).slice(1, 4)).toEqual(['Balangan', 'Banjar', 'Banjarbaru'])
  })

  it('offers the same list from the province profile', () => {
    expect(targetRegionChoices(regions, '63').map((r) => r.id)).toEqual(
      targetRegionChoices(regions, '63.11').map((r) => r.id),
    )
  })

  it('offers nothing for an unknown region', () => {
    expect(targetRegionChoices(regions, '99.99')).toEqual([])
  })
})

describe('sortTargets', () => {
  it('puts the newest year first and orders segments as everywhere else', () => {
    const rows = [
      { id: '1', year: 2025, segment: 'pu' as const, updatedAt: '2026-01-01' },
      { id: '2', year: 2026, segment: 'bpu' as const, updatedAt: '2026-01-01' },
      { id: '3', year: 2026, segment: 'semua' as const, updatedAt: '2026-01-01' },
      { id: '4', year: 2025, segment: 'semua' as const, updatedAt: '2026-01-01' },
    ]
    expect(sortTargets(rows).map((r) => r.id)).toEqual(['3', '2', '4', '1'])
  })
})
