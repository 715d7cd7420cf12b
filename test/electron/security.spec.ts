import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { BACKUP_KEYS, BRIDGE_KEYS } from './bridge-keys'
import { ELECTRON_SKIP_REASON, findElectronBinary } from './electron-binary'

const binary = findElectronBinary()
// Skipped tests show only their titles in the list reporter; say why where CI output shows it.
if (binary === null) console.log(`[electron suite] ${ELECTRON_SKIP_REASON}`)
test.skip(binary === null, ELECTRON_SKIP_REASON)
test.describe.configure({ mode: 'serial' })

let app: ElectronApplication
let page: Page
let userData: string

test.beforeAll(async () => {
  userData = mkdtempSync(join(tmpdir(), 'simpul-electron-'))
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['out/main/index.js'],
    env: { ...process.env, SIMPUL_TEST_USER_DATA: userData },
  })
  page = await app.firstWindow()
  await page.waitForLoadState('domcontentloaded')
})

test.afterAll(async () => {
  await app?.close()
  if (userData) rmSync(userData, { recursive: true, force: true })
})

test('the page is served from app://simpul', async () => {
  expect(await page.evaluate(() => location.origin)).toBe('app://simpul')
  expect(await page.evaluate(() => location.protocol)).toBe('app:')
})

test('the page cannot reach Node', async () => {
  const globals = await page.evaluate(() => {
    const g = globalThis as Record<string, unknown>
    return {
      require: typeof g.require,
      process: typeof g.process,
      module: typeof g.module,
      Buffer: typeof g.Buffer,
    }
  })
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    module: 'undefined',
    Buffer: 'undefined',
  })
})

test('window.simpul holds exactly the contract, and works', async () => {
  const shape = await page.evaluate(() => {
    const bridge = (
      window as unknown as {
        simpul: Record<string, unknown> & { backups: Record<string, unknown> }
      }
    ).simpul
    return { keys: Object.keys(bridge).sort(), backups: Object.keys(bridge.backups).sort() }
  })
  expect(shape.keys).toEqual([...BRIDGE_KEYS].sort())
  expect(shape.backups).toEqual([...BACKUP_KEYS].sort())
  const info = await page.evaluate(() =>
    (window as unknown as { simpul: { appInfo(): Promise<{ shell: string }> } }).simpul.appInfo(),
  )
  expect(info.shell).toBe('electron')
})

test('the window runs sandboxed with context isolation and no Node integration', async () => {
  const prefs = await app.evaluate(({ BrowserWindow }) => {
    const contents = BrowserWindow.getAllWindows()[0]?.webContents as unknown as {
      getLastWebPreferences?: () => Record<string, unknown>
    }
    // Undocumented in Electron 45's typings but still present; null makes the test fail loudly.
    return contents?.getLastWebPreferences?.() ?? null
  })
  expect(prefs).not.toBeNull()
  expect(prefs).toMatchObject({
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
  })
})

test('responses carry the Content Security Policy', async () => {
  const csp = await page.evaluate(async () =>
    (await fetch('app://simpul/index.html')).headers.get('content-security-policy'),
  )
  expect(csp).toContain("script-src 'self'")
  expect(csp).toContain("object-src 'none'")
})

test('new windows and navigation away from the app are refused', async () => {
  // http: is not an allowed external link, so nothing is opened on the machine running the test.
  expect(await page.evaluate(() => window.open('http://example.invalid/') === null)).toBe(true)
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)
  await page.evaluate(() => {
    location.href = 'file:///etc/passwd'
  })
  await expect.poll(() => page.evaluate(() => location.origin)).toBe('app://simpul')
})

test('the app may keep its storage persistent (the one permission granted)', async () => {
  expect(await page.evaluate(() => navigator.storage.persist())).toBe(true)
  expect(
    await page.evaluate(
      async () => (await navigator.permissions.query({ name: 'geolocation' })).state,
    ),
  ).not.toBe('granted')
})
