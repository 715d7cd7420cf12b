/**
 * "Status history": the status the commitment had at each measurement date, replayed with
 * the same rules as today's status. Derived, never stored.
 */
import type { Commitment, CommitmentMeasurement } from '../../db/types'
import { evaluateCommitment, type CommitmentStatus, type EvaluateOptions } from './progress'

export interface StatusHistoryEntry {
  date: string
  status: CommitmentStatus
  progressRaw: number | null
  expectedProgress: number | null
  value: number | null
  /** True where the status differs from the entry before it. */
  changed: boolean
}

export function statusHistory(commitment: Commitment, measurements: CommitmentMeasurement[], options?: EvaluateOptions): StatusHistoryEntry[] {
  const dates = [...new Set(measurements.filter((m) => !m.deletedAt).map((m) => m.date))].sort()
  let previous: CommitmentStatus | null = null
  return dates.map((date) => {
    const e = evaluateCommitment(commitment, measurements, date, options)
    const entry: StatusHistoryEntry = {
      date,
      status: e.status,
      progressRaw: e.progressRaw,
      expectedProgress: e.expectedProgress,
      value: e.latest?.value ?? null,
      changed: previous !== e.status,
    }
    previous = e.status
    return entry
  })
}
