import { expect, type Page } from '@playwright/test'

export interface TargetValues {
  region?: string
  year?: string
  segment?: string
  unit?: 'jumlah pekerja' | 'persen'
  value?: string
  setBy?: string
  source?: string
}

/** The Target cakupan panel on a region or province profile, and its form in a dialog. */
export class TargetsPanel {
  constructor(readonly page: Page) {}

  get panel() {
    return this.page.getByTestId('region-targets')
  }

  get dialog() {
    return this.page.getByRole('dialog')
  }

  async openProfile(regionId: string, name: string) {
    await this.page.goto(`./#/wilayah/${regionId}`)
    await expect(this.page.getByRole('heading', { level: 2, name })).toBeVisible()
  }

  row(text: string) {
    return this.page
      .getByTestId('targets-table')
      .locator('tr[data-target-id]')
      .filter({ hasText: text })
  }

  async add() {
    await this.panel.getByRole('button', { name: 'Tambah target' }).click()
    await expect(this.dialog.getByLabel('Tahun target')).toBeFocused()
  }

  private async choose(label: string, option: string) {
    await this.dialog.getByRole('combobox', { name: label, exact: true }).click()
    await this.page.getByRole('option', { name: option, exact: true }).click()
  }

  async fill(v: TargetValues) {
    if (v.region) await this.choose('Wilayah', v.region)
    if (v.year !== undefined) await this.dialog.getByLabel('Tahun target').fill(v.year)
    if (v.segment) await this.choose('Segmen', v.segment)
    if (v.unit) await this.dialog.getByRole('radio', { name: v.unit, exact: true }).check()
    if (v.value !== undefined) await this.dialog.getByLabel('Nilai target').fill(v.value)
    if (v.setBy) await this.choose('Ditetapkan oleh', v.setBy)
    if (v.source !== undefined)
      await this.dialog.getByLabel('Sumber (dokumen penetapan target)').fill(v.source)
  }

  async save() {
    await this.dialog.getByRole('button', { name: 'Simpan' }).click()
  }
}
