import { expect, test } from '@playwright/test'
import { DataPage, coverageWorkbook } from './pages/data-page'
import { shots } from './pages/shots'

const banjar = [
  '63.03',
  '2024',
  'pu',
  'active',
  21450,
  'pekerja_eligible',
  'pekerja formal',
  52000,
  null,
  'Rakor Banjar Juni 2024',
  'BPJS Ketenagakerjaan',
  '2024-06-30',
  '',
]
const banjarBpu = [
  '63.03',
  '2024',
  'bpu',
  'registered',
  3120,
  'potensi',
  'pekerja informal',
  61000,
  null,
  'Rakor Banjar Juni 2024',
  'BPJS Ketenagakerjaan',
  '2024-06-30',
  '',
]

test('an XLSX file imports through the preview and its rows appear on the region page', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open()
  await data.chooseImport('cakupan-banjar.xlsx', await coverageWorkbook([banjar, banjarBpu]))
  await expect(data.preview()).toContainText('cakupan-banjar.xlsx: 2 baris data')
  await expect(data.preview().getByText('2 baru')).toBeVisible()
  // Codes read as their labels; numbers and dates in id-ID.
  const banjarRow = page
    .getByTestId('preview-adds')
    .getByRole('row')
    .filter({ hasText: 'Penerima Upah (PU)' })
  await expect(banjarRow).toContainText('63.03 Banjar')
  await expect(banjarRow).toContainText('aktif')
  await expect(banjarRow).toContainText('Pekerja yang wajib/eligible')
  await expect(banjarRow).toContainText('21.450')
  await expect(banjarRow).toContainText('52.000')
  await expect(banjarRow).toContainText('30 Juni 2024')
  await expect(banjarRow).not.toContainText('pekerja_eligible')
  await expect(page.getByTestId('preview-adds')).toContainText('Bukan Penerima Upah (BPU)')
  if (shots) await data.preview().screenshot({ path: '/tmp/helper-data2-import-preview.png' })
  let downloads = 0
  page.on('download', () => downloads++)
  await page.getByRole('button', { name: 'Impor 2 data' }).click()
  await expect(page.getByText('2 data ditambahkan, 0 diubah.')).toBeVisible()
  // The safety copy is kept in the browser's own store, not offered as a download.
  await expect(data.safetyCopies()).toHaveCount(1)
  await expect(data.safetyCopies().first()).toContainText('sebelum impor XLSX cakupan-banjar.xlsx')
  expect(downloads).toBe(0)

  await page.goto('./#/wilayah/63.03')
  await expect(page.getByText('Rakor Banjar Juni 2024').first()).toBeVisible()

  // The same file again: nothing new, nothing to import.
  await data.open()
  await data.chooseImport('cakupan-banjar.xlsx', await coverageWorkbook([banjar, banjarBpu]))
  await expect(data.preview().getByText('2 sama')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Impor 0 data' })).toBeDisabled()

  // A changed figure: the preview shows the change in id-ID numbers.
  await data.chooseImport(
    'cakupan-banjar-revisi.xlsx',
    await coverageWorkbook([[...banjar.slice(0, 4), 22000, ...banjar.slice(5)], banjarBpu]),
  )
  await expect(data.preview().getByText('1 berubah')).toBeVisible()
  const change = data.preview().getByRole('row').filter({ hasText: 'Jumlah peserta' })
  await expect(change).toContainText('21.450')
  await expect(change).toContainText('22.000')
  if (shots) await data.preview().screenshot({ path: '/tmp/helper-data2-import-change.png' })
})

test('a broken XLSX shows the errors by row and column and adds nothing', async ({ page }) => {
  const data = new DataPage(page)
  await data.open()
  const bad = [...banjar]
  bad[4] = -20
  const unknown = [...banjarBpu]
  unknown[0] = '63.99'
  await data.chooseImport('cakupan-rusak.xlsx', await coverageWorkbook([bad, unknown]))
  const alert = data.preview().getByRole('alert')
  await expect(alert).toContainText('2 kesalahan')
  await expect(alert).toContainText('Baris 2, kolom Jumlah peserta: tidak boleh negatif')
  await expect(alert).toContainText('Baris 3, kolom Kode wilayah: kode wilayah 63.99 tidak dikenal')
  await expect(page.getByRole('button', { name: /^Impor \d+ data$/ })).toBeDisabled()
  if (shots) await page.screenshot({ path: '/tmp/helper-data-import-errors.png', fullPage: true })

  // A file that is not a spreadsheet at all, named .xlsx.
  await data.chooseImport('laporan.xlsx', Buffer.from('%PDF-1.7 bukan lembar kerja'))
  await expect(page.getByRole('alert')).toContainText('bukan XLSX yang sah')

  await page.goto('./#/wilayah/63.03')
  await expect(page.getByRole('heading', { level: 1, name: 'Simpul' })).toBeVisible()
  await expect(page.getByText('Rakor Banjar Juni 2024')).toHaveCount(0)
  const count = await page.evaluate(async () => {
    const open = indexedDB.open('simpul')
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result)
      open.onerror = () => rej(open.error)
    })
    return new Promise<number>((res) => {
      const req = db.transaction('coverage').objectStore('coverage').count()
      req.onsuccess = () => res(req.result)
    })
  })
  expect(count).toBe(0)
})

test('a downloaded backup restores after showing what it holds, with a safety backup first', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open()
  await page.getByRole('button', { name: 'Muat contoh data' }).click()
  await expect(page.getByTestId('sample-count')).toBeVisible()
  await expect(page.getByTestId('backup-reminder')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Unduh cadangan' }).click()
  const file = await download
  const text = await (
    await file.createReadStream()
  )
    .toArray()
    .then((chunks) => Buffer.concat(chunks as Buffer[]))
  await expect(page.getByTestId('backup-reminder')).toHaveCount(0)
  await page.getByRole('button', { name: 'Hapus contoh data' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByTestId('sample-count')).toHaveCount(0)

  await data.chooseFile(
    'Pulihkan dari cadangan…',
    file.suggestedFilename(),
    text,
    'application/json',
  )
  await expect(page.getByTestId('restore-preview')).toContainText('cakupan')
  if (shots) await page.screenshot({ path: '/tmp/helper-data-restore.png', fullPage: true })
  await page.getByRole('button', { name: 'Ganti semua data dengan cadangan ini' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByTestId('sample-count')).toBeVisible()
  // The empty state just before the restore is kept as a safety copy in the browser.
  await expect(data.safetyCopies().first()).toContainText(
    `sebelum pemulihan dari ${file.suggestedFilename()}`,
  )
  await expect(data.safetyCopies().first()).toContainText('tanpa data yang dicatat')

  // A truncated backup is refused with nothing changed.
  await data.chooseFile(
    'Pulihkan dari cadangan…',
    'potong.simpul.json',
    text.subarray(0, 500),
    'application/json',
  )
  await expect(page.getByRole('alert').filter({ hasText: 'rusak atau terpotong' })).toBeVisible()
})

test('a safety copy restores through the same preview, after a fresh copy, and downloads as a backup file', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open()
  await expect(page.getByText('Belum ada salinan pengaman.')).toBeVisible()
  await page.getByRole('button', { name: 'Muat contoh data' }).click()
  await expect(page.getByTestId('sample-count')).toBeVisible()
  await data.chooseImport('cakupan-banjar.xlsx', await coverageWorkbook([banjar]))
  await page.getByRole('button', { name: 'Impor 1 data' }).click()
  await expect(page.getByText('1 data ditambahkan, 0 diubah.')).toBeVisible()
  const copy = data.safetyCopies().first()
  await expect(copy).toContainText('sebelum impor XLSX cakupan-banjar.xlsx')
  await expect(copy).toContainText(/\d+ data \(/)
  await expect(page.getByTestId('safety-copies')).toContainText('ikut hilang bila peramban dihapus')
  if (shots) {
    await page
      .getByTestId('safety-copies')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 260))
    await page.screenshot({ path: '/tmp/helper-data2-safety-copies.png' })
  }

  const download = page.waitForEvent('download')
  await copy.getByRole('button', { name: 'Unduh' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(
    /^simpul-backup-.*_sebelum-impor-xlsx-cakupan-banjar-xlsx\.simpul\.json$/,
  )

  await copy.getByRole('button', { name: 'Pulihkan' }).click()
  await expect(page.getByTestId('restore-preview')).toContainText('Salinan pengaman')
  await page.getByRole('button', { name: 'Ganti semua data dengan cadangan ini' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByText('Data dipulihkan.')).toBeVisible()
  await expect(data.safetyCopies()).toHaveCount(2)
  await expect(data.safetyCopies().first()).toContainText('sebelum pemulihan dari salinan pengaman')

  // The imported Banjar row is gone again; the sample data is still there.
  await page.goto('./#/wilayah/63.03')
  await expect(page.getByRole('heading', { level: 1, name: 'Simpul' })).toBeVisible()
  await expect(page.getByText('Rakor Banjar Juni 2024')).toHaveCount(0)
  // The copies survive a reload: they live in their own database.
  await data.open()
  await expect(data.safetyCopies()).toHaveCount(2)
})

test('an empty Data page offers the sample first, once; the safety copies list is English in English', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open()
  const sampleTitle = page.getByRole('heading', { name: 'Contoh data Kalsel' })
  await expect(sampleTitle).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 3 }).first()).toHaveText(
    'Contoh data Kalsel',
  )
  const load = page.getByRole('button', { name: 'Muat contoh data' })
  await load.click()
  await expect(page.getByTestId('sample-count')).toBeVisible()
  await expect(load).toBeDisabled()
  await data.chooseImport('cakupan-banjar.xlsx', await coverageWorkbook([banjar]))
  await page.getByRole('button', { name: 'Impor 1 data' }).click()
  await expect(page.getByText('1 data ditambahkan, 0 diubah.')).toBeVisible()
  await expect(data.safetyCopies().first()).toContainText('komitmen')

  // With data recorded, the sample card is no longer first.
  await page.reload()
  await expect(sampleTitle).toBeVisible()
  await expect(page.getByRole('main').getByRole('heading', { level: 3 }).first()).not.toHaveText(
    'Contoh data Kalsel',
  )
  await expect(page.getByRole('button', { name: 'Muat contoh data' })).toBeDisabled()

  await page.goto('./#/pengaturan')
  await page.getByText('English', { exact: true }).click()
  await page.goto('./#/data')
  const copy = data.safetyCopies().first()
  await expect(copy).toContainText('commitments')
  await expect(copy).toContainText('meetings')
  await expect(copy).not.toContainText('komitmen')
  await expect(copy).not.toContainText('kegiatan')
})
