import { expect, test, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { AppShell } from './pages/app-shell'
import { DataPage, readDownload } from './pages/data-page'

async function openSheets(page: Page) {
  const shell = new AppShell(page)
  await shell.open('/paritrana')
  await page.getByRole('tab', { name: 'Impor dan ekspor' }).click()
  await expect(
    page.getByRole('heading', { name: 'Impor matriks atau bukti dari Excel/CSV' }),
  ).toBeVisible()
}

async function download(page: Page, button: string, item: string) {
  const file = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  await page.getByRole('menuitem', { name: item }).click()
  return readDownload(await file)
}

async function workbook(buffer: Buffer) {
  const wb = new ExcelJS.Workbook()
  await wb.xlsx.load(buffer as unknown as ArrayBuffer)
  return wb
}

const cell = (page: Page, region: string, group: string) =>
  page.getByTestId('inpres-matrix').locator(`[data-region="${region}"] [data-group="${group}"]`)

test('Inpres matrix from the template: download, fill, preview, import, see it in the matrix; a bad file writes nothing; the export reads back', async ({
  page,
}) => {
  await openSheets(page)
  const data = new DataPage(page)

  // The template, with the labels as drop-downs on a hidden "Pilihan" sheet.
  const template = await download(page, 'Unduh templat', 'Excel (.xlsx)')
  expect(template.name).toMatch(/^templat-matriks-inpres-\d{4}-\d{2}-\d{2}\.xlsx$/)
  const wb = await workbook(template.buffer)
  const ws = wb.worksheets[0]!
  const header = (ws.getRow(1).values as unknown[]).slice(1)
  expect(header.slice(0, 4)).toEqual([
    'Id',
    'Kode wilayah',
    'Kelompok pekerja',
    'Status perlindungan',
  ])
  expect(wb.getWorksheet('Pilihan')?.state).toBe('hidden')
  const col = (name: string) => header.indexOf(name) + 1

  // Fill it as an official would: the example row overwritten, a second row added.
  const put = (row: number, values: Record<string, string | number | null>) => {
    for (const [name, v] of Object.entries(values)) ws.getRow(row).getCell(col(name)).value = v
  }
  put(2, {
    'Kode wilayah': '63.03',
    'Kelompok pekerja': 'Perangkat desa',
    'Status perlindungan': 'Seluruhnya',
    'Pekerja terlindungi': 2900,
    'Jumlah dalam kelompok': 2900,
    'Jenis regulasi': 'Perbup',
    'Nomor regulasi': '15 Tahun 2026',
    'Tanggal regulasi': '2026-02-01',
    'Tahap regulasi': 'Terbit',
    'Tahun APBD': 2026,
    'Anggaran APBD (Rp)': 2_100_000_000,
    'Pekerja dibiayai APBD': 2900,
    'Tanggal keadaan': '2026-03-01',
    Sumber: 'Perbup Banjar 15/2026',
  })
  put(3, {
    'Kode wilayah': '63.01',
    'Kelompok pekerja': 'Non-ASN/honorer',
    'Status perlindungan': 'Sebagian',
    'Tanggal keadaan': '2026',
    Sumber: 'Rakor Tanah Laut 2026',
  })
  const good = Buffer.from(await wb.xlsx.writeBuffer())

  // A bad copy first: an unknown status and an APBD amount without its year.
  put(2, { 'Tahun APBD': null })
  put(3, { 'Status perlindungan': 'kadang-kadang' })
  const bad = Buffer.from(await wb.xlsx.writeBuffer())
  await data.chooseImport('matriks-salah.xlsx', bad)
  const refused = data.preview().getByRole('alert')
  await expect(refused).toContainText('Tidak ada yang disimpan')
  await expect(refused).toContainText(
    'Baris 3, kolom Status perlindungan: "kadang-kadang" bukan pilihan yang dikenal (Belum; Sebagian; Seluruhnya)',
  )
  await expect(refused).toContainText('Baris 2, kolom Tahun APBD: isi tahun anggaran APBD')
  await expect(page.getByRole('button', { name: /^Impor \d+ data$/ })).toBeDisabled()
  await page.getByRole('button', { name: 'Batal' }).click()

  // The good file: its preview, then the import.
  await data.chooseImport('matriks.xlsx', good)
  const adds = page.getByTestId('preview-adds')
  await expect(adds).toContainText('Perangkat desa')
  await expect(adds).toContainText('Non-ASN/honorer')
  await expect(adds.getByRole('row')).toHaveCount(3)
  await page.getByRole('button', { name: 'Impor 2 data' }).click()
  await expect(page.getByText('2 data ditambahkan, 0 diubah.')).toBeVisible()

  await page.getByRole('tab', { name: 'Matriks Inpres 2/2021' }).click()
  await expect(cell(page, '63.03', 'perangkat_desa')).toHaveAttribute('data-status', 'seluruhnya')
  await expect(cell(page, '63.03', 'perangkat_desa')).toContainText('Perbup 15 Tahun 2026 (Terbit)')
  await expect(cell(page, '63.01', 'non_asn')).toHaveAttribute('data-status', 'sebagian')
  await expect(page.getByTestId('paritrana-sentences')).toContainText(
    'Baru 1 dari 13 kabupaten/kota tercatat melindungi perangkat desa: Banjar; 12 belum ada catatan.',
  )
  // The bad file wrote nothing: no third record anywhere, Tanah Laut has only the good row.
  await expect(
    page.getByTestId('inpres-matrix').locator('td[data-status]:not([data-status=""])'),
  ).toHaveCount(2)

  // The export, in the template's format, reads back with both records.
  await page.getByRole('tab', { name: 'Impor dan ekspor' }).click()
  const exported = await download(page, 'Ekspor matriks (2 catatan)', 'Excel (.xlsx)')
  const out = (await workbook(exported.buffer)).worksheets[0]!
  expect(out.rowCount).toBe(3)
  const outHeader = (out.getRow(1).values as unknown[]).slice(1)
  const regionCol = outHeader.indexOf('Kode wilayah') + 1
  expect([out.getRow(2).getCell(regionCol).value, out.getRow(3).getCell(regionCol).value]).toEqual([
    '63.01',
    '63.03',
  ])
  // Importing the export again changes nothing.
  await data.chooseImport(exported.name, exported.buffer)
  await expect(data.preview()).toContainText('2 sama')
  await expect(page.getByRole('button', { name: 'Impor 0 data' })).toBeDisabled()

  // The scores export: one row per regency as computed now, with the rubric's standing.
  const scores = await download(page, 'Ekspor skor kesiapan', 'CSV (.csv, titik koma)')
  const lines = scores.buffer
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
  expect(lines).toHaveLength(14)
  expect(lines[0]).toContain('"Skor total (dari 100)"')
  expect(lines[1]).toContain('"asumsi lokal, bukan resmi"')
})

test('indicator evidence from its template: picked by the rubric label, imported, and the readiness no longer lists it as missing', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/paritrana')
  await page.getByRole('tab', { name: 'Kesiapan' }).click()
  const main = page.getByRole('main')
  await main.getByRole('combobox', { name: 'Wilayah yang dilihat', exact: true }).click()
  await page.getByRole('option', { name: 'Tabalong', exact: true }).click()
  const missing = page.getByTestId('readiness-missing')
  await expect(missing).toContainText('Inovasi perlindungan pekerja')

  await page.getByRole('tab', { name: 'Impor dan ekspor' }).click()
  await main.getByRole('combobox', { name: 'Jenis data', exact: true }).click()
  await page.getByRole('option', { name: 'Bukti indikator Paritrana' }).click()
  const template = await download(page, 'Unduh templat', 'Excel (.xlsx)')
  expect(template.name).toMatch(/^templat-bukti-paritrana-/)
  const wb = await workbook(template.buffer)
  const ws = wb.worksheets[0]!
  const header = (ws.getRow(1).values as unknown[]).slice(1)
  const lists = wb.getWorksheet('Pilihan')!
  const listed = (lists.getColumn(1).values as unknown[]).slice(2)
  expect(listed).toEqual(['Kepala daerah hadir dalam wawancara', 'Inovasi perlindungan pekerja'])
  const put = (values: Record<string, string | number | null>) => {
    for (const [name, v] of Object.entries(values))
      ws.getRow(2).getCell(header.indexOf(name) + 1).value = v
  }
  put({
    'Kode wilayah': '63.09',
    Indikator: 'Inovasi perlindungan pekerja',
    'Nilai (0–100)': 80,
    Bukti: 'Program perlindungan pekerja rentan desa (uji)',
    Sumber: 'Laporan Disnaker Tabalong',
  })
  await new DataPage(page).chooseImport('bukti.xlsx', Buffer.from(await wb.xlsx.writeBuffer()))
  await expect(page.getByTestId('preview-adds')).toContainText('Inovasi perlindungan pekerja')
  await page.getByRole('button', { name: 'Impor 1 data' }).click()
  await expect(page.getByText('1 data ditambahkan, 0 diubah.')).toBeVisible()

  await page.getByRole('tab', { name: 'Kesiapan' }).click()
  await main.getByRole('combobox', { name: 'Wilayah yang dilihat', exact: true }).click()
  await page.getByRole('option', { name: 'Tabalong', exact: true }).click()
  await expect(page.getByTestId('readiness-detail')).toContainText('Tabalong')
  await expect(missing).toContainText('Kepala daerah hadir dalam wawancara')
  await expect(missing).not.toContainText('Inovasi perlindungan pekerja')
})
