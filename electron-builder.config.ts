/**
 * electron-builder: Windows (NSIS) and Linux (AppImage, deb) installers. Run through
 * `npm run dist` (scripts/dist.mjs), which builds out/ first.
 *
 * appId and productName are permanent: productName names the user data folder
 * (%APPDATA%\Simpul, ~/.config/Simpul) where settings, window state and backups live, and the
 * IndexedDB that holds all data sits inside it. Changing either would look like a data loss.
 */
import type { Configuration } from 'electron-builder'
import { flipFusesAfterPack, LINUX_EXECUTABLE } from './packaging/fuses'

export const APP_ID = 'id.go.kalselprov.simpul'
export const PRODUCT_NAME = 'Simpul'

const config: Configuration = {
  appId: APP_ID,
  productName: PRODUCT_NAME,
  copyright: 'Pemerintah Provinsi Kalimantan Selatan',
  directories: { output: 'dist', buildResources: 'build' },
  // Only the electron-vite build. The renderer bundles its dependencies and the Kalimantan
  // Selatan regions; main and preload bundle theirs (electron.vite.config.ts), so no
  // node_modules is copied (beforeBuild below) and nothing outside out/ is needed at run time.
  // package.json is always added by electron-builder (it names the main entry).
  files: ['out/**/*', '!out/**/*.map'],
  asar: true,
  // Resolving to false: no dependency install or native rebuild, and no node_modules copied.
  beforeBuild: async () => false,
  // Fuses are flipped here, before signing, and read back (packaging/fuses.ts).
  afterPack: flipFusesAfterPack,
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    // All user data lives in the profile; an uninstall (or an upgrade) must never delete it.
    deleteAppDataOnUninstall: false,
    shortcutName: PRODUCT_NAME,
  },
  linux: {
    target: [
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ],
    executableName: LINUX_EXECUTABLE,
    category: 'Office',
    synopsis: 'Koordinasi jaminan sosial ketenagakerjaan untuk pemerintah daerah',
    // deb refuses to build without a maintainer and a homepage (package.json has neither).
    maintainer: 'Simpul',
  },
  // The provincial government's site, until Simpul has a page of its own.
  extraMetadata: { homepage: 'https://kalselprov.go.id/' },
  artifactName: '${productName}-${version}-${arch}.${ext}',
  // Installers are handed over by hand; nothing is uploaded anywhere.
  publish: null,
}

export default config
