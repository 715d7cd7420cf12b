/**
 * A coverage share on paper as the screens show it (coverage/figure-text.ts): a share stated
 * by the source keeps its decimals (46,44%); one computed from count and base gets one (96,9%).
 * Pure.
 */
import { formatPercent } from '../../../shared/format'
import type { CoverageRatio } from '../../domain/coverage-math'

export const formatShare = (ratio: CoverageRatio): string =>
  ratio.percent === null
    ? '—'
    : formatPercent(ratio.percent, 'id', ratio.origin === 'stated' ? 2 : 1)
