// `npm start`: build, then run the desktop app, or the web version where the Electron binary
// is missing (machines that cannot download it). Plain Node, no dependencies.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { attachedRunner } from './run-attached.mjs'
import { findElectronBinary } from './electron-binary.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(join(root, 'package.json'))

const run = attachedRunner(root)

const electronVite = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
)
const buildCode = await run(process.execPath, [electronVite, 'build'])
if (buildCode !== 0) process.exit(buildCode)

const electron = findElectronBinary(root)
let code
if (electron) {
  code = await run(electron, ['.'])
} else {
  const port = process.env.SIMPUL_PORT ?? '5199'
  console.log(
    `Electron tidak tersedia di mesin ini (binary-nya tidak bisa diunduh), jadi Simpul dijalankan sebagai aplikasi web: buka http://127.0.0.1:${port}/ di Chromium.`,
  )
  code = await run(process.execPath, [join(root, 'scripts', 'serve-web.mjs')])
}
process.exit(code)
