import { defineConfig } from '@playwright/test'

// The real Electron window. Where the binary is missing (these build machines cannot download
// it) the suite skips with a printed reason; the browser suite (playwright.config.ts) gates CI.
export default defineConfig({
  testDir: 'test/electron',
  timeout: 120_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
})
