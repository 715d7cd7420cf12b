import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { BriefingPage } from './pages/briefing-page'
import { MeetingsPage } from './pages/meetings-page'
import { shots } from './pages/shots'

test('a new meeting with agenda and attendees gives a briefing pack PDF download', async ({
  page,
}, testInfo) => {
  // Builds a real PDF in a worker: 38 s under a load average of 16.
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  const meetings = new MeetingsPage(page)
  await meetings.create({
    title: 'Rakor peningkatan cakupan 2026',
    date: '2026-12-03',
    time: '09:30',
    venue: 'Aula Bappeda Kalsel',
  })
  await meetings.addAgendaItem('Paparan cakupan PU dan BPU', 'Kepala Kantor Cabang', '30')
  await meetings.addAttendee('Bunyamin', /Bunyamin Najmi/)
  await page.getByRole('main').getByRole('link', { name: 'Paket briefing' }).click()
  const pack = new BriefingPage(page)
  await expect(page.getByTestId('pack-preview')).toContainText('46,44%')
  await pack.setSection('Templat notulen', false)
  const download = await pack.generate()
  expect(download.suggestedFilename()).toMatch(
    /^paket-briefing-rakor-peningkatan-cakupan-2026-\d{4}-\d{2}-\d{2}\.pdf$/,
  )
  const file = testInfo.outputPath('pack.pdf')
  await download.saveAs(file)
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Rakor peningkatan cakupan 2026')
  expect(text).toContain('3 Desember 2026 09.30 WITA')
  expect(text).toContain('Paparan cakupan PU dan BPU')
  expect(text).toContain('Bunyamin Najmi')
  expect(text).toContain('46,44%')
  expect(text).toContain('DAFTAR HADIR')
  expect(text).not.toContain('NOTULEN')
})

test('presenter mode moves through slides with the keyboard', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  await page.goto('./#/briefing/5a3b1e00-0000-4000-8000-000100000003/presentasi')
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'title')
  const counter = page.getByTestId('slide-counter')
  await expect(counter).toContainText('Slide 1 dari')
  await page.keyboard.press('ArrowRight')
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'figures')
  await expect(page.getByTestId('slide')).toContainText('46,44%')
  await page.keyboard.press('PageDown')
  await page.keyboard.press('PageDown')
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'regionChart')
  if (shots) await page.screenshot({ path: '/tmp/helper-briefing-presenter-chart.png' })
  await page.keyboard.press('PageUp')
  await expect(page.getByTestId('slide')).toHaveAttribute('data-kind', 'points')
  if (shots) await page.screenshot({ path: '/tmp/helper-briefing-presenter.png' })
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(/#\/kegiatan\/5a3b1e00-0000-4000-8000-000100000003$/)
})
