import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { MeetingsPage } from './pages/meetings-page'
import { shots } from './pages/shots'

const TIM9 = 'Tim 9 Paritrana Award Provinsi Kalimantan Selatan'

test('a rakor from inviting Tim 9 through attendance, decisions, a commitment and final minutes to the notulen PDF, with a correction after final', async ({
  page,
}, testInfo) => {
  // Builds a real PDF in a worker; generous for a loaded 2-core machine.
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  const meetings = new MeetingsPage(page)
  await meetings.create({
    title: 'Rakor Paritrana Award 2026',
    date: '2026-12-03',
    time: '09:30',
    venue: 'Aula Disnakertrans Kalsel',
  })
  await expect(page.getByTestId('minutes-status')).toHaveText('Draf')

  // Invitation: the whole committee in one action; a second time adds nobody.
  const attendance = page.getByTestId('attendance-panel')
  const inviteTim9 = async () => {
    await attendance.getByRole('combobox', { name: 'Undang satu kelompok' }).click()
    await page.getByRole('option', { name: new RegExp(`^${TIM9}`) }).click()
    await attendance.getByRole('button', { name: 'Undang kelompok' }).click()
  }
  await inviteTim9()
  await expect(attendance.getByTestId('invite-result')).toHaveText(
    `2 diundang dari ${TIM9}; 0 sudah ada di daftar; 7 kursi belum punya orang di direktori`,
  )
  await expect(attendance.getByTestId('attendance-row')).toHaveCount(2)
  await inviteTim9()
  await expect(attendance.getByTestId('invite-result')).toHaveText(
    `0 diundang dari ${TIM9}; 2 sudah ada di daftar; 7 kursi belum punya orang di direktori`,
  )
  await expect(attendance.getByTestId('attendance-row')).toHaveCount(2)

  // On the day: one came, one sent a representative; chosen with the keyboard.
  const irfan = attendance.getByRole('radiogroup', { name: 'Kehadiran: Irfan Sayuti' })
  // The choice follows the stored record: click, then wait for it to show.
  await irfan.getByRole('radio', { name: 'Hadir', exact: true }).click()
  await expect(irfan.getByRole('radio', { name: 'Hadir', exact: true })).toBeChecked()
  const bunyamin = attendance.getByRole('radiogroup', { name: 'Kehadiran: Bunyamin Najmi' })
  await bunyamin.getByRole('radio', { name: 'Diwakili', exact: true }).focus()
  await page.keyboard.press('Space')
  await expect(bunyamin.getByRole('radio', { name: 'Diwakili', exact: true })).toBeChecked()
  const representative = attendance.getByRole('textbox', {
    name: 'Diwakili oleh (nama, jabatan): Bunyamin Najmi',
  })
  await representative.fill('Budi Santoso, Kabid Kepesertaan')
  await representative.press('Enter')
  await expect(page.getByTestId('attendance-summary')).toHaveText(
    '1 hadir, 1 diwakili, 0 tidak hadir, 0 belum dicatat; 2 diundang',
  )

  // Agenda with its minutes, a decision, an action item.
  await meetings.addAgendaItem('Kesiapan dokumen Paritrana kabupaten/kota', 'Kadisnakertrans', '45')
  const agenda = page.getByTestId('agenda-panel')
  await agenda
    .getByRole('button', { name: 'Hasil pembahasan: Kesiapan dokumen Paritrana kabupaten/kota' })
    .click()
  await agenda
    .getByRole('textbox', { name: 'Hasil pembahasan: Kesiapan dokumen Paritrana kabupaten/kota' })
    .fill('Sembilan kabupaten/kota sudah mengirim dokumen; empat menyusul.')
  await agenda.getByRole('button', { name: 'Simpan hasil' }).click()
  await expect(agenda.getByText('Sembilan kabupaten/kota sudah mengirim dokumen')).toBeVisible()

  const decisions = page.getByTestId('decisions-panel')
  await decisions
    .getByRole('textbox', { name: 'Keputusan' })
    .fill('Dokumen empat kabupaten/kota dikirim paling lambat 20 Desember 2026')
  await decisions.getByRole('button', { name: 'Catat keputusan' }).click()
  await expect(decisions.getByText('Dokumen empat kabupaten/kota dikirim')).toBeVisible()

  const actions = page.getByTestId('actions-panel')
  await actions.getByLabel('Tindak lanjut', { exact: true }).fill('Rekap dokumen dikirim ke Tim 9')
  await actions.getByLabel('Penanggung jawab').fill('Disnaker')
  await actions.getByLabel('Batas waktu').fill('2026-12-20')
  await actions.getByRole('button', { name: 'Tambah tindak lanjut' }).click()
  await expect(actions.getByText('Rekap dokumen dikirim ke Tim 9')).toBeVisible()
  // Edited in its row: Esc leaves it as it was, Enter saves.
  const editAction = actions.getByRole('button', {
    name: 'Ubah tindak lanjut: Rekap dokumen dikirim ke Tim 9',
  })
  const owner = actions.getByRole('textbox', {
    name: 'Penanggung jawab: Rekap dokumen dikirim ke Tim 9',
  })
  await editAction.click()
  await owner.fill('Siapa saja')
  await owner.press('Escape')
  await expect(owner).toHaveCount(0)
  await expect(actions.getByTestId('action-row')).toContainText('Disnaker')
  await editAction.click()
  await owner.fill('Disnakertrans Kalsel')
  await owner.press('Enter')
  await expect(owner).toHaveCount(0)
  await expect(actions.getByTestId('action-row')).toContainText('Disnakertrans Kalsel')

  // "Jadikan komitmen" from the decision.
  await decisions.getByRole('button', { name: 'Jadikan komitmen' }).click()
  const dialog = page.getByRole('dialog', { name: 'Jadikan komitmen' })
  await dialog
    .getByRole('textbox', { name: 'Judul komitmen' })
    .fill('Dokumen Paritrana 13 kabupaten/kota lengkap')
  await dialog.getByRole('combobox', { name: 'Jenis komitmen' }).click()
  await page.getByRole('option', { name: 'Tonggak' }).click()
  await dialog.getByLabel('Tahapan (satu per baris)').fill('9 dokumen\n13 dokumen')
  await dialog.getByLabel('Tenggat').fill('2026-12-20')
  await dialog.getByRole('button', { name: 'Buat komitmen' }).click()
  await expect(dialog).toBeHidden()
  await expect(decisions.getByRole('link', { name: /Komitmen tercatat/ })).toBeVisible()

  // Final locks the record.
  const notulen = page.getByTestId('notulen-panel')
  await notulen.getByRole('button', { name: 'Tetapkan notulen final' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByTestId('minutes-status')).toHaveText('Final')
  await expect(notulen).toContainText('Belum ada koreksi.')

  // A change after final asks for a reason and is recorded as a correction.
  await decisions.getByRole('button', { name: 'Ubah keputusan 1' }).click()
  const edit = decisions.getByRole('textbox', { name: 'Ubah keputusan 1' })
  await edit.fill('Dokumen empat kabupaten/kota dikirim paling lambat 18 Desember 2026')
  await edit.press('Enter')
  const correction = page.getByRole('dialog', { name: 'Koreksi notulen final' })
  await expect(correction.getByTestId('correction-preview')).toContainText('18 Desember 2026')
  await correction.getByRole('button', { name: 'Simpan koreksi' }).click()
  await expect(correction.getByText('Alasan koreksi: wajib diisi')).toBeVisible()
  await correction
    .getByRole('textbox', { name: 'Alasan koreksi' })
    .fill('Tanggal disepakati ulang di akhir rapat')
  await correction.getByRole('button', { name: 'Simpan koreksi' }).click()
  await expect(correction).toBeHidden()
  await expect(decisions.getByText('paling lambat 18 Desember 2026')).toBeVisible()
  const recorded = notulen.getByTestId('correction')
  await expect(recorded).toHaveCount(1)
  await expect(recorded).toContainText('Alasan: Tanggal disepakati ulang di akhir rapat')
  await expect(recorded).toContainText(
    'menjadi "Dokumen empat kabupaten/kota dikirim paling lambat 18',
  )
  // Closing an action item later is follow-up: no reason asked, no correction.
  await actions.getByRole('combobox', { name: 'Status: Rekap dokumen dikirim ke Tim 9' }).click()
  await page.getByRole('option', { name: 'Selesai' }).click()
  await expect(
    actions.getByRole('combobox', { name: 'Status: Rekap dokumen dikirim ke Tim 9' }),
  ).toHaveValue('Selesai')
  await expect(recorded).toHaveCount(1)

  // The meeting's own venue is locked too: the form says so and asks for a reason.
  await page.getByRole('link', { name: 'Ubah', exact: true }).click()
  await expect(page.getByTestId('meeting-form-final')).toContainText('sudah final')
  await page.getByLabel('Tempat', { exact: true }).fill('Ruang Rapat Sekda Kalsel')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Alasan koreksi: wajib diisi')
  await page
    .getByRole('textbox', { name: 'Alasan koreksi' })
    .fill('Rapat dipindah ke ruang Sekda pagi itu')
  await page.getByRole('button', { name: 'Simpan', exact: true }).click()
  await expect(page.getByTestId('minutes-status')).toHaveText('Final')
  await expect(recorded).toHaveCount(2)
  await expect(recorded.nth(1)).toContainText(
    'Tempat dari "Aula Disnakertrans Kalsel" menjadi "Ruang Rapat Sekda Kalsel"',
  )
  if (shots) await page.screenshot({ path: '/tmp/meetings-notulen-page.png', fullPage: true })

  // The notulen PDF, read back.
  const downloadPromise = page.waitForEvent('download')
  await notulen.getByRole('button', { name: 'Buat notulen (PDF)' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('notulen-rakor-paritrana-award-2026-final.pdf')
  const file = testInfo.outputPath('notulen.pdf')
  await download.saveAs(file)
  if (shots) await download.saveAs('/tmp/meetings-notulen-e2e.pdf')
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  for (const expected of [
    'NOTULEN',
    'FINAL',
    'Rakor Paritrana Award 2026',
    '3 Desember 2026 09.30 WITA',
    'Irfan Sayuti',
    'Bunyamin Najmi',
    'Diwakili oleh Budi Santoso, Kabid Kepesertaan',
    '1. Kesiapan dokumen Paritrana kabupaten/kota',
    'Sembilan kabupaten/kota sudah mengirim dokumen; empat menyusul.',
    'Dokumen empat kabupaten/kota dikirim paling lambat 18 Desember 2026',
    'Menjadi komitmen: Dokumen Paritrana 13 kabupaten/kota lengkap',
    'Rekap dokumen dikirim ke Tim 9',
    'Disnakertrans Kalsel',
    '20 Desember 2026',
    'Selesai',
    'Sampai tahap "13 dokumen", tenggat 20 Desember 2026',
    'Koreksi sesudah notulen final',
    'Alasan: Tanggal disepakati ulang di akhir rapat',
    'Ruang Rapat Sekda Kalsel',
    'Alasan: Rapat dipindah ke ruang Sekda pagi itu',
  ])
    expect(text).toContain(expected)
  expect(text).not.toContain('DRAF')
})
