import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Debian's Chromium here (Playwright cannot download its own browsers on these machines);
// SIMPUL_CHROMIUM may name another; elsewhere Playwright's own browser is used.
const chromiumPath = process.env.SIMPUL_CHROMIUM ?? '/usr/bin/chromium'
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined
const port = Number(process.env.SIMPUL_E2E_PORT ?? 5233)

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    acceptDownloads: true,
    viewport: { width: 1366, height: 800 },
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve-web.mjs`,
    env: {
      SIMPUL_PORT: String(port),
      SIMPUL_WEB_ROOT: process.env.SIMPUL_WEB_ROOT ?? 'out/renderer',
    },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
})
