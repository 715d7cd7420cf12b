/**
 * The commitments export as officials expect an action plan: the import columns first (so the
 * file still imports back unchanged: the columns added after them match no import header),
 * then what Simpul computes from the measurements with the rules of domain/progress: status,
 * progress, the progress expected by now on the straight line to the deadline, the forecast,
 * and the region and meeting by name. Pure.
 */
import type { Locale } from '../../../shared/format'
import { forecastText, statusText } from '../../domain/commitment-text'
import { neutralise, recordsToSheet, type Sheet } from '../data'
import type { CommitmentRow } from './list-model'

export const ACTION_PLAN_HEADERS = {
  id: {
    region: 'Nama wilayah',
    status: 'Status kemajuan',
    progress: 'Kemajuan (%)',
    expected: 'Kemajuan seharusnya (%)',
    forecast: 'Perkiraan',
    meeting: 'Nama kegiatan',
    asOf: 'Dihitung per',
  },
  en: {
    region: 'Region name',
    status: 'Progress status',
    progress: 'Progress (%)',
    expected: 'Expected progress (%)',
    forecast: 'Forecast',
    meeting: 'Meeting name',
    asOf: 'Computed on',
  },
} as const

/** A fraction as a percentage with one decimal, as a number a spreadsheet can sum. */
const percent = (fraction: number | null): number | null =>
  fraction === null ? null : Math.round(fraction * 1000) / 10

export function actionPlanSheet(
  rows: readonly CommitmentRow[],
  meetingTitles: ReadonlyMap<string, string>,
  asOf: string,
  locale: Locale = 'id',
): Sheet {
  const base = recordsToSheet(
    'commitments',
    rows.map((r) => r.commitment),
  )
  const h = ACTION_PLAN_HEADERS[locale]
  return {
    header: [
      ...base.header,
      h.region,
      h.status,
      h.progress,
      h.expected,
      h.forecast,
      h.meeting,
      h.asOf,
    ],
    rows: base.rows.map((cells, i) => {
      const { commitment: c, evaluation: e, regionName } = rows[i]!
      const added = [
        regionName,
        statusText(e.status, locale),
        percent(e.progressShown),
        // Expected progress on the straight line only means something before the target is met.
        e.status === 'tercapai' || e.status === 'dibatalkan' ? null : percent(e.expectedProgress),
        e.status === 'dibatalkan' ? null : forecastText(e, locale),
        c.meetingId ? (meetingTitles.get(c.meetingId) ?? c.meetingId) : null,
        asOf,
      ]
      return [...cells, ...added.map(neutralise)]
    }),
  }
}
