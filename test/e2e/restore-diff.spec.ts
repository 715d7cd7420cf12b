import { expect, test } from '@playwright/test'
import { DataPage, coverageWorkbook, readDownload } from './pages/data-page'
import { shots } from './pages/shots'

const banjar = [
  '63.03',
  '2024',
  'pu',
  'active',
  21450,
  'pekerja_eligible',
  'pekerja formal',
  52000,
  null,
  'Rakor Banjar Juni 2024',
  'BPJS Ketenagakerjaan',
  '2024-06-30',
  '',
]

test('the restore preview says, per table and by name, what the backup adds, changes and removes against today’s data', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open()
  await page.getByRole('button', { name: 'Muat contoh data' }).click()
  await expect(page.getByTestId('sample-count')).toBeVisible()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Unduh cadangan' }).click()
  const backup = await readDownload(await download)

  // The backup of the database as it is: the preview says a restore changes nothing.
  await data.chooseFile('Pulihkan dari cadangan…', backup.name, backup.buffer, 'application/json')
  await expect(page.getByTestId('restore-diff-none')).toBeVisible()
  await page.getByRole('button', { name: 'Batal' }).click()
  await expect(page.getByTestId('restore-preview')).toHaveCount(0)

  // A figure recorded after the backup: restoring the backup would remove it, and says so.
  await data.chooseImport('cakupan-banjar.xlsx', await coverageWorkbook([banjar]))
  await page.getByRole('button', { name: 'Impor 1 data' }).click()
  await expect(page.getByText('1 data ditambahkan, 0 diubah.')).toBeVisible()

  await data.chooseFile('Pulihkan dari cadangan…', backup.name, backup.buffer, 'application/json')
  const diff = page.getByTestId('restore-diff')
  await expect(diff).toBeVisible()
  const coverage = diff.locator('[data-testid="restore-diff-row"][data-table="coverage"]')
  await expect(coverage.getByTestId('diff-removed')).toHaveText('1')
  await expect(coverage.getByTestId('diff-added')).toHaveText('0')
  await expect(coverage.getByTestId('diff-changed')).toHaveText('0')
  await expect(coverage).toContainText('dihapus: Banjar 2024 pu')
  await expect(page.getByTestId('restore-diff-summary')).toContainText(
    'menambah 0, mengubah 0 dan menghapus 1 data',
  )
  const commitments = diff.locator('[data-testid="restore-diff-row"][data-table="commitments"]')
  await expect(commitments.getByTestId('diff-removed')).toHaveText('0')
  if (shots) await page.screenshot({ path: '/tmp/helper-restore-diff.png', fullPage: true })

  // Restoring then does what the preview said: the Banjar figure is gone.
  await page.getByRole('button', { name: 'Ganti semua data dengan cadangan ini' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByText('Data dipulihkan.')).toBeVisible()
  await page.goto('./#/wilayah/63.03')
  await expect(page.getByRole('heading', { level: 1, name: 'Simpul' })).toBeVisible()
  await expect(page.getByText('Rakor Banjar Juni 2024')).toHaveCount(0)
})

test('in a browser the Data page says plainly that disk backups exist only in the desktop app', async ({
  page,
}) => {
  const data = new DataPage(page)
  await data.open()
  await expect(page.getByTestId('disk-backups-desktop-only')).toContainText(
    'hanya ada di aplikasi desktop',
  )
})

/**
 * The desktop app's bridge, faked at the contract boundary (the Electron binary cannot run on
 * these machines): backups.write/list/read keep files in page memory, as main keeps them in
 * the folder. Everything from the bridge inwards is the real renderer.
 */
function fakeDesktopBridge() {
  const files = new Map<string, { data: Uint8Array; modifiedAt: string }>()
  const header = (data: Uint8Array) => {
    const head = new TextDecoder().decode(data.subarray(0, 16_384))
    const at = head.indexOf('"tables":')
    try {
      return at < 0 ? null : JSON.parse(`${head.slice(0, at).trimEnd().replace(/,$/, '')}}`)
    } catch {
      return null
    }
  }
  const info = (fileName: string) => {
    const f = files.get(fileName)!
    return {
      fileName,
      sizeBytes: f.data.byteLength,
      modifiedAt: f.modifiedAt,
      holds: header(f.data),
    }
  }
  ;(window as unknown as { simpul: unknown }).simpul = {
    appInfo: async () => ({ version: '0.0.0-e2e', shell: 'electron', platform: 'linux' }),
    saveFile: async () => ({ saved: false }),
    // A file input, as the browser bridge and Electron's dialog give the renderer a file.
    openFile: (request: { filters: { extensions: string[] }[] }) =>
      new Promise((resolve) => {
        const input = document.createElement('input')
        input.type = 'file'
        input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
        input.style.display = 'none'
        input.addEventListener('change', async () => {
          const file = input.files?.[0]
          input.remove()
          resolve(file ? { name: file.name, data: new Uint8Array(await file.arrayBuffer()) } : null)
        })
        document.body.appendChild(input)
        input.click()
      }),
    openExternal: async () => false,
    setLanguage: async () => undefined,
    backups: {
      supported: async () => true,
      // The renderer sends a backup in parts (a page of rows each), as main writes them.
      write: async (r: { fileName: string; data: Uint8Array | Uint8Array[] }) => {
        const parts = (Array.isArray(r.data) ? r.data : [r.data]) as BlobPart[]
        const data = new Uint8Array(await new Blob(parts).arrayBuffer())
        files.set(r.fileName, { data, modifiedAt: new Date().toISOString() })
        return info(r.fileName)
      },
      list: async () =>
        [...files.keys()].map(info).sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : -1)),
      read: async (fileName: string) => {
        const f = files.get(fileName)
        if (!f) throw new Error(`Cadangan ${fileName} tidak ditemukan.`)
        return f.data
      },
      openFolder: async () => undefined,
    },
  }
}

test('desktop app: the backups in the folder are listed with date, size and contents, and “Pulihkan” restores one through the same preview', async ({
  page,
}) => {
  await page.addInitScript(fakeDesktopBridge)
  const data = new DataPage(page)
  await data.open()
  // The scheduled backup the desktop app takes at start is the first file in the folder.
  await expect(page.getByTestId('disk-backup').filter({ hasText: 'otomatis' })).toContainText(
    'tanpa data yang dicatat',
  )
  await page.getByRole('button', { name: 'Muat contoh data' }).click()
  await expect(page.getByTestId('sample-count')).toBeVisible()
  // The import takes its safety backup into the folder, through the bridge.
  await data.chooseImport('cakupan-banjar.xlsx', await coverageWorkbook([banjar]))
  await page.getByRole('button', { name: 'Impor 1 data' }).click()
  await expect(page.getByText('1 data ditambahkan, 0 diubah.')).toBeVisible()

  const row = page
    .getByTestId('disk-backup')
    .filter({ hasText: 'sebelum impor xlsx cakupan banjar xlsx' })
  await expect(row).toBeVisible()
  await expect(row).toContainText(/\d+ data \(\d+ cakupan/)
  await expect(row).toContainText(/\d+ KB/)
  await expect(row).toContainText('2026')
  if (shots) await page.screenshot({ path: '/tmp/helper-disk-backups.png', fullPage: true })

  await row.getByRole('button', { name: 'Pulihkan' }).click()
  const coverage = page.locator('[data-testid="restore-diff-row"][data-table="coverage"]')
  await expect(coverage.getByTestId('diff-removed')).toHaveText('1')
  await expect(coverage).toContainText('dihapus: Banjar 2024 pu')
  await page.getByRole('button', { name: 'Ganti semua data dengan cadangan ini' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(page.getByText('Data dipulihkan.')).toBeVisible()
  // The restore took its own safety backup into the folder first.
  await expect(
    page.getByTestId('disk-backup').filter({ hasText: 'sebelum pemulihan dari' }),
  ).toBeVisible()
  await page.goto('./#/wilayah/63.03')
  await expect(page.getByRole('heading', { level: 1, name: 'Simpul' })).toBeVisible()
  await expect(page.getByText('Rakor Banjar Juni 2024')).toHaveCount(0)
})
