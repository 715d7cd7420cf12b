/**
 * Data-quality warnings for an import preview: the rules of domain/quality.ts run over the
 * table as it would be after the import (today's live rows, the changed rows as changed, the new
 * rows added), and only the issues that involve an imported row are kept. Warnings never block
 * an import: a value the schema refuses is already a problem of the plan. Pure.
 */
import type { CommitmentMeasurement, CoverageObservation, CoverageTarget } from '../../db/types'
import { checkQuality, type QualityData, type QualityIssue } from '../../domain/quality'
import type { ImportContext, ImportPlan } from './tabular-import'
import { isLive } from '../../db/live'

export interface ImportWarning {
  issue: QualityIssue
  /** Spreadsheet rows of the imported records the issue is about. */
  rows: number[]
}

const QUALITY_TABLE = {
  coverage: 'coverage',
  targets: 'targets',
  measurements: 'measurements',
} as const

export function importWarnings(
  plan: ImportPlan,
  context: Pick<ImportContext, 'existing'>,
  related: QualityData = {},
): ImportWarning[] {
  if (plan.problems.length > 0) return []
  const table = QUALITY_TABLE[plan.kind as keyof typeof QUALITY_TABLE]
  if (!table) return []
  const rowOf = new Map<string, number>()
  const byId = new Map<string, Record<string, unknown>>()
  for (const r of context.existing) if (isLive(r)) byId.set(r.id, r)
  for (const c of plan.changes) {
    byId.set(c.id, { ...byId.get(c.id), ...c.after, id: c.id })
    rowOf.set(c.id, c.row)
  }
  for (const a of plan.adds) {
    const id = a.id ?? `baris-${a.row}`
    byId.set(id, { ...a.data, id, createdAt: '', updatedAt: '' })
    rowOf.set(id, a.row)
  }
  const rows = [...byId.values()]
  const data: QualityData = { ...related }
  if (table === 'coverage') data.coverage = rows as unknown as CoverageObservation[]
  if (table === 'targets') data.targets = rows as unknown as CoverageTarget[]
  if (table === 'measurements') data.measurements = rows as unknown as CommitmentMeasurement[]
  const warnings: ImportWarning[] = []
  for (const issue of checkQuality(data)) {
    const hit = issue.records
      .filter((r) => r.table === table && rowOf.has(r.id))
      .map((r) => rowOf.get(r.id)!)
    if (hit.length) warnings.push({ issue, rows: [...new Set(hit)].sort((a, b) => a - b) })
  }
  return warnings
}
