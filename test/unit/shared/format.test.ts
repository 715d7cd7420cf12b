import { describe, expect, it } from 'vitest'
import {
  formatCompact,
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPoints,
  formatRupiah,
  parseLocaleNumber,
} from '../../../src/shared/format'

// Intl may use narrow no-break spaces; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')

describe('id-ID formats the users expect', () => {
  it('writes percentages with a decimal comma', () => {
    expect(formatPercent(46.44)).toBe('46,44%')
    expect(formatPercent(10.6)).toBe('10,6%')
    expect(formatPercent(27)).toBe('27%')
    expect(formatPercent(46.44, 'en')).toBe('46.44%')
  })
  it('groups thousands with dots', () => {
    expect(formatNumber(41120)).toBe('41.120')
    expect(formatNumber(41120, 'en')).toBe('41,120')
  })
  it('says large counts in words', () => {
    expect(formatCompact(1_400_000)).toBe('1,4 juta')
    expect(formatCompact(12_000)).toBe('12 ribu')
    expect(formatCompact(62_000)).toBe('62 ribu')
    expect(formatCompact(8_750)).toBe('8.750')
    expect(formatCompact(1_400_000, 'en')).toBe('1.4 million')
  })
  it('moves to the next word when rounding reaches a thousand of the smaller one', () => {
    const cases: [number, string][] = [
      [9_999, '9.999'],
      [10_000, '10 ribu'],
      [999_949, '999,9 ribu'],
      [999_950, '1 juta'],
      [999_999, '1 juta'],
      [1_000_000, '1 juta'],
      [1_049_999, '1 juta'],
      [1_050_000, '1,1 juta'],
      [999_949_999, '999,9 juta'],
      [999_950_000, '1 miliar'],
      [999_999_999, '1 miliar'],
      [1_000_000_000, '1 miliar'],
      [999_999_999_999, '1 triliun'],
      [1_000_000_000_000, '1 triliun'],
      [1_500_000_000_000_000, '1.500 triliun'],
      [-999_999, '-1 juta'],
    ]
    for (const [value, text] of cases) expect(formatCompact(value)).toBe(text)
    expect(formatCompact(999_999, 'en')).toBe('1 million')
    expect(formatCompact(999_499, 'id', 0)).toBe('999 ribu')
    expect(formatCompact(999_500, 'id', 0)).toBe('1 juta')
    expect(formatCompact(999_994, 'id', 2)).toBe('999,99 ribu')
    expect(formatCompact(999_995, 'id', 2)).toBe('1 juta')
  })
  it('writes rupiah amounts as officials say them', () => {
    expect(formatRupiah(247_000_000_000)).toBe('Rp247 miliar')
    expect(formatRupiah(247_000_000_000, 'en')).toBe('Rp247 billion')
    expect(formatRupiah(42_000_000)).toBe('Rp42 juta')
  })
  it('writes calendar dates with Indonesian month names', () => {
    expect(formatDate('2023-02-09')).toBe('9 Februari 2023')
    expect(formatDate('2023-02-09', 'en')).toBe('9 February 2023')
  })
  it('shows times in WITA whatever the machine zone', () => {
    expect(plain(formatDateTime('2023-02-09T01:30:00Z'))).toBe('9 Februari 2023 09.30 WITA')
  })
  it('names periods', () => {
    expect(formatPeriod('2023-02')).toBe('Februari 2023')
    expect(formatPeriod('2020')).toBe('2020')
  })
  it('signs percentage points', () => {
    expect(formatPoints(3.46)).toBe('+3,5 poin')
    expect(formatPoints(-2)).toBe('−2 poin')
  })
})

describe('parseLocaleNumber reads both conventions and refuses the rest', () => {
  it.each([
    ['46,44', 46.44],
    ['46.44', 46.44],
    ['41.120', 41120],
    ['1.400.000', 1400000],
    ['1,400,000', 1400000],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['12 000', 12000],
    ['-3', -3],
    ['0', 0],
  ])('%s -> %d', (raw, value) => {
    expect(parseLocaleNumber(raw)).toBe(value)
  })
  it.each(['', 'abc', '12a', '1.2.3,4,5', '1..2', '46,44,1', '--1', '1.23.4', 'NaN', 'Infinity'])(
    'refuses %j',
    (raw) => {
      expect(parseLocaleNumber(raw)).toBeNull()
    },
  )
})

describe('reused formatters', () => {
  it('keep each set of options apart: decimals, styles, languages and zones do not leak between calls', () => {
    expect(formatNumber(1234.5678, 'id', 2)).toBe('1.234,57')
    expect(formatNumber(1234.5678)).toBe('1.235')
    expect(formatNumber(1234.5678, 'en', 1)).toBe('1,234.6')
    expect(formatPercent(46.44, 'id', 0)).toBe('46%')
    expect(formatPercent(46.44)).toBe('46,44%')
    expect(formatDate('2023-02-09')).toBe('9 Februari 2023')
    expect(plain(formatDateTime('2023-02-08T22:00:00Z'))).toBe('9 Februari 2023 06.00 WITA')
    expect(formatDate('2023-02-09', 'en')).toBe('9 February 2023')
    expect(formatPeriod('2023-02', 'en')).toBe('February 2023')
    expect(formatDate('bukan tanggal')).toBe('bukan tanggal')
  })
})
