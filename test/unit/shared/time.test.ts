import { describe, expect, it } from 'vitest'
import {
  compareInstants,
  instantToWitaInput,
  isCanonicalInstant,
  knownDateOf,
  nowInstant,
  parseCalendarDay,
  parseCalendarYear,
  parseInstant,
  parseKnownDate,
  todayWita,
  toInstant,
  witaDay,
  witaFileStamp,
  witaInputToInstant,
  witaMonth,
  witaYear,
  yearOfDay,
  type Instant,
} from '../../../src/shared/time'

const at = (s: string): Instant => {
  const i = parseInstant(s)
  if (!i) throw new Error(`not an instant: ${s}`)
  return i
}

describe('the canonical instant', () => {
  it('is exactly what toISOString writes', () => {
    const d = new Date(Date.UTC(2023, 1, 9, 1, 0, 0))
    expect(toInstant(d)).toBe(d.toISOString())
    expect(isCanonicalInstant(toInstant(d))).toBe(true)
    expect(nowInstant(d)).toBe(toInstant(d))
  })

  it('refuses every other spelling of a moment as stored form', () => {
    expect(isCanonicalInstant('2023-02-09T01:00:00Z')).toBe(false)
    expect(isCanonicalInstant('2023-02-09T09:00:00+08:00')).toBe(false)
    expect(isCanonicalInstant('2023-02-09')).toBe(false)
    expect(isCanonicalInstant('2023-02-30T01:00:00.000Z')).toBe(false)
    expect(isCanonicalInstant(null)).toBe(false)
    expect(isCanonicalInstant(20230209)).toBe(false)
  })
})

describe('parseInstant', () => {
  it.each([
    ['2019-10-15T09:00:00+08:00', '2019-10-15T01:00:00.000Z'],
    ['2019-10-15T01:00:00.000Z', '2019-10-15T01:00:00.000Z'],
    ['2019-10-15T01:00Z', '2019-10-15T01:00:00.000Z'],
    ['2019-10-15T01:00:00z', '2019-10-15T01:00:00.000Z'],
    ['2019-10-14T20:00:00-05:00', '2019-10-15T01:00:00.000Z'],
    ['2019-10-15T09:00:00+0800', '2019-10-15T01:00:00.000Z'],
    ['2019-10-15T09:00:00+08', '2019-10-15T01:00:00.000Z'],
    ['2019-10-15T01:00:00.5Z', '2019-10-15T01:00:00.500Z'],
    ['2019-10-15T01:00:00.123456Z', '2019-10-15T01:00:00.123Z'],
    ['2024-01-01T06:00:00+08:00', '2023-12-31T22:00:00.000Z'],
    ['2023-01-01T00:00:00+08:00', '2022-12-31T16:00:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ])('%s -> %s', (raw, canonical) => {
    expect(parseInstant(raw)).toBe(canonical)
  })

  it.each([
    '',
    'bukan waktu',
    '2023',
    '2023-02-09',
    '2023-02-09T09:00:00',
    '2023-02-09 09:00:00Z',
    '2023-02-30T00:00:00Z',
    '2023-02-29T00:00:00Z',
    '2023-13-01T00:00:00Z',
    '2023-02-09T24:00:00Z',
    '2023-02-09T09:60:00Z',
    '2023-02-09T09:00:00+15:00',
    '2023-02-09T09:00:00+08:60',
  ])('refuses %j', (raw) => {
    expect(parseInstant(raw)).toBeNull()
  })

  it('is idempotent on its own output', () => {
    const i = at('2024-01-01T06:00:00+08:00')
    expect(parseInstant(i)).toBe(i)
  })
})

describe('WITA days, months and years of an instant', () => {
  it('the WITA day starts at 16.00 UTC of the day before', () => {
    expect(witaDay(at('2026-11-23T15:59:59.999Z'))).toBe('2026-11-23')
    expect(witaDay(at('2026-11-23T16:00:00.000Z'))).toBe('2026-11-24')
  })

  it('1 January 06.00 WITA is in the new year although UTC still says 31 December', () => {
    const i = at('2024-01-01T06:00:00+08:00')
    expect(i).toBe('2023-12-31T22:00:00.000Z')
    expect(witaDay(i)).toBe('2024-01-01')
    expect(witaMonth(i)).toBe('2024-01')
    expect(witaYear(i)).toBe('2024')
  })

  it('midnight of 1 January WITA (what v1 stored for "only the year 2023") is 2023', () => {
    expect(witaYear(at('2022-12-31T16:00:00.000Z'))).toBe('2023')
  })

  it('ignores the offset the source wrote it in', () => {
    expect(witaDay(at('2019-10-14T20:00:00-05:00'))).toBe('2019-10-15')
  })

  it('todayWita reads the WITA calendar date, ahead of UTC from 16.00 UTC', () => {
    expect(todayWita(new Date('2026-11-23T15:59:00Z'))).toBe('2026-11-23')
    expect(todayWita(new Date('2026-11-23T16:00:00Z'))).toBe('2026-11-24')
    expect(todayWita(new Date('2026-12-01T23:30:00Z'))).toBe('2026-12-02')
  })
})

describe('form fields', () => {
  it('a WITA date and time become an instant and back', () => {
    const i = witaInputToInstant('2026-12-03', '09:30')
    expect(i).toBe('2026-12-03T01:30:00.000Z')
    expect(instantToWitaInput(i)).toEqual({ day: '2026-12-03', time: '09:30' })
  })

  it('early morning WITA is the previous UTC day, and comes back as the same WITA day', () => {
    const i = witaInputToInstant('2024-01-01', '06:00')
    expect(i).toBe('2023-12-31T22:00:00.000Z')
    expect(instantToWitaInput(i)).toEqual({ day: '2024-01-01', time: '06:00' })
  })

  it('refuses a day or time that does not exist rather than store another moment', () => {
    expect(() => witaInputToInstant('2023-02-30', '09:00')).toThrow(RangeError)
    expect(() => witaInputToInstant('2023-02-09', '25:00')).toThrow(RangeError)
    expect(() => witaInputToInstant('2023-02-09', '')).toThrow(RangeError)
    expect(() => witaInputToInstant('', '09:00')).toThrow(RangeError)
  })
})

describe('dates known only to the day or the year', () => {
  it('are not instants', () => {
    expect(parseInstant('2023')).toBeNull()
    expect(parseInstant('2023-02-09')).toBeNull()
  })

  it('parse as calendar values', () => {
    expect(parseCalendarDay('2023-02-09')).toBe('2023-02-09')
    expect(parseCalendarDay('2023-02-30')).toBeNull()
    expect(parseCalendarDay('2023')).toBeNull()
    expect(parseCalendarYear('2023')).toBe('2023')
    expect(parseCalendarYear('23')).toBeNull()
    expect(parseKnownDate('2023')).toBe('2023')
    expect(parseKnownDate('2023-02-09')).toBe('2023-02-09')
    expect(parseKnownDate('2023-02-09T00:00:00Z')).toBeNull()
  })

  it('know their year', () => {
    expect(yearOfDay(parseKnownDate('2023-02-09')!)).toBe('2023')
    expect(yearOfDay(parseKnownDate('2023')!)).toBe('2023')
  })

  it('an instant at a precision keeps only what is known, in WITA', () => {
    const i = at('2022-12-31T16:00:00.000Z')
    expect(knownDateOf(i, 'year')).toBe('2023')
    expect(knownDateOf(i, 'day')).toBe('2023-01-01')
    expect(knownDateOf(i, 'time')).toBe('2023-01-01')
  })

  it('sort with a year before every day of that year', () => {
    const sorted = ['2023-02-09', '2024', '2023', '2022-12-31'].sort()
    expect(sorted).toEqual(['2022-12-31', '2023', '2023-02-09', '2024'])
  })
})

describe('file stamps', () => {
  it('carry the WITA wall clock, so a file saved at 07.30 WITA is dated that day', () => {
    expect(witaFileStamp(at('2026-12-01T23:30:00.000Z'))).toBe('2026-12-02T07-30-00-000')
  })
})

describe('compareInstants', () => {
  it('orders canonical instants in time order', () => {
    const list = [
      witaInputToInstant('2024-01-01', '06:00'),
      witaInputToInstant('2023-12-31', '23:00'),
      witaInputToInstant('2024-01-01', '05:59'),
    ]
    expect([...list].sort(compareInstants)).toEqual([list[1], list[2], list[0]])
  })
})
