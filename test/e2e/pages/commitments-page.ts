import { expect, type Locator, type Page } from '@playwright/test'

export interface CommitmentFields {
  region: string
  title: string
  statement?: string
  segment?: string
  baselineValue?: string
  baselineDate?: string
  baselineSource?: string
  targetValue: string
  deadline: string
  office?: string
  madeByName?: string
  madeByPosition?: string
}

/** The commitments area: list, form, detail and the measurement dialog. */
export class CommitmentsPage {
  constructor(readonly page: Page) {}

  async openList() {
    await this.page.goto('./#/komitmen')
    await expect(this.page.getByRole('heading', { level: 2, name: 'Komitmen' })).toBeVisible()
  }

  get form(): Locator {
    return this.page.getByTestId('commitment-form')
  }

  async startNew() {
    await this.page.getByRole('link', { name: 'Tambah komitmen' }).first().click()
    await expect(this.page.getByRole('heading', { name: 'Komitmen baru' })).toBeVisible()
  }

  async fill(f: CommitmentFields) {
    const form = this.form
    await form.getByLabel('Wilayah').selectOption({ label: f.region })
    await form.getByLabel('Judul').fill(f.title)
    if (f.statement) await form.getByLabel('Pernyataan lengkap').fill(f.statement)
    if (f.segment)
      await form.getByLabel('Segmen / kelompok sasaran').selectOption({ label: f.segment })
    if (f.baselineValue)
      await form.getByRole('textbox', { name: 'Nilai awal', exact: true }).fill(f.baselineValue)
    if (f.baselineDate) await form.getByLabel('Tanggal nilai awal').fill(f.baselineDate)
    if (f.baselineSource) await form.getByLabel('Sumber nilai awal').fill(f.baselineSource)
    await form.getByRole('textbox', { name: 'Target', exact: true }).fill(f.targetValue)
    await form.getByLabel('Tenggat').fill(f.deadline)
    if (f.office) await form.getByLabel('Perangkat daerah penanggung jawab').fill(f.office)
    if (f.madeByName) await form.getByLabel('Disampaikan oleh').fill(f.madeByName)
    if (f.madeByPosition) await form.getByLabel('Jabatan').fill(f.madeByPosition)
  }

  async save() {
    await this.form.getByRole('button', { name: 'Simpan komitmen' }).click()
  }

  async addMeasurement(date: string, value: string, source: string) {
    await this.page.getByRole('button', { name: 'Tambah pengukuran' }).click()
    const dialog = this.page.getByRole('dialog')
    await dialog.getByLabel('Tanggal').fill(date)
    await dialog.getByLabel('Nilai').fill(value)
    await dialog.getByLabel('Sumber').fill(source)
    await dialog.getByRole('button', { name: 'Simpan pengukuran' }).click()
    await expect(dialog).toHaveCount(0)
  }

  row(title: string): Locator {
    return this.page.getByTestId('commitment-row').filter({ hasText: title })
  }
}
