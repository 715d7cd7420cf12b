/**
 * One benchmark pass over an open page of the app: load the generated data into the app's
 * own database, then time what a user does, each figure the median of several runs, with
 * the raw IndexedDB floor timed in the same page. Used by `npm run bench` (national scale)
 * and by test/e2e/bench-smoke.spec.ts (tiny scale, same code path).
 */
import type { Page } from 'playwright-core'
import type {
  BackupFigure,
  ImportFigure,
  LoadResult,
  ReadFigure,
} from '../../src/renderer/bench/page-hook'
import { FEATURE_MEASURES } from './features'
import { firstChunkSize } from './first-chunk'
import { HeapSampler } from './heap'
import {
  DASHBOARD_READY,
  navigationToReady,
  readyTimeout,
  wanted,
  type BenchOptions,
  type FeatureContext,
} from './shared'
import { median, row, withFloor, type ResultRow } from './stats'

export type { BenchOptions } from './shared'

export interface BenchResult {
  scale: string
  history: string
  seed: number
  counts: Record<string, number>
  loadMs: number
  rows: ResultRow[]
}

export async function installHook(page: Page, hookSource: string): Promise<void> {
  await page.evaluate(hookSource)
}

export async function runBench(page: Page, opts: BenchOptions): Promise<BenchResult> {
  const log = opts.log ?? (() => undefined)
  const rows: ResultRow[] = []
  // tsx (esbuild, keepNames) wraps named inner functions in __name(), which functions sent
  // to the page then call: give every page that helper, as a no-op.
  await page.addInitScript({ content: 'window.__name = (f) => f' })
  // A page of the app's origin that does not run the app: the data goes in without the app
  // holding the database open.
  await page.goto('./favicon.svg')
  await installHook(page, opts.hookSource)
  // Sampled from before the data load, so the peak is over the whole bench.
  const heap = new HeapSampler()
  await heap.start(page)
  heap.mark('load')
  log(`generating and loading the ${opts.scale} data set in the page…`)
  const loaded = (await page.evaluate(
    ([seed, scale, history]) => window.simpulBench!.load(seed, scale, history),
    [opts.seed, opts.scale, opts.history ?? 'bulk'] as const,
  )) as LoadResult
  log(
    `loaded in ${(loaded.ms / 1000).toFixed(1)} s (${opts.history ?? 'bulk'} history): ${JSON.stringify(loaded.counts)}`,
  )

  // First load: until the Ringkasan shows its regency table with figures.
  const ctx: FeatureContext = { page, opts, log }
  heap.mark('screens')
  const loads: number[] = []
  if (wanted(opts, 'firstload')) {
    for (let i = 0; i < opts.runs; i++)
      loads.push(
        await navigationToReady(
          page,
          './#/',
          DASHBOARD_READY,
          "the Ringkasan's regency table",
          readyTimeout(opts),
          { fresh: true },
        ),
      )
    rows.push(
      row(
        'firstLoad',
        'first load to dashboard showing figures (Kalsel, national data loaded)',
        'ms',
        loads,
        1500,
      ),
    )
    log(`first load: ${median(loads).toFixed(0)} ms`)
  }

  for (const measure of FEATURE_MEASURES) {
    if (!wanted(opts, measure.section)) continue
    log(`measuring ${measure.name}…`)
    rows.push(...(await measure.run(ctx)))
  }

  heap.mark('backup')
  // Backup and restore with the data feature's own functions (see page-hook.ts).
  await page.goto('./favicon.svg')
  await installHook(page, opts.hookSource)
  if (wanted(opts, 'backup')) {
    const backups = await repeat(
      opts,
      () => page.evaluate(() => window.simpulBench!.backupRoundTrip()) as Promise<BackupFigure>,
    )
    const b0 = backups[0]!
    const part = (f: (b: BackupFigure) => number) => (median(backups.map(f)) / 1000).toFixed(1)
    const backupNote =
      `${b0.rows} rows, ${(b0.bytes / 1e6).toFixed(0)} MB file; data feature's writeBackupFile (read, encode and hash a page at a time) / parseBackup of the bytes (in batches) + replaceAllTables, no file dialog. ` +
      `Restore = parse and check ${part((b) => b.parseMs)} s + write ${part((b) => b.writeMs)} s. ` +
      `Floors (raw IndexedDB, same page and run): read every store ${part((b) => b.readFloorMs)} s; ` +
      `add every row in one transaction ${part((b) => b.writeFloorMs)} s with today's indexes, ${part((b) => b.writeFloorV2Ms)} s with schema v2's`
    rows.push(
      withFloor(
        row(
          'backupExport',
          'full backup export (whole database)',
          'ms',
          backups.map((b) => b.exportMs),
          5000,
          backupNote,
        ),
        backups.map((b) => b.readFloorMs),
        1.3,
      ),
    )
    rows.push(
      withFloor(
        row(
          'backupRestore',
          'full restore of that backup (parse, check, write)',
          'ms',
          backups.map((b) => b.restoreMs),
          10_000,
        ),
        backups.map((b) => b.writeFloorMs),
        1.3,
      ),
    )
    rows.push(
      withFloor(
        row(
          'backupRestoreWrite',
          "restore's write alone",
          'ms',
          backups.map((b) => b.writeMs),
          null,
        ),
        backups.map((b) => b.writeFloorMs),
        1.3,
      ),
    )
    rows.push({
      key: 'writeFloorV2',
      label: 'write floor with schema v2 indexes (for comparison)',
      unit: 'ms',
      value: median(backups.map((b) => b.writeFloorV2Ms)),
      runs: backups.map((b) => b.writeFloorV2Ms),
      target: null,
      note: `today's schema ${(median(backups.map((b) => b.writeFloorMs)) / 1000).toFixed(1)} s for the same rows`,
    })
    log(
      `backup: export ${median(backups.map((b) => b.exportMs)).toFixed(0)} ms, restore ${median(backups.map((b) => b.restoreMs)).toFixed(0)} ms`,
    )
  }

  heap.mark('reads')
  // The floor: the same reads with raw IndexedDB, in the same page and run.
  const reads = wanted(opts, 'reads')
    ? ((await page.evaluate(
        ([runs, warmup]) => window.simpulBench!.reads(runs, undefined, warmup),
        [opts.runs, opts.readWarmup ?? true] as const,
      )) as ReadFigure[])
    : []
  if (reads.length) log(`reads: ${reads.length} pairs`)
  for (const r of reads) {
    rows.push({
      key: `read:${r.name}`,
      label: `read: ${r.name}`,
      unit: 'ms',
      value: r.simpulMs,
      runs: r.simpulRuns,
      target: null,
      floorMs: r.floorMs,
      ratio: r.ratio,
      note: `${r.rows} rows; Simpul = ${r.simpulPath}`,
    })
  }

  heap.mark('import')
  // Imports last: each run removes what it added, but they are the heaviest writes.
  const importSizes =
    opts.scale === 'national' ? { csv: 100_000, xlsx: 50_000 } : { csv: 300, xlsx: 150 }
  for (const [format, n, target, offset] of wanted(opts, 'import')
    ? ([
        ['csv', importSizes.csv, 5000, 0],
        ['xlsx', importSizes.xlsx, null, importSizes.csv],
      ] as const)
    : []) {
    const figures = await repeat(
      opts,
      () =>
        page.evaluate(
          ([seed, scale, f, rows, off]) =>
            window.simpulBench!.importRoundTrip(seed, scale, f, rows, off),
          [opts.seed, opts.scale, format, n, offset] as const,
        ) as Promise<ImportFigure>,
    )
    const f0 = figures[0]!
    if (f0.problems || f0.added !== n)
      throw new Error(`import ${format}: ${f0.added} of ${n} rows added, ${f0.problems} problems`)
    rows.push(
      withFloor(
        row(
          format === 'csv' ? 'importCsv' : 'importXlsx',
          `import of a ${n.toLocaleString('en')}-row ${format.toUpperCase()} (coverage)`,
          'ms',
          figures.map((x) => x.ms),
          target,
          `${(f0.fileBytes / 1e6).toFixed(1)} MB file; data feature's importSheetFile (read, check every row, one transaction with audit: ${f0.auditRows} audit rows), no file dialog; floor = raw add() of the stored rows and audit rows in one transaction into this database. Steps (median s): ${Object.keys(
            f0.steps,
          )
            .map((k) => `${k} ${(median(figures.map((x) => x.steps[k] ?? 0)) / 1000).toFixed(2)}`)
            .join(', ')}`,
        ),
        figures.map((x) => x.floorMs),
        1.5,
      ),
    )
    log(
      `import ${format}: ${median(figures.map((x) => x.ms)).toFixed(0)} ms (floor ${median(figures.map((x) => x.floorMs)).toFixed(0)} ms; ${JSON.stringify(f0.steps)})`,
    )
  }

  await heap.stop()
  log(
    `peak JS heap ${(heap.peakBytes / 1e6).toFixed(0)} MB; by phase: ${Object.entries(
      heap.peakByPhase,
    )
      .map(([p, b]) => `${p} ${(b / 1e6).toFixed(0)} MB`)
      .join(', ')}`,
  )
  for (const [phase, b] of Object.entries(heap.peakByPhase))
    rows.push({
      key: `peakHeap:${phase}`,
      label: `peak JS heap: ${phase}`,
      unit: 'MB',
      value: b / 1e6,
      runs: [b / 1e6],
      target: 500,
      note: 'JSHeapUsedSize sampled every 200 ms during this phase',
    })
  rows.push({
    key: 'peakHeap',
    label: 'peak JS heap (whole bench, data load included)',
    unit: 'MB',
    value: heap.peakBytes / 1e6,
    runs: [heap.peakBytes / 1e6],
    target: 500,
    note: `${heap.samples} samples of JSHeapUsedSize; peak by phase: ${Object.entries(
      heap.peakByPhase,
    )
      .map(([p, b]) => `${p} ${(b / 1e6).toFixed(0)} MB`)
      .join(', ')}`,
  })
  const chunk = await firstChunkSize(opts.webRoot)
  rows.push({
    key: 'firstChunk',
    label: 'first JS chunk, gzipped',
    unit: 'KB',
    value: chunk.gzipBytes / 1000,
    runs: [chunk.gzipBytes / 1000],
    target: 400,
    note: `${chunk.file}, ${(chunk.bytes / 1000).toFixed(0)} KB raw`,
  })
  return {
    scale: opts.scale,
    history: opts.history ?? 'bulk',
    seed: opts.seed,
    counts: loaded.counts,
    loadMs: loaded.ms,
    rows,
  }
}

/**
 * Costly figures: up to `costlyRuns` runs, but no new run once the figure has used
 * `costlyBudgetMs` (a 2-minute restore would otherwise push the bench past 10 minutes).
 * The printed runs column says how many there were.
 */
async function repeat<T>(opts: BenchOptions, once: () => Promise<T>): Promise<T[]> {
  const out: T[] = []
  const t0 = Date.now()
  while (
    out.length < opts.costlyRuns &&
    (out.length === 0 || Date.now() - t0 < (opts.costlyBudgetMs ?? 60_000))
  )
    out.push(await once())
  return out
}
