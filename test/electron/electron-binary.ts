/**
 * Whether an Electron binary is present, found the way the electron package finds it
 * (path.txt + dist/, or ELECTRON_OVERRIDE_DIST_PATH) but without calling require('electron'):
 * that call starts a download when the binary is missing, which hangs or fails offline.
 * The same lookup as npm start and npm run dist (scripts/electron-binary.mjs).
 */
import { fileURLToPath } from 'node:url'
import { findElectronBinary as findFrom } from '../../scripts/electron-binary.mjs'

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed on this machine (it cannot be downloaded here); the Electron security suite did not run.'

const root = fileURLToPath(new URL('../..', import.meta.url))

export function findElectronBinary(): string | null {
  return findFrom(root)
}
