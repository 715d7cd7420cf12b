import { expect, test, type Locator, type Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'

async function choose(page: Page, scope: Locator, label: string, option: string | RegExp) {
  await scope.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option }).first().click()
}

/** Picks one option of a MultiSelect by typing part of its name; Tab closes the list. */
async function pick(page: Page, scope: Locator, label: string, search: string, option: RegExp) {
  const box = scope.getByRole('combobox', { name: label, exact: true })
  await box.click()
  await box.fill(search)
  await page.getByRole('option', { name: option }).first().click()
  await page.keyboard.press('Tab')
}

test('a province statement: errors named with nothing written, the sentence it will read, saved without inventing regions, edited, guarded, and moved to the trash after asking', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/paritrana')
  await expect(page.getByText('Belum ada pernyataan tingkat provinsi.')).toBeVisible()
  await page.getByTestId('statement-add').click()
  const form = page.getByTestId('inpres-statement-form')
  await expect(form).toBeVisible()
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form.getByText('wajib diisi')).toHaveCount(4)
  await form.getByLabel('Jumlah kabupaten/kota yang disebut').fill('14')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form.getByText('lebih besar dari jumlah kabupaten/kota')).toBeVisible()

  await form.getByLabel('Jumlah kabupaten/kota yang disebut').fill('4')
  await expect(form.getByLabel('Dari jumlah kabupaten/kota')).toHaveValue('13')
  await form.getByRole('textbox', { name: /^Tanggal keadaan/ }).fill('2019-10-15')
  await form
    .getByRole('textbox', { name: /^Kutipan sumber/ })
    .fill('Baru 4 dari 13 kabupaten/kota yang melindungi tenaga honorernya')
  await form.getByRole('textbox', { name: /^Sumber/ }).fill('ANTARA Kalsel')
  await expect(form.getByTestId('statement-preview')).toContainText(
    'Menurut ANTARA Kalsel (15 Oktober 2019): baru 4 dari 13 kabupaten/kota melindungi tenaga honorer (non-ASN); wilayahnya tidak disebut sumber.',
  )
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  const statements = page.getByTestId('paritrana-statements')
  await expect(statements).toContainText('baru 4 dari 13 kabupaten/kota melindungi tenaga honorer')
  // No region was given a status by it.
  await expect(
    page.getByTestId('inpres-matrix').locator('td[data-status]:not([data-status=""])'),
  ).toHaveCount(0)

  // Edit: a typed change is not lost by Esc without asking.
  await statements.getByRole('button', { name: 'Ubah' }).click()
  await expect(form).toBeVisible()
  await form.getByLabel('Jumlah kabupaten/kota yang disebut').fill('5')
  await page.keyboard.press('Escape')
  const leave = page.getByRole('dialog', { name: 'Tinggalkan formulir?' })
  await expect(leave).toBeVisible()
  await leave.getByRole('button', { name: 'Tetap di sini' }).click()
  await expect(form.getByLabel('Jumlah kabupaten/kota yang disebut')).toHaveValue('5')
  await choose(page, form, 'Cakupan pernyataan', 'Melindungi sebagian, belum seluruhnya')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  await expect(statements).toContainText(
    'baru 5 dari 13 kabupaten/kota melindungi tenaga honorer (non-ASN), belum seluruhnya',
  )

  // Delete asks first, then the statement is in the trash.
  await statements.getByRole('button', { name: 'Hapus' }).click()
  const ask = page.getByRole('dialog', { name: 'Hapus' })
  await expect(ask).toContainText('dipindahkan ke Sampah')
  await ask.getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByText('Belum ada pernyataan tingkat provinsi.')).toBeVisible()
  await shell.go('Sampah')
  await expect(
    page.getByTestId('trash-row').filter({ hasText: 'Pernyataan Inpres tingkat provinsi' }),
  ).toHaveCount(1)
})

test('a Paritrana edition: stages with planned and held dates, regions, Tim 9, a Kegiatan and a commitment linked; a bad date named with nothing written; edited; deleted after asking', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  await shell.nav('Paritrana').click()
  await page.getByRole('tab', { name: 'Edisi dan tahapan' }).click()
  const editions = page.getByTestId('paritrana-editions')
  await expect(editions).toContainText('Paritrana Award 2023')
  await page.getByTestId('edition-add').click()
  const form = page.getByTestId('paritrana-edition-form')
  await expect(form).toBeVisible()
  await expect(form.getByRole('textbox', { name: /^Tahun/ })).toHaveValue('2026')
  await form.getByRole('textbox', { name: /^Judul/ }).fill('Paritrana Award 2026 (uji)')
  await choose(page, form, 'Tim 9', /^Tim 9 Paritrana Award/)
  await pick(page, form, 'Diusulkan', 'Balangan', /Balangan/)

  const usulan = form.locator('[data-stage="usulan"]')
  await usulan.getByRole('textbox', { name: /^Rencana/ }).fill('31 Mei')
  const interview = form.locator('[data-stage="wawancara_nasional"]')
  await interview.getByRole('textbox', { name: /^Rencana/ }).fill('2026-04-22')
  await interview.getByRole('textbox', { name: /^Terlaksana/ }).fill('2026-04-23')
  await pick(page, interview, 'Wilayah yang ikut/lolos tahap ini', 'Balangan', /Balangan/)
  await pick(
    page,
    interview,
    'Kegiatan',
    'Wawancara',
    /^Wawancara Paritrana Award Tingkat Nasional 2023/,
  )
  await pick(page, interview, 'Komitmen', '20.000', /^Tambahan perlindungan 20\.000 pekerja rentan/)

  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(usulan.getByText('tanggal tidak sah (TTTT-BB-HH atau TTTT)')).toBeVisible()
  await expect(editions).not.toContainText('Paritrana Award 2026 (uji)')
  await usulan.getByRole('textbox', { name: /^Rencana/ }).fill('2026')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()

  const card = editions.locator('[data-edition]', { hasText: 'Paritrana Award 2026 (uji)' })
  await expect(card).toContainText('Diusulkan: Balangan')
  await expect(card).toContainText('Tim 9: Tim 9 Paritrana Award Provinsi Kalimantan Selatan')
  const row = card.getByRole('row', { name: /Wawancara nasional/ })
  await expect(row).toContainText('22 April 2026')
  await expect(row).toContainText('23 April 2026')
  await expect(
    row.getByRole('link', { name: /Wawancara Paritrana Award Tingkat Nasional 2023/ }),
  ).toBeVisible()
  await expect(row.getByRole('link', { name: /20\.000 pekerja rentan/ })).toBeVisible()
  await expect(card.getByRole('row', { name: /Usulan kandidat oleh BPJS/ })).toContainText('2026')
  // Stages left empty are not stored.
  await expect(card.getByRole('row')).toHaveCount(3)

  // Edit the title; the stages stay.
  await card.getByRole('button', { name: 'Ubah' }).click()
  await expect(form).toBeVisible()
  await expect(interview.getByRole('textbox', { name: /^Rencana/ })).toHaveValue('2026-04-22')
  await form.getByRole('textbox', { name: /^Judul/ }).fill('Paritrana Award 2026')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  const renamed = editions.locator('[data-edition]', { hasText: /^Paritrana Award 2026 ·/ })
  await expect(renamed.getByRole('row', { name: /Wawancara nasional/ })).toContainText(
    '22 April 2026',
  )

  // Delete asks first; the sample's editions stay.
  await renamed.getByRole('button', { name: 'Hapus' }).click()
  const ask = page.getByRole('dialog', { name: 'Hapus' })
  await expect(ask).toContainText('Paritrana Award 2026 dipindahkan ke Sampah')
  await ask.getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(renamed).toHaveCount(0)
  await expect(editions).toContainText('Paritrana Award 2023')
})
