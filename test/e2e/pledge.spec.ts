import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { CommitmentsPage } from './pages/commitments-page'
import { CoveragePage } from './pages/coverage-page'

const shots = Boolean(process.env.SIMPUL_SHOTS)

test('"menambah 10.000" for Tanah Bumbu proposes the latest figure as the baseline, with its source and date, and the detail says where it came from', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()

  // A recorded figure for Tanah Bumbu, all workers.
  await page.goto('./#/wilayah/cakupan?wilayah=63.10')
  const entry = new CoveragePage(page)
  await entry.add()
  await entry.fill({
    year: '2025',
    count: '45.000',
    baseLabel: 'pekerja di luar ASN',
    baseSize: '90.000',
    source: 'Laporan Disnaker Tanah Bumbu 2025',
  })
  await entry.save()
  await expect(page.getByTestId('coverage-grid')).toContainText('45.000 dari 90.000')

  const c = new CommitmentsPage(page)
  await c.openList()
  await c.startNew()
  const form = c.form
  await form.getByLabel('Wilayah').selectOption({ label: 'Tanah Bumbu' })
  await form.getByLabel('Judul').fill('Menambah 10.000 pekerja terlindungi')
  await form.getByLabel('Segmen / kelompok sasaran').selectOption({ label: 'Semua pekerja' })
  await form.getByRole('radio', { name: 'Menambah (tambahan dari nilai awal)' }).check()
  await form.getByRole('textbox', { name: 'Tambahan' }).fill('10.000')
  await expect(form.getByTestId('baseline-proposal')).toContainText(
    'Usulan nilai awal: 45.000 per 31 Desember 2025 (Laporan Disnaker Tanah Bumbu 2025).',
  )
  await expect(form.getByRole('textbox', { name: 'Nilai awal', exact: true })).toHaveValue('45.000')
  await expect(form.getByLabel('Tanggal nilai awal')).toHaveValue('2025-12-31')
  await expect(form.getByLabel('Sumber nilai awal')).toHaveValue(
    'Laporan Disnaker Tanah Bumbu 2025',
  )
  await expect(form.getByTestId('target-preview')).toHaveText('45.000 + 10.000 = 55.000')
  await form.getByLabel('Tenggat').fill('2027-12-31')
  if (shots) await page.screenshot({ path: '/tmp/screens-pledge-form.png', fullPage: true })
  await c.save()

  const detail = page.getByTestId('commitment-detail')
  await expect(detail).toBeVisible()
  await expect(page.getByTestId('baseline-origin')).toHaveText(
    'Diambil dari angka kepesertaan tercatat.',
  )
  await expect(page.getByTestId('pledge-increase')).toHaveText(
    'menambah 10.000 dari nilai awal 45.000',
  )
  await expect(detail).toContainText('55.000')
  if (shots) await page.screenshot({ path: '/tmp/screens-pledge-detail.png', fullPage: true })
})

test('a baseline is left empty only by saying it is unknown; the increase then has no target yet', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/komitmen')
  const c = new CommitmentsPage(page)
  await c.startNew()
  const form = c.form
  await form.getByLabel('Wilayah').selectOption({ label: 'Tanah Bumbu' })
  await form.getByLabel('Judul').fill('Menambah 10.000 pekerja rentan')
  await form.getByLabel('Segmen / kelompok sasaran').selectOption({ label: 'Pekerja rentan' })
  await form.getByRole('radio', { name: 'Menambah (tambahan dari nilai awal)' }).check()
  await form.getByRole('textbox', { name: 'Tambahan' }).fill('10.000')
  await form.getByLabel('Tenggat').fill('2027-12-31')
  await c.save()
  await expect(page.getByTestId('form-errors')).toContainText(
    'centang "nilai awal belum diketahui"',
  )
  await form.getByLabel('Nilai awal (baseline) belum diketahui').check()
  await c.save()
  await expect(page.getByTestId('baseline-origin')).toHaveText(
    'Nilai awal belum diketahui (dinyatakan saat mencatat).',
  )
  await expect(page.getByTestId('pledge-increase')).toContainText('target belum bisa dihitung')
  await c.addMeasurement('2026-10-31', '4.170', 'Data BPJS')
  // No progress is made up from the first measurement.
  await expect(page.getByTestId('measurement-progress').first()).toHaveText('—')
})

test('each measurement shows its progress, and one replaced by a later entry of the same date says it was corrected', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/komitmen')
  const c = new CommitmentsPage(page)
  await c.startNew()
  await c.fill({
    region: 'Tabalong',
    title: 'Honorer terlindungi',
    baselineValue: '1.000',
    baselineDate: '2026-01-01',
    targetValue: '3.000',
    deadline: '2027-12-31',
  })
  await c.save()
  await c.addMeasurement('2026-06-30', '2.000', 'Data BPJS Juni')
  await c.addMeasurement('2026-06-30', '2.500', 'Data BPJS Juni, revisi')
  const rows = page.getByTestId('measurement-table').locator('tbody tr')
  await expect(rows).toHaveCount(2)
  const corrected = rows.filter({ hasText: 'Data BPJS Juni' }).filter({ hasNotText: 'revisi' })
  await expect(corrected).toHaveAttribute('data-corrected', 'true')
  await expect(corrected.getByTestId('measurement-progress')).toContainText('dikoreksi')
  await expect(rows.filter({ hasText: 'revisi' }).getByTestId('measurement-progress')).toHaveText(
    '75%',
  )
})
