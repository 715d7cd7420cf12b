import { expect, type Download, type Page } from '@playwright/test'
import ExcelJS from 'exceljs'
import { AppShell } from './app-shell'

/** The Data area: import, backup and exchange panels. */
export class DataPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto('./#/data')
    await expect(
      this.page.getByRole('heading', { name: 'Impor dari Excel atau CSV' }),
    ).toBeVisible()
  }

  /** Chooses a file through the app's own file picker. */
  async chooseFile(button: string, name: string, buffer: Buffer, mimeType: string) {
    const chooser = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: button }).click()
    await (await chooser).setFiles({ name, mimeType, buffer })
  }

  async chooseImport(name: string, buffer: Buffer) {
    await this.chooseFile(
      'Pilih berkas untuk diimpor…',
      name,
      buffer,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
  }

  preview() {
    return this.page.getByTestId('import-preview')
  }

  /** Sets the name recorded with every change on this laptop (Pengaturan). */
  async setUserName(name: string) {
    await new AppShell(this.page).openSettings()
    await this.page.getByLabel('Nama pengguna').fill(name)
    await this.page.getByRole('button', { name: 'Simpan', exact: true }).click()
    await expect(this.page.getByText('Pengaturan tersimpan')).toBeVisible()
  }

  /** Makes an exchange package for the given regions (and years) and returns the downloaded file. */
  async exportPackage(
    regionSearch: string,
    optionName: RegExp,
    years?: { from: number; to: number },
  ): Promise<{ name: string; buffer: Buffer }> {
    const select = this.page.getByRole('combobox', { name: 'Wilayah dalam paket' })
    await select.click()
    await select.fill(regionSearch)
    await this.page.getByRole('option', { name: optionName }).click()
    await this.page.keyboard.press('Escape')
    if (years) {
      await this.page.getByLabel('Dari tahun').fill(String(years.from))
      await this.page.getByLabel('Sampai tahun').fill(String(years.to))
    }
    const download = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Buat paket' }).click()
    return readDownload(await download)
  }

  async choosePackage(file: { name: string; buffer: Buffer }) {
    await this.chooseFile(
      'Impor paket dari laptop lain…',
      file.name,
      file.buffer,
      'application/json',
    )
    await expect(this.packagePreview()).toBeVisible()
  }

  packagePreview() {
    return this.page.getByTestId('package-preview')
  }

  /** Rows of the "Salinan pengaman" list, newest first. */
  safetyCopies() {
    return this.page.getByTestId('safety-copy')
  }
}

/** Builds an XLSX coverage file the way a BPJS branch might send it (numbers typed as numbers). */
export async function coverageWorkbook(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  const ws = wb.addWorksheet('Cakupan')
  ws.addRow([
    'Kode wilayah',
    'Periode',
    'Segmen',
    'Yang dihitung',
    'Jumlah peserta',
    'Jenis basis',
    'Keterangan basis',
    'Besar basis',
    'Persentase (dari sumber)',
    'Sumber',
    'Lembaga sumber',
    'Tanggal data',
    'Catatan',
  ])
  for (const r of rows) ws.addRow(r)
  return Buffer.from(await wb.xlsx.writeBuffer())
}

export async function readDownload(download: Download): Promise<{ name: string; buffer: Buffer }> {
  const chunks = await (await download.createReadStream()).toArray()
  return { name: download.suggestedFilename(), buffer: Buffer.concat(chunks as Buffer[]) }
}
