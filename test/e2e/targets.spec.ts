import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { shots } from './pages/shots'
import { DashboardPage } from './pages/dashboard-page'
import { TargetsPanel } from './pages/targets-panel'

test('a target typed in id-ID on Balangan\u2019s profile is listed with its unit, set by and source, and survives a reload', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/wilayah')
  const targets = new TargetsPanel(page)
  await targets.openProfile('63.11', 'Balangan')
  await expect(page.getByTestId('targets-empty')).toContainText('Tambah target')

  await targets.add()
  // Refused first: no value, no source, and each message names its field.
  await targets.fill({ year: '2026', source: '' })
  await targets.save()
  await expect(targets.dialog).toContainText('Nilai: wajib diisi')
  await expect(targets.dialog).toContainText('Sumber: wajib diisi')

  await targets.fill({
    segment: 'Semua pekerja',
    value: '70.000',
    setBy: 'Bappenas',
    source: 'Surat Bappenas tentang target kepesertaan 2026',
  })
  await expect(page.getByTestId('target-preview')).toHaveText(
    'Target 2026 untuk Balangan, Semua pekerja: 70.000 pekerja',
  )
  if (shots) await page.screenshot({ path: '/tmp/helper-targets-form.png' })
  await targets.dialog.getByLabel('Sumber (dokumen penetapan target)').press('Enter')
  await expect(targets.dialog).toHaveCount(0)

  const row = targets.row('2026')
  await expect(row).toContainText('Semua pekerja')
  await expect(row).toContainText('70.000 pekerja')
  await expect(row).toContainText('Bappenas')
  await expect(row).toContainText('Surat Bappenas tentang target kepesertaan 2026')

  await page.reload()
  await expect(targets.row('2026')).toContainText('70.000 pekerja')

  // A second 2026 target for all workers is not added; the form offers the one already there.
  await targets.add()
  await targets.fill({ year: '2026', value: '75.000', source: 'RPJMD' })
  await expect(page.getByTestId('target-duplicate')).toContainText(
    'Sudah ada target 2026 untuk Balangan, Semua pekerja',
  )
  await expect(page.getByTestId('target-duplicate')).toContainText(
    'Tercatat 70.000 pekerja (Bappenas)',
  )
  await expect(targets.dialog.getByRole('button', { name: 'Simpan' })).toBeDisabled()
  if (shots) await page.screenshot({ path: '/tmp/helper-targets-duplicate.png' })
  await targets.dialog.getByRole('button', { name: 'Ubah target yang ada' }).click()
  await expect(targets.dialog.getByRole('heading', { name: 'Ubah target' })).toBeVisible()
  await expect(targets.dialog.getByLabel('Nilai target')).toHaveValue('70.000')
  await targets.fill({ value: '72.500' })
  await targets.save()
  await expect(targets.row('2026')).toContainText('72.500 pekerja')
  // One target (its pace sits in a row of its own beneath it).
  await expect(page.getByTestId('targets-table').locator('tr[data-target-id]')).toHaveCount(1)

  // Editing shows who changed what.
  await targets.row('2026').getByRole('button', { name: /^Ubah/ }).click()
  const history = targets.dialog.getByTestId('record-history')
  await expect(history).toContainText('diubah')
  await expect(history).toContainText('Nilai: 70.000 → 72.500')
  await expect(history).toContainText('dibuat')
  if (shots) await page.screenshot({ path: '/tmp/helper-targets-edit.png' })
  await targets.dialog.getByRole('button', { name: 'Batal' }).click()

  // Move to the trash asks first, then the list is empty again.
  await targets.row('2026').getByRole('button', { name: 'Hapus' }).click()
  await expect(targets.dialog).toContainText(
    'Pindahkan target 2026 (72.500 pekerja, Semua pekerja) ke Sampah?',
  )
  await targets.dialog.getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByTestId('targets-empty')).toBeVisible()
})

test('a provincial percentage target becomes the target line on the Ringkasan bar chart; a count target becomes a gap', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/wilayah')
  const targets = new TargetsPanel(page)
  await targets.openProfile('63', 'Kalimantan Selatan')
  await targets.add()
  await expect(targets.dialog.getByRole('combobox', { name: 'Wilayah', exact: true })).toHaveValue(
    'Provinsi Kalimantan Selatan',
  )
  await targets.fill({
    year: '2023',
    segment: 'Penerima Upah (PU)',
    unit: 'persen',
    value: '75',
    setBy: 'Pemerintah provinsi',
    source: 'Notulen rakor Disnakertrans Kalsel 9 Februari 2023',
  })
  await expect(page.getByTestId('target-preview')).toHaveText(
    'Target 2023 untuk Provinsi Kalimantan Selatan, Penerima Upah (PU): 75%',
  )
  await targets.save()
  await expect(targets.row('2023')).toContainText('75%')
  await expect(targets.row('2023')).toContainText('Pemerintah provinsi')

  await shell.loadSample()
  // The sample's Bappenas target for Balangan is marked as sample; correcting it goes through the same form.
  await targets.openProfile('63.11', 'Balangan')
  await expect(targets.row('2025')).toContainText('64.000 pekerja')
  await expect(targets.row('2025').getByTestId('sample-badge')).toBeVisible()
  if (shots) {
    await page.setViewportSize({ width: 1600, height: 1000 })
    await targets.panel.scrollIntoViewIfNeeded()
    await page.screenshot({ path: '/tmp/helper-targets-profile.png' })
  }

  await shell.go('Ringkasan')
  const dash = new DashboardPage(page)
  await expect(dash.regencyRow('63.11').first()).toContainText('kurang 2.000 pekerja')
  await page.getByRole('combobox', { name: 'Periode', exact: true }).click()
  await page.getByRole('option', { name: '2023', exact: true }).click()
  await page.getByRole('combobox', { name: /^Segmen/ }).click()
  await page.getByRole('option', { name: 'Penerima Upah (PU)', exact: true }).click()
  await expect(page.getByTestId('chart-regions')).toContainText('Garis merah: target provinsi 75%.')
  await expect
    .poll(
      async () =>
        (await dash.chartData('chart-regions'))?.datasets.find((d) => d.label.startsWith('Target'))
          ?.label ?? null,
    )
    .toBe('Target 75%')
  const bars = await dash.chartData('chart-regions')
  const line = bars?.datasets.find((d) => d.label === 'Target 75%')
  expect(line?.data).toHaveLength(13)
  expect(line?.data.every((v) => v === 75)).toBe(true)

  // The same province target does not leak into another segment.
  await page.getByRole('combobox', { name: /^Segmen/ }).click()
  await page.getByRole('option', { name: 'Semua pekerja', exact: true }).click()
  await expect(page.getByTestId('chart-regions')).toContainText(
    'Belum ada target persen provinsi untuk tahun ini.',
  )
  expect((await dash.chartData('chart-regions'))?.datasets).toHaveLength(1)
})
