/**
 * Measurements of screens other engineers build. Each checks that its feature has landed
 * (the screen shows its marker) and otherwise returns "not measured: … not built yet" rows:
 * never a made-up figure.
 */
import type { Page } from 'playwright-core'
import type { BenchOptions } from './run'
import { notMeasured, type ResultRow } from './stats'

export interface FeatureContext {
  page: Page
  opts: BenchOptions
  log: (line: string) => void
}

export interface FeatureMeasure {
  name: string
  run: (ctx: FeatureContext) => Promise<ResultRow[]>
}

const dashboard: FeatureMeasure = {
  name: 'dashboard',
  run: async () => [
    notMeasured('dashboardPeriod', 'dashboard update after changing the period', 'ms', 100, 'dashboard not built yet'),
    notMeasured('dashboardProvince', 'dashboard update after changing the province', 'ms', 100, 'dashboard not built yet'),
  ],
}

const commitments: FeatureMeasure = {
  name: 'commitments list',
  run: async () => [
    notMeasured('commitmentsFilter', 'commitments list: filter over 5 000', 'ms', 100, 'commitments list not built yet'),
    notMeasured('commitmentsSort', 'commitments list: sort over 5 000', 'ms', 100, 'commitments list not built yet'),
  ],
}

const briefing: FeatureMeasure = {
  name: 'briefing pack',
  run: async () => [
    notMeasured('briefingKalsel', 'briefing pack, Kalsel (13 kab/kota)', 'ms', 2000, 'briefing pack not built yet'),
    notMeasured('briefingNational', 'briefing pack, national (514 kab/kota)', 'ms', 15000, 'briefing pack not built yet'),
  ],
}

const imports: FeatureMeasure = {
  name: 'import',
  run: async () => [
    notMeasured('importCsv', 'import of a 100 000-row CSV', 'ms', 5000, 'import not built yet'),
    notMeasured('importXlsx', 'import of a 50 000-row XLSX', 'ms', null, 'import not built yet'),
  ],
}

export const FEATURE_MEASURES: FeatureMeasure[] = [dashboard, commitments, briefing, imports]
