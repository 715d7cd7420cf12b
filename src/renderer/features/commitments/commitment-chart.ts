/**
 * The progress chart as data: commitment and measurements in, a Chart.js configuration out
 * (animation off, so screenshots and PDF images are stable), plus the same numbers as table
 * rows for the table view. No Chart.js import beyond types; no DOM.
 */
import type { ChartConfiguration } from 'chart.js'
import type { Commitment, CommitmentMeasurement } from '../../db/types'
import { dayNumber, isoFromDayNumber } from '../../domain/progress'
import { isLive } from '../../db/live'

export interface ChartLabels {
  measured: string
  target: string
  baseline: string
  line: string
}

export interface ChartFormatters {
  date: (iso: string) => string
  value: (v: number) => string
}

export interface ChartTableRow {
  date: string
  kind: 'baseline' | 'measurement' | 'target'
  value: number | null
  /** The straight line's value at this date, where there is a line. */
  expected: number | null
  source: string
}

interface ChartModel {
  baseline: { date: string; value: number } | null
  target: { date: string; value: number } | null
  measured: { date: string; value: number; source: string }[]
}

function model(commitment: Commitment, measurements: CommitmentMeasurement[]): ChartModel {
  const milestone = commitment.kind === 'milestone'
  const measured = measurements
    .filter(isLive)
    .map((m) => ({ date: m.date, value: milestone ? m.stageIndex : m.value, source: m.source }))
    .filter((m): m is { date: string; value: number; source: string } => m.value !== null)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
  const baselineValue = milestone ? 0 : commitment.baselineValue
  const baselineDate = commitment.baselineDate ?? measured[0]?.date ?? null
  const targetValue = milestone ? Math.max(1, commitment.stages.length - 1) : commitment.targetValue
  return {
    baseline:
      baselineValue !== null && baselineDate ? { date: baselineDate, value: baselineValue } : null,
    target: targetValue !== null ? { date: commitment.deadline, value: targetValue } : null,
    measured,
  }
}

function lineValueAt(m: ChartModel, date: string): number | null {
  if (!m.baseline || !m.target) return null
  const total = dayNumber(m.target.date) - dayNumber(m.baseline.date)
  if (total <= 0) return m.target.value
  const f = Math.min(1, Math.max(0, (dayNumber(date) - dayNumber(m.baseline.date)) / total))
  return m.baseline.value + f * (m.target.value - m.baseline.value)
}

export function commitmentChartRows(
  commitment: Commitment,
  measurements: CommitmentMeasurement[],
): ChartTableRow[] {
  const m = model(commitment, measurements)
  const rows: ChartTableRow[] = []
  if (m.baseline)
    rows.push({
      date: m.baseline.date,
      kind: 'baseline',
      value: m.baseline.value,
      expected: m.baseline.value,
      source: commitment.baselineSource,
    })
  for (const p of m.measured)
    rows.push({
      date: p.date,
      kind: 'measurement',
      value: p.value,
      expected: lineValueAt(m, p.date),
      source: p.source,
    })
  if (m.target)
    rows.push({
      date: m.target.date,
      kind: 'target',
      value: m.target.value,
      expected: m.target.value,
      source: '',
    })
  return rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
}

export function buildCommitmentChart(
  commitment: Commitment,
  measurements: CommitmentMeasurement[],
  labels: ChartLabels,
  fmt: ChartFormatters,
): ChartConfiguration<'line', { x: number; y: number }[]> {
  const m = model(commitment, measurements)
  // The deadline is always on the axis, so a commitment with no baseline, no target yet and
  // no measurement (an increase on an unknown baseline) still has a time span.
  const days = [
    m.baseline?.date,
    m.target?.date ?? commitment.deadline,
    ...m.measured.map((p) => p.date),
  ]
    .filter((d): d is string => Boolean(d))
    .map(dayNumber)
  const minX = Math.min(...days)
  const maxX = Math.max(...days)
  const pad = Math.max(15, Math.round((maxX - minX) * 0.03))
  const span = { min: minX - pad, max: maxX + pad }
  const milestone = commitment.kind === 'milestone'
  const datasets: ChartConfiguration<'line', { x: number; y: number }[]>['data']['datasets'] = []
  if (m.target) {
    datasets.push({
      label: labels.target,
      data: [
        { x: span.min, y: m.target.value },
        { x: span.max, y: m.target.value },
      ],
      borderColor: '#2f9e44',
      borderWidth: 2,
      pointRadius: 0,
    })
  }
  if (m.baseline) {
    datasets.push({
      label: labels.baseline,
      data: [
        { x: span.min, y: m.baseline.value },
        { x: span.max, y: m.baseline.value },
      ],
      borderColor: '#868e96',
      borderWidth: 1.5,
      borderDash: [2, 3],
      pointRadius: 0,
    })
  }
  if (m.baseline && m.target) {
    datasets.push({
      label: labels.line,
      data: [
        { x: dayNumber(m.baseline.date), y: m.baseline.value },
        { x: dayNumber(m.target.date), y: m.target.value },
      ],
      borderColor: '#1c7ed6',
      borderWidth: 2,
      borderDash: [8, 5],
      pointRadius: 3,
    })
  }
  datasets.push({
    label: labels.measured,
    data: m.measured.map((p) => ({ x: dayNumber(p.date), y: p.value })),
    borderColor: '#e8590c',
    backgroundColor: '#e8590c',
    borderWidth: 3,
    pointRadius: 6,
    pointHoverRadius: 8,
    stepped: milestone ? 'before' : false,
  })
  const stageLabel = (v: number) => commitment.stages[v] ?? ''
  return {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      plugins: {
        legend: { position: 'bottom', labels: { font: { size: 14 } } },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? fmt.date(isoFromDayNumber(items[0].parsed.x ?? 0)) : ''),
            label: (item) =>
              `${item.dataset.label ?? ''}: ${milestone ? stageLabel(item.parsed.y ?? 0) : fmt.value(item.parsed.y ?? 0)}`,
          },
        },
      },
      scales: {
        x: {
          type: 'linear',
          min: span.min,
          max: span.max,
          ticks: {
            callback: (v) => fmt.date(isoFromDayNumber(Number(v))),
            maxTicksLimit: 6,
            font: { size: 13 },
          },
        },
        y: milestone
          ? {
              type: 'linear',
              min: 0,
              max: Math.max(1, commitment.stages.length - 1),
              ticks: { stepSize: 1, callback: (v) => stageLabel(Number(v)), font: { size: 13 } },
            }
          : {
              type: 'linear',
              ticks: { callback: (v) => fmt.value(Number(v)), font: { size: 13 } },
            },
      },
    },
  }
}
