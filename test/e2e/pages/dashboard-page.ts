import { expect, type Page } from '@playwright/test'

/** The Ringkasan: headline figures, the two charts with their tables, the regency table. */
export class DashboardPage {
  constructor(readonly page: Page) {}

  headline(text: string) {
    return this.page.getByTestId('headline-figure').filter({ hasText: text })
  }

  regencyRow(regionId: string) {
    return this.page.getByTestId('regency-table').locator(`tr[data-region="${regionId}"]`)
  }

  /** The data of the Chart.js chart drawn on a canvas, read through Chart.getChart. */
  async chartData(testId: string) {
    const canvas = this.page.getByTestId(`${testId}-canvas`)
    await expect(canvas).toBeVisible()
    return canvas.evaluate((el) => {
      type ChartStatic = { getChart: (c: HTMLCanvasElement) => { data: unknown } | undefined }
      const chart = (window as unknown as { SimpulChart?: ChartStatic }).SimpulChart?.getChart(
        el as HTMLCanvasElement,
      )
      return chart
        ? (JSON.parse(JSON.stringify(chart.data)) as {
            labels?: string[]
            datasets: { label: string; data: unknown[] }[]
          })
        : null
    })
  }

  async showTable(panelTestId: string) {
    await this.page.getByTestId(panelTestId).getByText('Tabel', { exact: true }).click()
    await expect(this.page.getByTestId(`${panelTestId}-table`)).toBeVisible()
  }
}
