/**
 * A database as schema version 2 stores it: every instant canonical, meetings dated by
 * startsOn. Built with the app's own conversion functions (shared/time.ts), so it holds only
 * forms the app writes. Every later upgrade is tested against it.
 */
import { v1Fixture } from './v1'
import {
  parseCalendarDay,
  parseCalendarYear,
  witaInputToInstant,
} from '../../../../src/shared/time'

const at = witaInputToInstant('2024-01-02', '11:04')
const meta = {
  createdAt: at,
  createdBy: 'Siti',
  updatedAt: at,
  updatedBy: 'Siti',
  updatedOn: 'dev-1',
  rev: 1,
  isSample: 0,
}
const meeting = {
  ...meta,
  kind: 'rakor',
  title: 'Rakor',
  endsAt: null,
  venue: '',
  organiser: '',
  regionIds: ['63.11'],
  seriesId: null,
  seriesName: '',
  notes: '',
}

/** v1's rows with v2's stamps; meetings and audit written out for v2. */
const restamped = (rows: object[]) =>
  rows.map((r) => ({ ...r, ...meta, id: (r as { id: string }).id }))

export const v2Fixture: Record<string, object[]> = {
  ...Object.fromEntries(
    Object.entries(v1Fixture).map(([table, rows]) => [
      table,
      table === 'regions' || table === 'settings' ? rows : restamped(rows),
    ]),
  ),
  meetings: [
    {
      ...meeting,
      id: 'g1',
      startsOn: parseCalendarDay('2023-02-09'),
      startsAt: null,
      datePrecision: 'day',
    },
    {
      ...meeting,
      id: 'g2',
      startsOn: parseCalendarYear('2023'),
      startsAt: null,
      datePrecision: 'year',
    },
    {
      ...meeting,
      id: 'g3',
      startsOn: parseCalendarDay('2024-01-01'),
      startsAt: witaInputToInstant('2024-01-01', '06:00'),
      datePrecision: 'time',
      endsAt: witaInputToInstant('2024-01-01', '08:30'),
    },
  ],
  audit: [
    {
      seq: 1,
      table: 'meetings',
      recordId: 'g3',
      action: 'create',
      at,
      by: 'Siti',
      deviceId: 'dev-1',
      before: null,
      after: {},
    },
  ],
}
