import { expect, type Download, type Page } from '@playwright/test'

/** Paket briefing: choose sections and receive the PDF. */
export class BriefingPage {
  constructor(readonly page: Page) {}

  async setSection(label: string, on: boolean) {
    await this.page.getByRole('checkbox', { name: label }).setChecked(on)
  }

  async generate(): Promise<Download> {
    const downloadPromise = this.page.waitForEvent('download')
    await this.page.getByRole('button', { name: 'Susun PDF' }).click()
    const download = await downloadPromise
    await expect(this.page.getByText(/Paket briefing disimpan/)).toBeVisible()
    return download
  }
}
