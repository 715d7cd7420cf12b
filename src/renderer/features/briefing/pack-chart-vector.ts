/**
 * The shared Chart.js configurations drawn as pdfmake vector shapes. The command line has no
 * canvas, and vectors are sharp at any zoom or printer, so the PDF never embeds a bitmap of a
 * chart: the same configuration object (labels, values, colours, order, axis maximum, target
 * line) is laid out as table rows with bars drawn by pdfmake's `canvas` element. The browser
 * and the command line therefore produce the same pages. Pure.
 */
import type { ChartConfiguration } from 'chart.js'
import type { Content, TableCell } from 'pdfmake/interfaces'
import { formatPercent, formatPeriod } from '../../../shared/format'
import {
  coverageByRegionChart,
  coverageTrendChart,
  TARGET_COLOUR,
} from '../../ui/charts/coverage-charts'
import type { PackCharts } from './pack-chart-data'

type BarConfig = ChartConfiguration<'bar' | 'line', (number | null)[], string>

const TRACK = '#e5e7eb'

function bar(
  width: number,
  value: number | null,
  max: number,
  colour: string,
  target: number | null,
): Content {
  const shapes: { type: 'rect' | 'line'; [k: string]: unknown }[] = [
    { type: 'rect', x: 0, y: 2, w: width, h: 9, color: TRACK },
  ]
  if (value !== null)
    shapes.push({
      type: 'rect',
      x: 0,
      y: 2,
      w: Math.max(0.5, (Math.min(value, max) / max) * width),
      h: 9,
      color: colour,
    })
  if (target !== null) {
    const x = (Math.min(target, max) / max) * width
    shapes.push({
      type: 'line',
      x1: x,
      y1: 0,
      x2: x,
      y2: 13,
      lineWidth: 1.2,
      lineColor: TARGET_COLOUR,
      dash: { length: 2 },
    })
  }
  return { canvas: shapes as never, width }
}

/** Horizontal bars of coverageByRegionChart as a paginating table (the header repeats). */
export function regionBarsContent(
  chart: NonNullable<PackCharts['byRegion']>,
  barWidth = 250,
): Content {
  const config = coverageByRegionChart(chart.rows, {
    target: null,
    locale: 'id',
    responsive: false,
    seriesLabel: chart.seriesLabel,
  }) as BarConfig
  const labels = (config.data.labels ?? []) as string[]
  const barSet = config.data.datasets.find((d) => (d as { type?: string }).type === 'bar')!
  const targetSet = config.data.datasets.find((d) => (d as { type?: string }).type === 'line')
  const target = targetSet ? ((targetSet.data[0] as number | null) ?? null) : null
  const max = Number((config.options?.scales?.x as { max?: number } | undefined)?.max ?? 100)
  const colour = String(barSet.backgroundColor ?? '#0f766e')
  const body: TableCell[][] = [
    [
      { text: 'Wilayah', style: 'th' },
      { text: `${barSet.label ?? ''} (0–${formatPercent(max, 'id', 0)})`, style: 'th' },
      { text: 'Cakupan/capaian', style: 'th', alignment: 'right' },
    ],
  ]
  const nouns = new Map(chart.rows.map((r) => [r.name, r.noun]))
  labels.forEach((label, i) => {
    const value = (barSet.data[i] as number | null) ?? null
    const noun = nouns.get(label)
    body.push([
      { text: label, fontSize: 9 },
      bar(barWidth, value, max, colour, target) as TableCell,
      value === null
        ? {
            text: 'belum ada data',
            italics: true,
            color: '#6b7280',
            fontSize: 8.5,
            alignment: 'right',
          }
        : {
            text: `${noun ? `${noun} ` : ''}${formatPercent(value, 'id', 1)}`,
            bold: true,
            fontSize: 9,
            alignment: 'right',
          },
    ])
  })
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', barWidth, 80], body },
    layout: 'lightHorizontalLines',
  }
}

/** coverageTrendChart as a table of points: each series with its colour and a dot on a 0–max scale. */
export function trendContent(chart: NonNullable<PackCharts['trend']>, barWidth = 200): Content {
  const config = coverageTrendChart(chart.series, { locale: 'id', responsive: false })
  const max = Number((config.options?.scales?.y as { max?: number } | undefined)?.max ?? 100)
  const body: TableCell[][] = [
    [
      { text: 'Seri (segmen · yang dihitung · basis)', style: 'th' },
      { text: 'Periode', style: 'th' },
      { text: `Cakupan (0–${formatPercent(max, 'id', 0)})`, style: 'th' },
      { text: '', style: 'th' },
    ],
  ]
  config.data.datasets.forEach((dataset, i) => {
    const colour = String(dataset.borderColor)
    const series = chart.series[i]!
    const points = [...series.points].sort((a, b) => a.period.localeCompare(b.period))
    dataset.data.forEach((point, j) => {
      const period = points[j]?.period ?? ''
      const x = (Math.min(point.y, max) / max) * barWidth
      body.push([
        j === 0
          ? {
              columns: [
                { canvas: [{ type: 'rect', x: 0, y: 2, w: 8, h: 8, color: colour }], width: 12 },
                { text: dataset.label ?? '', fontSize: 8.5 },
              ],
            }
          : { text: '' },
        { text: formatPeriod(period, 'id'), fontSize: 9 },
        {
          canvas: [
            { type: 'line', x1: 0, y1: 6, x2: barWidth, y2: 6, lineWidth: 0.8, lineColor: TRACK },
            { type: 'ellipse', x, y: 6, r1: 4, r2: 4, color: colour },
          ],
          width: barWidth,
        } as TableCell,
        { text: formatPercent(point.y, 'id', 2), bold: true, fontSize: 9, alignment: 'right' },
      ])
    })
  })
  return {
    table: { headerRows: 1, dontBreakRows: true, widths: ['*', 62, barWidth + 8, 55], body },
    layout: 'lightHorizontalLines',
  }
}
