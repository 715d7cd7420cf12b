/**
 * Puts a new configuration into a chart that is already drawn, instead of destroying it and
 * building a new one: a change of province or period then costs one redraw ('none': no
 * animation, no re-creation of the canvas, its listeners and its controllers).
 */
import type { ChartConfiguration } from 'chart.js'

/** The part of a Chart.js instance this needs (a test passes a plain object). */
export interface UpdatableChart {
  config: { type?: string; plugins?: unknown[] }
  data: unknown
  options: unknown
  update(mode?: 'none'): void
}

/**
 * Applies `next` to `chart` and returns true, or returns false when the chart must be built
 * anew (its type changed, which Chart.js cannot switch in place).
 */
export function applyChartConfig(chart: UpdatableChart, next: ChartConfiguration): boolean {
  if (chart.config.type !== next.type) return false
  chart.data = next.data
  chart.options = next.options ?? {}
  // Inline plugins (the bar value labels) close over the rows they label: the chart reads
  // them from its config's list, which update() re-reads, so the list is replaced in place.
  const plugins = chart.config.plugins
  if (plugins) plugins.splice(0, plugins.length, ...(next.plugins ?? []))
  chart.update('none')
  return true
}
