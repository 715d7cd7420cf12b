/**
 * How a commitment's evaluation (domain/progress) is put in words, once, for the briefing
 * pack's talking points and the commitments export: its status, its forecast. Pure: the words
 * come from the message catalogue for the locale.
 */
import { formatDate, type Locale } from '../../shared/format'
import { commitments } from '../i18n/messages/commitments'
import { fill } from './figure-text'
import type { CommitmentEvaluation, CommitmentStatus } from './progress'

export function statusText(status: CommitmentStatus, locale: Locale = 'id'): string {
  return commitments[locale].status[status]
}

/**
 * "Dengan laju sekarang tercapai sekitar 14 Maret 2026", "Tercapai pada 13 Oktober 2025,
 * sesudah tenggat"; with `unknown: false`, null when there are too few points to forecast.
 */
export function forecastText(
  e: Pick<CommitmentEvaluation, 'forecast' | 'forecastDate' | 'reachedLate'>,
  locale: Locale = 'id',
  options: { unknown?: boolean } = {},
): string | null {
  const f = commitments[locale].forecast
  const date = e.forecastDate ? formatDate(e.forecastDate, locale) : ''
  switch (e.forecast) {
    case 'reached':
      return fill(e.reachedLate ? f.reachedLate : f.reached, { date })
    case 'on_date':
      return fill(f.on_date, { date })
    case 'not_at_this_pace':
      return date ? fill(f.not_at_this_pace_date, { date }) : f.not_at_this_pace
    default:
      return options.unknown === false ? null : f.unknown
  }
}
