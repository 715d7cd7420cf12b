/**
 * What a briefing pack is built from: plain rows of the tables it reads. The renderer fills
 * it from Dexie (pack-loader.ts), the command line from a backup file; the same builder then
 * makes the same pack from either. Pure.
 */
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  Commitment,
  CommitmentMeasurement,
  Committee,
  CoverageObservation,
  CoverageTarget,
  Decision,
  InpresStatement,
  InpresStatus,
  Meeting,
  ParitranaEdition,
  ParitranaEvidence,
  ParitranaRubric,
  ParitranaScore,
  Region,
  SettingRow,
  Stakeholder,
} from '../../db/types'
import { isLive } from '../../db/live'

export interface PackSource {
  regions: Region[]
  meetings: Meeting[]
  coverage: CoverageObservation[]
  targets: CoverageTarget[]
  commitments: Commitment[]
  measurements: CommitmentMeasurement[]
  agendaItems: AgendaItem[]
  attendance: Attendance[]
  decisions: Decision[]
  actionItems: ActionItem[]
  stakeholders: Stakeholder[]
  committees: Committee[]
  settings: SettingRow[]
  /** The "Kesiapan Paritrana" section's rows (schema v3). */
  inpresStatus: InpresStatus[]
  inpresStatements: InpresStatement[]
  paritranaEditions: ParitranaEdition[]
  paritranaRubrics: ParitranaRubric[]
  paritranaEvidence: ParitranaEvidence[]
  paritranaScores: ParitranaScore[]
}

export const PACK_SOURCE_TABLES = [
  'regions',
  'meetings',
  'coverage',
  'targets',
  'commitments',
  'measurements',
  'agendaItems',
  'attendance',
  'decisions',
  'actionItems',
  'stakeholders',
  'committees',
  'settings',
  'inpresStatus',
  'inpresStatements',
  'paritranaEditions',
  'paritranaRubrics',
  'paritranaEvidence',
  'paritranaScores',
] as const satisfies readonly (keyof PackSource)[]

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** Keeps live records only (soft-deleted ones carry deletedAt) and orders rows by id, so the source is canonical. */
export function normaliseSource(raw: { [K in keyof PackSource]?: unknown[] }): PackSource {
  const out = {} as Record<keyof PackSource, unknown[]>
  for (const table of PACK_SOURCE_TABLES) {
    const rows = (raw[table] ?? []) as { id?: string; key?: string; deletedAt?: string }[]
    out[table] = rows
      .filter(isLive)
      // Code-unit order: deterministic and cheap on a whole backup (185 000 coverage rows).
      .sort((a, b) => compareIds(String(a.id ?? a.key), String(b.id ?? b.key)))
  }
  return out as unknown as PackSource
}

export function settingString(source: PackSource, key: string): string {
  const v = source.settings.find((s) => s.key === key)?.value
  return typeof v === 'string' ? v : ''
}
