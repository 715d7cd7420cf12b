import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { buildHook } from '../../scripts/bench/hook-build'
import { installHook } from '../../scripts/bench/run'
import { DashboardPage } from './pages/dashboard-page'

// The sample holds only Kalimantan Selatan; the bench's tiny national set (38 provinces, 514
// regencies, seed 7) gives a second province with figures, loaded by the bench's own hook.
test('changing the province puts the new province’s figures into the charts on screen', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const root = resolve(import.meta.dirname, '../..')
  const hookSource = await buildHook(root, resolve(root, 'out/web-bench-hook-province'))
  await page.addInitScript({ content: 'window.__name = (f) => f' })
  await page.goto('./favicon.svg')
  await installHook(page, hookSource)
  await page.evaluate(() =>
    (
      window as unknown as { simpulBench: { load: (...a: unknown[]) => Promise<unknown> } }
    ).simpulBench.load(7, 'tiny', 'bulk'),
  )
  await page.goto('./#/')
  const dash = new DashboardPage(page)
  await expect(dash.regencyRow('63.11').first()).toBeVisible({ timeout: 60_000 })

  const names = async (prefix: string) =>
    [
      ...new Set(
        await page
          .getByTestId('regency-table')
          .locator(`tr[data-region^="${prefix}."] td:first-child`)
          .allTextContents(),
      ),
    ].sort()
  const kalsel = await dash.chartData('chart-regions')
  expect([...(kalsel?.labels ?? [])].sort()).toEqual(await names('63'))
  // Mark the canvases: after the change they must be the same elements, drawn again.
  await page.evaluate(() => {
    for (const id of ['chart-regions-canvas', 'chart-trend-canvas'])
      document.querySelector(`[data-testid="${id}"]`)?.setAttribute('data-before', '1')
  })

  await page.getByRole('combobox', { name: 'Provinsi', exact: true }).click()
  await page.getByRole('option', { name: 'Jawa Barat (32)', exact: true }).click()
  await expect(
    page.getByRole('main').getByRole('heading', { name: 'Ringkasan Jawa Barat' }),
  ).toBeVisible()
  await expect(dash.regencyRow('63.11')).toHaveCount(0)
  await expect(page.getByTestId('province-loading')).toHaveCount(0)

  const jabar = await names('32')
  expect(jabar.length).toBeGreaterThan(5)
  await expect
    .poll(async () => [...((await dash.chartData('chart-regions'))?.labels ?? [])].sort())
    .toEqual(jabar)
  const bars = await dash.chartData('chart-regions')
  // One bar a regency, highest first, each the share the table shows for it.
  const values = (bars?.datasets[0]?.data ?? []) as (number | null)[]
  expect(values).toHaveLength(jabar.length)
  const numbers = values.filter((v): v is number => v !== null)
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  const first = bars!.labels![0]!
  const firstText = await page
    .getByTestId('regency-table')
    .locator('tr[data-region^="32."]')
    .filter({ hasText: first })
    .first()
    .textContent()
  expect(firstText).toContain(
    `${numbers[0]!.toLocaleString('id-ID', { maximumFractionDigits: 1 })}`.split(',')[0],
  )
  // Kept mounted: the same canvas elements, not new ones.
  await expect(page.locator('[data-testid="chart-regions-canvas"][data-before="1"]')).toHaveCount(1)
  await expect(page.locator('[data-testid="chart-trend-canvas"][data-before="1"]')).toHaveCount(1)
})
