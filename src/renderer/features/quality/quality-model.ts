/**
 * Data-quality issues (domain/quality.ts) as the screens show them: with region names in
 * place of the codes the rules speak in, and the regions each issue concerns. Pure.
 */
import type {
  Commitment,
  CommitmentMeasurement,
  CoverageObservation,
  CoverageTarget,
} from '../../db/types'
import type { Locale } from '../../../shared/format'
import type { QualityIssue, QualityRuleId } from '../../domain/quality'

export interface QualityRecords {
  coverage: readonly CoverageObservation[]
  targets: readonly CoverageTarget[]
  commitments: readonly Commitment[]
  measurements: readonly CommitmentMeasurement[]
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * The message in one language with region codes replaced by names. The rules write a figure's
 * place as "63.11, 2025, …", so a code is replaced only where it stands as such.
 */
export function namedMessage(
  issue: QualityIssue,
  locale: Locale,
  names: ReadonlyMap<string, string>,
): string {
  let text = issue.message[locale]
  const ids = [...names.keys()].sort((a, b) => b.length - a.length)
  for (const id of ids) {
    const pattern = new RegExp(`(^|[\\s("'“])${escape(id)}(?=,\\s)`, 'g')
    text = text.replace(pattern, (_, lead: string) => `${lead}${names.get(id)}`)
  }
  return text
}

/**
 * The regions an issue concerns, from the records it names. The lookups from the records to
 * their regions are built once, for every issue asked about afterwards.
 */
export function regionsOfIssue(data: QualityRecords): (issue: QualityIssue) => string[] {
  const byTable = {
    coverage: new Map(data.coverage.map((r) => [r.id, r.regionId])),
    targets: new Map(data.targets.map((r) => [r.id, r.regionId])),
    commitments: new Map(data.commitments.map((r) => [r.id, r.regionId])),
  }
  const commitmentOf = new Map(data.measurements.map((m) => [m.id, m.commitmentId]))
  return (issue) => {
    const out = new Set<string>()
    for (const r of issue.records) {
      const region =
        r.table === 'measurements'
          ? byTable.commitments.get(commitmentOf.get(r.id) ?? '')
          : byTable[r.table].get(r.id)
      if (region) out.add(region)
    }
    return [...out]
  }
}

export interface QualityFilter {
  ruleId: QualityRuleId | null
  regionId: string | null
}

export function filterIssues(
  issues: readonly QualityIssue[],
  filter: QualityFilter,
  regionsOf: (issue: QualityIssue) => readonly string[],
): QualityIssue[] {
  return issues.filter(
    (i) =>
      (!filter.ruleId || i.ruleId === filter.ruleId) &&
      (!filter.regionId || regionsOf(i).includes(filter.regionId)),
  )
}

/** Issues that name any of the given records. */
export function issuesAbout(
  issues: readonly QualityIssue[],
  records: { table: QualityIssue['records'][number]['table']; id: string }[],
): QualityIssue[] {
  const keys = new Set(records.map((r) => `${r.table}|${r.id}`))
  return issues.filter((i) => i.records.some((r) => keys.has(`${r.table}|${r.id}`)))
}
