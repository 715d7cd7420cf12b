import { expect, test } from '@playwright/test'
import { AppShell } from './pages/app-shell'

test('the sample data survives a reload and is removed in one action, leaving the regions', async ({
  page,
}) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await expect(page.getByText('14 wilayah tersimpan.')).toBeVisible()
  await shell.loadSample()
  const countText = await page.getByTestId('sample-count').textContent()
  expect(Number(countText?.match(/\d+/)?.[0])).toBeGreaterThan(40)

  await page.reload()
  await expect(page.getByTestId('sample-count')).toHaveText(countText!)

  await shell.removeSample()
  await expect(page.getByText('14 wilayah tersimpan.')).toBeVisible()
  // Nothing else is left: no user records in any table.
  const leftover = await page.evaluate(async () => {
    const open = indexedDB.open('simpul')
    const db: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result)
      open.onerror = () => rej(open.error)
    })
    const counts: Record<string, number> = {}
    for (const name of Array.from(db.objectStoreNames)) {
      counts[name] = await new Promise<number>((res) => {
        const req = db.transaction(name).objectStore(name).count()
        req.onsuccess = () => res(req.result)
      })
    }
    db.close()
    return counts
  })
  const { regions, settings, ...userTables } = leftover
  expect(regions).toBe(14)
  expect(Object.values(userTables).every((n) => n === 0)).toBe(true)
  expect(settings).toBeGreaterThan(0)
})

test('a meeting known only by its year is never shown with an invented day', async ({ page }) => {
  const shell = new AppShell(page)
  await shell.open('/data')
  await shell.loadSample()
  await shell.go('Komitmen')
  await page
    .getByRole('link', { name: 'Tambahan perlindungan 20.000 pekerja rentan pada 2024' })
    .click()
  await expect(
    page.getByText(
      'Wawancara Paritrana Award Tingkat Nasional 2023: Kabupaten Balangan (2023 (tanggal tidak disebut))',
    ),
  ).toBeVisible()
  await expect(page.getByText('1 Januari 2023')).toHaveCount(0)
  await shell.go('Paket Briefing')
  await expect(page.getByRole('row', { name: /Sosialisasi Paritrana Award 2020/ })).toContainText(
    '2020 (tanggal tidak disebut)',
  )
})
