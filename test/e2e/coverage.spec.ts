import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { CoveragePage } from './pages/coverage-page'

test('a coverage figure typed in id-ID gets its percentage computed, and shows on the profile', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/wilayah/cakupan?wilayah=63.05')
  const entry = new CoveragePage(page)
  await entry.add()
  await entry.fill({
    year: '2025',
    count: '12.500',
    baseLabel: 'pekerja di luar ASN',
    baseSize: '50.000',
    source: 'Laporan Disnaker Tapin 2025',
  })
  await expect(page.getByTestId('computed-preview')).toHaveText('Cakupan: 25% pekerja di luar ASN')
  await expect(page.getByLabel('Persentase dari sumber')).toBeDisabled()
  await entry.save()
  const grid = page.getByTestId('coverage-grid')
  await expect(grid).toContainText('25%')
  await expect(grid).toContainText('12.500 dari 50.000')
  await expect(grid).toContainText('periode 2025 (tanggal tidak disebut)')

  await page.reload()
  await expect(page.getByTestId('coverage-grid')).toContainText('12.500 dari 50.000')
  await page.getByRole('link', { name: 'Buka profil wilayah' }).click()
  await expect(page.getByTestId('region-latest')).toContainText('25%')
})

test('the form refuses a figure without a source and names the field', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open('/wilayah/cakupan?wilayah=63.05')
  const entry = new CoveragePage(page)
  await entry.add()
  await entry.fill({
    year: '2025',
    count: '12.500',
    baseLabel: 'x',
    baseSize: '50.000',
    source: '',
  })
  await entry.save()
  await expect(page.getByRole('dialog')).toContainText('Sumber: wajib diisi')
})
