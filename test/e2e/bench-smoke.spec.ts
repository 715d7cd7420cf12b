import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { buildHook } from '../../scripts/bench/hook-build'
import { formatTable } from '../../scripts/bench/report'
import { runBench } from '../../scripts/bench/run'
import { ScreenNotReady, need, navigationToReady } from '../../scripts/bench/shared'

// One small benchmark pass through the same code path as `npm run bench`, so the bench
// cannot rot. It checks that every figure is produced, never its value (machines are noisy).
// Every section runs end to end once (1 run per figure, Kalsel's briefing pack only): 43 s
// alone and 77 s inside the full suite on the loaded 2-core machine (load average 12 to 16);
// the timeout leaves a wide margin.
test('a tiny benchmark pass produces every figure, with the raw IndexedDB floor', async ({
  page,
}) => {
  test.setTimeout(300_000)
  const projectRoot = resolve(import.meta.dirname, '../..')
  const t0 = Date.now()
  const log = (line: string) =>
    console.log(`[bench-smoke +${((Date.now() - t0) / 1000).toFixed(1)} s] ${line}`)
  const hookSource = await buildHook(projectRoot, resolve(projectRoot, 'out/web-bench-hook-smoke'))
  const result = await runBench(page, {
    scale: 'tiny',
    seed: 7,
    runs: 1,
    costlyRuns: 1,
    nationalPack: false,
    readWarmup: false,
    // A tiny screen showed its data within 10 s under load; a missing marker fails in 60 s.
    readyTimeoutMs: 60_000,
    webRoot: resolve(projectRoot, process.env.SIMPUL_WEB_ROOT ?? 'out/renderer'),
    hookSource,
    log,
  })
  log(`done\n${formatTable(result)}`)
  expect(result.counts.coverage).toBe(514 * 2 * 2)
  expect(result.counts.regions).toBe(38 + 514)
  const keys = result.rows.map((r) => r.key)
  // The peak heap of every phase, the data load included, then the peak over the whole bench.
  expect(keys.filter((k) => k.startsWith('peakHeap:'))).toEqual([
    'peakHeap:load',
    'peakHeap:screens',
    'peakHeap:backup',
    'peakHeap:reads',
    'peakHeap:import',
  ])
  expect(keys.filter((k) => !k.startsWith('read:') && !k.startsWith('peakHeap:'))).toEqual([
    'firstLoad',
    'dashboardPeriod',
    'dashboardProvince',
    'commitmentsFilter',
    'commitmentsSort',
    'briefingKalselOpen',
    'briefingKalsel',
    'backupExport',
    'backupRestore',
    'backupRestoreWrite',
    'writeFloorV2',
    'importCsv',
    'importXlsx',
    'peakHeap',
    'firstChunk',
  ])
  for (const r of result.rows) {
    expect(r.value, r.key).toBeGreaterThan(0)
    expect(r.runs.length, r.key).toBe(1)
  }
  const reads = result.rows.filter((r) => r.key.startsWith('read:'))
  expect(reads.length).toBeGreaterThanOrEqual(4)
  for (const r of reads) {
    expect(r.floorMs, r.key).toBeGreaterThan(0)
    expect(r.ratio, r.key).toBeGreaterThan(0)
  }
  // Restore, its write, export and both imports are measured against a raw IndexedDB floor.
  for (const key of [
    'backupExport',
    'backupRestore',
    'backupRestoreWrite',
    'importCsv',
    'importXlsx',
  ]) {
    const r = result.rows.find((x) => x.key === key)!
    expect(r.floorMs, key).toBeGreaterThan(0)
    expect(r.ratio, key).toBeCloseTo(r.value / r.floorMs!, 6)
    expect(r.ratioTarget, key).toBeDefined()
  }
  expect(result.rows.find((r) => r.key === 'briefingKalsel')?.note).toContain('progress shown')
  // Where an import's time goes, step by step.
  expect(result.rows.find((r) => r.key === 'importCsv')?.note).toMatch(
    /Steps \(median s\): read [\d.]+, context [\d.]+, plan [\d.]+, write [\d.]+/,
  )
})

test('a screen without its ready marker or control stops the bench, naming what is missing', async ({
  page,
}) => {
  await page.goto('./#/')
  await expect(page.getByRole('heading', { level: 1, name: 'Simpul' })).toBeVisible()
  const missingControl = need(
    page.getByRole('combobox', { name: 'Periode (diganti)', exact: true }),
    'the select "Periode (diganti)"',
    1_000,
  )
  await expect(missingControl).rejects.toThrow(ScreenNotReady)
  await expect(missingControl).rejects.toThrow(
    /^bench: the select "Periode \(diganti\)" did not appear within 1 s\. The screen, its component or its test id is missing or renamed/,
  )
  // A route change is timed from the route change, not from the document's first load
  // (hash routes keep the document: performance.now() alone counts from its first load).
  const before = await page.evaluate(() => performance.now())
  const opened = await navigationToReady(
    page,
    './#/komitmen',
    '[data-testid="list-count"]',
    'the commitments list',
    60_000,
  )
  const after = await page.evaluate(() => performance.now())
  expect(opened).toBeGreaterThan(0)
  expect(opened).toBeLessThanOrEqual(after - before)
  const missingMarker = navigationToReady(
    page,
    './#/',
    '[data-testid="regency-table-renamed"] tbody tr',
    "the Ringkasan's regency table",
    1_000,
  )
  await expect(missingMarker).rejects.toThrow(
    /the Ringkasan's regency table \(\[data-testid="regency-table-renamed"\] tbody tr\) did not appear within 1 s/,
  )
})
