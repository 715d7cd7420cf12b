/** What other areas may use of the data checks: the badges and the reads behind them. */
export { QualityBadges } from './quality-badges'
export { useRegionQuality, loadRegionQuality } from './queries'
export { issuesAbout, namedMessage, regionsOfIssue } from './quality-model'
