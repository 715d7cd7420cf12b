/** Words for a coverage figure: its share, what it is a share of, its source and its date. */
import { useTranslation } from 'react-i18next'
import type { CoverageObservation } from '../db/types'
import { useFormat } from './use-format'
import { coverageRatio, memberCount } from '../domain/coverage-math'

export function useFigureText() {
  const { t } = useTranslation('coverage')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const percent = (o: CoverageObservation): string => {
    const r = coverageRatio(o)
    if (r.percent === null) return t('figure.noPercent')
    // A stated figure is shown exactly as the source gave it (46,44 %); a computed one to one decimal.
    return fmt.percent(r.percent, r.origin === 'stated' ? 2 : 1)
  }
  /** "dari target Bappenas (64.000)" or "basis tidak disebut sumber (pekerja penerima upah)". */
  const base = (o: CoverageObservation): string => {
    if (o.baseKind === 'tidak_disebut')
      return o.baseLabel
        ? `${t('figure.baseNotStated')} (${o.baseLabel})`
        : t('figure.baseNotStated')
    const name = o.baseLabel || tc(`baseKinds.${o.baseKind}`)
    return o.baseSize !== null
      ? t('figure.ofBaseSized', { base: name, size: fmt.number(o.baseSize) })
      : t('figure.ofBase', { base: name })
  }
  const count = (o: CoverageObservation): string | null => {
    const m = memberCount(o)
    if (m.value === null) return null
    if (m.estimated) return t('figure.estimated', { count: fmt.compact(m.value) })
    return o.baseSize !== null
      ? t('figure.countOfBase', { count: fmt.number(m.value), size: fmt.number(o.baseSize) })
      : t('figure.countOnly', { count: fmt.number(m.value) })
  }
  const when = (o: CoverageObservation): string =>
    o.asOfDate
      ? t('figure.asOf', { date: fmt.date(o.asOfDate) })
      : t('figure.periodOnly', { period: fmt.period(o.period) })
  const source = (o: CoverageObservation): string =>
    t('figure.source', {
      source: o.sourceInstitution
        ? `${o.sourceInstitution}; ${o.sourceDocument}`
        : o.sourceDocument,
    })
  const what = (o: CoverageObservation): string =>
    `${tc(`segments.${o.segment}`)} · ${tc(`measures.${o.measure}`)}`
  return { percent, base, count, when, source, what, fmt }
}
