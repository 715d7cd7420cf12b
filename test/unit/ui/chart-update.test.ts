import { describe, expect, it } from 'vitest'
import type { ChartConfiguration } from 'chart.js'
import { applyChartConfig, type UpdatableChart } from '../../../src/renderer/ui/charts/chart-update'
import { coverageByRegionChart } from '../../../src/renderer/ui/charts/coverage-charts'

function fakeChart(config: ChartConfiguration) {
  const updates: (string | undefined)[] = []
  const chart: UpdatableChart = {
    config: { type: config.type, plugins: [...(config.plugins ?? [])] },
    data: config.data,
    options: config.options,
    update: (mode) => void updates.push(mode),
  }
  return { chart, updates }
}

const bars = (names: string[]) =>
  coverageByRegionChart(
    names.map((name, i) => ({ regionId: String(i), name, percent: 10 * (i + 1) })),
    { target: 40, locale: 'id' },
  ) as unknown as ChartConfiguration

describe('applyChartConfig: a drawn chart takes the next figures without being rebuilt', () => {
  it('puts the new labels, values, options and plugins in and redraws once without animation', () => {
    const before = bars(['Banjar', 'Tabalong'])
    const after = bars(['Bandung', 'Bekasi', 'Bogor'])
    const { chart, updates } = fakeChart(before)
    const plugins = chart.config.plugins
    expect(applyChartConfig(chart, after)).toBe(true)
    const data = chart.data as ChartConfiguration['data']
    expect(data.labels).toEqual(['Bogor', 'Bekasi', 'Bandung'])
    expect(data.datasets[0]?.data).toEqual([30, 20, 10])
    expect(chart.options).toBe(after.options)
    // The same list object (Chart.js re-reads it on update), now holding the new plugin.
    expect(chart.config.plugins).toBe(plugins)
    expect(chart.config.plugins).toEqual(after.plugins)
    expect(chart.config.plugins?.[0]).not.toBe(before.plugins?.[0])
    expect(updates).toEqual(['none'])
  })

  it('refuses a change of chart type, so the caller builds a new chart', () => {
    const { chart, updates } = fakeChart(bars(['Banjar']))
    const line = { type: 'line', data: { datasets: [] } } as ChartConfiguration
    expect(applyChartConfig(chart, line)).toBe(false)
    expect(updates).toEqual([])
    expect((chart.data as ChartConfiguration['data']).labels).toEqual(['Banjar'])
  })
})
