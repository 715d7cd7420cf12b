import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { buildHook } from '../../scripts/bench/hook-build'
import { runBench } from '../../scripts/bench/run'

// One small benchmark pass through the same code path as `npm run bench`, so the bench
// cannot rot. It checks that every figure is produced, never its value (machines are noisy).
test('a tiny benchmark pass produces every figure, with the raw IndexedDB floor', async ({
  page,
}) => {
  test.setTimeout(180_000)
  const projectRoot = resolve(import.meta.dirname, '../..')
  const hookSource = await buildHook(projectRoot, resolve(projectRoot, 'out/web-bench-hook-smoke'))
  const result = await runBench(page, {
    scale: 'tiny',
    seed: 7,
    runs: 2,
    costlyRuns: 1,
    webRoot: resolve(projectRoot, process.env.SIMPUL_WEB_ROOT ?? 'out/renderer'),
    projectRoot,
    hookSource,
  })
  expect(result.counts.coverage).toBe(514 * 2 * 2)
  expect(result.counts.regions).toBe(38 + 514)
  const keys = result.rows.map((r) => r.key)
  for (const key of [
    'firstLoad',
    'backupExport',
    'backupRestore',
    'importCsv',
    'importXlsx',
    'peakHeap',
    'firstChunk',
    'dashboardPeriod',
    'commitmentsFilter',
    'briefingKalsel',
  ]) {
    expect(keys).toContain(key)
  }
  for (const r of result.rows) {
    if (r.value === null) {
      // Only a screen that has not landed may lack a figure, and it says so.
      expect(r.notMeasured, r.key).toMatch(/^not measured: .+ not built yet$/)
      expect([
        'firstLoad',
        'backupExport',
        'backupRestore',
        'importCsv',
        'importXlsx',
        'peakHeap',
        'firstChunk',
      ]).not.toContain(r.key)
    } else {
      expect(r.value, r.key).toBeGreaterThan(0)
      expect(r.runs.length, r.key).toBeGreaterThan(0)
    }
  }
  const reads = result.rows.filter((r) => r.key.startsWith('read:'))
  expect(reads.length).toBeGreaterThanOrEqual(4)
  for (const r of reads) {
    expect(r.floorMs, r.key).toBeGreaterThan(0)
    expect(r.ratio, r.key).toBeGreaterThan(0)
  }
})
