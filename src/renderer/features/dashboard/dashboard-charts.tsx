import { SimpleGrid, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Segment } from '../../db/types'
import { ChartPanel } from '../../ui/charts/chart-panel'
import { coverageByRegionChart, coverageTrendChart } from '../../ui/charts/coverage-charts'
import { useFigureText } from '../../ui/use-figure-text'
import { basePreferenceText, shareNoun } from '../../domain/figure-text'
import type { DashboardModel } from './dashboard-model'

export function DashboardCharts({ model, segment }: { model: DashboardModel; segment: Segment }) {
  const { t } = useTranslation('dashboard')
  const { t: tc } = useTranslation()
  const text = useFigureText()
  const locale = text.fmt.locale
  const target = model.provinceTarget?.unit === 'percent' ? model.provinceTarget.value : null
  const barConfig = useMemo(
    () =>
      coverageByRegionChart(
        model.bars.map((b) => ({
          ...b,
          noun: b.observation ? shareNoun(b.observation.baseKind, locale) : undefined,
        })),
        {
          target,
          locale,
          seriesLabel: `${tc(`segments.${segment}`)} · ${tc('measures.registered')}`,
        },
      ),
    [model.bars, target, locale, segment, tc],
  )
  const trendSeries = useMemo(
    () =>
      model.trend.map((line) => ({
        label: text.series(line),
        points: line.points.map((p) => ({ period: p.period, percent: p.percent })),
      })),
    [model.trend, text],
  )
  const trendConfig = useMemo(
    () => coverageTrendChart(trendSeries, { locale }),
    [trendSeries, locale],
  )
  const barTable = {
    head: [t('colRegion'), t('colCoverage'), t('colBase'), t('colSourceDate')],
    rows: model.bars.map((b) => [
      b.name,
      b.observation ? text.share(b.observation) : tc('states.empty'),
      b.observation ? text.base(b.observation) : '—',
      b.observation ? `${text.when(b.observation)}; ${b.observation.sourceDocument}` : '—',
    ]),
  }
  const trendTable = {
    head: [t('colSeries'), t('colPeriod'), t('colCoverage'), t('colSourceDate')],
    rows: model.trend.flatMap((line, i) =>
      line.points.map((p) => [
        trendSeries[i]?.label ?? '',
        text.fmt.period(p.period),
        text.percent(p.observation),
        `${text.when(p.observation)}; ${p.observation.sourceDocument}`,
      ]),
    ),
  }
  const barHeight = Math.max(260, model.bars.length * 34 + 80)
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      <ChartPanel
        title={t('barTitle', { segment: tc(`segments.${segment}`) })}
        caption={
          <>
            {t('barCaption')}{' '}
            {target === null
              ? t('noProvinceTarget')
              : t('provinceTarget', { value: text.fmt.percent(target) })}
            <Text component="span" display="block" size="xs" mt={4} data-testid="bar-base-rule">
              {basePreferenceText(locale)}
            </Text>
          </>
        }
        config={barConfig}
        table={barTable}
        height={barHeight}
        testId="chart-regions"
        viewParam="tampilan-wilayah"
      />
      <ChartPanel
        title={t('trendTitle')}
        caption={model.trend.length ? t('trendCaption') : undefined}
        config={trendConfig}
        table={trendTable}
        height={barHeight}
        testId="chart-trend"
        viewParam="tampilan-tren"
      />
      {!model.trend.length && (
        <Text size="sm" c="dimmed">
          {t('noTrend')}
        </Text>
      )}
    </SimpleGrid>
  )
}
