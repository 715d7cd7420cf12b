import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import { DebugLogger } from 'builder-util'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import builderConfig, { APP_ID, PRODUCT_NAME } from '../../../electron-builder.config'
import electronViteConfig from '../../../electron.vite.config'
import {
  flipFusesAfterPack,
  fuseConfig,
  FUSES,
  LINUX_EXECUTABLE,
  packagedExecutable,
} from '../../../packaging/fuses'
import { findElectronBinary } from '../../../scripts/electron-binary.mjs'
import pkg from '../../../package.json' with { type: 'json' }

describe('electron-builder configuration', () => {
  it('has a fixed appId and productName, so the user data folder never moves', async () => {
    expect(builderConfig.appId).toBe('id.go.kalselprov.simpul')
    expect(APP_ID).toBe(builderConfig.appId)
    expect(builderConfig.productName).toBe('Simpul')
    expect(PRODUCT_NAME).toBe('Simpul')
    // The main process sets the same name (app.setName) before anything touches userData.
    const main = await readProjectFile('src/main/index.ts')
    expect(main).toContain("app.setName('Simpul')")
    expect(pkg.productName).toBe('Simpul')
  })

  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(builderConfig, new DebugLogger(false))).resolves.toBe(
      undefined,
    )
    // The validator does refuse a wrong configuration (so the line above means something).
    const broken = { ...builderConfig, linux: { ...builderConfig.linux, targets: ['deb'] } }
    await expect(validateConfiguration(broken as never, new DebugLogger(false))).rejects.toThrow()
  })

  it('builds NSIS for Windows and AppImage plus deb for Linux, x64', () => {
    expect(builderConfig.win?.target).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(builderConfig.linux?.target).toEqual([
      { target: 'AppImage', arch: ['x64'] },
      { target: 'deb', arch: ['x64'] },
    ])
    expect(builderConfig.mac).toBeUndefined()
    expect(builderConfig.linux?.executableName).toBe(LINUX_EXECUTABLE)
  })

  it('gives deb the maintainer and homepage it refuses to build without', () => {
    expect(builderConfig.linux?.maintainer).toBeTruthy()
    expect(builderConfig.extraMetadata?.homepage).toMatch(/^https:\/\//)
  })

  it('never deletes user data on uninstall and publishes nothing', () => {
    expect(builderConfig.nsis?.deleteAppDataOnUninstall).toBe(false)
    expect(builderConfig.publish).toBeNull()
  })

  it('packs only the electron-vite build, into an asar, with integrity kept', () => {
    expect(builderConfig.files).toEqual(['out/**/*', '!out/**/*.map'])
    expect(builderConfig.asar).toBe(true)
    expect(builderConfig.asarUnpack).toBeUndefined()
    expect(builderConfig.extraResources).toBeUndefined()
    expect(builderConfig.extraFiles).toBeUndefined()
    expect(builderConfig.disableAsarIntegrity).toBeUndefined()
    expect(pkg.main).toBe('./out/main/index.js')
  })

  it('copies no node_modules: beforeBuild resolves to false, and main and preload bundle their dependencies', async () => {
    const beforeBuild = builderConfig.beforeBuild as () => Promise<boolean>
    await expect(beforeBuild()).resolves.toBe(false)
    const vite = electronViteConfig as {
      main: { build: { externalizeDeps: unknown } }
      preload: { build: { externalizeDeps: unknown } }
    }
    expect(vite.main.build.externalizeDeps).toBe(false)
    expect(vite.preload.build.externalizeDeps).toBe(false)
  })

  it('flips the fuses in afterPack with the hook from packaging/fuses.ts, and not a second time', () => {
    expect(builderConfig.afterPack).toBe(flipFusesAfterPack)
    expect(builderConfig.electronFuses).toBeUndefined()
  })

  it('pins electron-builder and @electron/fuses to exact versions', () => {
    const dev = pkg.devDependencies as Record<string, string>
    expect(dev['electron-builder']).toMatch(/^\d+\.\d+\.\d+$/)
    expect(dev['@electron/fuses']).toMatch(/^\d+\.\d+\.\d+$/)
  })

  it('npm run dist runs scripts/dist.mjs with this configuration', async () => {
    expect(pkg.scripts.dist).toBe('node scripts/dist.mjs')
    const script = await readProjectFile('scripts/dist.mjs')
    expect(script).toContain("'electron-builder.config.ts'")
    expect(script).toContain('findElectronBinary(root)')
  })
})

function readProjectFile(path: string): Promise<string> {
  return readFile(new URL(`../../../${path}`, import.meta.url), 'utf8')
}

describe('fuse settings', () => {
  it.each([
    ['runAsNode', false],
    ['enableCookieEncryption', true],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['loadBrowserProcessSpecificV8Snapshot', false],
    ['grantFileProtocolExtraPrivileges', false],
    ['wasmTrapHandlers', true],
  ] as const)('sets %s to %s', (name, value) => {
    expect(FUSES[name]).toBe(value)
  })

  it('maps every setting onto its @electron/fuses option and requires all of them', () => {
    const config = fuseConfig()
    expect(config.strictlyRequireAllFuses).toBe(true)
    expect(config.version).toBe('1')
    expect(config[FuseV1Options.RunAsNode]).toBe(false)
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true)
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(config[FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]).toBe(false)
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    expect(config[FuseV1Options.WasmTrapHandlers]).toBe(true)
    const numeric = Object.values(FuseV1Options).filter((v) => typeof v === 'number')
    expect(Object.keys(FUSES)).toHaveLength(numeric.length)
  })

  it('finds the executable electron-builder produces on each platform', () => {
    const packager = { appInfo: { productFilename: 'Simpul' } }
    expect(packagedExecutable({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      join('/o', 'Simpul.exe'),
    )
    expect(packagedExecutable({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      join('/o', 'simpul'),
    )
    expect(
      packagedExecutable({
        appOutDir: '/o',
        electronPlatformName: 'linux',
        packager: { ...packager, executableName: 'simpul' },
      }),
    ).toBe(join('/o', 'simpul'))
    expect(() =>
      packagedExecutable({ appOutDir: '/o', electronPlatformName: 'aix', packager }),
    ).toThrow(/unknown platform/)
  })
})

/** The marker @electron/fuses looks for in the Electron binary (not exported by the package). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'

/**
 * A stand-in for the Electron executable: random bytes around the fuse wire, in the layout
 * @electron/fuses reads (sentinel, wire version, wire length, one byte per fuse).
 */
function fakeElectron(wireLength: number, initial = FuseState.ENABLE): Buffer {
  const wire = Buffer.alloc(wireLength, initial)
  return Buffer.concat([
    Buffer.alloc(4096, 0x90),
    Buffer.from(SENTINEL),
    Buffer.from([1, wireLength]),
    wire,
    Buffer.alloc(4096, 0x90),
  ])
}

describe('flipFusesAfterPack on a fake Electron executable', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'simpul-fuses-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  const expected = (option: FuseV1Options) =>
    fuseConfig()[option] ? FuseState.ENABLE : FuseState.DISABLE

  it.each([
    ['linux', LINUX_EXECUTABLE],
    ['win32', 'Simpul.exe'],
  ])('sets every fuse on %s (%s) and leaves the rest of the file alone', async (platform, file) => {
    const path = join(dir, file)
    const before = fakeElectron(9)
    await writeFile(path, before)
    await flipFusesAfterPack({
      appOutDir: dir,
      electronPlatformName: platform,
      packager: { appInfo: { productFilename: 'Simpul' } },
    })
    const wire = await getCurrentFuseWire(path)
    for (const option of Object.values(FuseV1Options).filter((v) => typeof v === 'number')) {
      expect(wire[option], FuseV1Options[option]).toBe(expected(option))
    }
    const after = await readFile(path)
    expect(after.length).toBe(before.length)
    const wireStart = 4096 + SENTINEL.length + 2
    expect(after.subarray(0, wireStart).equals(before.subarray(0, wireStart))).toBe(true)
    expect(after.subarray(wireStart + 9).equals(before.subarray(wireStart + 9))).toBe(true)
  })

  it('fails the build when Electron has a fuse this config does not name', async () => {
    await writeFile(join(dir, LINUX_EXECUTABLE), fakeElectron(10))
    await expect(
      flipFusesAfterPack({
        appOutDir: dir,
        electronPlatformName: 'linux',
        packager: { appInfo: { productFilename: 'Simpul' } },
      }),
    ).rejects.toThrow(/strictlyRequireAllFuses/)
  })

  it('fails the build when the executable has no fuse wire', async () => {
    await writeFile(join(dir, LINUX_EXECUTABLE), Buffer.alloc(8192, 0x90))
    await expect(
      flipFusesAfterPack({
        appOutDir: dir,
        electronPlatformName: 'linux',
        packager: { appInfo: { productFilename: 'Simpul' } },
      }),
    ).rejects.toThrow(/sentinel/)
  })
})

describe('Electron binary lookup (npm start, npm run dist, Electron tests)', () => {
  it('reports the binary missing where electron has no dist (as on this build machine)', async () => {
    const root = await mkdtemp(join(tmpdir(), 'simpul-root-'))
    try {
      await writeFile(join(root, 'package.json'), '{"name":"x"}')
      expect(findElectronBinary(root, {})).toBeNull()
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  it('finds a binary named by path.txt, or under ELECTRON_OVERRIDE_DIST_PATH', async () => {
    const root = await mkdtemp(join(tmpdir(), 'simpul-root-'))
    try {
      const { mkdir } = await import('node:fs/promises')
      const electronDir = join(root, 'node_modules', 'electron')
      await mkdir(join(electronDir, 'dist'), { recursive: true })
      await writeFile(join(root, 'package.json'), '{"name":"x"}')
      await writeFile(join(electronDir, 'package.json'), '{"name":"electron","version":"45.4.1"}')
      expect(findElectronBinary(root, {})).toBeNull()
      await writeFile(join(electronDir, 'path.txt'), 'electron')
      expect(findElectronBinary(root, {})).toBeNull()
      await writeFile(join(electronDir, 'dist', 'electron'), '')
      expect(findElectronBinary(root, {})).toBe(join(electronDir, 'dist', 'electron'))
      const override = join(root, 'elsewhere')
      await mkdir(override)
      expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeNull()
      await writeFile(join(override, 'electron'), '')
      expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(
        join(override, 'electron'),
      )
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
