import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'

const AREAS = [
  'Ringkasan',
  'Wilayah',
  'Komitmen',
  'Kegiatan',
  'Paket Briefing',
  'Data',
  'Periksa data',
  'Sampah',
  'Pengaturan',
]

test('the app opens in Indonesian and a new user is told what to do first', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  const shell = new AppShell(page)
  await shell.open()
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(page.getByText('Selamat datang di Simpul')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Buka Pengaturan' })).toBeVisible()
  expect(errors).toEqual([])
})

test('every navigation area renders its screen', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open()
  for (const area of AREAS) {
    await shell.go(area)
    await expect(page.getByRole('main').getByRole('heading', { level: 2 }).first()).toBeVisible()
    await expect(page.getByRole('alert').filter({ hasText: 'Terjadi kesalahan' })).toHaveCount(0)
  }
})

test('the language switch turns the whole shell to English and back, and is remembered', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/pengaturan')
  await page.getByText('English', { exact: true }).click()
  await expect(shell.nav('Settings')).toBeVisible()
  await expect(shell.nav('Overview')).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.reload()
  await expect(shell.nav('Settings')).toBeVisible()
  await page.getByText('Bahasa Indonesia', { exact: true }).click()
  await expect(shell.nav('Pengaturan')).toBeVisible()
})

test('the user name is saved and then recorded with changes', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.openSettings()
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByText('Nama pengguna wajib diisi')).toBeVisible()
  await page.getByLabel('Nama pengguna').fill('Siti Rahmah')
  await page.getByLabel('Kantor / unit kerja').fill('Asisten I Setdaprov Kalsel')
  await page.getByLabel('Kantor / unit kerja').press('Enter')
  await expect(page.getByText('Pengaturan tersimpan')).toBeVisible()
  await page.reload()
  await expect(page.getByLabel('Nama pengguna')).toHaveValue('Siti Rahmah')
})

test('the browser bridge saves a file as a download', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Unduh daftar wilayah (CSV)' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('simpul-wilayah.csv')
  const csv = await readFile((await download.path())!, 'utf8')
  expect(csv.split('\r\n')[0]).toBe('kode;nama;jenis;induk')
  expect(csv).toContain('63.11;Balangan;kabupaten;63')
  expect(csv).toContain('63.72;Banjarbaru;kota;63')
})
