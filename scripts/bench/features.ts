/**
 * Measurements of the screens, through the UI as a user works them. Each waits for its
 * screen's ready marker and controls through `need`: a screen that does not show them stops
 * the bench with a message naming what is missing, never a quietly missing figure.
 */
import { statSync } from 'node:fs'
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
import {
  BRIEFING_READY,
  COMMITMENTS_READY,
  DASHBOARD_READY,
  need,
  navigationToReady,
  readyTimeout,
  type BenchSection,
  type FeatureContext,
} from './shared'
import { row, type ResultRow } from './stats'

export interface FeatureMeasure {
  section: BenchSection
  name: string
  run: (ctx: FeatureContext) => Promise<ResultRow[]>
}

/** Opens a Mantine Select by its label and returns the option to click. */
async function selectOption(page: Page, label: string, option: string, timeoutMs: number) {
  const box = await need(
    page.getByRole('combobox', { name: label, exact: true }),
    `the select "${label}"`,
    timeoutMs,
  )
  await box.click()
  const el = page.getByRole('option', { name: option, exact: true })
  await el.waitFor({ state: 'visible', timeout: timeoutMs })
  return need(el, `the option "${option}" of "${label}"`, timeoutMs)
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
async function periodPair(page: Page, timeoutMs: number): Promise<[string, string]> {
  const box = await need(
    page.getByRole('combobox', { name: 'Periode', exact: true }),
    'the Ringkasan\'s select "Periode"',
    timeoutMs,
  )
  await box.click()
  await need(page.getByRole('option'), 'the options of "Periode"', timeoutMs)
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
  section: 'dashboard',
  name: 'dashboard',
  run: async ({ page, opts }) => {
    const wait = readyTimeout(opts)
    await navigationToReady(page, './#/', DASHBOARD_READY, "the Ringkasan's regency table", wait)
    const pair = await periodPair(page, wait)
    const periods: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const choice = pair[i % 2]!
      const el = await selectOption(page, 'Periode', choice, wait)
      // The screen states its as-of date beside the table: both show the new period.
      const until: Until[] = [
        { selector: 'main', text: `Jamsostek per ${asOfText(choice)}` },
        { selector: DASHBOARD_READY },
      ]
      periods.push(await timeAction(el, { kind: 'click' }, until, wait))
    }
    const provinces: number[] = []
    const cycle = [
      ['Jawa Barat (32)', '32'],
      ['Jawa Timur (35)', '35'],
      ['Kalimantan Selatan (63)', '63'],
    ] as const
    for (let i = 0; i < opts.runs; i++) {
      const [label, code] = cycle[i % cycle.length]!
      const el = await selectOption(page, 'Provinsi', label, wait)
      provinces.push(
        await timeAction(
          el,
          { kind: 'click' },
          [{ selector: `[data-testid="regency-table"] tr[data-region^="${code}."]` }],
          wait,
        ),
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
  section: 'commitments',
  name: 'commitments list',
  run: async ({ page, opts }) => {
    const wait = readyTimeout(opts)
    await navigationToReady(page, './#/komitmen', COMMITMENTS_READY, 'the commitments list', wait)
    const count = '[data-testid="list-count"]'
    const total =
      (await (await need(page.locator(count), 'the list count', wait)).textContent()) ?? ''
    const yearSelect = await need(
      page.getByRole('combobox', { name: 'Tahun tenggat', exact: true }),
      'the select "Tahun tenggat"',
      wait,
    )
    const filters: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const before = (await page.locator(count).textContent()) ?? ''
      filters.push(
        await timeAction(
          yearSelect,
          { kind: 'select', value: i % 2 === 0 ? '2025' : '2024' },
          [{ selector: count, notText: before }],
          wait,
        ),
      )
    }
    await yearSelect.selectOption('')
    await page.locator(count).filter({ hasText: total }).waitFor({ timeout: wait })
    const sortSelect = await need(
      page.getByRole('combobox', { name: 'Urutkan', exact: true }),
      'the select "Urutkan"',
      wait,
    )
    const body = '[data-testid="commitments-table"] tbody'
    await need(page.locator(body), 'the commitments table', wait)
    const sorts: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const before = (await page.locator(body).textContent()) ?? ''
      sorts.push(
        await timeAction(
          sortSelect,
          { kind: 'select', value: i % 2 === 0 ? 'title' : 'deadline' },
          [{ selector: body, notText: before }],
          wait,
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
  const wait = readyTimeout(ctx.opts)
  const opens: number[] = []
  const builds: number[] = []
  let maxGap = 0
  let sawProgress = true
  let bytes = 0
  const t0 = Date.now()
  while (builds.length < runs && (builds.length === 0 || Date.now() - t0 < budgetMs)) {
    opens.push(
      await navigationToReady(
        page,
        `./#/briefing/${meetingIdValue}`,
        BRIEFING_READY,
        "the briefing screen's pack preview",
        wait,
        // As a user opens a pack: from the briefing list.
        { via: '#/briefing' },
      ),
    )
    const button = page.getByRole('button', { name: 'Susun PDF', exact: true })
    await need(button, 'the button "Susun PDF"', wait)
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
  section: 'briefing',
  name: 'briefing pack',
  run: async (ctx) => {
    const { opts } = ctx
    const gen = benchContext(opts.seed, opts.scale === 'national' ? NATIONAL : TINY)
    const out: ResultRow[] = []
    const packs = [
      ['briefingKalsel', 'briefing pack PDF, Kalsel (13 kab/kota)', KALSEL_MEETING_INDEX, 2000],
      [
        'briefingNational',
        'briefing pack PDF, national (514 kab/kota)',
        NATIONAL_MEETING_INDEX,
        15000,
      ],
    ] as const
    for (const [key, label, index, target] of opts.nationalPack === false
      ? packs.slice(0, 1)
      : packs) {
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
          'from the briefing list to the pack preview being shown (reads the pack source, builds the model), timed from the route change',
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
