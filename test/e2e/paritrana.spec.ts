import { execFileSync } from 'node:child_process'
import { expect, test, type Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { BriefingPage } from './pages/briefing-page'

const MEETING_2019 = '5a3b1e00-0000-4000-8000-000100000001'

async function choose(
  page: Page,
  scope: ReturnType<Page['getByTestId']>,
  label: string,
  option: string,
) {
  await scope.getByRole('combobox', { name: label, exact: true }).click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

test('Paritrana: the matrix with the seed statements, a Perbup and APBD for perangkat desa, the default rubric score, what is missing, and all of it in the PDF and on slides', async ({
  page,
}, testInfo) => {
  // Builds a real PDF in a worker; the machine is shared.
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  await shell.nav('Paritrana').click()

  // The 2019 sosialisasi statements, as the source said them, without naming regions.
  const statements = page.getByTestId('paritrana-statements')
  await expect(statements).toContainText(
    'baru 4 dari 13 kabupaten/kota melindungi tenaga honorer (non-ASN); wilayahnya tidak disebut sumber.',
  )
  await expect(statements).toContainText(
    'baru 3 dari 13 kabupaten/kota melindungi perangkat desa, belum seluruhnya',
  )
  const matrix = page.getByTestId('inpres-matrix')
  await expect(matrix.locator('[data-region="63.11"] [data-group="pekerja_rentan"]')).toContainText(
    '41.120',
  )

  // Record Tabalong's Perbup and APBD for its village officials.
  await matrix.locator('[data-region="63.09"] [data-group="perangkat_desa"] button').click()
  const form = page.getByTestId('inpres-status-form')
  await expect(form).toBeVisible()
  await choose(page, form, 'Status perlindungan', 'Seluruhnya')
  await form.getByLabel('Pekerja terlindungi').fill('1.250')
  await form.getByLabel('Jumlah dalam kelompok').fill('1.250')
  await choose(page, form, 'Jenis regulasi', 'Perbup')
  await form.getByLabel('Nomor regulasi').fill('7 Tahun 2026')
  await choose(page, form, 'Tahap regulasi', 'Terbit')
  await form.getByLabel('Tahun APBD').fill('2026')
  await form.getByLabel('Anggaran APBD (Rp)').fill('1.500.000.000')
  // Without a source nothing is written, and the field says why.
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form.getByText('wajib diisi')).toBeVisible()
  await expect(
    matrix.locator('[data-region="63.09"] [data-group="perangkat_desa"]'),
  ).toHaveAttribute('data-status', '')
  await form
    .getByRole('textbox', { name: /^Sumber/ })
    .fill('Perbup Tabalong 7/2026 dan DPA Disnaker 2026')
  await form.getByRole('button', { name: 'Simpan' }).click()
  await expect(form).toBeHidden()
  const cell = matrix.locator('[data-region="63.09"] [data-group="perangkat_desa"]')
  await expect(cell).toHaveAttribute('data-status', 'seluruhnya')
  await expect(cell).toContainText('Perbup 7 Tahun 2026 (Terbit)')
  await expect(cell).toContainText('APBD 2026')
  await expect(page.getByTestId('paritrana-sentences')).toContainText(
    'Baru 1 dari 13 kabupaten/kota tercatat melindungi perangkat desa: Tabalong; 12 belum ada catatan.',
  )

  // Score Tabalong with the default rubric, marked as a local assumption; see what is missing.
  await page.getByRole('tab', { name: 'Kesiapan' }).click()
  await expect(page.getByTestId('rubric-assumption')).toContainText('Asumsi lokal, bukan resmi')
  await choose(page, page.getByRole('main'), 'Wilayah yang dilihat', 'Tabalong')
  const detail = page.getByTestId('readiness-detail')
  await expect(detail).toContainText('Tabalong')
  await expect(page.getByTestId('readiness-aspects')).toContainText('Kebijakan dan regulasi')
  await expect(page.getByTestId('readiness-missing')).toContainText(
    'Kepala daerah hadir dalam wawancara',
  )
  await expect(page.getByTestId('readiness-raise')).toContainText('poin')
  await page.getByTestId('save-score').click()
  await expect(page.getByTestId('readiness-history')).toContainText(
    'Rubrik bawaan Simpul (asumsi lokal, bukan resmi) versi 1',
  )

  // The pack of the 2019 sosialisasi (all of Kalsel) carries it, read back from the PDF.
  await page.goto(`./#/briefing/${MEETING_2019}`)
  const pack = new BriefingPage(page)
  await expect(
    page.getByRole('checkbox', { name: 'Kesiapan Paritrana dan matriks Inpres 2/2021' }),
  ).toBeChecked()
  const download = await pack.generate()
  const file = testInfo.outputPath('pack.pdf')
  await download.saveAs(file)
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Kesiapan Paritrana')
  expect(text).toContain('bobot asumsi lokal, bukan resmi')
  expect(text).toContain('baru 4 dari 13 kabupaten/kota melindungi tenaga honorer')
  expect(text).toContain(
    'Baru 1 dari 13 kabupaten/kota tercatat melindungi perangkat desa: Tabalong',
  )
  expect(text).toMatch(/Tabalong.*Belum ada data: [^.]*Kepala daerah hadir dalam wawancara/)

  // And on the presenter's slides.
  await page.goto(`./#/briefing/${MEETING_2019}/presentasi`)
  const counter = page.getByTestId('slide-counter')
  await expect(counter).toContainText('Slide 1 dari')
  const total = Number(/dari (\d+)/.exec((await counter.textContent()) ?? '')?.[1])
  let found = false
  for (let i = 1; i < total && !found; i++) {
    await page.keyboard.press('PageDown')
    await expect(counter).toContainText(`Slide ${i + 1} dari`)
    found = ((await page.getByTestId('slide').textContent()) ?? '').includes('Kesiapan Paritrana')
  }
  expect(found).toBe(true)
  await expect(page.getByTestId('slide')).toContainText('baru 4 dari 13 kabupaten/kota')
})
