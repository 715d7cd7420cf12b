import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

// Debian's Chromium here (Playwright cannot download its own browsers on these machines);
// SIMPUL_CHROMIUM may name another; elsewhere Playwright's own browser is used.
const chromiumPath = process.env.SIMPUL_CHROMIUM ?? '/usr/bin/chromium'
const executablePath = existsSync(chromiumPath) ? chromiumPath : undefined
const port = Number(process.env.SIMPUL_E2E_PORT ?? 5233)

// Timeouts are generous on purpose: the 2-core machines that run this are shared, and under
// a load average of 16 the slowest ordinary test took 23 s and a screen up to 10 s to show
// its data. A test should use a small part of its limit even then; a real hang still fails.
// Tests that are slower by nature set their own (briefing PDF, exchange, bench smoke).
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'id-ID',
    timezoneId: 'Asia/Makassar',
    // The app respects prefers-reduced-motion (theme.respectReducedMotion): dialogs open without
    // a transition, so a click on a busy machine cannot land where a button is still moving to.
    reducedMotion: 'reduce',
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
    timeout: 60_000,
  },
})
