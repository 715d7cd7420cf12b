/**
 * The data model. Plain types with no Dexie or React import, so the PDF builder, the
 * command line and the tests use them too. Every record users create carries RecordMeta:
 * a UUID (records move between laptops without clashing), who changed it where and when,
 * a revision counter, a soft-delete mark and the sample flag.
 *
 * Every instant (createdAt, updatedAt, deletedAt, audit `at`, a meeting's startsAt/endsAt)
 * is stored in the canonical form of shared/time.ts; calendar dates are 'YYYY-MM-DD'.
 */
import type { DatePrecision, Instant, KnownDate } from '../../shared/time'
import type {
  InpresStatement,
  InpresStatus,
  ParitranaEdition,
  ParitranaEvidence,
  ParitranaRubric,
  ParitranaScore,
} from './types-paritrana'

export * from './types-paritrana'

export const SEGMENTS = [
  'semua',
  'pu',
  'bpu',
  'jakon',
  'pmi',
  'honorer',
  'perangkat_desa',
  'pekerja_rentan',
] as const
/** PU, BPU, Jasa Konstruksi, PMI, or a target group; 'semua' is all workers together. */
export type Segment = (typeof SEGMENTS)[number]

export const REGION_KINDS = ['provinsi', 'kabupaten', 'kota'] as const
export type RegionKind = (typeof REGION_KINDS)[number]

/** Kemendagri code as id: '63' (province), '63.11' (regency or city). Reference data. */
export interface Region {
  id: string
  name: string
  kind: RegionKind
  parentId: string | null
  origin: 'bawaan' | 'impor'
}

/** 0/1 rather than boolean: IndexedDB cannot index booleans. */
export type Flag = 0 | 1

export interface RecordMeta {
  id: string
  createdAt: string
  createdBy: string
  updatedAt: string
  updatedBy: string
  /** Device id of the installation that made the last change. */
  updatedOn: string
  /** Increases by one on every change; the exchange uses it to detect conflicts. */
  rev: number
  /** ISO time of a soft delete; absent while the record is live (so the index holds only the trash). */
  deletedAt?: string
  isSample: Flag
}

export const MEASURES = ['registered', 'active'] as const
/** What was counted: registered members (terdaftar) or members with current contributions (aktif). */
export type Measure = (typeof MEASURES)[number]

export const BASE_KINDS = [
  'angkatan_kerja',
  'pekerja_eligible',
  'potensi',
  'target',
  'peserta_terdaftar',
  'tidak_disebut',
  'penduduk_bekerja',
] as const
/**
 * What a coverage figure is a share of. 'target' is a stated target population (for example
 * Bappenas' 64 thousand for Balangan); 'peserta_terdaftar' makes "96% of registered are
 * active" expressible; 'tidak_disebut' records honestly that the source did not say.
 * 'penduduk_bekerja' is the working population counted by BPS (penduduk bekerja): active
 * participants over it is Universal Coverage Jamsostek (UCJ), never mixed with a labour force
 * that includes ASN/TNI/Polri nor with a target population.
 */
export type BaseKind = (typeof BASE_KINDS)[number]

export interface CoverageObservation extends RecordMeta {
  regionId: string
  /** 'YYYY' for a year, 'YYYY-MM' for a month. */
  period: string
  segment: Segment
  measure: Measure
  /** The numerator, when the source gives it. */
  count: number | null
  baseKind: BaseKind
  /** Words for the base as the source puts it: "tenaga kerja di luar lembaga pemerintah". */
  baseLabel: string
  baseSize: number | null
  /** A percentage as the source states it, used only when count or base size is missing. */
  statedPercent: number | null
  sourceDocument: string
  sourceInstitution: string
  /** ISO date the figure is valid for; null when the source gives only the period. */
  asOfDate: string | null
  note: string
}

export const TARGET_SETTERS = [
  'bappenas',
  'inpres',
  'provinsi',
  'kabupaten_kota',
  'bpjs',
  'lainnya',
] as const
export type TargetSetter = (typeof TARGET_SETTERS)[number]

export interface CoverageTarget extends RecordMeta {
  regionId: string
  year: number
  segment: Segment
  value: number
  unit: 'count' | 'percent'
  setBy: TargetSetter
  sourceDocument: string
  note: string
}

export const COMMITMENT_KINDS = ['count', 'percent', 'milestone'] as const
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number]
/** Lifecycle set by users; the progress status (on track, behind…) is derived, never stored. */
export type CommitmentLifecycle = 'aktif' | 'dibatalkan'

export interface EvidenceLink {
  label: string
  reference: string
}

export interface Commitment extends RecordMeta {
  regionId: string
  parentId: string | null
  title: string
  statement: string
  kind: CommitmentKind
  segment: Segment | null
  baselineValue: number | null
  baselineDate: string | null
  baselineSource: string
  /**
   * How the pledge was made: 'level' ("menjadi 61.120": the target is typed) or 'increase'
   * ("menambah 20.000": target = baseline + increase). Absent on older records (a level).
   */
  pledge?: 'level' | 'increase'
  /** The increase pledged, for an 'increase' pledge. */
  increase?: number | null
  /**
   * How the baseline was chosen: proposed from a recorded coverage figure, typed, or stated
   * unknown by the person recording it. Absent on older records (not recorded).
   */
  baselineOrigin?: 'figure' | 'typed' | 'unknown'
  /** The coverage figure the baseline was taken from, when baselineOrigin is 'figure'. */
  baselineFigureId?: string | null
  targetValue: number | null
  /** ISO date. */
  deadline: string
  meetingId: string | null
  madeByName: string
  madeByPosition: string
  responsibleOffice: string
  /** Ordered stages of a milestone commitment (draft, signed, budgeted, implemented…). */
  stages: string[]
  lifecycle: CommitmentLifecycle
  notes: string
  evidence: EvidenceLink[]
}

export interface CommitmentMeasurement extends RecordMeta {
  commitmentId: string
  /** ISO date. */
  date: string
  /** For count and percent commitments. */
  value: number | null
  /** For milestones: index into the commitment's stages. */
  stageIndex: number | null
  source: string
  note: string
}

export const MEETING_KINDS = [
  'sosialisasi',
  'rakor',
  'bimtek',
  'fgd',
  'penilaian_paritrana',
] as const
export type MeetingKind = (typeof MEETING_KINDS)[number]

export interface Meeting extends RecordMeta {
  kind: MeetingKind
  title: string
  /**
   * The WITA calendar date as far as the source gives it: 'YYYY-MM-DD', or only 'YYYY' when
   * datePrecision is 'year'. Indexed; sorting, "today" and year filters read this field.
   */
  startsOn: KnownDate
  /** The start as an instant (canonical, see shared/time.ts), only with datePrecision 'time'. */
  startsAt: Instant | null
  /** How much the source gives: 'time' (day and hour), 'day', or only the 'year'. */
  datePrecision: DatePrecision
  /** Canonical instant, only with datePrecision 'time'; null when not known. */
  endsAt: Instant | null
  venue: string
  organiser: string
  regionIds: string[]
  /** Meetings of one series ("Rakor triwulan") share this id; null for a one-off. */
  seriesId: string | null
  seriesName: string
  notes: string
  /**
   * The minutes (notulen): 'draft' while they are written, 'final' once adopted. Final locks
   * the record of the meeting (agenda minutes, decisions, action items, attendance); a later
   * change is written together with a correction entry (db/minutes-guard.ts). Absent on older
   * records (a draft).
   */
  minutesStatus?: MinutesStatus
  /** When and by whom the minutes were made final. */
  finalisedAt?: Instant | null
  finalisedBy?: string
  /** Changes to the record after it was made final, oldest first; append-only. */
  corrections?: MinutesCorrection[]
}

export type MinutesStatus = 'draft' | 'final'

/** The parts of a meeting that its minutes record, and that final locks. */
export const MINUTES_PART_TABLES = [
  'agendaItems',
  'attendance',
  'decisions',
  'actionItems',
] as const
export type MinutesPartTable = (typeof MINUTES_PART_TABLES)[number]

/**
 * What a correction can name: a part of the minutes, or the meeting itself (its title, date,
 * venue and the other fields the notulen's heading records).
 */
export const CORRECTED_TABLES = [...MINUTES_PART_TABLES, 'meetings'] as const
export type CorrectedTable = (typeof CORRECTED_TABLES)[number]

/** One correction of final minutes: what changed in which record, who, when and why. */
export interface MinutesCorrection {
  at: Instant
  by: string
  table: CorrectedTable
  recordId: string
  action: 'create' | 'update' | 'delete'
  /** The record in words as the minutes showed it (a decision's text, an attendee's name). */
  subject: string
  /** Changed fields, with values as text (empty for none). */
  changes: { field: string; before: string; after: string }[]
  reason: string
}

export interface AgendaItem extends RecordMeta {
  meetingId: string
  order: number
  title: string
  presenter: string
  minutes: number | null
  outcome: string
}

/** On the day: came, sent a representative, or did not come. */
export const PRESENCES = ['hadir', 'diwakili', 'tidak_hadir'] as const
export type Presence = (typeof PRESENCES)[number]

export interface Attendance extends RecordMeta {
  meetingId: string
  stakeholderId: string
  invited: Flag
  /** 1 when the invitee came or sent a representative (kept with `presence`). */
  attended: Flag
  note: string
  /** The day's checklist; absent or null while not recorded (older records: from `attended`). */
  presence?: Presence | null
  /** Who came instead ("Budi Santoso, Kabid Hubungan Industrial"), when `presence` is 'diwakili'. */
  representative?: string
}

export interface Decision extends RecordMeta {
  meetingId: string
  agendaItemId: string | null
  text: string
  /** Set when a decision of the meeting became a commitment (absent on older records). */
  commitmentId?: string | null
}

export type ActionStatus = 'terbuka' | 'selesai' | 'batal'

export interface ActionItem extends RecordMeta {
  meetingId: string
  text: string
  owner: string
  dueDate: string | null
  status: ActionStatus
  /** Set when a pledge made in the meeting became a commitment. */
  commitmentId: string | null
}

export const STAKEHOLDER_CATEGORIES = [
  'pemda',
  'bpjs',
  'disnakertrans',
  'apindo',
  'serikat_pekerja',
  'akademisi',
  'lainnya',
] as const
export type StakeholderCategory = (typeof STAKEHOLDER_CATEGORIES)[number]

export interface Stakeholder extends RecordMeta {
  kind: 'institution' | 'person'
  name: string
  /** For a person: the institution record they belong to. */
  institutionId: string | null
  /** For a person, free text when the institution is not in the directory. */
  institutionName: string
  position: string
  category: StakeholderCategory
  regionId: string | null
  phone: string
  email: string
}

export interface CommitteeMember {
  /** null while the seat is vacant or its holder is not in the directory. */
  stakeholderId: string | null
  role: 'ketua' | 'sekretaris' | 'anggota'
  /** The seat as defined ("Ahli Hukum"), which may be vacant. */
  seat: string
}

export interface Committee extends RecordMeta {
  name: string
  description: string
  regionId: string | null
  members: CommitteeMember[]
}

export type AuditAction = 'create' | 'update' | 'delete' | 'restore'

/** Where a change came from: a form, a spreadsheet import, an exchange package, the sample, a backup. */
export const WRITE_SOURCES = ['user', 'import', 'exchange', 'sample', 'restore'] as const
export type WriteSource = (typeof WRITE_SOURCES)[number]

export interface AuditEntry {
  seq?: number
  table: UserTableName
  recordId: string
  action: AuditAction
  at: string
  by: string
  deviceId: string
  /** Where the change came from; absent on entries written before sources were recorded. */
  source?: WriteSource
  /** For updates only the changed fields; null on create. */
  before: Record<string, unknown> | null
  after: Record<string, unknown> | null
}

export interface SettingRow {
  key: string
  value: unknown
}

/** Tables that hold user records (with RecordMeta, audit, soft delete). */
export const USER_TABLES = [
  'coverage',
  'targets',
  'commitments',
  'measurements',
  'meetings',
  'agendaItems',
  'attendance',
  'decisions',
  'actionItems',
  'stakeholders',
  'committees',
  // Schema v3: the Inpres 2/2021 matrix and the Paritrana Award (types-paritrana.ts).
  'inpresStatus',
  'inpresStatements',
  'paritranaEditions',
  'paritranaRubrics',
  'paritranaEvidence',
  'paritranaScores',
] as const
export type UserTableName = (typeof USER_TABLES)[number]

export interface UserRecordByTable {
  coverage: CoverageObservation
  targets: CoverageTarget
  commitments: Commitment
  measurements: CommitmentMeasurement
  meetings: Meeting
  agendaItems: AgendaItem
  attendance: Attendance
  decisions: Decision
  actionItems: ActionItem
  stakeholders: Stakeholder
  committees: Committee
  inpresStatus: InpresStatus
  inpresStatements: InpresStatement
  paritranaEditions: ParitranaEdition
  paritranaRubrics: ParitranaRubric
  paritranaEvidence: ParitranaEvidence
  paritranaScores: ParitranaScore
}

/** What a user supplies for a record; the repository adds RecordMeta. */
export type RecordInput<T extends RecordMeta> = Omit<T, keyof RecordMeta> & {
  id?: string
  isSample?: Flag
}
