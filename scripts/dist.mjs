// `npm run dist`: build out/, then the installers with electron-builder (electron-builder.config.ts):
// NSIS on Windows, AppImage and deb on Linux; `npm run dist -- --win` or `-- --linux` picks
// the targets explicitly. Where the Electron binary is missing (machines that cannot download
// it) no installer can be made or tried, so it says so in one sentence and exits with 1.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { attachedRunner } from './run-attached.mjs'
import { findElectronBinary } from './electron-binary.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(join(root, 'package.json'))
const distDir = join(root, 'dist')
const INSTALLER = /\.(exe|AppImage|deb)$/

if (!findElectronBinary(root)) {
  console.error(
    'Installer tidak dibuat: binary Electron tidak ada di mesin ini (tidak bisa diunduh di sini), jadi aplikasinya tidak bisa dikemas; jalankan `npm run dist` di mesin yang punya Electron.',
  )
  process.exit(1)
}

const requested = process.argv.slice(2)
const hostTargets = { linux: ['--linux'], win32: ['--win'] }[process.platform]
if (requested.length === 0 && !hostTargets) {
  console.error(
    `Installer tidak dibuat: hanya Windows (NSIS) dan Linux (AppImage, deb) yang dikonfigurasi, bukan ${process.platform}.`,
  )
  process.exit(1)
}

const run = attachedRunner(root)

function installersSince(startedAt) {
  if (!existsSync(distDir)) return []
  return readdirSync(distDir)
    .filter((name) => INSTALLER.test(name))
    .map((name) => join(distDir, name))
    .filter((path) => statSync(path).mtimeMs >= startedAt)
}

const packageBin = (name, bin) => join(dirname(require.resolve(`${name}/package.json`)), bin)

const buildCode = await run(process.execPath, [
  packageBin('electron-vite', 'bin/electron-vite.js'),
  'build',
])
if (buildCode !== 0) process.exit(buildCode)

const startedAt = Date.now()
const builderCode = await run(process.execPath, [
  packageBin('electron-builder', 'cli.js'),
  '--config',
  'electron-builder.config.ts',
  '--publish',
  'never',
  ...(requested.length > 0 ? requested : hostTargets),
])
if (builderCode !== 0) {
  console.error(`Installer tidak dibuat: electron-builder berhenti dengan kode ${builderCode}.`)
  process.exit(builderCode)
}
const made = installersSince(startedAt)
if (made.length === 0) {
  console.error(
    'Installer tidak dibuat: electron-builder selesai, tetapi dist/ tidak berisi installer baru.',
  )
  process.exit(1)
}
console.log(`Installer dibuat:\n${made.map((path) => `  ${path}`).join('\n')}`)
