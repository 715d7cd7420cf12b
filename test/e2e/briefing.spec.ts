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
  // The preview comes from the screen's worker, which read the data itself.
  await expect(page.getByTestId('pack-preview')).toContainText('46,44%')
  await expect(page.getByTestId('pack-preview-error')).toHaveCount(0)
  // A change saved in another window reaches the worker (Dexie's BroadcastChannel): the
  // preview and the PDF follow it without reopening the screen.
  const meetingId = /#\/briefing\/([^/?#]+)$/.exec(page.url())?.[1]
  expect(meetingId).toBeTruthy()
  const other = await page.context().newPage()
  await other.goto(`./#/kegiatan/${meetingId}/ubah`)
  await other.getByLabel('Judul').fill('Rakor peningkatan cakupan 2026 revisi')
  await other.getByRole('button', { name: 'Simpan' }).click()
  await expect(
    other.getByRole('heading', { level: 2, name: 'Rakor peningkatan cakupan 2026 revisi' }),
  ).toBeVisible()
  await other.close()
  await expect(
    page.getByRole('heading', { name: 'Paket briefing: Rakor peningkatan cakupan 2026 revisi' }),
  ).toBeVisible()
  await expect(page.getByTestId('pack-preview')).toContainText('46,44%')
  await pack.setSection('Templat notulen', false)
  const download = await pack.generate()
  expect(download.suggestedFilename()).toMatch(
    /^paket-briefing-rakor-peningkatan-cakupan-2026-revisi-\d{4}-\d{2}-\d{2}\.pdf$/,
  )
  const file = testInfo.outputPath('pack.pdf')
  await download.saveAs(file)
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Rakor peningkatan cakupan 2026 revisi')
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
  // Opened from an address: back to the meeting's briefing page.
  await expect(page).toHaveURL(/#\/briefing\/5a3b1e00-0000-4000-8000-000100000003$/)
})

test('every talking point of every slide is inside the slide, and Esc goes back to the briefing page', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  const meetingId = '5a3b1e00-0000-4000-8000-000100000003'
  await page.goto(`./#/briefing/${meetingId}`)
  await page.getByRole('main').getByRole('link', { name: 'Mode presentasi' }).click()
  const counter = page.getByTestId('slide-counter')
  await expect(counter).toContainText('Slide 1 dari')
  const total = Number(/dari (\d+)/.exec((await counter.textContent()) ?? '')?.[1])
  expect(total).toBeGreaterThan(5)
  const seen: string[] = []
  for (let n = 1; n <= total; n++) {
    await expect(counter).toContainText(`Slide ${n} dari ${total}`)
    const slide = page.getByTestId('slide')
    const kind = await slide.getAttribute('data-kind')
    const box = await page.getByTestId('slide-box').boundingBox()
    expect(box).not.toBeNull()
    for (const point of await page.getByTestId('slide-point').all()) {
      await expect(point).toBeVisible()
      const b = (await point.boundingBox())!
      const text = (await point.textContent()) ?? ''
      expect(b.y, `${kind} ${n}: ${text}`).toBeGreaterThanOrEqual(box!.y - 1)
      expect(b.y + b.height, `${kind} ${n}: ${text}`).toBeLessThanOrEqual(box!.y + box!.height + 1)
      expect(b.x + b.width, `${kind} ${n}: ${text}`).toBeLessThanOrEqual(box!.x + box!.width + 1)
      seen.push(text)
    }
    if (shots && kind !== 'title')
      await page.screenshot({ path: `/tmp/helper-presenter-slide-${n}.png` })
    if (n < total) await page.keyboard.press('ArrowRight')
  }
  // The sample's Balangan profile has more points than fit beside its figures.
  expect(seen.length).toBeGreaterThan(10)
  await page.keyboard.press('Escape')
  await expect(page).toHaveURL(new RegExp(`#/briefing/${meetingId}$`))
})
