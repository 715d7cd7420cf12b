/**
 * The regency view's numbers: one combined status, counts per status and the next deadlines
 * of commitments not yet reached. Pure, so the briefing can use it too.
 */
import {
  STATUS_ORDER,
  worstStatus,
  type CommitmentEvaluation,
  type CommitmentStatus,
} from '../../domain/progress'

export interface EvaluatedCommitment {
  id: string
  title: string
  deadline: string
  evaluation: CommitmentEvaluation
}

export interface RegionCommitmentSummary {
  total: number
  combined: CommitmentStatus | null
  counts: { status: CommitmentStatus; count: number }[]
  nextDeadlines: EvaluatedCommitment[]
}

const OPEN_STATUSES: ReadonlySet<CommitmentStatus> = new Set([
  'sesuai_jalur',
  'perlu_perhatian',
  'terlambat',
  'belum_ada_data',
  'data_usang',
])

export function summarizeRegionCommitments(
  items: EvaluatedCommitment[],
  asOf: string,
  nextCount = 3,
): RegionCommitmentSummary {
  const counts = STATUS_ORDER.map((status) => ({
    status,
    count: items.filter((i) => i.evaluation.status === status).length,
  })).filter((c) => c.count > 0)
  const nextDeadlines = items
    .filter((i) => OPEN_STATUSES.has(i.evaluation.status) && i.deadline >= asOf)
    .sort((a, b) =>
      a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : a.title.localeCompare(b.title),
    )
    .slice(0, nextCount)
  return {
    total: items.length,
    combined: worstStatus(items.map((i) => i.evaluation.status)),
    counts,
    nextDeadlines,
  }
}
