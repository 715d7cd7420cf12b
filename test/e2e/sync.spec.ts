/**
 * Two offices in sync through a CouchDB-compatible server on 127.0.0.1 (pouchdb-server, see
 * sync-server.ts): two browser contexts are the province office and the Balangan office.
 */
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { DataPage } from './pages/data-page'
import { AppShell } from './pages/app-shell'
import { CouchServer, garbageServer, type Office } from './sync-server'
import { USER_TABLES } from '../../src/renderer/db/types'

// Ids of "Contoh data Kalsel" records (src/renderer/db/sample-data.ts).
const COMMITMENT = '5a3b1e00-0000-4000-8000-000200000001'
const COMMITMENT_TITLE = 'Tambahan perlindungan 20.000 pekerja rentan pada 2024'
const MEETING = '5a3b1e00-0000-4000-8000-000100000005'

const PROVINCE: Office = { name: 'prov-kalsel', password: 'sandi-prov', regions: ['63'] }
const BALANGAN: Office = { name: 'kab-balangan', password: 'sandi-blg', regions: ['63.11'] }
const REGION_LABEL: Record<string, string> = {
  '63': 'Kalimantan Selatan (63)',
  '63.11': 'Balangan (63.11)',
}

// One server at a time on this port: the tests of this file run one after another.
// The fetch standard's "bad ports" (6000 for X11, 6665–6669 for IRC, …) are refused by fetch
// itself, so a server there would never answer: step past them.
const FETCH_BAD_PORTS = new Set([6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080])
let couchPort = Number(process.env.SIMPUL_E2E_PORT ?? 5233) + 700
while (FETCH_BAD_PORTS.has(couchPort)) couchPort++
const COUCH_PORT = couchPort
test.describe.configure({ mode: 'serial' })
test.setTimeout(180_000)

// Contexts made with browser.newContext() outlive their test unless closed: an office of one
// test would go on syncing with the next test's server on the same port (same sample ids,
// other revisions), so every test closes its offices.
const opened: BrowserContext[] = []
async function closeOffices() {
  await Promise.all(opened.splice(0).map((c) => c.close()))
}

async function openOffice(browser: Browser, userName: string) {
  const context = await browser.newContext()
  opened.push(context)
  const page = await context.newPage()
  // Every failing sync step is printed (the engine logs it as "sync <step> failed: <error>", and
  // the /sinkron page lists it); SYNC_DEBUG prints the whole console.
  let last = ''
  page.on('console', (m) => {
    const text = m.text()
    if (process.env.SYNC_DEBUG) console.log(userName, m.type(), text)
    else if (/^sync \w+ failed/.test(text) && text !== last) console.log(`${userName}: ${text}`)
    last = text
  })
  await new DataPage(page).setUserName(userName)
  return page
}

async function connect(page: Page, server: string, office: Office) {
  await new AppShell(page).openSettings()
  const form = page.getByRole('form', { name: 'Sinkronisasi dengan server kantor' })
  await form.getByLabel('Alamat server (basis data CouchDB)').fill(server)
  await form.getByLabel('Akun kantor').fill(office.name)
  await form.getByLabel('Kata sandi akun', { exact: true }).fill(office.password)
  const regions = form.getByRole('combobox', { name: 'Wilayah yang dipegang kantor ini' })
  for (const code of office.regions) {
    await regions.click()
    await regions.fill(REGION_LABEL[code]!.split(' (')[0]!)
    await page.getByRole('option', { name: REGION_LABEL[code]!, exact: true }).click()
  }
  await form.getByRole('button', { name: 'Simpan dan sambungkan' }).click()
  await expect(page.getByText('Pengaturan sinkronisasi tersimpan')).toBeVisible()
}

type Rows = Record<string, Record<string, unknown>>
/** Every user table, as the app lists them (so a new table is never left out of a count). */
type Stored = Record<(typeof USER_TABLES)[number], Rows>

/** Every user record in this office's IndexedDB, by table and id. */
function stored(page: Page): Promise<Stored> {
  return page.evaluate(
    async (tables) => {
      const open = indexedDB.open('simpul')
      const db: IDBDatabase = await new Promise((res, rej) => {
        open.onsuccess = () => res(open.result)
        open.onerror = () => rej(open.error)
      })
      const out: Record<string, Record<string, Record<string, unknown>>> = {}
      for (const t of tables) {
        const rows = await new Promise<Record<string, unknown>[]>((res) => {
          const req = db.transaction(t).objectStore(t).getAll()
          req.onsuccess = () => res(req.result as Record<string, unknown>[])
        })
        out[t] = Object.fromEntries(rows.map((r) => [String(r.id), r]))
      }
      db.close()
      return out as Stored
    },
    [...USER_TABLES],
  )
}

const count = (s: Stored) => Object.values(s).reduce((n, t) => n + Object.keys(t).length, 0)

async function editOffice(page: Page, office: string) {
  await page.goto(`./#/komitmen/${COMMITMENT}/ubah`)
  const form = page.getByTestId('commitment-form')
  await form.getByLabel('Perangkat daerah penanggung jawab').fill(office)
  await form.getByRole('button', { name: 'Simpan komitmen' }).click()
  await expect(page.getByRole('heading', { name: COMMITMENT_TITLE })).toBeVisible()
  await expect(page.getByText(office, { exact: true })).toBeVisible()
}

const officeOf = async (page: Page) =>
  (await stored(page)).commitments[COMMITMENT]?.responsibleOffice

/**
 * A test server set up for both offices for the length of `run`; afterwards the offices
 * opened meanwhile are closed (they would go on syncing into the next test's server) and
 * the server is disposed, whether `run` passed or not.
 */
async function withServer(run: (server: CouchServer) => Promise<void>): Promise<void> {
  const server = new CouchServer(COUCH_PORT)
  await server.start()
  try {
    await server.setUp([PROVINCE, BALANGAN])
    await run(server)
  } finally {
    await closeOffices()
    if (process.env.SYNC_DEBUG) console.log(server.requests())
    await server.dispose()
  }
}

/** The province with the sample and Balangan, both connected, once Balangan holds its commitment. */
async function syncedOffices(browser: Browser, server: CouchServer) {
  const a = await openOffice(browser, 'Ahmad (Provinsi)')
  const b = await openOffice(browser, 'Rina (Balangan)')
  await new AppShell(a).loadSample()
  await connect(a, server.dbUrl, PROVINCE)
  await connect(b, server.dbUrl, BALANGAN)
  await expect
    .poll(async () => Boolean((await stored(b)).commitments[COMMITMENT]), { timeout: 60_000 })
    .toBe(true)
  return { a, b }
}

test('province to regency through the server: filtered by region, a kill mid-sync loses nothing', async ({
  browser,
}) =>
  withServer(async (server) => {
    const a = await openOffice(browser, 'Ahmad (Provinsi)')
    const b = await openOffice(browser, 'Rina (Balangan)')

    // The province loads the sample and connects; the server is killed (SIGKILL) as soon as
    // it has answered the first upload request (_bulk_docs, 100 documents at most), then
    // started again on the same folder. Whether more batches were still to come depends on
    // timing; either way nothing may be lost.
    await new AppShell(a).loadSample()
    const total = count(await stored(a))
    await connect(a, server.dbUrl, PROVINCE)
    await expect
      .poll(() => server.requests().includes('_bulk_docs'), { timeout: 60_000 })
      .toBe(true)
    await server.kill()
    await expect(a.getByRole('banner').getByTestId('sync-status')).toContainText('Luring')
    await server.start()
    await expect(a.getByRole('banner').getByTestId('sync-pending')).toHaveCount(0, {
      timeout: 60_000,
    })
    await expect(a.getByRole('banner').getByTestId('sync-status')).toContainText('Tersinkron')
    // Nothing lost: the server holds one document per record of the province, plus the design doc.
    const info = (await (await fetch(server.dbUrl)).json()) as { doc_count: number }
    expect(info.doc_count).toBe(total + 1)

    // Another regency's record on the server (Banjar, 63.03, written there by its office):
    // the province receives it, Balangan never does.
    const template = Object.values((await stored(a)).coverage).find((r) => r.regionId === '63.11')!
    const banjar = {
      ...template,
      id: 'banjar-cakupan-1',
      regionId: '63.03',
      updatedOn: 'laptop-banjar',
      updatedAt: '2026-11-30T01:00:00.000Z',
      updatedBy: 'Operator Banjar',
    }
    expect(
      (
        await server.putDoc({
          _id: `coverage:${banjar.id}`,
          table: 'coverage',
          record: banjar,
          ancestors: [],
          regions: ['63.03'],
          scope: ['63', '63.03'],
          v: 1,
        })
      ).status,
    ).toBe(201)
    await expect
      .poll(async () => Boolean((await stored(a)).coverage[banjar.id]), { timeout: 60_000 })
      .toBe(true)

    // Balangan connects and receives its region's records and the province's own, only.
    await connect(b, server.dbUrl, BALANGAN)
    await expect
      .poll(async () => Boolean((await stored(b)).commitments[COMMITMENT]), { timeout: 60_000 })
      .toBe(true)
    await b.goto(`./#/komitmen/${COMMITMENT}`)
    await expect(b.getByRole('heading', { name: COMMITMENT_TITLE })).toBeVisible()
    await expect(b.getByRole('banner').getByTestId('sync-status')).toContainText('Tersinkron')
    const atA = await stored(a)
    const atB = await stored(b)
    expect(atB.coverage[banjar.id]).toBeUndefined()
    const ours = (r: Record<string, unknown>) => r.regionId === '63' || r.regionId === '63.11'
    expect(Object.values(atB.coverage).length).toBe(Object.values(atA.coverage).filter(ours).length)
    expect(count(atB)).toBe(count(atA) - 1)
  }))

test('two offices: edits both ways, a delete, offline edits and a conflict', async ({ browser }) =>
  withServer(async (server) => {
    const { a, b } = await syncedOffices(browser, server)
    // Balangan's edit reaches the province.
    await editOffice(b, 'Bagian Kesra Setda Balangan')
    await expect.poll(() => officeOf(a), { timeout: 60_000 }).toBe('Bagian Kesra Setda Balangan')

    // A delete (to the Trash) travels.
    await b.goto(`./#/kegiatan/${MEETING}`)
    await b.getByRole('button', { name: 'Hapus', exact: true }).first().click()
    await b.getByRole('dialog').getByRole('button', { name: 'Ya, lanjutkan' }).click()
    await expect(b.getByText('Kegiatan dipindahkan ke Sampah')).toBeVisible()
    await expect
      .poll(async () => Boolean((await stored(a)).meetings[MEETING]?.deletedAt), {
        timeout: 60_000,
      })
      .toBe(true)

    // Offline: both edit the same commitment while the server is down; the edits wait.
    await server.kill()
    await editOffice(a, 'Disnakertrans Balangan (versi provinsi)')
    await editOffice(b, 'Bagian Kesra (versi Balangan)')
    await expect(a.getByRole('banner').getByTestId('sync-pending')).toContainText(
      '1 perubahan menunggu',
    )
    await expect(b.getByRole('banner').getByTestId('sync-pending')).toContainText(
      '1 perubahan menunggu',
    )
    // Each failed round is listed on the sync page with its error, as the browser gave it.
    await a.getByRole('banner').getByTestId('sync-status').click()
    await expect(a.getByTestId('sync-step-failed').first()).toContainText('Gagal')
    await expect(a.getByTestId('sync-problem')).toContainText('Server tidak terjangkau')
    await server.start()

    // On reconnect both are sent; each office sees the conflict until one chooses.
    await expect(a.getByRole('banner').getByTestId('sync-conflicts')).toHaveText('bentrok: 1', {
      timeout: 60_000,
    })
    await expect(b.getByRole('banner').getByTestId('sync-conflicts')).toHaveText('bentrok: 1', {
      timeout: 60_000,
    })
    await a.getByRole('banner').getByTestId('sync-conflicts').click()
    const conflict = a.getByTestId('conflict')
    await expect(conflict).toHaveCount(1)
    const officeRow = conflict
      .getByRole('row')
      .filter({ hasText: 'Perangkat daerah penanggung jawab' })
    await expect(officeRow.getByRole('cell').nth(1)).toHaveText(
      'Disnakertrans Balangan (versi provinsi)',
    )
    await expect(officeRow.getByRole('cell').nth(2)).toHaveText('Bagian Kesra (versi Balangan)')
    await conflict.getByText('Pakai versi kantor lain (server)').click()
    await a.getByRole('button', { name: 'Simpan pilihan' }).click()
    await expect(a.getByTestId('conflict')).toHaveCount(0)
    await expect(a.getByRole('banner').getByTestId('sync-conflicts')).toHaveCount(0)
    // The choice travels: Balangan's conflict goes away, both hold the same version.
    await expect(b.getByRole('banner').getByTestId('sync-conflicts')).toHaveCount(0, {
      timeout: 60_000,
    })
    expect(await officeOf(a)).toBe('Bagian Kesra (versi Balangan)')
    expect(await officeOf(b)).toBe('Bagian Kesra (versi Balangan)')
    const doc = await server.getDoc(`commitments:${COMMITMENT}`)
    await expect
      .poll(async () => (await server.getDoc(`commitments:${COMMITMENT}`)).json._conflicts)
      .toBeUndefined()
    expect(doc.status).toBe(200)
    await expect(a.getByRole('banner').getByTestId('sync-pending')).toHaveCount(0)
    await expect(b.getByRole('banner').getByTestId('sync-pending')).toHaveCount(0)
  }))

test('a package and a sync carrying the same change converge to one state, with no conflict', async ({
  browser,
}) =>
  withServer(async (server) => {
    const { a, b } = await syncedOffices(browser, server)

    // The server is down: Balangan's edit reaches the province by package first…
    await server.kill()
    const office = 'Bagian Kesra (lewat paket dan sinkron)'
    await editOffice(b, office)
    const dataB = new DataPage(b)
    await dataB.open()
    const file = await dataB.exportPackage('Balangan', /^63\.11 Balangan$/)
    const dataA = new DataPage(a)
    await dataA.open()
    await dataA.choosePackage(file)
    await expect(dataA.packagePreview().getByText('0 bentrok')).toBeVisible()
    await a.getByRole('button', { name: 'Gabungkan paket' }).click()
    await expect(a.getByText(/0 data baru, 1 diperbarui, 0 bentrok diselesaikan\./)).toBeVisible()
    expect(await officeOf(a)).toBe(office)

    // …then both offices send that same version when the server is back: one state, no conflict.
    await server.start()
    for (const page of [a, b])
      await expect(page.getByRole('banner').getByTestId('sync-pending')).toHaveCount(0, {
        timeout: 60_000,
      })
    await expect
      .poll(async () => (await server.getDoc(`commitments:${COMMITMENT}`)).json._conflicts, {
        timeout: 60_000,
      })
      .toBeUndefined()
    for (const page of [a, b]) {
      await expect(page.getByRole('banner').getByTestId('sync-status')).toContainText('Tersinkron')
      await expect(page.getByRole('banner').getByTestId('sync-conflicts')).toHaveCount(0)
    }
    const [atA, atB] = [await stored(a), await stored(b)]
    expect(atA.commitments[COMMITMENT]).toEqual(atB.commitments[COMMITMENT])
    expect(atB.commitments[COMMITMENT]?.responsibleOffice).toBe(office)
    const served = (await server.getDoc(`commitments:${COMMITMENT}`)).json as {
      record: Record<string, unknown>
    }
    expect(served.record).toEqual(atA.commitments[COMMITMENT])
  }))

test('bad input: a server answering garbage is refused with a message, nothing written', async ({
  browser,
}) => {
  const garbage = await garbageServer()
  try {
    // A server answering garbage: refused with a message, nothing written here.
    const c = await openOffice(browser, 'Rina (Balangan)')
    const before = await stored(c)
    await connect(c, garbage.url, BALANGAN)
    await expect(c.getByTestId('sync-problem')).toContainText('bukan sebagai CouchDB')
    expect(await stored(c)).toEqual(before)
  } finally {
    await closeOffices()
    await garbage.close()
  }
})

// The test server cannot enforce validate_doc_update (see sync-server.ts): the rule itself is
// tested in Node (test/unit/sync/sync-design.test.ts); here the app applies it before sending.
test('bad input: documents failing the schemas or references refused; writes outside the office’s regions refused before sending (server rule tested in Node)', async ({
  browser,
}) =>
  withServer(async (server) => {
    const meta = {
      createdAt: '2026-11-30T01:00:00.000Z',
      createdBy: 'Operator lain',
      updatedAt: '2026-11-30T01:00:00.000Z',
      updatedBy: 'Operator lain',
      updatedOn: 'laptop-lain',
      rev: 1,
      isSample: 0,
    }
    const envelope = { ancestors: [], regions: ['63.11'], scope: ['63', '63.11'], v: 1 }
    // On the server, written past any office: a coverage figure that fails Simpul's schemas,
    // and a measurement of a commitment that exists nowhere (fails the reference check).
    const broken = await server.putDoc({
      _id: 'coverage:rusak-1',
      table: 'coverage',
      record: { ...meta, id: 'rusak-1', regionId: '63.11', period: 'kemarin', count: 'banyak' },
      ...envelope,
    })
    const orphan = await server.putDoc({
      _id: 'measurements:yatim-1',
      table: 'measurements',
      record: {
        ...meta,
        id: 'yatim-1',
        commitmentId: 'komitmen-yang-tidak-ada',
        date: '2025-10-13',
        value: 100,
        stageIndex: null,
        source: 'Laporan Disnaker Balangan',
        note: '',
      },
      ...envelope,
    })
    expect([broken.status, orphan.status]).toEqual([201, 201])

    const c = await openOffice(browser, 'Rina (Balangan)')
    const before = await stored(c)
    await connect(c, server.dbUrl, BALANGAN)
    const header = c.getByRole('banner')
    await expect(header.getByTestId('sync-refused')).toHaveText('ditolak: 2', { timeout: 60_000 })
    await expect(header.getByTestId('sync-status')).toContainText('Tersinkron')
    expect(await stored(c)).toEqual(before)
    await header.getByTestId('sync-refused').click()
    const refused = c.getByTestId('sync-refused-list')
    await expect(refused.getByRole('listitem')).toHaveCount(2)
    await expect(
      refused.getByRole('listitem').filter({ hasText: 'coverage:rusak-1' }),
    ).toContainText('Periode')
    await expect(
      refused.getByRole('listitem').filter({ hasText: 'measurements:yatim-1' }),
    ).toContainText('komitmen-yang-tidak-ada')

    // Balangan loads the sample, which holds every Kalsel region's records: its own are sent,
    // the province's and other regencies' are refused before sending (listed, never on the
    // server) and stay on this laptop.
    await new AppShell(c).loadSample()
    const mine = await stored(c)
    const kalsel = Object.values(mine.coverage).find((r) => r.regionId === '63')!
    const balangan = Object.values(mine.coverage).find((r) => r.regionId === '63.11')!
    await expect
      .poll(async () => (await server.getDoc(`coverage:${String(balangan.id)}`)).status, {
        timeout: 60_000,
      })
      .toBe(200)
    await c.goto('./#/sinkron')
    const denied = c.getByTestId('sync-denied-list')
    await expect(
      denied.getByRole('listitem').filter({ hasText: `coverage:${String(kalsel.id)}` }),
    ).toContainText('Wilayah 63 bukan wilayah akun ini (63.11)')
    await expect(header.getByTestId('sync-pending')).toHaveCount(0, { timeout: 60_000 })
    expect((await server.getDoc(`coverage:${String(kalsel.id)}`)).status).toBe(404)
    expect((await stored(c)).coverage[String(kalsel.id)]).toBeTruthy()
    // Nothing outside Balangan reached the server from this office.
    const all = (await (await fetch(`${server.dbUrl}/_all_docs?include_docs=true`)).json()) as {
      rows: { id: string; doc: { regions?: string[] } }[]
    }
    const fromSample = all.rows.filter(
      (r) => !r.id.startsWith('_design') && !/rusak|yatim/.test(r.id),
    )
    expect(fromSample.length).toBeGreaterThan(0)
    expect(fromSample.filter((r) => r.doc.regions?.some((x) => x !== '63.11'))).toEqual([])
  }))
