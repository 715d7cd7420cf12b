import { describe, expect, it } from 'vitest'
import {
  activeShareOfBase,
  boundFromText,
  combineBounds,
  combineShares,
  formatBoundedPercent,
  roundForBound,
} from '../../../src/renderer/domain/combined-share'
import { buildSampleData } from '../../../src/renderer/db/sample-data'

describe('Balangan 2025: over 90 % registered, 96 % of them active', () => {
  const share = combineShares(
    { percent: 90, bound: 'more_than' },
    { percent: 96, bound: 'exact' },
    { baseLabel: 'pekerja' },
  )
  it('is more than 86,4 % of the base, a lower bound, derived', () => {
    expect(share.percent).toBeCloseTo(86.4, 10)
    expect(share.bound).toBe('more_than')
    expect(share.derived).toBe(true)
    expect(share.text).toEqual({ id: '>86,4%', en: '>86.4%' })
    expect(share.words).toEqual({ id: 'lebih dari 86,4%', en: 'more than 86.4%' })
    expect(share.label.id).toBe(
      'peserta aktif dari pekerja (turunan: >90% terdaftar × 96% di antaranya aktif)',
    )
    expect(share.label.en).toBe(
      'active members of pekerja (derived: >90% registered × 96% of them active)',
    )
    expect(share.workers).toBeNull()
  })
  it('read from the sample figures, the ">" comes from the source words in the note', () => {
    const s = buildSampleData()
    const meta = { updatedAt: '2025-10-14T00:00:00.000Z' }
    const combos = activeShareOfBase(s.coverage.map((f) => ({ ...meta, ...f })))
    // The 96 % of registered combines with each registered share of Balangan 2025:
    // 62.000 of 64.000 (target), 62.000 of 80.000 (labour force), >90 % (base not stated).
    expect(combos.map((c) => c.share.text.id)).toEqual(['93%', '74,4%', '>86,4%'])
    const stated = combos[2]!
    expect(stated.registered.statedPercent).toBe(90)
    expect(stated.share.bound).toBe('more_than')
    // Over the labour force of 80 ribu: 74,4 % = 59.520 active workers.
    expect(combos[1]!.share.workers).toBe(59_520)
  })
})

describe('bounds', () => {
  it('combine as the module comment says', () => {
    expect(combineBounds('exact', 'exact')).toBe('exact')
    expect(combineBounds('more_than', 'exact')).toBe('more_than')
    expect(combineBounds('exact', 'at_most')).toBe('at_most')
    expect(combineBounds('at_least', 'at_least')).toBe('at_least')
    expect(combineBounds('at_least', 'more_than')).toBe('more_than')
    expect(combineBounds('less_than', 'at_most')).toBe('less_than')
    expect(combineBounds('more_than', 'less_than')).toBe('unknown')
    expect(combineBounds('about', 'exact')).toBe('about')
    expect(combineBounds('more_than', 'about')).toBe('about')
  })
  it('a lower bound times an upper bound gives no number', () => {
    const s = combineShares(
      { percent: 90, bound: 'more_than' },
      { percent: 96, bound: 'less_than' },
    )
    expect(s.percent).toBeNull()
    expect(s.text.id).toBe('tidak dapat dihitung')
  })
  it('shown digits never overstate a bound', () => {
    // 91 % × 95 % = 86,45 %: ">86,4%" (down), "<86,5%" (up), "86,5%" (nearest).
    expect(roundForBound(86.45, 'more_than', 1)).toBe(86.4)
    expect(roundForBound(86.45, 'less_than', 1)).toBe(86.5)
    expect(roundForBound(86.44, 'at_most', 1)).toBe(86.5)
    expect(formatBoundedPercent(86.45, 'more_than')).toBe('>86,4%')
    expect(formatBoundedPercent(86.45, 'at_least', 'en')).toBe('≥86.4%')
    expect(formatBoundedPercent(86.45, 'about')).toBe('≈86,5%')
    // Float noise: 90 × 0,96 is 86,39999… in binary and must still show 86,4.
    expect(roundForBound(86.39999999999999, 'more_than', 1)).toBe(86.4)
    const s = combineShares(
      { percent: 91, bound: 'more_than' },
      { percent: 95, bound: 'exact' },
      { baseSize: 80_000 },
    )
    expect(s.text.id).toBe('>86,4%')
    // 86,45 % of 80.000 = 69.160 exactly: "more than" stays 69.160, not rounded up.
    expect(s.workers).toBe(69_160)
  })
  it('two exact shares give an exact product, still labelled as derived', () => {
    const s = combineShares({ percent: 80, bound: 'exact' }, { percent: 50, bound: 'exact' })
    expect(s.text.id).toBe('40%')
    expect(s.label.id).toContain('turunan')
  })
})

describe('bounds read from the words of a source', () => {
  it('finds the phrase just before the number', () => {
    expect(boundFromText('Sumber: "lebih dari 90 persen pekerja telah terdaftar".', 90)).toBe(
      'more_than',
    )
    expect(boundFromText('"96 persen di antaranya berstatus aktif"', 96)).toBe('exact')
    expect(boundFromText('cakupan sekitar 46,44 % untuk PU', 46.44)).toBe('about')
    expect(boundFromText('hampir 50% pekerja', 50)).toBe('less_than')
    expect(boundFromText('sedikitnya 30 persen', 30)).toBe('at_least')
    expect(boundFromText('more than 90% registered', 90)).toBe('more_than')
    expect(boundFromText('>90%', 90)).toBe('more_than')
    // Another number's words do not count: "sekitar 80 ribu" is not about the 27 %.
    expect(boundFromText('angkatan kerja sekitar 80 ribu; 27 persen terdaftar', 27)).toBe('exact')
    expect(boundFromText('tidak disebut', 27)).toBe('exact')
    // 190 % is not 90 %.
    expect(boundFromText('lebih dari 190 persen', 90)).toBe('exact')
  })
})
