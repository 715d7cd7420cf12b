/**
 * Chart.js configurations as pure functions of plain data, shared by the screens and the PDF
 * briefing pack so the projector and the paper show the same chart. No React, Dexie or DOM
 * import; the caller registers the Chart.js components (see chart-setup.ts) and decides
 * `responsive` (true on screen, false on an OffscreenCanvas). Animation is always off.
 */
import type { ChartConfiguration, Plugin, TooltipItem } from 'chart.js'
import { formatPercent, formatPeriod, type Locale } from '../../../shared/format'

const WORDS = {
  id: {
    noData: 'belum ada data',
    target: 'Target',
    coverage: 'Cakupan',
    axis: 'Cakupan (%)',
    year: 'Periode',
  },
  en: {
    noData: 'no data yet',
    target: 'Target',
    coverage: 'Coverage',
    axis: 'Coverage (%)',
    year: 'Period',
  },
} as const

/** Colour-blind-safe palette (Okabe–Ito), in the order series are drawn. */
export const SERIES_COLOURS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#000000',
  '#F0E442',
] as const
export const BAR_COLOUR = '#0f766e'
export const TARGET_COLOUR = '#b91c1c'

export interface RegionBarRow {
  regionId: string
  name: string
  /** Share of the row's base in percent; null draws no bar and says "belum ada data". */
  percent: number | null
  /** What the share is called, written before it: "capaian" for a target population (figure-text shareNoun). */
  noun?: string
}

export interface RegionChartOptions {
  /** A target as a percentage, drawn as a line across the bars; null for none. */
  target: number | null
  locale: Locale
  responsive?: boolean
  /** Label of the bar dataset, e.g. "Cakupan PU, terdaftar". */
  seriesLabel?: string
}

/** Writes the share at the end of each bar, and "belum ada data" where there is no bar. */
const barValueLabels = (
  locale: Locale,
  nouns: readonly (string | undefined)[] = [],
): Plugin<'bar' | 'line'> => ({
  id: 'simpulBarValues',
  afterDatasetsDraw(chart) {
    const meta = chart.getDatasetMeta(0)
    const values = chart.data.datasets[0]?.data ?? []
    const { ctx, chartArea } = chart
    ctx.save()
    ctx.font = '600 13px system-ui, sans-serif'
    ctx.textBaseline = 'middle'
    meta.data.forEach((element, i) => {
      const value = values[i]
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number }
      if (typeof value === 'number') {
        const noun = nouns[i]
        const label = `${noun ? `${noun} ` : ''}${formatPercent(value, locale, 1)}`
        const width = ctx.measureText(label).width
        // Beside the bar when there is room, otherwise inside its end in white.
        const inside = x + 6 + width > chartArea.right
        ctx.fillStyle = inside ? '#ffffff' : '#1f2937'
        ctx.fillText(label, inside ? x - 6 - width : x + 6, y)
      } else {
        ctx.fillStyle = '#6b7280'
        ctx.font = 'italic 12px system-ui, sans-serif'
        ctx.fillText(WORDS[locale].noData, chartArea.left + 6, y)
        ctx.font = '600 13px system-ui, sans-serif'
      }
    })
    ctx.restore()
  },
})

/**
 * Coverage by regency: horizontal bars sorted from highest to lowest share, regions without
 * data at the end with no bar (never a zero), and the target as a vertical line.
 */
export function coverageByRegionChart(
  rows: readonly RegionBarRow[],
  options: RegionChartOptions,
): ChartConfiguration<'bar' | 'line', (number | null)[], string> {
  const { locale, target } = options
  const words = WORDS[locale]
  const sorted = [...rows].sort((a, b) => {
    if (a.percent === null || b.percent === null)
      return a.percent === null ? (b.percent === null ? a.name.localeCompare(b.name, 'id') : 1) : -1
    return b.percent - a.percent || a.name.localeCompare(b.name, 'id')
  })
  const maxValue = Math.max(100, ...sorted.map((r) => r.percent ?? 0), target ?? 0)
  const datasets: ChartConfiguration<
    'bar' | 'line',
    (number | null)[],
    string
  >['data']['datasets'] = [
    {
      type: 'bar',
      label: options.seriesLabel ?? words.coverage,
      data: sorted.map((r) => r.percent),
      backgroundColor: BAR_COLOUR,
      borderRadius: 3,
      maxBarThickness: 28,
    },
  ]
  if (target !== null) {
    datasets.push({
      type: 'line',
      label: `${words.target} ${formatPercent(target, locale, 2)}`,
      data: sorted.map(() => target),
      borderColor: TARGET_COLOUR,
      backgroundColor: TARGET_COLOUR,
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 0,
    })
  }
  return {
    type: 'bar',
    data: { labels: sorted.map((r) => r.name), datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: options.responsive ?? true,
      maintainAspectRatio: false,
      scales: {
        x: {
          min: 0,
          max: Math.ceil(maxValue / 10) * 10,
          title: { display: true, text: words.axis },
          ticks: { callback: (v) => formatPercent(Number(v), locale, 0) },
        },
        y: { ticks: { autoSkip: false, font: { size: 13 } } },
      },
      plugins: {
        legend: { display: target !== null, position: 'bottom' },
        tooltip: {
          callbacks: {
            label: (item: TooltipItem<'bar' | 'line'>) =>
              item.raw === null
                ? words.noData
                : `${item.dataset.label}: ${
                    item.datasetIndex === 0 && sorted[item.dataIndex]?.noun
                      ? `${sorted[item.dataIndex]!.noun} `
                      : ''
                  }${formatPercent(Number(item.raw), locale, 2)}`,
          },
        },
      },
    },
    plugins: [
      barValueLabels(
        locale,
        sorted.map((r) => r.noun),
      ),
    ],
  }
}

export interface TrendPoint {
  period: string
  percent: number
}

export interface TrendSeries {
  /** Says what the line is a share of: "PU · terdaftar · basis tidak disebut sumber". */
  label: string
  points: readonly TrendPoint[]
}

/** A period on a time-proportional axis: '2023' -> 2023, '2023-02' -> 2023 + 1/12. */
export function periodToAxis(period: string): number {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period)
  if (!m) throw new Error(`periode tidak sah: ${period}`)
  return Number(m[1]) + (m[2] ? (Number(m[2]) - 1) / 12 : 0)
}

function axisToPeriod(x: number): string {
  const year = Math.floor(x + 1e-9)
  const month = Math.round((x - year) * 12) + 1
  return month === 1 && Math.abs(x - year) < 1e-9
    ? String(year)
    : `${year}-${String(month).padStart(2, '0')}`
}

const SHORT_MONTHS = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
} as const

/** A period as an axis label: '2023-02' -> "Feb 2023" (id-ID and English), '2023' -> "2023". */
export function periodAxisLabel(period: string, locale: Locale): string {
  const m = /^(\d{4})(?:-(\d{2}))?$/.exec(period)
  if (!m) return period
  return m[2] ? `${SHORT_MONTHS[locale][Number(m[2]) - 1] ?? m[2]} ${m[1]}` : m[1]!
}

/**
 * Where the time axis gets a label. Years when the points span more than two years or are
 * all yearly; otherwise each period that has a point ("Feb 2023", "Agu 2023"). Never a
 * half-year position between two labels (the axis starts half a year before the first year).
 */
export function trendAxisTicks(periods: readonly string[], min: number, max: number): TrendTick[] {
  const unique = [...new Set(periods)].sort((a, b) => periodToAxis(a) - periodToAxis(b))
  const xs = unique.map(periodToAxis)
  const monthly = unique.some((p) => p.length > 4)
  const span = xs.length ? xs[xs.length - 1]! - xs[0]! : 0
  if (monthly && span <= 2) return unique.map((period, i) => ({ value: xs[i]!, period }))
  const ticks: TrendTick[] = []
  for (let y = Math.ceil(min); y <= Math.floor(max); y++)
    ticks.push({ value: y, period: String(y) })
  return ticks
}

export interface TrendTick {
  value: number
  period: string
}

/**
 * Coverage over time, one line per series (segment · measure · base). The x axis is time
 * proportional, so three years between two points look like three years.
 */
export function coverageTrendChart(
  series: readonly TrendSeries[],
  options: { locale: Locale; responsive?: boolean },
): ChartConfiguration<'line', { x: number; y: number }[]> {
  const { locale } = options
  const words = WORDS[locale]
  const xs = series.flatMap((s) => s.points.map((p) => periodToAxis(p.period)))
  // Half a year of room on each side, so a single year's points sit in the middle, not on the edge.
  const minX = xs.length ? Math.floor(Math.min(...xs)) - 0.5 : 0
  const maxX = xs.length ? Math.ceil(Math.max(...xs)) + 0.5 : 1
  const maxY = Math.max(100, ...series.flatMap((s) => s.points.map((p) => p.percent)))
  const ticks = trendAxisTicks(
    series.flatMap((s) => s.points.map((p) => p.period)),
    minX,
    maxX,
  )
  return {
    type: 'line',
    data: {
      datasets: series.map((s, i) => ({
        label: s.label,
        data: [...s.points]
          .sort((a, b) => a.period.localeCompare(b.period))
          .map((p) => ({ x: periodToAxis(p.period), y: p.percent })),
        borderColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        backgroundColor: SERIES_COLOURS[i % SERIES_COLOURS.length],
        pointRadius: 5,
        pointHoverRadius: 7,
        pointStyle: (['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const)[i % 6],
        borderWidth: 2,
        // A point on the first or last year must not be cut in half by the chart edge.
        clip: false as const,
      })),
    },
    options: {
      animation: false,
      responsive: options.responsive ?? true,
      maintainAspectRatio: false,
      parsing: false,
      scales: {
        x: {
          type: 'linear',
          min: minX,
          max: maxX,
          title: { display: true, text: words.year },
          // Chart.js would put its ticks every year from the axis minimum, which is half a
          // year before the first point, so none fell on a period: the ticks are set here, at
          // the years or at the periods with a point, and labelled "2023" or "Feb 2023"
          // (never "2.023" with a thousands separator).
          afterBuildTicks: (scale) => {
            scale.ticks = ticks.map((t) => ({ value: t.value }))
          },
          ticks: {
            autoSkip: true,
            maxRotation: 0,
            callback: (v) => {
              const value = Number(v)
              const tick = ticks.find((t) => Math.abs(t.value - value) < 1e-6)
              return tick ? periodAxisLabel(tick.period, locale) : ''
            },
          },
        },
        y: {
          min: 0,
          max: Math.ceil(maxY / 10) * 10,
          title: { display: true, text: words.axis },
          ticks: { callback: (v) => formatPercent(Number(v), locale, 0) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            title: (items) =>
              items[0] ? formatPeriod(axisToPeriod(items[0].parsed.x ?? 0), locale) : '',
            label: (item) =>
              `${item.dataset.label}: ${formatPercent(item.parsed.y ?? 0, locale, 2)}`,
          },
        },
      },
    },
  }
}
