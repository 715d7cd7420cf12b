import { expect, type Page } from '@playwright/test'

/** Kegiatan: create a meeting, build its agenda and attendee list. */
export class MeetingsPage {
  constructor(readonly page: Page) {}

  /**
   * `year` instead of `date` and `time` records a meeting known only by its year; `date`
   * without `time` one known only to the day. `region` is the option's name in the form.
   */
  async create(v: {
    title: string
    date?: string
    time?: string
    year?: string
    venue: string
    series?: string
    region?: string
  }) {
    await this.page.goto('./#/kegiatan/baru')
    await this.page.getByLabel('Judul').fill(v.title)
    if (v.year !== undefined || v.time === undefined) {
      await this.page.getByRole('combobox', { name: 'Ketelitian tanggal' }).click()
      await this.page
        .getByRole('option', {
          name: v.year !== undefined ? 'Hanya tahun (tanggal tidak disebut)' : 'Hanya tanggal',
        })
        .click()
    }
    if (v.year !== undefined) await this.page.getByLabel(/^Tahun\s*\*?$/).fill(v.year)
    else await this.page.getByLabel(/^Tanggal\s*\*?$/).fill(v.date ?? '')
    if (v.time !== undefined) await this.page.getByLabel('Jam mulai (WITA)').fill(v.time)
    await this.page.getByLabel('Tempat').fill(v.venue)
    if (v.series) await this.page.getByRole('combobox', { name: 'Seri kegiatan' }).fill(v.series)
    await this.page.getByRole('combobox', { name: 'Wilayah cakupan' }).click()
    await this.page
      .getByRole('option', { name: v.region ?? 'Kalimantan Selatan (63)', exact: true })
      .click()
    await this.page.keyboard.press('Escape')
    await this.page.getByRole('button', { name: 'Simpan' }).click()
    await expect(this.page.getByRole('heading', { level: 2, name: v.title })).toBeVisible()
  }

  async addAgendaItem(title: string, presenter: string, minutes: string) {
    const panel = this.page.getByTestId('agenda-panel')
    await panel.getByLabel('Acara').fill(title)
    await panel.getByLabel('Penyaji').fill(presenter)
    await panel.getByLabel('Menit').fill(minutes)
    await panel.getByRole('button', { name: 'Tambah agenda' }).click()
    await expect(panel.getByRole('cell', { name: title, exact: true })).toBeVisible()
  }

  async addAttendee(search: string, optionName: RegExp) {
    const panel = this.page.getByTestId('attendance-panel')
    await panel.getByLabel('Pilih orang atau instansi').fill(search)
    await this.page.getByRole('option', { name: optionName }).click()
    await panel.getByRole('button', { name: 'Tambah peserta' }).click()
  }
}
