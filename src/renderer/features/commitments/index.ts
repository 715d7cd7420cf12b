/** What other areas may use of the commitments area: its reads and its small components. */
export {
  loadCommitmentRows,
  loadCommitmentRowsOf,
  useCommitmentRows,
  useCommitmentRowsOf,
  type CommitmentRow,
  type CommitmentRows,
} from './queries'
export { CommitmentStatusBadge } from './status-badge'
export { RegionCommitmentsPanel } from './region-commitments'
