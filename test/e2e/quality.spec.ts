import { execFileSync } from 'node:child_process'
import { copyFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { BriefingPage } from './pages/briefing-page'

const shots = Boolean(process.env.SIMPUL_SHOTS)
const RAKOR_2023 = '5a3b1e00-0000-4000-8000-000100000003'

test("Balangan's segment-mismatch flag shows on Periksa data, on the commitment, on the profile and in the pack", async ({
  page,
}, testInfo) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()

  await shell.go('Periksa data')
  const table = page.getByTestId('quality-table')
  const mismatch = table.locator('tr[data-rule="measurement_other_segment"]')
  await expect(mismatch).toHaveCount(1)
  await expect(mismatch).toContainText('Balangan')
  await expect(mismatch).not.toContainText('63.11')
  await expect(mismatch).toContainText('Diukur dengan angka segmen lain')
  // Filtered by rule, then by a region without flags.
  await page.getByRole('combobox', { name: 'Aturan' }).click()
  await page.getByRole('option', { name: 'Diukur dengan angka segmen lain' }).click()
  await expect(table.getByRole('row')).toHaveCount(2)
  await page.getByRole('main').getByRole('combobox', { name: 'Wilayah' }).click()
  await page.getByRole('option', { name: 'Balangan' }).click()
  await expect(mismatch).toHaveCount(1)
  if (shots) await page.screenshot({ path: '/tmp/screens-quality.png', fullPage: true })

  await mismatch.getByRole('link', { name: 'Buka' }).click()
  await expect(page.getByTestId('commitment-quality')).toContainText('Periksa')
  await expect(page.getByTestId('commitment-quality')).toContainText('semua pekerja')
  await expect(page.getByTestId('measurement-flag')).toHaveText('periksa data')

  await page.goto('./#/wilayah/63.11')
  await expect(page.getByTestId('region-quality')).toContainText('sama dengan angka semua pekerja')
  await expect(page.getByTestId('region-quality')).toContainText(
    'Tambahan perlindungan 20.000 pekerja rentan',
  )
  await expect(page.getByTestId('figure-quality').first()).toBeVisible()
  if (shots) await page.screenshot({ path: '/tmp/screens-profile-quality.png', fullPage: true })

  await page.goto(`./#/briefing/${RAKOR_2023}`)
  await expect(page.getByTestId('pack-preview')).toBeVisible()
  const download = await new BriefingPage(page).generate()
  const file = testInfo.outputPath('pack.pdf')
  await download.saveAs(file)
  if (shots) await copyFile(file, '/tmp/screens-pack.pdf')
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Catatan data')
  expect(text).toMatch(
    /Periksa: Pengukuran 62\.000 per 13 Oktober 2025 untuk komitmen pekerja rentan/,
  )
})
