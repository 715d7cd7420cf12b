/**
 * Registers only the Chart.js pieces Simpul's charts use (tree-shaken imports keep the bundle
 * small). Imported by the chart component and by the PDF builder before they draw.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'

let registered = false

export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(
      BarController,
      BarElement,
      LineController,
      LineElement,
      PointElement,
      CategoryScale,
      LinearScale,
      Legend,
      Tooltip,
    )
    registered = true
  }
  return Chart
}
