import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { MeetingsPage } from './pages/meetings-page'

test('a meeting with its agenda, attendees and an action item that carries over to the next in the series', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  const meetings = new MeetingsPage(page)
  await meetings.create({
    title: 'Rakor triwulan III 2026',
    date: '2026-09-10',
    time: '09:00',
    venue: 'Aula Disnakertrans Kalsel',
    series: 'Rakor triwulan',
  })
  await expect(page.getByTestId('meeting-date')).toHaveText('10 September 2026 09.00 WITA')
  await meetings.addAgendaItem('Paparan cakupan PU dan BPU', 'Kepala Kantor Cabang', '30')
  await meetings.addAgendaItem('Komitmen kabupaten/kota', 'Kadisnakertrans', '45')
  await expect(page.getByText('Total 75 menit')).toBeVisible()
  await meetings.addAttendee('Irfan', /Irfan Sayuti/)
  await expect(page.getByTestId('attendance-summary')).toHaveText(
    '0 hadir, 0 diwakili, 0 tidak hadir, 1 belum dicatat; 1 diundang',
  )
  // The choice follows the stored record, so it shows once the write is done.
  const irfan = page.getByRole('radiogroup', { name: 'Kehadiran: Irfan Sayuti' })
  await irfan.getByRole('radio', { name: 'Hadir', exact: true }).click()
  await expect(irfan.getByRole('radio', { name: 'Hadir', exact: true })).toBeChecked()
  await expect(page.getByTestId('attendance-summary')).toHaveText(
    '1 hadir, 0 diwakili, 0 tidak hadir, 0 belum dicatat; 1 diundang',
  )

  const actions = page.getByTestId('actions-panel')
  await actions
    .getByLabel('Tindak lanjut', { exact: true })
    .fill('Data pekerja rentan per kabupaten dikirim ke provinsi')
  await actions.getByLabel('Penanggung jawab').fill('Disnakertrans')
  await actions.getByRole('button', { name: 'Tambah tindak lanjut' }).click()
  await expect(
    actions.getByText('Data pekerja rentan per kabupaten dikirim ke provinsi'),
  ).toBeVisible()

  await meetings.create({
    title: 'Rakor triwulan IV 2026',
    date: '2026-12-10',
    time: '09:00',
    venue: 'Aula Disnakertrans Kalsel',
    series: 'rakor triwulan',
  })
  await expect(
    page.getByText('Kegiatan sebelumnya dalam seri: Rakor triwulan III 2026'),
  ).toBeVisible()
  await expect(
    page
      .getByTestId('actions-panel')
      .getByText('Data pekerja rentan per kabupaten dikirim ke provinsi'),
  ).toBeVisible()
})

test('the 2020 sample meeting shows only its year', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  await shell.go('Kegiatan')
  await page.getByRole('link', { name: 'Sosialisasi Paritrana Award 2020' }).click()
  await expect(page.getByTestId('meeting-date')).toHaveText('2020 (tanggal tidak disebut)')
})
