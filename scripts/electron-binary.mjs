// Where the Electron binary is, or null where it is missing (machines that cannot download it).
// Shared by scripts/start.mjs and scripts/dist.mjs. Plain Node, no dependencies.
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * Found the way the electron package finds it, but without require('electron'), which starts
 * a download when the binary is missing (and hangs or fails offline).
 * @param {string} root the project folder (holding package.json)
 * @param {Record<string, string | undefined>} [env] process.env by default
 * @returns {string | null}
 */
export function findElectronBinary(root, env = process.env) {
  const require = createRequire(join(root, 'package.json'))
  let packageDir
  try {
    packageDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return null
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : ''
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  let candidate = null
  if (override) candidate = join(override, relative || 'electron')
  else if (relative) candidate = join(packageDir, 'dist', relative)
  return candidate !== null && existsSync(candidate) ? candidate : null
}
