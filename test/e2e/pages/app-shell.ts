import { expect, type Page } from '@playwright/test'

/** The shell: navigation and the Data area's sample panel, used by several suites. */
export class AppShell {
  constructor(readonly page: Page) {}

  async open(path = '/') {
    await this.page.goto(`./#${path}`)
    await expect(this.page.getByRole('heading', { level: 1, name: 'Simpul' })).toBeVisible()
  }

  /**
   * Pengaturan, once it has read the stored name and office: the form shows at once and the
   * stored values replace its fields when read, so typing earlier can be overwritten. The
   * app version appears after that.
   */
  async openSettings() {
    await this.open('/pengaturan')
    await expect(this.page.getByText(/^Versi aplikasi: /)).toBeVisible()
  }

  nav(name: string) {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true })
  }

  async go(name: string) {
    await this.nav(name).click()
  }

  async loadSample() {
    await this.go('Data')
    await this.page.getByRole('button', { name: 'Muat contoh data' }).click()
    await expect(this.page.getByTestId('sample-count')).toContainText(
      'data contoh ada di laptop ini',
    )
  }

  async removeSample() {
    await this.go('Data')
    await this.page.getByRole('button', { name: 'Hapus contoh data' }).click()
    await this.page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await expect(this.page.getByTestId('sample-count')).toHaveCount(0)
  }
}
