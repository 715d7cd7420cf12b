/**
 * Whether an Electron binary is present, found the way the electron package finds it
 * (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH) but without calling require('electron'):
 * that call starts a download when the binary is missing, which hangs or fails offline.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed on this machine (it cannot be downloaded here); the Electron security suite did not run.'

export function findElectronBinary(): string | null {
  let packageDir: string
  try {
    packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  let candidate: string | null = null
  if (override) candidate = join(override, relative || 'electron')
  else if (relative) candidate = join(packageDir, 'dist', relative)
  return candidate !== null && existsSync(candidate) ? candidate : null
}
