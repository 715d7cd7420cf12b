/**
 * npm run bench: builds the renderer, serves it, loads the generated national data into
 * headless Chromium (the browser the end-to-end tests use), prints one table of medians with
 * the raw IndexedDB floor and writes bench-results/latest.json.
 *
 *   npm run bench                      national scale, seed 20210101
 *   npm run bench -- --scale tiny      the small pass npm test runs
 *   npm run bench -- --runs 3 --no-build
 *   npm run bench -- --history per-record   the audit history as imports wrote it before v4
 *   npm run bench -- --only briefing,reads   (sections: firstload, dashboard, commitments,
 *                                             briefing, backup, reads, import)
 *
 * Env: SIMPUL_CHROMIUM (browser path, default /usr/bin/chromium), SIMPUL_BENCH_PORT (5281).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromium } from 'playwright-core'
import { build } from 'vite'
import { buildHook } from './bench/hook-build'
import { formatTable, writeResults } from './bench/report'
import { runBench } from './bench/run'
import { BENCH_SECTIONS } from './bench/shared'

const root = fileURLToPath(new URL('..', import.meta.url))
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'national' },
    seed: { type: 'string', default: '20210101' },
    runs: { type: 'string', default: '5' },
    'costly-runs': { type: 'string', default: '3' },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/latest.json' },
    only: { type: 'string' },
    history: { type: 'string', default: 'bulk' },
  },
})
const scale = values.scale === 'tiny' ? 'tiny' : 'national'
const only = values.only ? new Set(values.only.split(',').map((x) => x.trim())) : undefined
const unknown = [...(only ?? [])].filter((s) => !(BENCH_SECTIONS as readonly string[]).includes(s))
if (unknown.length) {
  console.error(
    `--only: unknown section ${unknown.join(', ')}; sections: ${BENCH_SECTIONS.join(', ')}`,
  )
  process.exit(2)
}
const webRoot = resolve(root, 'out/web-bench')
const port = Number(process.env.SIMPUL_BENCH_PORT ?? 5281)
const log = (line: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${line}`)

async function waitForServer(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`web server exited with ${child.exitCode}`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`web server did not answer at ${url}`)
}

async function main(): Promise<void> {
  const t0 = Date.now()
  if (!values['no-build']) {
    log('building the renderer into out/web-bench…')
    await build({
      configFile: resolve(root, 'vite.web.config.ts'),
      logLevel: 'warn',
      build: { outDir: webRoot, emptyOutDir: true },
    })
  }
  log('building the page hook…')
  const hookSource = await buildHook(root, resolve(root, 'out/web-bench-hook'))

  const server = spawn(process.execPath, [resolve(root, 'scripts/serve-web.mjs')], {
    env: { ...process.env, SIMPUL_PORT: String(port), SIMPUL_WEB_ROOT: webRoot },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const chromiumPath = process.env.SIMPUL_CHROMIUM ?? '/usr/bin/chromium'
  const browser = await chromium.launch({
    executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--enable-precise-memory-info',
    ],
  })
  try {
    const baseURL = `http://127.0.0.1:${port}/`
    await waitForServer(baseURL, server)
    const context = await browser.newContext({
      baseURL,
      locale: 'id-ID',
      timezoneId: 'Asia/Makassar',
      viewport: { width: 1366, height: 800 },
      acceptDownloads: true,
    })
    const page = await context.newPage()
    page.setDefaultTimeout(120_000)
    // A screen that never shows its marker is often a screen that threw: say what it threw.
    page.on('pageerror', (error) => log(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') log(`console error: ${message.text().slice(0, 500)}`)
    })
    const result = await runBench(page, {
      scale,
      seed: Number(values.seed),
      runs: Number(values.runs),
      costlyRuns: Number(values['costly-runs']),
      webRoot,
      hookSource,
      log,
      only,
      history: values.history === 'per-record' ? 'per-record' : 'bulk',
    })
    const table = formatTable(result)
    console.log('\n' + table + '\n')
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? '',
      memoryGB: Math.round(totalmem() / 1e9),
      node: process.version,
      chromium: browser.version(),
    }
    const file = resolve(root, values.out!)
    await writeResults(file, result, {
      generatedAt: new Date().toISOString(),
      machine,
      totalSeconds: Math.round((Date.now() - t0) / 1000),
    })
    log(`written ${file} (${Math.round((Date.now() - t0) / 1000)} s in all)`)
  } finally {
    await browser.close()
    server.kill('SIGTERM')
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
