import { execFileSync } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { BriefingPage } from './pages/briefing-page'
import { TargetsPanel } from './pages/targets-panel'

const shots = Boolean(process.env.SIMPUL_SHOTS)
const RAKOR_2023 = '5a3b1e00-0000-4000-8000-000100000003'
const BALANGAN_PLEDGE = '/komitmen'

test('the required pace and the current one show on the Ringkasan, the region profile, the commitment detail and in the pack', async ({
  page,
}, testInfo) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()

  // A provincial target: the Ringkasan says what it needs per month and from which figures.
  const targets = new TargetsPanel(page)
  await targets.openProfile('63', 'Kalimantan Selatan')
  await targets.add()
  await targets.fill({
    year: '2030',
    segment: 'Semua pekerja',
    unit: 'persen',
    value: '70',
    setBy: 'Pemerintah provinsi',
    source: 'Target Pemprov Kalsel',
  })
  await targets.save()
  await expect(targets.dialog).toHaveCount(0)
  await shell.go('Ringkasan')
  const province = page.getByTestId('province-pace')
  await expect(province).toContainText('Target 2030: 70%')
  await expect(province).toContainText('perlu ±')
  await expect(province).toContainText('poin/bulan')
  await expect(province).toContainText('laju sekarang belum diketahui (baru satu angka)')
  await expect(province).toContainText('angka terakhir 27% per 31 Desember 2020')
  await expect(province).toContainText(
    'Dihitung dari persentase Semua pekerja · terdaftar · tenaga kerja di luar lembaga pemerintah',
  )
  if (shots) await page.screenshot({ path: '/tmp/screens-ringkasan-pace.png', fullPage: true })

  // Balangan's Bappenas target of 2025 on its profile.
  await targets.openProfile('63.11', 'Balangan')
  await expect(page.getByTestId('target-pace').first()).toContainText(
    'tenggat 31 Desember 2025 sudah lewat; masih kurang 2.000 pekerja',
  )

  // The commitment detail: the pace of the pledge, from its baseline and measurements.
  await page.goto(`./#${BALANGAN_PLEDGE}`)
  await page.getByRole('link', { name: /Tambahan perlindungan 20.000 pekerja rentan/ }).click()
  const pledge = page.getByTestId('commitment-pace')
  await expect(pledge).toContainText('target tercapai')
  await expect(page.getByTestId('measurement-progress').first()).toContainText('104,4%')
  if (shots) await page.screenshot({ path: '/tmp/screens-commitment-pace.png', fullPage: true })

  // The pack's summary.
  await page.goto(`./#/briefing/${RAKOR_2023}`)
  await expect(page.getByTestId('pack-preview')).toContainText('laju sekarang')
  const download = await new BriefingPage(page).generate()
  const file = testInfo.outputPath('pack.pdf')
  await download.saveAs(file)
  const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
  expect(text).toContain('Laju yang diperlukan')
  expect(text).toContain(
    'Target semua pekerja Kabupaten Balangan 2025 (64.000 pekerja, Bappenas): tenggat 31 Desember 2025 sudah lewat; masih kurang 2.000 pekerja.',
  )
  expect(text).toContain('Target semua pekerja Kalimantan Selatan 2030 (70%, provinsi): perlu ±')
  expect(text).toContain('capaian 96,9%')
})
