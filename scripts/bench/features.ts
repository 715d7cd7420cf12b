/**
 * Measurements of screens other engineers build. Each first checks that its screen has
 * landed in the source being benchmarked (a placeholder page means not yet) and otherwise
 * returns "not measured: … not built yet" rows: never a made-up figure.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { Page } from 'playwright-core'
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
  return screenBuilt(projectRoot, 'src/renderer/features/dashboard/dashboard-page.tsx', 'RegencyTable')
}

/** Opens a Mantine Select by its label and returns the option to click. */
async function selectOption(page: Page, label: string, option: string) {
  await page.getByRole('textbox', { name: label, exact: true }).click()
  const el = page.getByRole('option', { name: option, exact: true })
  await el.waitFor({ state: 'visible' })
  return el.elementHandle()
}

const DATE_DEC_31 = (year: string) => `31 Desember ${year}`

const dashboard: FeatureMeasure = {
  name: 'dashboard',
  run: async ({ page, opts }) => {
    if (!dashboardBuilt(opts.projectRoot)) {
      return [
        notMeasured('dashboardPeriod', 'dashboard update after changing the period', 'ms', 100, 'dashboard not built yet'),
        notMeasured('dashboardProvince', 'dashboard update after changing the province', 'ms', 100, 'dashboard not built yet'),
      ]
    }
    await page.goto('./#/')
    await page.locator(DASHBOARD_READY).first().waitFor()
    const periods: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const year = i % 2 === 0 ? '2024' : '2023'
      const el = await selectOption(page, 'Periode', year)
      const until: Until[] = [{ selector: 'main', text: DATE_DEC_31(year) }, { selector: DASHBOARD_READY }]
      periods.push(await timeAction(el!, { kind: 'click' }, until))
    }
    const provinces: number[] = []
    const cycle = [['Jawa Barat (32)', '32'], ['Jawa Timur (35)', '35'], ['Kalimantan Selatan (63)', '63']] as const
    for (let i = 0; i < opts.runs; i++) {
      const [label, code] = cycle[i % cycle.length]!
      const el = await selectOption(page, 'Provinsi', label)
      provinces.push(await timeAction(el!, { kind: 'click' }, [{ selector: `[data-testid="regency-table"] tr[data-region^="${code}."]` }]))
    }
    return [
      row('dashboardPeriod', 'dashboard update after changing the period (Kalsel)', 'ms', periods, 100, 'Kalsel, 2024 <-> 2023, until the table and the as-of date show the new period'),
      row('dashboardProvince', 'dashboard update after changing the province', 'ms', provinces, 100, 'Jawa Barat -> Jawa Timur -> Kalsel, until the regency table shows the new province'),
    ]
  },
}

const commitments: FeatureMeasure = {
  name: 'commitments list',
  run: async ({ page, opts }) => {
    if (!screenBuilt(opts.projectRoot, 'src/renderer/features/commitments/commitments-list-page.tsx', 'filterAndSortCommitments')) {
      return [
        notMeasured('commitmentsFilter', 'commitments list: filter', 'ms', 100, 'commitments list not built yet'),
        notMeasured('commitmentsSort', 'commitments list: sort', 'ms', 100, 'commitments list not built yet'),
      ]
    }
    await page.goto('./#/komitmen')
    await page.getByTestId('commitment-row').first().waitFor()
    const count = '[data-testid="list-count"]'
    const total = (await page.locator(count).textContent()) ?? ''
    const yearSelect = await page.getByRole('combobox', { name: 'Tahun tenggat', exact: true }).elementHandle()
    const filters: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const before = (await page.locator(count).textContent()) ?? ''
      filters.push(await timeAction(yearSelect!, { kind: 'select', value: i % 2 === 0 ? '2025' : '2024' }, [{ selector: count, notText: before }]))
    }
    await yearSelect!.selectOption('')
    await page.locator(count).filter({ hasText: total }).waitFor()
    const sortSelect = await page.getByRole('combobox', { name: 'Urutkan', exact: true }).elementHandle()
    const sorts: number[] = []
    for (let i = 0; i < opts.runs; i++) {
      const first = '[data-testid="commitment-row"]'
      const before = (await page.locator(first).first().textContent()) ?? ''
      sorts.push(await timeAction(sortSelect!, { kind: 'select', value: i % 2 === 0 ? 'title' : 'deadline' }, [{ selector: first, notText: before }]))
    }
    return [
      row('commitmentsFilter', `commitments list: filter by deadline year (${total})`, 'ms', filters, 100, 'until the count above the list changes'),
      row('commitmentsSort', 'commitments list: sort (title <-> deadline)', 'ms', sorts, 100, 'until the first row changes'),
    ]
  },
}

const briefing: FeatureMeasure = {
  name: 'briefing pack',
  run: async ({ opts }) => {
    void opts
    return [
      notMeasured('briefingKalsel', 'briefing pack, Kalsel (13 kab/kota)', 'ms', 2000, 'briefing pack not built yet'),
      notMeasured('briefingNational', 'briefing pack, national (514 kab/kota)', 'ms', 15000, 'briefing pack not built yet'),
    ]
  },
}

export const FEATURE_MEASURES: FeatureMeasure[] = [dashboard, commitments, briefing]
