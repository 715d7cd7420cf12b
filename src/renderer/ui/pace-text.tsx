/**
 * A required pace on screen: the headline of domain/pace.ts ("perlu ±256 pekerja/bulan; laju
 * sekarang ±400/bulan — cukup"), then what it rests on (remaining, months, the figures or
 * measurements and the dates of the current pace) and, for a target, the series it used.
 */
import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { describePace, type PaceResult, type TargetPaceResult } from '../domain/pace'
import { useFormat } from './use-format'

const PACE_COLOURS: Partial<Record<PaceResult['verdict'], string>> = {
  enough: 'teal.9',
  reached: 'teal.9',
  not_enough: 'red.9',
  falling: 'red.9',
  not_moving: 'red.9',
  deadline_passed: 'red.9',
}

export function PaceText({
  pace,
  testId = 'pace',
  showWindow = true,
}: {
  pace: PaceResult | TargetPaceResult
  testId?: string
  showWindow?: boolean
}) {
  const { t } = useTranslation('coverage')
  const { t: tc } = useTranslation()
  const { locale } = useFormat()
  const detail = pace.detail[locale]
  const series = 'series' in pace ? pace.series : null
  return (
    <Stack gap={2} data-testid={testId} data-verdict={pace.verdict}>
      <Text fw={700} c={PACE_COLOURS[pace.verdict] ?? undefined}>
        {describePace(pace, locale)}
      </Text>
      {detail && (
        <Text size="sm" data-testid={`${testId}-detail`}>
          {detail}
        </Text>
      )}
      {series && (
        <Text size="xs" c="dimmed">
          {series.baseKind === null
            ? t('pace.seriesCount', {
                segment: tc(`segments.${series.segment}`),
                measure: tc(`measures.${series.measure}`),
              })
            : t('pace.seriesPercent', {
                segment: tc(`segments.${series.segment}`),
                measure: tc(`measures.${series.measure}`),
                base: series.baseLabel || tc(`baseKinds.${series.baseKind}`),
              })}
        </Text>
      )}
      {showWindow && pace.currentPace && (
        <Text size="xs" c="dimmed">
          {t(
            pace.currentPace.months > pace.currentPace.windowMonths + 1e-9
              ? 'pace.windowLonger'
              : 'pace.window',
            { months: pace.currentPace.windowMonths },
          )}
        </Text>
      )}
    </Stack>
  )
}
