import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'

test('the region list searches by name and opens Balangan\u2019s profile with its history, target and meetings', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  await shell.go('Wilayah')
  await page.getByLabel('Cari wilayah').fill('balangan')
  const list = page.getByTestId('region-list')
  await expect(list.getByRole('row')).toHaveCount(2)
  await list.getByRole('link', { name: 'Balangan' }).click()

  await expect(page.getByRole('heading', { name: 'Balangan', level: 2 })).toBeVisible()
  await expect(page.getByTestId('region-latest')).toContainText('96,9%')
  await expect(page.getByTestId('registered-active')).toContainText(
    '96% dari peserta terdaftar berstatus aktif',
  )
  // The big number is said once: no count line under a large count, and the registered/active
  // pair is a sentence, not the same two figures large again under the cards.
  const rentan = page
    .getByTestId('region-latest')
    .getByTestId('headline-figure')
    .filter({ hasText: 'Pekerja rentan' })
  await expect(rentan.getByTestId('figure-big')).toHaveText('41.120')
  await expect(rentan).not.toContainText('41.120 pekerja')
  await expect(page.getByTestId('registered-active')).toContainText(
    'Semua pekerja, 2025: 96,9% terdaftar (dari target Bappenas (64.000))',
  )
  await expect(
    page.getByTestId('registered-active').getByText('96,9%', { exact: true }),
  ).toHaveCount(0)
  await expect(page.getByTestId('coverage-grid')).toContainText('41.120 pekerja')
  await expect(
    page.getByTestId('region-targets').locator('tr[data-target-id]').filter({ hasText: '2025' }),
  ).toContainText('64.000 pekerja')
  await expect(page.getByTestId('region-meetings')).toContainText(
    'Sosialisasi dan Bimtek BPJS Ketenagakerjaan di Paringin',
  )
  await expect(page.getByTestId('chart-region-trend-canvas')).toBeVisible()
  if (process.env.SIMPUL_SHOTS) {
    await page.setViewportSize({ width: 1600, height: 1000 })
    await page.screenshot({ path: '/tmp/helper-coverage-region.png', fullPage: true })
  }

  await shell.go('Wilayah')
  await page.getByLabel('Cari wilayah').fill('Tapin')
  await page.getByTestId('region-list').getByRole('link', { name: 'Tapin' }).click()
  await expect(page.getByTestId('region-no-coverage')).toContainText('Belum ada data cakupan')
})
