/** What other areas may use of the coverage area: its reads, its panels and the entry screen. */
export {
  coverageOfRegion,
  coverageOfRegions,
  coverageUpTo,
  hasAnyRecord,
  latestCoverageOf,
  periodsWithData,
  provinces,
  regenciesOf,
  targetsOf,
  targetsOfRegion,
} from './coverage-queries'
export { CoverageGrid } from './coverage-grid'
export { SideBySide } from './side-by-side'
export { TargetsPanel } from './targets-panel'
export { CoverageEntryPage } from './coverage-entry-page'
