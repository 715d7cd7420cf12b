import { existsSync, readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'

// Runs without the Electron binary: it reads the built preload. A sandboxed preload can only
// require('electron') (and a few Node built-ins Electron polyfills); any other require throws
// at start-up, window.simpul is never exposed, and the app silently falls back to the
// browser bridge (downloads instead of dialogs, no backups on disk).
const PRELOAD = 'out/preload/index.cjs'

test('the built preload is self-contained: it requires only electron', () => {
  expect(existsSync(PRELOAD), `${PRELOAD} is missing: run \`npm run build\` first`).toBe(true)
  const source = readFileSync(PRELOAD, 'utf8')
  const required = [...source.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
  expect(required, 'modules the sandboxed preload would require').toEqual(['electron'])
  expect(source).not.toMatch(/\bimport\s*\(/)
})

test('the built preload exposes one object and no generic IPC', () => {
  const source = readFileSync(PRELOAD, 'utf8')
  expect(source.match(/exposeInMainWorld\(/g)).toHaveLength(1)
  expect(source).toContain('exposeInMainWorld("simpul"')
  expect(source).not.toMatch(/ipcRenderer\.(send|sendSync|on|once|postMessage)\b/)
  expect(source).not.toMatch(/process\.env/)
})
