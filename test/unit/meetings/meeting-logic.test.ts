import { describe, expect, it } from 'vitest'
import type { ActionItem, AgendaItem, Meeting } from '../../../src/renderer/db/types'
import {
  carriedOverActions,
  isoToWitaInput,
  meetingDateLabel,
  moveAgendaItem,
  previousInSeries,
  resolveSeries,
  witaInputToIso,
} from '../../../src/renderer/features/meetings/meeting-logic'
import { pledgeDefaults, pledgeToCommitment } from '../../../src/renderer/features/meetings/pledge'
import { commitmentInputSchema } from '../../../src/renderer/db/schemas'
import { recordMeta } from '../../fixtures/records'

const meta = recordMeta()
const meeting = (id: string, startsAt: string, seriesId: string | null = 's1'): Meeting => ({
  ...meta,
  id,
  kind: 'rakor',
  title: `Rakor ${id}`,
  startsAt,
  datePrecision: 'time',
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

describe('meeting dates', () => {
  it('shows only the year when the source gave only the year, never a fake day', () => {
    expect(meetingDateLabel({ startsAt: '2020-01-01T00:00:00+08:00', datePrecision: 'year' })).toBe(
      '2020 (tanggal tidak disebut)',
    )
    expect(
      meetingDateLabel({ startsAt: '2020-01-01T00:00:00+08:00', datePrecision: 'year' }, 'en'),
    ).toBe('2020 (date not stated)')
  })
  it('shows day precision as a date and time precision in WITA', () => {
    expect(meetingDateLabel({ startsAt: '2023-02-09T00:00:00+08:00', datePrecision: 'day' })).toBe(
      '9 Februari 2023',
    )
    expect(
      meetingDateLabel({ startsAt: witaInputToIso('2026-12-03', '09:30'), datePrecision: 'time' }),
    ).toBe('3 Desember 2026 09.30 WITA')
  })
  it('round-trips form fields through an ISO instant in WITA', () => {
    const iso = witaInputToIso('2026-12-03', '07:15')
    expect(iso).toBe('2026-12-02T23:15:00.000Z')
    expect(isoToWitaInput(iso)).toEqual({ date: '2026-12-03', time: '07:15' })
  })
})

describe('series and carry-over', () => {
  const q1 = meeting('q1', '2026-03-01T01:00:00Z')
  const q2 = meeting('q2', '2026-06-01T01:00:00Z')
  const q3 = meeting('q3', '2026-09-01T01:00:00Z')
  const other = meeting('x', '2026-05-01T01:00:00Z', null)
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
    const m = meeting('q1', '2026-03-01T01:00:00Z')
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
