/**
 * The Paritrana Award and Inpres 2/2021 records (schema v3). Plain types, re-exported by
 * types.ts. No official rubric of the assessment was found: a rubric says whether its
 * weights are official or a local assumption, and a stored score names the rubric version
 * that produced it.
 */
import type { KnownDate } from '../../shared/time'
import type { Flag, RecordMeta } from './types'

/**
 * The worker groups of Inpres 2/2021 and its follow-ups (Permendagri 27/2021 and 84/2022),
 * and the PTSP licensing requirement ('ptsp': active membership required for a licence),
 * which the matrix shows as one more column.
 */
export const INPRES_GROUPS = [
  'non_asn',
  'perangkat_desa',
  'pekerja_rentan',
  'penyelenggara_pemilu',
  'pegawai_bumd',
  'rt_rw',
  'jakon_apbd',
  'ptsp',
] as const
export type InpresGroup = (typeof INPRES_GROUPS)[number]

/** belum: none protected (or, for PTSP, not required); sebagian: some; seluruhnya: all. */
export const PROTECTION_STATUSES = ['belum', 'sebagian', 'seluruhnya'] as const
export type ProtectionStatus = (typeof PROTECTION_STATUSES)[number]

export const REGULATION_KINDS = ['perda', 'perbup', 'perwali', 'pergub', 'se', 'lainnya'] as const
export type RegulationKind = (typeof REGULATION_KINDS)[number]

export const REGULATION_STAGES = ['rancangan', 'terbit'] as const
export type RegulationStage = (typeof REGULATION_STAGES)[number]

/**
 * One region's standing for one group, as a source states it on a date. The newest record
 * per region and group (by asOf, then updatedAt) is the current one; older ones are history.
 */
export interface InpresStatus extends RecordMeta {
  regionId: string
  group: InpresGroup
  status: ProtectionStatus
  /** Workers of the group covered, when the source gives it. */
  covered: number | null
  /** The group's size in the region, when known. */
  groupSize: number | null
  regulationKind: RegulationKind | null
  regulationNumber: string
  regulationDate: KnownDate | null
  regulationStage: RegulationStage | null
  apbdYear: number | null
  /** Rupiah budgeted in the APBD for the group's contributions. */
  apbdAmount: number | null
  apbdWorkers: number | null
  asOf: KnownDate
  sourceDocument: string
  note: string
}

/**
 * A count a source gives for the whole province without naming the regions ("baru 4 dari 13
 * kabupaten/kota melindungi tenaga honorer"). Stored as said; never spread over regions.
 */
export interface InpresStatement extends RecordMeta {
  regionId: string
  group: InpresGroup
  /** How many regions the statement counts. */
  count: number
  /** Out of how many (13 for Kalsel). */
  outOf: number
  /** 'melindungi': the source says they protect the group; 'sebagian': only some of it yet. */
  extent: 'melindungi' | 'sebagian'
  /** The source's own words. */
  quote: string
  asOf: KnownDate
  sourceDocument: string
  meetingId: string | null
}

export const PARITRANA_STAGES = [
  'sosialisasi',
  'usulan',
  'dokumen',
  'penilaian_provinsi',
  'verifikasi_nasional',
  'wawancara_nasional',
  'penganugerahan',
] as const
export type ParitranaStage = (typeof PARITRANA_STAGES)[number]

export const PARITRANA_CATEGORIES = ['kabupaten_kota', 'provinsi'] as const
export type ParitranaCategory = (typeof PARITRANA_CATEGORIES)[number]

export interface EditionStage {
  stage: ParitranaStage
  plannedOn: KnownDate | null
  actualOn: KnownDate | null
  /** Regions that took part in (or passed) this stage. */
  regionIds: string[]
  meetingIds: string[]
  /** Commitments made at this stage (Balangan's 20.000 at the national interview). */
  commitmentIds: string[]
  note: string
}

/** One year's award in one category, for one province. */
export interface ParitranaEdition extends RecordMeta {
  year: number
  category: ParitranaCategory
  /** The province whose candidates this edition follows. */
  regionId: string
  title: string
  /** The Tim 9 of this edition (a committee). */
  committeeId: string | null
  proposedRegionIds: string[]
  winnerRegionIds: string[]
  stages: EditionStage[]
  sourceDocument: string
  notes: string
}

/**
 * How an indicator is scored: from Simpul's own data, or 'entered' with evidence.
 * - regulation: a regulation issued (terbit = full, rancangan = half) for `group` or any group
 * - apbd: APBD budgeted for `group`'s contributions
 * - group_share: share of `group` protected (covered ÷ size; else the status)
 * - ptsp: the PTSP licensing requirement
 * - coverage_pu / coverage_bpu: coverage share; full marks at `target` %
 * - commitments_on_track: share of the region's commitments achieved or on track
 */
export const INDICATOR_METRICS = [
  'regulation',
  'apbd',
  'group_share',
  'ptsp',
  'coverage_pu',
  'coverage_bpu',
  'commitments_on_track',
  'entered',
] as const
export type IndicatorMetric = (typeof INDICATOR_METRICS)[number]

export interface RubricIndicator {
  key: string
  label: string
  weight: number
  metric: IndicatorMetric
  group: InpresGroup | null
  /** For coverage metrics: the percentage that earns full marks. */
  target: number | null
}

export interface RubricAspect {
  key: string
  label: string
  weight: number
  indicators: RubricIndicator[]
}

/**
 * A scoring rubric. Versions of one rubric share `lineageId`; a version that a stored score
 * used is never changed again (editing it saves the next version).
 */
export interface ParitranaRubric extends RecordMeta {
  lineageId: string
  version: number
  name: string
  editionYear: number | null
  /** 1 when the weights are the official ones a user entered; 0: local assumption. */
  official: Flag
  aspects: RubricAspect[]
  notes: string
}

/**
 * An entered indicator (innovation, the regional head at the interview) with its evidence.
 * `value` is the score 0–100 a user gave it; null while the evidence is recorded but not
 * scored (it then counts as missing).
 */
export interface ParitranaEvidence extends RecordMeta {
  regionId: string
  editionYear: number
  indicatorKey: string
  value: number | null
  evidence: string
  sourceDocument: string
  asOf: KnownDate | null
}

/** A readiness score as computed and kept; it names the rubric version that produced it. */
export interface ParitranaScore extends RecordMeta {
  regionId: string
  editionYear: number
  rubricId: string
  rubricVersion: number
  rubricName: string
  total: number
  aspects: { key: string; label: string; score: number }[]
  computedOn: KnownDate
  note: string
}
