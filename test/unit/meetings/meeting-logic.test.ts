import { describe, expect, it } from 'vitest'
import type { ActionItem, AgendaItem, Meeting } from '../../../src/renderer/db/types'
import {
  byStart,
  carriedOverActions,
  meetingDateFields,
  meetingDateLabel,
  moveAgendaItem,
  previousInSeries,
  resolveSeries,
} from '../../../src/renderer/domain/meeting-logic'
import { witaDay, witaInputToInstant } from '../../../src/shared/time'
import { pledgeDefaults, pledgeToCommitment } from '../../../src/renderer/features/meetings/pledge'
import { commitmentInputSchema, meetingInputSchema } from '../../../src/renderer/db/schemas'
import { recordMeta } from '../../fixtures/records'

const meta = recordMeta()
const meeting = (id: string, day: string, seriesId: string | null = 's1'): Meeting => ({
  ...meta,
  id,
  kind: 'rakor',
  title: `Rakor ${id}`,
  ...meetingDateFields({ precision: 'time', day, time: '09:00', year: '' })!,
  endsAt: null,
  venue: '',
  organiser: '',
  regionIds: ['63', '63.11'],
  seriesId,
  seriesName: seriesId ? 'Rakor triwulan' : '',
  notes: '',
})
const action = (id: string, meetingId: string, status: ActionItem['status']): ActionItem => ({
  ...meta,
  id,
  meetingId,
  text: `aksi ${id}`,
  owner: 'Disnakertrans',
  dueDate: null,
  status,
  commitmentId: null,
})

const dateOf = (precision: Meeting['datePrecision'], day: string, time = '', year = '') =>
  meetingDateFields({ precision, day, time, year })!

describe('meeting dates', () => {
  it('shows only the year when the source gave only the year, never a fake day', () => {
    expect(meetingDateLabel(dateOf('year', '', '', '2020'))).toBe('2020 (tanggal tidak disebut)')
    expect(meetingDateLabel(dateOf('year', '', '', '2020'), 'en')).toBe('2020 (date not stated)')
  })
  it('shows day precision as a date and time precision in WITA', () => {
    expect(meetingDateLabel(dateOf('day', '2023-02-09'))).toBe('9 Februari 2023')
    expect(meetingDateLabel(dateOf('time', '2026-12-03', '09:30'))).toBe(
      '3 Desember 2026 09.30 WITA',
    )
  })
  it('stores the form fields as far as they are known, the instant only with a time', () => {
    expect(dateOf('year', '2023-05-01', '09:00', ' 2023 ')).toEqual({
      startsOn: '2023',
      startsAt: null,
      datePrecision: 'year',
    })
    expect(dateOf('day', '2023-02-09', '09:00')).toEqual({
      startsOn: '2023-02-09',
      startsAt: null,
      datePrecision: 'day',
    })
    const early = dateOf('time', '2024-01-01', '06:00')
    expect(early).toEqual({
      startsOn: '2024-01-01',
      startsAt: witaInputToInstant('2024-01-01', '06:00'),
      datePrecision: 'time',
    })
    expect(witaDay(early.startsAt!)).toBe('2024-01-01')
  })
  it('refuses form fields that make no date', () => {
    expect(meetingDateFields({ precision: 'year', day: '', time: '', year: '23' })).toBeNull()
    expect(
      meetingDateFields({ precision: 'day', day: '2023-02-30', time: '', year: '' }),
    ).toBeNull()
    expect(
      meetingDateFields({ precision: 'time', day: '2023-02-09', time: '', year: '' }),
    ).toBeNull()
  })
  it('sorts a year-only meeting before the days of its year, a day-only one before the timed ones', () => {
    const m = (id: string, d: ReturnType<typeof dateOf>) => ({ id, ...d })
    const list = [
      m('timed', dateOf('time', '2023-02-09', '08:00')),
      m('next-year', dateOf('day', '2024-01-01')),
      m('day', dateOf('day', '2023-02-09')),
      m('year', dateOf('year', '', '', '2023')),
      m('early', dateOf('time', '2023-02-09', '06:00')),
    ]
    expect(list.sort(byStart).map((x) => x.id)).toEqual([
      'year',
      'day',
      'early',
      'timed',
      'next-year',
    ])
  })
  it('the schema refuses a date that contradicts its precision or its instant', () => {
    const base = {
      kind: 'rakor',
      title: 'Rakor',
      endsAt: null,
      venue: '',
      organiser: '',
      regionIds: ['63'],
      seriesId: null,
      seriesName: '',
      notes: '',
    }
    const ok = (d: object) => meetingInputSchema.safeParse({ ...base, ...d }).success
    expect(ok(dateOf('year', '', '', '2023'))).toBe(true)
    expect(ok(dateOf('time', '2024-01-01', '06:00'))).toBe(true)
    expect(ok({ ...dateOf('year', '', '', '2023'), startsOn: '2023-01-01' })).toBe(false)
    expect(ok({ ...dateOf('day', '2023-02-09'), startsOn: '2023' })).toBe(false)
    expect(
      ok({ ...dateOf('day', '2023-02-09'), startsAt: witaInputToInstant('2023-02-09', '09:00') }),
    ).toBe(false)
    expect(ok({ ...dateOf('time', '2024-01-01', '06:00'), startsOn: '2023-12-31' })).toBe(false)
    expect(
      ok({ ...dateOf('time', '2024-01-01', '06:00'), startsAt: '2024-01-01T06:00:00+08:00' }),
    ).toBe(false)
    expect(ok({ ...dateOf('time', '2024-01-01', '06:00'), startsAt: null })).toBe(false)
  })
})

describe('series and carry-over', () => {
  const q1 = meeting('q1', '2026-03-01')
  const q2 = meeting('q2', '2026-06-01')
  const q3 = meeting('q3', '2026-09-01')
  const other = meeting('x', '2026-05-01', null)
  const all = [q3, other, q1, q2]
  it('finds the previous meeting of the same series', () => {
    expect(previousInSeries(all, q3)?.id).toBe('q2')
    expect(previousInSeries(all, q1)).toBeNull()
  })
  it('carries open action items from every earlier meeting of the series until closed', () => {
    const actions = [
      action('a', 'q1', 'terbuka'),
      action('b', 'q1', 'selesai'),
      action('c', 'q2', 'terbuka'),
      action('d', 'x', 'terbuka'),
      action('e', 'q3', 'terbuka'),
    ]
    expect(carriedOverActions(all, actions, q3).map((c) => c.item.id)).toEqual(['a', 'c'])
    expect(carriedOverActions(all, actions, q2).map((c) => c.item.id)).toEqual(['a'])
    expect(carriedOverActions(all, actions, other)).toEqual([])
  })
  it('joins an existing series by name regardless of case and starts a new one otherwise', () => {
    expect(resolveSeries('  rakor  TRIWULAN ', all, () => 'new')).toEqual({
      seriesId: 's1',
      seriesName: 'Rakor triwulan',
    })
    expect(resolveSeries('FGD Jakon', all, () => 'new')).toEqual({
      seriesId: 'new',
      seriesName: 'FGD Jakon',
    })
    expect(resolveSeries('', all, () => 'new')).toEqual({ seriesId: null, seriesName: '' })
  })
})

describe('agenda order', () => {
  const item = (id: string, order: number): AgendaItem => ({
    ...meta,
    id,
    meetingId: 'm',
    order,
    title: id,
    presenter: '',
    minutes: 10,
    outcome: '',
  })
  it('moves an item up and renumbers only what changed', () => {
    expect(moveAgendaItem([item('a', 1), item('b', 2), item('c', 3)], 'c', -1)).toEqual([
      { id: 'c', order: 2 },
      { id: 'b', order: 3 },
    ])
    expect(moveAgendaItem([item('a', 1), item('b', 2)], 'a', -1)).toEqual([])
  })
})

describe('pledge to commitment', () => {
  it('builds a valid commitment linked back to the meeting from an id-ID typed target', () => {
    const m = meeting('q1', '2026-03-01')
    const a = {
      ...action('a', 'q1', 'terbuka'),
      text: 'Lindungi 20.000 pekerja rentan',
      dueDate: '2027-12-31',
    }
    const values = { ...pledgeDefaults(a, m), baseline: '41.120', target: '61.120' }
    expect(values.regionId).toBe('63.11')
    const input = pledgeToCommitment(values, m)
    expect(input.meetingId).toBe('q1')
    expect(input.targetValue).toBe(61120)
    expect(input.baselineValue).toBe(41120)
    expect(commitmentInputSchema.safeParse(input).success).toBe(true)
  })
})
