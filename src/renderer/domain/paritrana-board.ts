/**
 * The Paritrana board of one province: the Inpres matrix and every regency's readiness under
 * one rubric, built from plain rows. Pure: the Paritrana screen, the Ringkasan card, the
 * region profile and the briefing pack (in its Worker and on the command line) all read this
 * one model.
 */
import type {
  Commitment,
  CommitmentMeasurement,
  CoverageObservation,
  InpresGroup,
  InpresStatement,
  InpresStatus,
  ParitranaEdition,
  ParitranaEvidence,
  ParitranaRubric,
  ParitranaScore,
  Region,
} from '../db/types'
import { INPRES_GROUPS } from '../db/types'
import { isLive } from '../db/live'
import { latestPerRegion } from './coverage-math'
import { evaluateCommitment } from './progress'
import {
  cellOf,
  currentStatuses,
  sortedStatements,
  tallyGroup,
  type GroupTally,
} from './paritrana-matrix'
import {
  rankRegions,
  scoreRegion,
  type RankedRegion,
  type ReadinessResult,
} from './paritrana-score'
import {
  DEFAULT_RUBRIC_ASPECTS,
  DEFAULT_RUBRIC_ID,
  defaultRubricInput,
  newestVersion,
} from './paritrana-rubric'

export interface ParitranaRows {
  regions: Region[]
  inpresStatus: InpresStatus[]
  inpresStatements: InpresStatement[]
  paritranaEditions: ParitranaEdition[]
  paritranaRubrics: ParitranaRubric[]
  paritranaEvidence: ParitranaEvidence[]
  paritranaScores: ParitranaScore[]
  coverage: CoverageObservation[]
  commitments: Commitment[]
  measurements: CommitmentMeasurement[]
}

/** The rubric a board scores with: a stored version, or the default before it is stored. */
export interface BoardRubric {
  id: string
  lineageId: string
  version: number
  name: string
  official: 0 | 1
  aspects: ParitranaRubric['aspects']
  /** False while the default exists only in the app (it is stored with the first score). */
  stored: boolean
}

export interface ParitranaBoard {
  province: Region | null
  regencies: Region[]
  editionYear: number
  asOf: string
  rubric: BoardRubric
  rubrics: ParitranaRubric[]
  current: Map<string, InpresStatus>
  tallies: GroupTally[]
  statements: InpresStatement[]
  editions: ParitranaEdition[]
  results: Map<string, ReadinessResult>
  ranking: RankedRegion[]
  scores: ParitranaScore[]
}

export function defaultBoardRubric(): BoardRubric {
  const d = defaultRubricInput()
  return { id: DEFAULT_RUBRIC_ID, ...d, aspects: DEFAULT_RUBRIC_ASPECTS, stored: false }
}

/** The rubric in use: the newest version of the chosen lineage (the default's by default). */
export function pickRubric(
  rubrics: readonly ParitranaRubric[],
  lineageId?: string | null,
): BoardRubric {
  const live = rubrics.filter(isLive)
  const r = newestVersion(live, lineageId ?? DEFAULT_RUBRIC_ID)
  if (!r) return defaultBoardRubric()
  return {
    id: r.id,
    lineageId: r.lineageId,
    version: r.version,
    name: r.name,
    official: r.official,
    aspects: r.aspects,
    stored: true,
  }
}

export const regencyName = (r: Region): string =>
  r.kind === 'kota' ? (r.name.startsWith('Kota ') ? r.name : `Kota ${r.name}`) : r.name

export function buildBoard(
  rows: ParitranaRows,
  options: { provinceId: string; editionYear: number; asOf: string; lineageId?: string | null },
): ParitranaBoard {
  const province = rows.regions.find((r) => r.id === options.provinceId) ?? null
  // A pack's source may list a region twice (the meeting's own and the province's children).
  const regencies = [
    ...new Map(
      rows.regions.filter((r) => r.parentId === options.provinceId).map((r) => [r.id, r]),
    ).values(),
  ].sort((a, b) => a.id.localeCompare(b.id))
  const ids = regencies.map((r) => r.id)
  const idSet = new Set(ids)
  const current = currentStatuses(rows.inpresStatus.filter((s) => idSet.has(s.regionId)))
  const tallies = INPRES_GROUPS.map((g) => tallyGroup(current, ids, g))
  const rubric = pickRubric(rows.paritranaRubrics, options.lineageId)
  const latest = latestPerRegion(
    rows.coverage.filter((c) => isLive(c) && idSet.has(c.regionId)),
    options.asOf,
  )
  const measurementsBy = new Map<string, CommitmentMeasurement[]>()
  for (const m of rows.measurements.filter(isLive))
    measurementsBy.set(m.commitmentId, [...(measurementsBy.get(m.commitmentId) ?? []), m])
  const results = new Map<string, ReadinessResult>()
  for (const id of ids) {
    const statuses = new Map<InpresGroup, InpresStatus>()
    for (const g of INPRES_GROUPS) {
      const c = cellOf(current, id, g)
      if (c) statuses.set(g, c)
    }
    const commitmentStatuses = rows.commitments
      .filter((c) => isLive(c) && c.regionId === id && c.parentId === null)
      .map((c) => evaluateCommitment(c, measurementsBy.get(c.id) ?? [], options.asOf).status)
    results.set(
      id,
      scoreRegion(rubric, {
        regionId: id,
        statuses,
        coverage: latest.filter((c) => c.regionId === id),
        commitmentStatuses,
        evidence: rows.paritranaEvidence.filter(
          (e) => isLive(e) && e.regionId === id && e.editionYear === options.editionYear,
        ),
      }),
    )
  }
  const nameOf = new Map(regencies.map((r) => [r.id, regencyName(r)]))
  return {
    province,
    regencies,
    editionYear: options.editionYear,
    asOf: options.asOf,
    rubric,
    rubrics: rows.paritranaRubrics.filter(isLive),
    current,
    tallies,
    statements: sortedStatements(
      rows.inpresStatements.filter((s) => s.regionId === options.provinceId),
    ),
    editions: rows.paritranaEditions
      .filter((e) => isLive(e) && e.regionId === options.provinceId)
      .sort((a, b) => b.year - a.year || a.category.localeCompare(b.category)),
    results,
    ranking: rankRegions([...results.values()], (id) => nameOf.get(id) ?? id),
    scores: rows.paritranaScores
      .filter((s) => isLive(s) && idSet.has(s.regionId))
      .sort((a, b) => b.editionYear - a.editionYear || (a.computedOn < b.computedOn ? 1 : -1)),
  }
}
