import { describe, expect, it } from 'vitest'
import {
  coverageByRegionChart,
  coverageTrendChart,
  periodAxisLabel,
  periodToAxis,
} from '../../../src/renderer/ui/charts/coverage-charts'

describe('coverageByRegionChart', () => {
  const rows = [
    { regionId: '63.05', name: 'Tapin', percent: null },
    { regionId: '63.01', name: 'Tanah Laut', percent: 40 },
    { regionId: '63.11', name: 'Balangan', percent: 96.875 },
  ]
  it('sorts bars from highest share, regions without data last with no bar', () => {
    const config = coverageByRegionChart(rows, { target: 75, locale: 'id' })
    expect(config.data.labels).toEqual(['Balangan', 'Tanah Laut', 'Tapin'])
    expect(config.data.datasets[0]?.data).toEqual([96.875, 40, null])
  })
  it('draws the target as a line dataset with the target in its label, in id-ID', () => {
    const config = coverageByRegionChart(rows, { target: 62.5, locale: 'id' })
    expect(config.data.datasets[1]).toMatchObject({
      type: 'line',
      label: 'Target 62,5%',
      data: [62.5, 62.5, 62.5],
    })
  })
  it('has no target line when there is no target, and no animation', () => {
    const config = coverageByRegionChart(rows, { target: null, locale: 'en', responsive: false })
    expect(config.data.datasets).toHaveLength(1)
    expect(config.options?.animation).toBe(false)
    expect(config.options?.responsive).toBe(false)
  })
  it('labels axis ticks as id-ID percentages', () => {
    const config = coverageByRegionChart(rows, { target: null, locale: 'id' })
    const x = config.options?.scales?.x as { ticks: { callback: (v: number) => string } }
    expect(x.ticks.callback(40)).toBe('40%')
  })
})

describe('coverageTrendChart', () => {
  it('places periods on a time-proportional axis', () => {
    expect(periodToAxis('2020')).toBe(2020)
    expect(periodToAxis('2023-02')).toBeCloseTo(2023 + 1 / 12, 10)
  })
  it('draws one line per series with points in period order', () => {
    const config = coverageTrendChart(
      [
        {
          label: 'PU',
          points: [
            { period: '2024', percent: 50 },
            { period: '2023-02', percent: 46.44 },
          ],
        },
        { label: 'Semua', points: [{ period: '2020', percent: 27 }] },
      ],
      { locale: 'id' },
    )
    expect(config.data.datasets.map((d) => d.label)).toEqual(['PU', 'Semua'])
    expect(config.data.datasets[0]?.data.map((p) => p.y)).toEqual([46.44, 50])
    expect(config.options?.animation).toBe(false)
    const x = config.options?.scales?.x as {
      min: number
      max: number
      ticks: { callback: (v: number) => string }
    }
    expect([x.min, x.max]).toEqual([2019.5, 2024.5])
    expect(x.ticks.callback(2023)).toBe('2023')
    expect(x.ticks.callback(2019.5)).toBe('')
  })
  it('labels the time axis with the years, not with half-year positions', () => {
    const config = coverageTrendChart(
      [
        {
          label: 'PU',
          points: [
            { period: '2020', percent: 27 },
            { period: '2024', percent: 50 },
          ],
        },
      ],
      { locale: 'id' },
    )
    const x = config.options?.scales?.x as {
      afterBuildTicks: (scale: { ticks: { value: number }[] }) => void
      ticks: { callback: (v: number) => string }
    }
    const scale = { ticks: [{ value: 2019.5 }, { value: 2020.5 }] }
    x.afterBuildTicks(scale)
    expect(scale.ticks.map((t) => x.ticks.callback(t.value))).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
    ])
  })
  it('labels monthly periods as "Feb 2023" in id-ID and English', () => {
    const series = [
      {
        label: 'PU',
        points: [
          { period: '2023-02', percent: 40 },
          { period: '2023-08', percent: 46 },
          { period: '2024-01', percent: 48 },
        ],
      },
    ]
    for (const [locale, words] of [
      ['id', ['Feb 2023', 'Agu 2023', 'Jan 2024']],
      ['en', ['Feb 2023', 'Aug 2023', 'Jan 2024']],
    ] as const) {
      const config = coverageTrendChart(series, { locale })
      const x = config.options?.scales?.x as {
        afterBuildTicks: (scale: { ticks: { value: number }[] }) => void
        ticks: { callback: (v: number) => string }
      }
      const scale = { ticks: [] as { value: number }[] }
      x.afterBuildTicks(scale)
      expect(scale.ticks.map((t) => x.ticks.callback(t.value))).toEqual(words)
    }
  })
  it('names periods for axis labels', () => {
    expect(periodAxisLabel('2023-02', 'id')).toBe('Feb 2023')
    expect(periodAxisLabel('2023-05', 'id')).toBe('Mei 2023')
    expect(periodAxisLabel('2023-05', 'en')).toBe('May 2023')
    expect(periodAxisLabel('2023', 'en')).toBe('2023')
  })
})
