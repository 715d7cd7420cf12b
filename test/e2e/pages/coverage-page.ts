import { type Page } from '@playwright/test'

/** Wilayah → Catat cakupan. */
export class CoveragePage {
  constructor(readonly page: Page) {}

  async add() {
    await this.page.getByRole('button', { name: 'Tambah angka cakupan' }).click()
  }

  async fill(v: {
    year: string
    count: string
    baseLabel: string
    baseSize: string
    source: string
  }) {
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel('Tahun').fill(v.year)
    await dialog.getByLabel('Jumlah peserta').fill(v.count)
    await dialog.getByLabel('Keterangan basis').fill(v.baseLabel)
    await dialog.getByLabel('Besar basis').fill(v.baseSize)
    await dialog.getByLabel('Sumber (dokumen, berita, laporan)').fill(v.source)
  }

  async save() {
    await this.page.getByRole('dialog').getByRole('button', { name: 'Simpan' }).click()
  }
}
