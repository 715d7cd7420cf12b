import { expect, test, type Page } from '@playwright/test'
import { DataPage } from './pages/data-page'
import { MeetingsPage } from './pages/meetings-page'
import { shots } from './pages/shots'

// Ids of the "Contoh data Kalsel" records this test edits (src/renderer/db/sample-data.ts).
const COMMITMENT = '5a3b1e00-0000-4000-8000-000200000001'
const COMMITMENT_TITLE = 'Tambahan perlindungan 20.000 pekerja rentan pada 2024'
const MEETING = '5a3b1e00-0000-4000-8000-000100000005'
const MEETING_TITLE = 'Sosialisasi dan Bimtek BPJS Ketenagakerjaan di Paringin'
const OFFICE_A = 'Disnakertrans Kabupaten Balangan (Bidang Jamsos)'
const OFFICE_B = 'Bagian Kesra Setda Balangan'

async function editOffice(page: Page, office: string) {
  await page.goto(`./#/komitmen/${COMMITMENT}/ubah`)
  const form = page.getByTestId('commitment-form')
  await form.getByLabel('Perangkat daerah penanggung jawab').fill(office)
  await form.getByRole('button', { name: 'Simpan komitmen' }).click()
  await expect(page.getByRole('heading', { name: COMMITMENT_TITLE })).toBeVisible()
  await expect(page.getByText(office, { exact: true })).toBeVisible()
}

/** The stored versions of the records this test touches, read straight from IndexedDB. */
function storedRecords(page: Page): Promise<string> {
  return page.evaluate(
    async ([commitmentId, meetingId]) => {
      const open = indexedDB.open('simpul')
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result)
        open.onerror = () => rej(open.error)
      })
      const get = (store: string, id: string) =>
        new Promise<unknown>((res) => {
          const req = db.transaction(store).objectStore(store).get(id)
          req.onsuccess = () => res(req.result)
        })
      const out = JSON.stringify([
        await get('commitments', commitmentId!),
        await get('meetings', meetingId!),
      ])
      db.close()
      return out
    },
    [COMMITMENT, MEETING],
  )
}

test('two laptops exchange packages: records travel, a conflict is chosen side by side, both converge, a repeated package changes nothing', async ({
  browser,
}) => {
  // 42 s under a load average of 16.
  test.setTimeout(180_000)
  const use = test.info().project.use
  // Two laptops: separate browser contexts, so separate IndexedDB storage.
  const laptop = async () =>
    (
      await browser.newContext({
        baseURL: use.baseURL,
        locale: use.locale,
        timezoneId: use.timezoneId,
        viewport: use.viewport,
        acceptDownloads: true,
      })
    ).newPage()
  const a = await laptop()
  const b = await laptop()
  const dataA = new DataPage(a)
  const dataB = new DataPage(b)
  await dataA.setUserName('Rina (Balangan)')
  await dataB.setUserName('Ahmad (Provinsi)')

  // Laptop A (Balangan) loads the sample data and makes a package for Balangan.
  await dataA.open()
  await a.getByRole('button', { name: 'Muat contoh data' }).click()
  await expect(a.getByTestId('sample-count')).toBeVisible()
  const first = await dataA.exportPackage('Balangan', /^63\.11 Balangan$/)
  expect(first.name).toMatch(/^simpul-paket-.*\.simpul-paket\.json$/)

  // Laptop B (province) imports it and sees the records.
  await dataB.open()
  await dataB.choosePackage(first)
  await expect(dataB.packagePreview()).toContainText('Paket dari Rina (Balangan)')
  await expect(dataB.packagePreview().getByText('0 bentrok')).toBeVisible()
  await b.getByRole('button', { name: 'Gabungkan paket' }).click()
  await expect(b.getByText(/\d+ data baru, 0 diperbarui, 0 bentrok diselesaikan\./)).toBeVisible()
  await b.goto(`./#/komitmen/${COMMITMENT}`)
  await expect(b.getByRole('heading', { name: COMMITMENT_TITLE })).toBeVisible()
  await b.goto(`./#/kegiatan/${MEETING}`)
  await expect(b.getByRole('heading', { name: MEETING_TITLE })).toBeVisible()

  // Both edit the same commitment; B also moves the Paringin meeting to the Trash.
  await editOffice(a, OFFICE_A)
  await editOffice(b, OFFICE_B)
  await b.goto(`./#/kegiatan/${MEETING}`)
  // The page header's delete comes first; agenda and attendance rows have their own.
  await b.getByRole('button', { name: 'Hapus', exact: true }).first().click()
  await expect(b.getByRole('dialog')).toContainText('Pindahkan kegiatan ini ke Sampah?')
  await b.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
  await expect(b.getByText('Kegiatan dipindahkan ke Sampah')).toBeVisible()

  // A sends again: B sees the conflict side by side and nothing is merged until B chooses.
  await dataA.open()
  const second = await dataA.exportPackage('Balangan', /^63\.11 Balangan$/)
  await dataB.open()
  await dataB.choosePackage(second)
  const conflict = b.getByTestId('conflict')
  await expect(conflict).toHaveCount(1)
  await expect(conflict).toContainText('komitmen diubah di kedua laptop')
  await expect(conflict).toContainText(`Data: ${COMMITMENT_TITLE} (63.11 Balangan)`)
  const officeRow = conflict
    .getByRole('row')
    .filter({ hasText: 'Perangkat daerah penanggung jawab' })
  await expect(officeRow.getByRole('cell').nth(1)).toHaveText(OFFICE_B)
  await expect(officeRow.getByRole('cell').nth(2)).toHaveText(OFFICE_A)
  await expect(conflict.getByRole('columnheader').nth(1)).toContainText('Ahmad (Provinsi)')
  await expect(conflict.getByRole('columnheader').nth(2)).toContainText('Rina (Balangan)')
  await expect(b.getByRole('button', { name: 'Pilih versi untuk 1 bentrok dulu' })).toBeDisabled()
  if (shots) {
    await conflict.scrollIntoViewIfNeeded()
    await b.screenshot({ path: '/tmp/helper-data2-conflict.png' })
  }
  await conflict.getByText('Pakai versi paket').click()
  await expect(conflict.getByRole('radio', { name: 'Pakai versi paket' })).toBeChecked()
  if (shots) await conflict.screenshot({ path: '/tmp/helper-data2-conflict-chosen.png' })
  await b.getByRole('button', { name: 'Gabungkan paket' }).click()
  await expect(b.getByText('0 data baru, 0 diperbarui, 1 bentrok diselesaikan.')).toBeVisible()
  await b.goto(`./#/komitmen/${COMMITMENT}`)
  await expect(b.getByText(OFFICE_A, { exact: true })).toBeVisible()
  await expect(b.getByText(OFFICE_B, { exact: true })).toHaveCount(0)

  // Both imports on B took a safety copy first, listed with the sending laptop.
  await dataB.open()
  await expect(dataB.safetyCopies()).toHaveCount(2)
  await expect(dataB.safetyCopies().first()).toContainText('sebelum paket dari Rina (Balangan)')
  if (shots) {
    await b
      .getByTestId('safety-copies')
      .evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 200))
    await b.screenshot({ path: '/tmp/helper-data2-safety-copies-b.png' })
  }

  // B sends back to A: A learns the deletion; the chosen version needs no second choice.
  const back = await dataB.exportPackage('Balangan', /^63\.11 Balangan$/)
  await dataA.open()
  await dataA.choosePackage(back)
  await expect(dataA.packagePreview().getByText('0 bentrok')).toBeVisible()
  await expect(dataA.packagePreview().getByText('1 berubah')).toBeVisible()
  await a.getByRole('button', { name: 'Gabungkan paket' }).click()
  await expect(a.getByText('0 data baru, 1 diperbarui, 0 bentrok diselesaikan.')).toBeVisible()

  // Both laptops now hold the same versions.
  for (const page of [a, b]) {
    await page.goto(`./#/komitmen/${COMMITMENT}`)
    await expect(page.getByText(OFFICE_A, { exact: true })).toBeVisible()
    await page.goto('./#/kegiatan')
    await expect(page.getByRole('heading', { level: 2, name: 'Kegiatan' })).toBeVisible()
    await expect(page.getByText(MEETING_TITLE)).toHaveCount(0)
  }
  const onA = await storedRecords(a)
  expect(JSON.parse(onA)[1].deletedAt).toBeTruthy()
  expect(onA).toBe(await storedRecords(b))

  // The same package again: recognised, and nothing to merge.
  await dataA.open()
  await dataA.choosePackage(back)
  await expect(dataA.packagePreview()).toContainText(
    'Paket ini sudah pernah diimpor; mengimpornya lagi tidak mengubah apa pun.',
  )
  await expect(a.getByRole('button', { name: 'Gabungkan paket' })).toBeDisabled()
  expect(await storedRecords(a)).toBe(onA)

  await a.context().close()
  await b.context().close()
})

test('a package for 2023 to 2025 carries a meeting known only as 2023 and one at 06.00 WITA on 1 January 2023, with their attendance', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const use = test.info().project.use
  const laptop = async () =>
    (
      await browser.newContext({
        baseURL: use.baseURL,
        locale: use.locale,
        timezoneId: use.timezoneId,
        viewport: use.viewport,
        acceptDownloads: true,
      })
    ).newPage()
  const a = await laptop()
  const b = await laptop()
  const dataA = new DataPage(a)
  const dataB = new DataPage(b)
  await dataA.setUserName('Rina (Balangan)')
  await dataB.setUserName('Ahmad (Provinsi)')
  await dataA.open()
  await a.getByRole('button', { name: 'Muat contoh data' }).click()
  await expect(a.getByTestId('sample-count')).toBeVisible()

  // Both are stored with a UTC instant in 2022 by the old form; their WITA year is 2023.
  const meetings = new MeetingsPage(a)
  await meetings.create({
    title: 'Wawancara Paritrana Balangan',
    year: '2023',
    venue: '',
    region: 'Balangan (63.11)',
  })
  await meetings.addAttendee('Bunyamin', /Bunyamin Najmi/)
  await expect(a.getByTestId('attendance-panel')).toContainText('Bunyamin Najmi')
  await meetings.create({
    title: 'Rakor awal tahun Balangan',
    date: '2023-01-01',
    time: '06:00',
    venue: 'Paringin',
    region: 'Balangan (63.11)',
  })
  await meetings.addAttendee('Bunyamin', /Bunyamin Najmi/)
  await expect(a.getByTestId('attendance-panel')).toContainText('Bunyamin Najmi')

  await dataA.open()
  const pack = await dataA.exportPackage('Balangan', /^63\.11 Balangan$/, { from: 2023, to: 2025 })
  await dataB.open()
  await dataB.choosePackage(pack)
  await b.getByRole('button', { name: 'Gabungkan paket' }).click()
  await expect(b.getByText(/\d+ data baru, 0 diperbarui, 0 bentrok diselesaikan\./)).toBeVisible()

  await b.goto('./#/kegiatan')
  const list = b.getByRole('main')
  await expect(list.getByRole('row', { name: /Wawancara Paritrana Balangan/ })).toContainText(
    '2023 (tanggal tidak disebut)',
  )
  await expect(list.getByRole('row', { name: /Rakor awal tahun Balangan/ })).toContainText(
    '1 Januari 2023 06.00 WITA',
  )
  // The years outside the package stayed home.
  await expect(list.getByText('Sosialisasi Paritrana Award 2020')).toHaveCount(0)
  for (const title of ['Wawancara Paritrana Balangan', 'Rakor awal tahun Balangan']) {
    await b.goto('./#/kegiatan')
    await list.getByRole('link', { name: title }).click()
    await expect(b.getByRole('heading', { level: 2, name: title })).toBeVisible()
    await expect(b.getByTestId('attendance-panel')).toContainText('Bunyamin Najmi')
  }

  await a.context().close()
  await b.context().close()
})

test('a Kalimantan Selatan package carries its regencies: after merging, the Ringkasan shows their figures', async ({
  browser,
}) => {
  test.setTimeout(120_000)
  const use = test.info().project.use
  const laptop = async () =>
    (
      await browser.newContext({
        baseURL: use.baseURL,
        locale: use.locale,
        timezoneId: use.timezoneId,
        viewport: use.viewport,
        acceptDownloads: true,
      })
    ).newPage()
  const a = await laptop()
  const b = await laptop()
  const dataA = new DataPage(a)
  const dataB = new DataPage(b)
  await dataA.setUserName('Ahmad (Provinsi)')
  await dataB.setUserName('Rina (Balangan)')
  await dataA.open()
  await a.getByRole('button', { name: 'Muat contoh data' }).click()
  await expect(a.getByTestId('sample-count')).toBeVisible()
  await a.goto('./#/')
  const shared = /([1-9]\d*) dari 13 kabupaten\/kota punya angka/
  await expect(a.getByText(shared)).toBeVisible()
  const figures = (await a.getByText(shared).textContent())!.match(shared)![0]

  await dataA.open()
  const select = a.getByRole('combobox', { name: 'Wilayah dalam paket' })
  await select.click()
  await select.fill('Kalimantan Selatan')
  await a.getByRole('option', { name: /^63 Kalimantan Selatan$/ }).click()
  await a.keyboard.press('Escape')
  // The preview says what the package holds, regencies included, before it is saved.
  await expect(a.getByTestId('package-contents')).toContainText('63.11 Balangan')
  const download = a.waitForEvent('download')
  await a.getByRole('button', { name: 'Buat paket' }).click()
  const file = await download
  const buffer = await (await import('node:fs/promises')).readFile((await file.path())!)
  await dataB.open()
  await dataB.choosePackage({ name: file.suggestedFilename(), buffer })
  await b.getByRole('button', { name: 'Gabungkan paket' }).click()
  await expect(b.getByText(/\d+ data baru, 0 diperbarui, 0 bentrok diselesaikan\./)).toBeVisible()

  await b.goto('./#/')
  await expect(b.getByText(figures)).toBeVisible()
  await expect(b.getByText(/^0 dari 13 kabupaten\/kota punya angka/)).toHaveCount(0)

  await a.context().close()
  await b.context().close()
})
