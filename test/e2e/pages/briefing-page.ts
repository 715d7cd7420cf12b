import { expect, type Download, type Page } from '@playwright/test'

/** Paket briefing: choose sections and receive the PDF. */
export class BriefingPage {
  constructor(readonly page: Page) {}

  async setSection(label: string, on: boolean) {
    const box = this.page.getByRole('checkbox', { name: label })
    if ((await box.isChecked()) !== on) await box.click()
  }

  async generate(): Promise<Download> {
    const downloadPromise = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Susun PDF' }).click()
    const download = await downloadPromise
    await expect(this.page.getByText(/Paket briefing disimpan/)).toBeVisible()
    return download
  }
}
