/** The shared formatters bound to the current UI language. */
import { useTranslation } from 'react-i18next'
import * as f from '../../shared/format'

export function useFormat() {
  const { i18n } = useTranslation()
  const locale: f.Locale = i18n.language === 'en' ? 'en' : 'id'
  return {
    locale,
    number: (v: number, digits = 0) => f.formatNumber(v, locale, digits),
    percent: (v: number, digits = 2) => f.formatPercent(v, locale, digits),
    points: (v: number, digits = 1) => f.formatPoints(v, locale, digits),
    compact: (v: number, digits = 1) => f.formatCompact(v, locale, digits),
    rupiah: (v: number) => f.formatRupiah(v, locale),
    date: (iso: string) => f.formatDate(iso, locale),
    dateTime: (iso: string) => f.formatDateTime(iso, locale),
    period: (p: string) => f.formatPeriod(p, locale),
  }
}
