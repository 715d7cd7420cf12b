/**
 * Measurements of screens other engineers build. Each first checks that its screen has
 * landed in the source being benchmarked (a placeholder page means not yet) and otherwise
 * returns "not measured: … not built yet" rows: never a made-up figure.
 */
import { readFileSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
import {
  KALSEL_MEETING_INDEX,
  NATIONAL,
  NATIONAL_MEETING_INDEX,
  TINY,
  benchContext,
  meetingId,
} from '../../src/renderer/bench/generate'
import { timeAction, type Until } from './interact'
import type { BenchOptions } from './run'
import { notMeasured, row, type ResultRow } from './stats'

export interface FeatureContext {
  page: Page
  opts: BenchOptions
  log: (line: string) => void
}

export interface FeatureMeasure {
  name: string
  run: (ctx: FeatureContext) => Promise<ResultRow[]>
}

/** A screen is built once its page file exists and no longer renders the placeholder. */
export function screenBuilt(projectRoot: string, file: string, marker: string): boolean {
  try {
    const source = readFileSync(resolve(projectRoot, file), 'utf8')
    return !source.includes('PlaceholderPage') && source.includes(marker)
  } catch {
    return false
  }
}

export const DASHBOARD_READY = '[data-testid="regency-table"] tbody tr'

export function dashboardBuilt(projectRoot: string): boolean {
  return screenBuilt(
    projectRoot,
    'src/renderer/features/dashboard/dashboard-page.tsx',
    'RegencyTable',
  )
}

/** Opens a Mantine Select by its label and returns the option to click. */
async function selectOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label, exact: true }).click()
  const el = page.getByRole('option', { name: option, exact: true })
  await el.waitFor({ state: 'visible' })
  return el.elementHandle()
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
]

/** The as-of date the dashboard states for a period choice: "2024" -> "31 Desember 2024". */
export function asOfText(choice: string): string {
  if (/^\d{4}$/.test(choice)) return `31 Desember ${choice}`
  const [month, year] = choice.split(' ') as [string, string]
  const m = MONTHS.indexOf(month)
  return `${new Date(Date.UTC(Number(year), m + 1, 0)).getUTCDate()} ${month} ${year}`
}

/** Two period choices to alternate between: the two latest years, or a year and a month. */
async function periodPair(page: Page): Promise<[string, string]> {
  await page.getByRole('combobox', { name: 'Periode', exact: true }).click()
  await page.getByRole('option').first().waitFor()
  const names = (await page.getByRole('option').allTextContents()).map((n) => n.trim())
  await page.keyboard.press('Escape')
  const years = names
    .filter((n) => /^\d{4}$/.test(n))
    .sort()
    .reverse()
  const months = names.filter(
    (n) =>
      /^[A-Z][a-z]+ \d{4}$/.test(n) &&
      MONTHS.includes(n.split(' ')[0]!) &&
      !n.startsWith('Desember'),
  )
  return years.length >= 2 ? [years[0]!, years[1]!] : [years[0]!, months[0]!]
}

const dashboard: FeatureMeasure = {
  name: 'dashboard',
  run: async ({ page, opts }) => {
    if (!dashboardBuilt(opts.projectRoot)) {
      return [
        notMeasured(
          'dashboardPeriod',
          'dashboard update after changing the period',
          'ms',
          100,
          'dashboard not built yet',
        ),
        notMeasured(
          'dashboardProvince',
          'dashboard update after changing the province',
          'ms',
          100,
          'dashboard not built yet',
        ),
      ]
    }
    await page.goto('./#/')
    await page.locator(DASHBOARD_READY).first().waitFor()
    const pair = await periodPair(page)
    const periods: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const choice = pair[i % 2]!
      const el = await selectOption(page, 'Periode', choice)
      // The screen states its as-of date beside the table: both show the new period.
      const until: Until[] = [
        { selector: 'main', text: `Jamsostek per ${asOfText(choice)}` },
        { selector: DASHBOARD_READY },
      ]
      periods.push(await timeAction(el!, { kind: 'click' }, until))
    }
    const provinces: number[] = []
    const cycle = [
      ['Jawa Barat (32)', '32'],
      ['Jawa Timur (35)', '35'],
      ['Kalimantan Selatan (63)', '63'],
    ] as const
    for (let i = 0; i < opts.runs; i++) {
      const [label, code] = cycle[i % cycle.length]!
      const el = await selectOption(page, 'Provinsi', label)
      provinces.push(
        await timeAction(el!, { kind: 'click' }, [
          { selector: `[data-testid="regency-table"] tr[data-region^="${code}."]` },
        ]),
      )
    }
    return [
      row(
        'dashboardPeriod',
        'dashboard update after changing the period (Kalsel)',
        'ms',
        periods,
        100,
        `Kalsel, ${pair.join(' <-> ')}, until the screen shows the new period with its table`,
      ),
      row(
        'dashboardProvince',
        'dashboard update after changing the province',
        'ms',
        provinces,
        100,
        'Jawa Barat -> Jawa Timur -> Kalsel, until the regency table shows the new province',
      ),
    ]
  },
}

const commitments: FeatureMeasure = {
  name: 'commitments list',
  run: async ({ page, opts }) => {
    if (
      !screenBuilt(
        opts.projectRoot,
        'src/renderer/features/commitments/commitments-list-page.tsx',
        'filterAndSortCommitments',
      )
    ) {
      return [
        notMeasured(
          'commitmentsFilter',
          'commitments list: filter',
          'ms',
          100,
          'commitments list not built yet',
        ),
        notMeasured(
          'commitmentsSort',
          'commitments list: sort',
          'ms',
          100,
          'commitments list not built yet',
        ),
      ]
    }
    await page.goto('./#/komitmen')
    await page.getByTestId('commitment-row').first().waitFor()
    const count = '[data-testid="list-count"]'
    const total = (await page.locator(count).textContent()) ?? ''
    const yearSelect = await page
      .getByRole('combobox', { name: 'Tahun tenggat', exact: true })
      .elementHandle()
    const filters: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const before = (await page.locator(count).textContent()) ?? ''
      filters.push(
        await timeAction(yearSelect!, { kind: 'select', value: i % 2 === 0 ? '2025' : '2024' }, [
          { selector: count, notText: before },
        ]),
      )
    }
    await yearSelect!.selectOption('')
    await page.locator(count).filter({ hasText: total }).waitFor()
    const sortSelect = await page
      .getByRole('combobox', { name: 'Urutkan', exact: true })
      .elementHandle()
    const sorts: number[] = []
    const body = '[data-testid="commitments-table"] tbody'
    for (let i = 0; i < opts.runs; i++) {
      const before = (await page.locator(body).textContent()) ?? ''
      sorts.push(
        await timeAction(
          sortSelect!,
          { kind: 'select', value: i % 2 === 0 ? 'title' : 'deadline' },
          [{ selector: body, notText: before }],
        ),
      )
    }
    return [
      row(
        'commitmentsFilter',
        `commitments list: filter by deadline year (${total})`,
        'ms',
        filters,
        100,
        'until the count above the list changes',
      ),
      row(
        'commitmentsSort',
        'commitments list: sort (title <-> deadline)',
        'ms',
        sorts,
        100,
        'until the rows shown change',
      ),
    ]
  },
}

/** Watches frames while a pack is built: the longest gap between frames, and whether progress showed. */
async function watchFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as {
      __benchFrames?: { maxGap: number; sawProgress: boolean; stop: boolean }
    }
    const state = { maxGap: 0, sawProgress: false, stop: false }
    w.__benchFrames = state
    let last = performance.now()
    const tick = () => {
      const now = performance.now()
      state.maxGap = Math.max(state.maxGap, now - last)
      last = now
      if (document.querySelector('[data-testid="pack-progress"]')) state.sawProgress = true
      if (!state.stop) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

async function stopWatching(page: Page): Promise<{ maxGap: number; sawProgress: boolean }> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __benchFrames?: { maxGap: number; sawProgress: boolean; stop: boolean }
    }
    const state = w.__benchFrames!
    state.stop = true
    return { maxGap: state.maxGap, sawProgress: state.sawProgress }
  })
}

async function measurePack(
  ctx: FeatureContext,
  meetingIdValue: string,
  runs: number,
  budgetMs: number,
) {
  const { page } = ctx
  const opens: number[] = []
  const builds: number[] = []
  let maxGap = 0
  let sawProgress = true
  let bytes = 0
  const t0 = Date.now()
  while (builds.length < runs && (builds.length === 0 || Date.now() - t0 < budgetMs)) {
    await page.goto(`./#/briefing/${meetingIdValue}`, { waitUntil: 'commit' })
    const ready = await page.waitForFunction(
      () => (document.querySelector('[data-testid="pack-preview"]') ? performance.now() : null),
      undefined,
      { polling: 'raf', timeout: 120_000 },
    )
    opens.push((await ready.jsonValue()) as number)
    const button = page.getByRole('button', { name: 'Susun PDF', exact: true })
    await button.waitFor()
    await watchFrames(page)
    const started = performance.now()
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 300_000 }),
      button.click(),
    ])
    builds.push(performance.now() - started)
    const frames = await stopWatching(page)
    maxGap = Math.max(maxGap, frames.maxGap)
    sawProgress &&= frames.sawProgress
    const path = await download.path()
    bytes = path ? statSync(path).size : 0
  }
  return { opens, builds, maxGap, sawProgress, bytes }
}

const briefing: FeatureMeasure = {
  name: 'briefing pack',
  run: async (ctx) => {
    const { opts } = ctx
    if (
      !screenBuilt(
        opts.projectRoot,
        'src/renderer/features/briefing/briefing-page.tsx',
        'buildPdfInWorker',
      )
    ) {
      return [
        notMeasured(
          'briefingKalsel',
          'briefing pack, Kalsel (13 kab/kota)',
          'ms',
          2000,
          'briefing pack not built yet',
        ),
        notMeasured(
          'briefingNational',
          'briefing pack, national (514 kab/kota)',
          'ms',
          15000,
          'briefing pack not built yet',
        ),
      ]
    }
    const gen = benchContext(opts.seed, opts.scale === 'national' ? NATIONAL : TINY)
    const out: ResultRow[] = []
    for (const [key, label, index, target] of [
      ['briefingKalsel', 'briefing pack PDF, Kalsel (13 kab/kota)', KALSEL_MEETING_INDEX, 2000],
      [
        'briefingNational',
        'briefing pack PDF, national (514 kab/kota)',
        NATIONAL_MEETING_INDEX,
        15000,
      ],
    ] as const) {
      const m = await measurePack(
        ctx,
        meetingId(gen, index),
        opts.costlyRuns,
        opts.costlyBudgetMs ?? 60_000,
      )
      out.push(
        row(
          `${key}Open`,
          `briefing screen ready, ${key === 'briefingKalsel' ? 'Kalsel' : 'national'} meeting`,
          'ms',
          m.opens,
          null,
          'navigation to the pack preview being shown (reads the pack source)',
        ),
      )
      out.push(
        row(
          key,
          label,
          'ms',
          m.builds,
          target,
          `click "Susun PDF" to the download; ${(m.bytes / 1e6).toFixed(1)} MB PDF; longest frame gap while building ${Math.round(m.maxGap)} ms; progress shown: ${m.sawProgress ? 'yes' : 'NO'}`,
        ),
      )
      ctx.log(`${label}: ${Math.round(m.builds[0]!)} ms`)
    }
    return out
  },
}

export const FEATURE_MEASURES: FeatureMeasure[] = [dashboard, commitments, briefing]
