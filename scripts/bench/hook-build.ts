/**
 * Builds src/renderer/bench/page-hook.ts into one classic script. It is never part of the
 * app's build: Playwright evaluates it in a page of the app's origin (evaluation through the
 * DevTools protocol is not subject to the page's CSP, so the app's CSP stays as shipped).
 */
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { build } from 'vite'

export async function buildHook(projectRoot: string, outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'warn',
    root: projectRoot,
    define: {
      __APP_VERSION__: JSON.stringify('bench'),
      'process.env.NODE_ENV': JSON.stringify('production'),
    },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: {
        entry: resolve(projectRoot, 'src/renderer/bench/page-hook.ts'),
        formats: ['iife'],
        name: 'SimpulBenchHook',
        fileName: () => 'page-hook.js',
      },
    },
  })
  return readFile(resolve(outDir, 'page-hook.js'), 'utf8')
}
