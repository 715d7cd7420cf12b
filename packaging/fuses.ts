/**
 * Electron fuses: switches compiled into the Electron binary, flipped once at packaging time
 * (electron-builder's afterPack hook, before any signing) so that no environment variable or
 * command-line flag can turn them back on a user's laptop. Plain data plus two small functions,
 * so that Vitest checks the values and the flipping against a fake binary.
 */
import { join } from 'node:path'
import {
  flipFuses,
  FuseState,
  FuseV1Options,
  FuseVersion,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses'

/** Every fuse of wire version 1 is stated, so an Electron upgrade that adds one fails the build. */
export const FUSES = {
  /** ELECTRON_RUN_AS_NODE would turn Simpul.exe into a general-purpose Node.js. */
  runAsNode: false,
  /** Cookies (and other Chromium secrets) encrypted with the operating system's key store. */
  enableCookieEncryption: true,
  /** NODE_OPTIONS could preload arbitrary code into the main process. */
  enableNodeOptionsEnvironmentVariable: false,
  /** --inspect and friends would open a debugger on the main process. */
  enableNodeCliInspectArguments: false,
  /** app.asar is checked against the hash electron-builder embeds (Windows, macOS). */
  enableEmbeddedAsarIntegrityValidation: true,
  /** Code is loaded from app.asar only, never from a loose app/ folder placed beside it. */
  onlyLoadAppFromAsar: true,
  /** Electron's default; the app ships no V8 snapshot of its own. */
  loadBrowserProcessSpecificV8Snapshot: false,
  /** The app is served from app://simpul, never file://, so file: pages get no extra rights. */
  grantFileProtocolExtraPrivileges: false,
  /** Electron's default (WebAssembly bounds checks by trap handlers); pdfmake/exceljs are plain JS. */
  wasmTrapHandlers: true,
} as const

/** The FUSES above in @electron/fuses' form, with every fuse required. */
export function fuseConfig(): FuseV1Config {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    [FuseV1Options.RunAsNode]: FUSES.runAsNode,
    [FuseV1Options.EnableCookieEncryption]: FUSES.enableCookieEncryption,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]:
      FUSES.enableNodeOptionsEnvironmentVariable,
    [FuseV1Options.EnableNodeCliInspectArguments]: FUSES.enableNodeCliInspectArguments,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]:
      FUSES.enableEmbeddedAsarIntegrityValidation,
    [FuseV1Options.OnlyLoadAppFromAsar]: FUSES.onlyLoadAppFromAsar,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]:
      FUSES.loadBrowserProcessSpecificV8Snapshot,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: FUSES.grantFileProtocolExtraPrivileges,
    [FuseV1Options.WasmTrapHandlers]: FUSES.wasmTrapHandlers,
  }
}

/** Name of the Linux executable; set in electron-builder.config.ts as linux.executableName. */
export const LINUX_EXECUTABLE = 'simpul'

/** The slice of electron-builder's AfterPackContext the hook reads. */
export interface PackedApp {
  appOutDir: string
  electronPlatformName: string
  packager: { appInfo: { productFilename: string }; executableName?: unknown }
}

/** Path of the packaged Electron executable, found the way electron-builder names it. */
export function packagedExecutable(context: PackedApp): string {
  const { appOutDir, electronPlatformName, packager } = context
  switch (electronPlatformName) {
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`)
    case 'linux':
      return join(
        appOutDir,
        typeof packager.executableName === 'string' ? packager.executableName : LINUX_EXECUTABLE,
      )
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`)
    default:
      throw new Error(`Fuses: unknown platform ${electronPlatformName}`)
  }
}

/**
 * electron-builder afterPack hook: flip the fuses, then read the wire back and fail the build
 * unless every fuse now has the value in FUSES. An installer is never made with fuses unset.
 */
export async function flipFusesAfterPack(context: PackedApp): Promise<void> {
  const executable = packagedExecutable(context)
  const config = fuseConfig()
  await flipFuses(executable, config)
  const wire = await getCurrentFuseWire(executable)
  const wrong = Object.values(FuseV1Options)
    .filter((option): option is FuseV1Options => typeof option === 'number')
    .filter((option) => {
      const wanted = config[option] ? FuseState.ENABLE : FuseState.DISABLE
      return wire[option] !== wanted && wire[option] !== FuseState.REMOVED
    })
  if (wrong.length > 0) {
    throw new Error(
      `Fuses not set in ${executable}: ${wrong.map((option) => FuseV1Options[option]).join(', ')}`,
    )
  }
}
