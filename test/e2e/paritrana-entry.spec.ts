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

test('in English: the import names row and column in English and reads English labels; the statement and edition forms speak English', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/pengaturan')
  await page.getByText('English', { exact: true }).click()
  await page.goto('./#/paritrana')
  await page.getByRole('tab', { name: 'Import and export' }).click()
  await expect(
    page.getByRole('heading', { name: 'Import the matrix or evidence from Excel/CSV' }),
  ).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Kind of data' })).toHaveValue(
    'Inpres 2/2021 matrix',
  )
  const header =
    'Kode wilayah;Kelompok pekerja;Status perlindungan;Jenis regulasi;Nomor regulasi;Tahap regulasi;Tanggal keadaan;Sumber'
  const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\r\n'), 'utf8')
  const good =
    '63.07;Village officials;All;Perbup (regent regulation);3 Tahun 2026;Issued;2026;Perbup HST 3/2026'
  const chooseCsv = async (name: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Choose a file to import…' }).click()
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer })
  }
  await chooseCsv('bad.csv', csv(good, '63.08;Village officials;sometimes;;;;2026;Rakor'))
  const preview = page.getByTestId('import-preview')
  await expect(preview.getByRole('alert')).toContainText('Row 3, column Status perlindungan:')
  await page.getByRole('button', { name: 'Cancel' }).click()
  await chooseCsv('good.csv', csv(good))
  await expect(page.getByTestId('preview-adds')).toContainText('Village officials')
  await page.getByRole('button', { name: 'Import 1 records' }).click()
  await expect(page.getByText('1 records added, 0 changed.')).toBeVisible()

  await page.getByRole('tab', { name: 'Inpres 2/2021 matrix' }).click()
  const cell = page
    .getByTestId('inpres-matrix')
    .locator('[data-region="63.07"] [data-group="perangkat_desa"]')
  await expect(cell).toHaveAttribute('data-status', 'seluruhnya')
  await expect(page.getByTestId('paritrana-sentences')).toContainText(
    'Only 1 of 13 regencies and cities are recorded to protect village officials: Hulu Sungai Tengah',
  )
  await page.getByTestId('statement-add').click()
  const form = page.getByTestId('inpres-statement-form')
  await form.getByRole('button', { name: 'Save' }).click()
  await expect(form.getByText('required')).toHaveCount(4)
  await form.getByLabel('Number of regencies and cities stated').fill('3')
  await form.getByRole('textbox', { name: /^Date of this status/ }).fill('2019-10-15')
  await form.getByRole('textbox', { name: /^Source's words/ }).fill('tiga kabupaten')
  await form.getByRole('textbox', { name: /^Source( \*)?$/ }).fill('ANTARA Kalsel')
  await expect(form.getByTestId('statement-preview')).toContainText(
    'According to ANTARA Kalsel (15 October 2019): only 3 of 13 regencies and cities protect honorary (non-civil-servant) staff; the source does not name the regions.',
  )
  await form.getByRole('button', { name: 'Cancel' }).click()
  await expect(form).toBeHidden()
  await page.getByRole('tab', { name: 'Editions and stages' }).click()
  await page.getByTestId('edition-add').click()
  const edition = page.getByTestId('paritrana-edition-form')
  await expect(edition.getByRole('group', { name: 'National interview' })).toBeVisible()
  await edition.getByRole('textbox', { name: /^Title/ }).fill('')
  await edition.getByRole('button', { name: 'Save' }).click()
  await expect(edition.getByText('required')).toBeVisible()
})
