import { expect, test } from '@playwright/test'
import { CommitmentsPage } from './pages/commitments-page'
import { shots } from './pages/shots'

const TITLE = 'Melindungi 20.000 pekerja rentan lagi pada 2024'

test.beforeEach(async ({ page }) => {
  // "Today" is pinned so the derived status does not change with the calendar.
  await page.clock.setFixedTime(new Date('2026-11-23T10:00:00+08:00'))
})

test('the Balangan commitment is created through the forms, measured twice, and shows its status and progress', async ({
  page,
}) => {
  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  const c = new CommitmentsPage(page)
  await c.openList()
  await expect(page.getByText('Belum ada komitmen')).toBeVisible()
  await c.startNew()
  await c.fill({
    region: 'Balangan',
    title: TITLE,
    statement:
      'Pemerintah Kabupaten Balangan berkomitmen melindungi 20.000 pekerja rentan lagi pada 2024, secara bertahap.',
    segment: 'Pekerja rentan',
    baselineValue: '41.120',
    baselineDate: '2023-12-31',
    baselineSource: 'Penilaian Paritrana 2023',
    targetValue: '61.120',
    deadline: '2024-12-31',
    office: 'Disnakertrans Balangan',
  })
  await c.save()

  const detail = page.getByTestId('commitment-detail')
  await expect(detail.getByRole('heading', { name: TITLE })).toBeVisible()
  await expect(detail.getByTestId('commitment-status').first()).toHaveText(/Belum ada data/)
  await expect(detail.getByText('41.120 (31 Desember 2023)')).toBeVisible()

  await c.addMeasurement('2024-06-30', '50.000', 'BPJS Ketenagakerjaan Cabang Banjarmasin')
  // (50.000 − 41.120) ÷ 20.000 = 44,4 %; the deadline has passed, so: lewat tenggat.
  await expect(detail.getByTestId('commitment-status').first()).toHaveText(/Lewat tenggat/)
  await expect(page.getByTestId('progress-summary').getByTestId('progress-value')).toHaveText('44%')

  await c.addMeasurement('2025-10-13', '62.000', 'Sosialisasi dan bimtek Paringin, 13 Oktober 2025')
  // 62.000 ≥ 61.120: achieved, after the deadline; shown 100 %, raw 104,4 %.
  await expect(detail.getByTestId('commitment-status').first()).toHaveText(/Tercapai/)
  await expect(page.getByTestId('progress-summary').getByTestId('progress-value')).toHaveText(
    '100%',
  )
  await expect(page.getByTestId('forecast')).toHaveText(
    'Tercapai pada 13 Oktober 2025, sesudah tenggat',
  )
  await expect(page.getByText('Nilai mentah 104,4%')).toBeVisible()
  await expect(page.getByTestId('measurement-table').getByRole('row')).toHaveCount(3)
  // Replayed: on track at 30 Jun 2024, overdue from 1 Jan 2025, achieved on 13 Oct 2025.
  await expect(page.getByTestId('status-history').getByTestId('commitment-status')).toHaveText([
    /Sesuai jalur/,
    /Lewat tenggat/,
    /Tercapai/,
  ])
  await expect(page.getByTestId('commitment-chart')).toBeVisible()
  if (shots) await page.screenshot({ path: '/tmp/helper-commitments-detail.png', fullPage: true })

  await page.getByRole('button', { name: 'Tampilkan sebagai tabel' }).click()
  await expect(page.getByTestId('chart-table')).toContainText('62.000')
  await expect(page.getByTestId('chart-table')).toContainText('61.120')

  await page.getByRole('link', { name: 'Kembali ke daftar' }).click()
  const row = c.row(TITLE)
  await expect(row).toContainText('Balangan')
  await expect(row.getByTestId('commitment-status')).toHaveText(/Tercapai/)
  await expect(row.getByTestId('progress-value')).toHaveText('100%')

  await page.reload()
  await expect(c.row(TITLE).getByTestId('commitment-status')).toHaveText(/Tercapai/)
  expect(errors).toEqual([])
})

test('the form explains in Indonesian what is missing, naming the field', async ({ page }) => {
  const c = new CommitmentsPage(page)
  await c.openList()
  await c.startNew()
  await c.form.getByRole('textbox', { name: 'Target', exact: true }).fill('dua puluh ribu')
  await c.save()
  const alert = page.getByTestId('form-errors')
  await expect(alert).toContainText('Judul: wajib diisi')
  await expect(alert).toContainText('Target: bukan angka')
  await expect(alert).toContainText('Tenggat:')
})

test('behind and overdue commitments stand out at the top of the list', async ({ page }) => {
  const c = new CommitmentsPage(page)
  await c.openList()
  for (const [title, baseline, target, value] of [
    ['Honorer terlindungi 100%', '1.000', '3.000', '2.900'],
    ['Perangkat desa terlindungi', '500', '2.500', '600'],
  ] as const) {
    await c.openList()
    await c.startNew()
    await c.fill({
      region: 'Tabalong',
      title,
      baselineValue: baseline,
      baselineDate: '2026-01-01',
      targetValue: target,
      deadline: '2026-12-31',
    })
    await c.save()
    await expect(page.getByTestId('commitment-detail')).toBeVisible()
    await c.addMeasurement('2026-10-31', value, 'Data BPJS')
  }
  await c.openList()
  // As of 23 Nov 2026 about 89 % is expected: 95 % is on track, 5 % is behind and listed first.
  const rows = page.getByTestId('commitment-row')
  await expect(rows.first()).toContainText('Perangkat desa terlindungi')
  await expect(rows.first().getByTestId('commitment-status')).toHaveText(/Terlambat/)
  await expect(rows.nth(1).getByTestId('commitment-status')).toHaveText(/Sesuai jalur/)
  await expect(page.getByTestId('attention-summary')).toContainText('1 terlambat')
  await expect(page.getByTestId('attention-summary')).not.toContainText('0 lewat tenggat')
  if (shots) await page.screenshot({ path: '/tmp/helper-commitments-list.png', fullPage: true })
  await page.getByLabel('Status').selectOption({ label: 'Sesuai jalur' })
  await expect(rows).toHaveCount(1)
  await expect(rows.first()).toContainText('Honorer terlindungi 100%')
})
