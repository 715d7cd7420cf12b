import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { shots } from './pages/shots'

test('a decision becomes a commitment, and the decision then links to it', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  await page.goto('./#/kegiatan/5a3b1e00-0000-4000-8000-000100000005')
  const decisions = page.getByTestId('decisions-panel')
  await expect(decisions).toContainText('Rekognisi data')
  await decisions.getByRole('button', { name: 'Jadikan komitmen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Jadikan komitmen' })
  await dialog.getByRole('textbox', { name: 'Judul komitmen' }).fill('Mendaftarkan 12 ribu pekerja')
  await dialog.getByRole('textbox', { name: 'Nilai awal' }).fill('0')
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('12.000')
  await dialog.getByLabel('Tenggat').fill('2026-12-31')
  await dialog.getByRole('button', { name: 'Buat komitmen' }).click()
  await expect(dialog).toBeHidden()

  const link = decisions.getByRole('link', { name: /Komitmen tercatat/ })
  await expect(link).toBeVisible()
  await expect(decisions.getByRole('button', { name: 'Jadikan komitmen' })).toHaveCount(0)
  // The whole label is on screen, not cut off.
  const fits = await link.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)
  expect(fits).toBe(true)
  if (shots) await decisions.screenshot({ path: '/tmp/helper-decision-link.png' })
  await link.click()
  await expect(page).toHaveURL(/#\/komitmen\/[0-9a-f-]+$/)
  await expect(page.getByTestId('commitment-detail')).toContainText('Mendaftarkan 12 ribu pekerja')
})
