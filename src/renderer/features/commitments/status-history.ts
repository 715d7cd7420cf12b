/**
 * "Status history": the status the commitment had at each measurement date, replayed with
 * the same rules as today's status. Derived, never stored.
 */
import type { Commitment, CommitmentMeasurement } from '../../db/types'
import {
  dayNumber,
  evaluateCommitment,
  isoFromDayNumber,
  type CommitmentStatus,
  type EvaluateOptions,
} from '../../domain/progress'
import { isLive } from '../../db/live'

export interface StatusHistoryEntry {
  date: string
  status: CommitmentStatus
  progressRaw: number | null
  expectedProgress: number | null
  value: number | null
  /** True where the status differs from the entry before it. */
  changed: boolean
  /** 'deadline' marks the day after the deadline, when an unmet commitment became overdue. */
  kind: 'measurement' | 'deadline'
}

/**
 * One entry per measurement date, plus the day after the deadline once `asOf` is past it, so
 * "lewat tenggat" shows up in the history even when no measurement fell on that day.
 */
export function statusHistory(
  commitment: Commitment,
  measurements: CommitmentMeasurement[],
  asOf?: string,
  options?: EvaluateOptions,
): StatusHistoryEntry[] {
  const measured = new Set(
    measurements.filter((m) => isLive(m) && (!asOf || m.date <= asOf)).map((m) => m.date),
  )
  const dayAfterDeadline = isoFromDayNumber(dayNumber(commitment.deadline) + 1)
  const withDeadline = asOf && asOf >= dayAfterDeadline && !measured.has(dayAfterDeadline)
  const dates = [...measured, ...(withDeadline ? [dayAfterDeadline] : [])].sort()
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
      kind: measured.has(date) ? 'measurement' : 'deadline',
    }
    previous = e.status
    return entry
  })
}
