/**
 * The one Dexie database. Each version restates the whole schema; a shipped version is never
 * edited, and every upgrade is a named function in migrations.ts with a test in
 * test/unit/db/migrations.test.ts (see the harness there).
 *
 * Index only what screens query. Soft-deleted records carry `deletedAt`; live records do not
 * have the property, so the `deletedAt` index holds only the trash.
 */
import Dexie, { type EntityTable, type Transaction } from 'dexie'
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  AuditEntry,
  Commitment,
  CommitmentMeasurement,
  Committee,
  CoverageObservation,
  InpresStatement,
  InpresStatus,
  ParitranaEdition,
  ParitranaEvidence,
  ParitranaRubric,
  ParitranaScore,
  CoverageTarget,
  Decision,
  Meeting,
  Region,
  SettingRow,
  Stakeholder,
} from './types'
import { upgradeToV2 } from './migrations'

export const DB_NAME = 'simpul'

/** Version 1, the first shipped schema. Never edit: add version 2 below it instead. */
export const SCHEMA_V1 = {
  regions: 'id, parentId, kind',
  coverage:
    'id, regionId, period, [regionId+period], [regionId+segment+period], [segment+period], deletedAt, isSample, updatedAt',
  targets: 'id, [regionId+year], [regionId+segment+year], deletedAt, isSample, updatedAt',
  commitments: 'id, regionId, parentId, deadline, meetingId, deletedAt, isSample, updatedAt',
  measurements: 'id, commitmentId, [commitmentId+date], deletedAt, isSample, updatedAt',
  meetings: 'id, startsAt, seriesId, *regionIds, deletedAt, isSample, updatedAt',
  agendaItems: 'id, meetingId, [meetingId+order], deletedAt, isSample, updatedAt',
  attendance: 'id, meetingId, stakeholderId, deletedAt, isSample, updatedAt',
  decisions: 'id, meetingId, deletedAt, isSample, updatedAt',
  actionItems: 'id, meetingId, status, dueDate, deletedAt, isSample, updatedAt',
  stakeholders: 'id, category, institutionId, name, deletedAt, isSample, updatedAt',
  committees: 'id, name, deletedAt, isSample, updatedAt',
  audit: '++seq, [table+recordId], at',
  settings: 'key',
} as const

/**
 * Version 2, "one clock": meetings are indexed by `startsOn` (their WITA date as far as known,
 * 'YYYY-MM-DD' or 'YYYY') instead of `startsAt`; upgradeToV2 rewrites every stored instant in
 * the canonical form and derives startsOn. Never edit: add version 3 below it instead.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  meetings: 'id, startsOn, seriesId, *regionIds, deletedAt, isSample, updatedAt',
} as const

/**
 * Version 3, "Paritrana": the Inpres 2/2021 matrix (inpresStatus per region and group,
 * inpresStatements for province-level counts) and the Paritrana Award (editions, rubrics,
 * entered evidence, stored scores). New stores only; no existing index changes. Never edit:
 * add version 4 below it instead.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  inpresStatus: 'id, regionId, deletedAt, isSample, updatedAt',
  inpresStatements: 'id, regionId, deletedAt, isSample, updatedAt',
  paritranaEditions: 'id, year, deletedAt, isSample, updatedAt',
  paritranaRubrics: 'id, lineageId, deletedAt, isSample, updatedAt',
  paritranaEvidence: 'id, regionId, deletedAt, isSample, updatedAt',
  paritranaScores: 'id, regionId, rubricId, deletedAt, isSample, updatedAt',
} as const

/**
 * Version 4, "a lower floor": only the indexes a screen, the briefing pack, the data feature
 * or the exchange queries. Every write maintains every index (with v2, index upkeep was about
 * 60 % of a restore's write time), so an index nothing reads is dropped. Rows do not change:
 * the upgrade only removes index entries, and no row conversion is needed. Never edit: add
 * the next version below it instead.
 *
 * Every index of v2, with the queries that use it (kept) or why it goes (dropped):
 *
 * regions      parentId    coverage-queries regenciesOf, pack-loader (regencies of the scope)   kept
 *              kind        coverage-queries provinces (Ringkasan province picker)             kept
 * coverage     regionId    dropped: coverage-queries (regionCoverage, latest per region) and
 *                          quality/queries ask `where('regionId')`, which Dexie answers from
 *                          [regionId+period] (a compound index serves its first part)
 *              period      coverage-queries periodsWithData (skip-scan, period picker)         kept
 *              [regionId+period]          coverageUpTo, region trend, pack-loader window   kept
 *              [regionId+segment+period]  coverage-queries latest per segment, pack-loader  kept
 *              [segment+period]           pack-loader: which segments have any figure      kept
 * targets      [regionId+year]            coverage-queries targets, pack-loader             kept
 *              [regionId+segment+year]    dropped: no query (targets are read by
 *                                         [regionId+year] and filtered by segment)
 * commitments  regionId    commitments/queries (region list), pack-loader, quality          kept
 *              parentId    commitments/queries (sub-commitments)                             kept
 *              deadline    dropped: no query (the list sorts in memory)
 *              meetingId   kept (see below: the notulen lists a meeting's commitments)
 * measurements commitmentId              dropped: answered from [commitmentId+date]
 *              [commitmentId+date]       commitments/queries, pack-loader, quality         kept
 * meetings     startsOn    dashboard-queries (next and recent meetings), commitments orderBy kept
 *              seriesId    meetings/queries, pack-loader (the series' action items)         kept
 *              *regionIds  meetings/queries (a region's meetings)                           kept
 * agendaItems  meetingId   meetings/queries, pack-loader                                    kept
 *              [meetingId+order]         dropped: no query (sorted in memory)
 * attendance   meetingId   meetings/queries, pack-loader                                    kept
 *              stakeholderId             dropped: no query
 * decisions    meetingId   meetings/queries                                                  kept
 * actionItems  meetingId   meetings/queries, pack-loader (open items of the series)        kept
 *              status, dueDate           dropped: no query (filtered in memory)
 * stakeholders category, institutionId, name   dropped: no query (the directory is read whole)
 * committees   name        dropped: no query
 * every user table
 *              deletedAt   trash/queries (orderBy): sparse, live rows have no entry         kept
 *              isSample    sample-actions (counts), write.ts purge of the sample            kept
 *              updatedAt   dropped: no query (the exchange compares stamps record by record)
 * audit        [table+recordId]          repository recordHistory, write.ts purge          kept
 *              at          dropped: no query
 * commitments  meetingId   kept: meetings/queries finds the commitments made at a meeting
 *                          (the notulen)
 * Paritrana    regionId, year, lineageId, rubricId: paritrana/queries, pack-loader      kept
 *              updatedAt   dropped, as everywhere
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  coverage:
    'id, period, [regionId+period], [regionId+segment+period], [segment+period], deletedAt, isSample',
  targets: 'id, [regionId+year], deletedAt, isSample',
  commitments: 'id, regionId, parentId, meetingId, deletedAt, isSample',
  measurements: 'id, [commitmentId+date], deletedAt, isSample',
  meetings: 'id, startsOn, seriesId, *regionIds, deletedAt, isSample',
  agendaItems: 'id, meetingId, deletedAt, isSample',
  attendance: 'id, meetingId, deletedAt, isSample',
  decisions: 'id, meetingId, deletedAt, isSample',
  actionItems: 'id, meetingId, deletedAt, isSample',
  stakeholders: 'id, deletedAt, isSample',
  committees: 'id, deletedAt, isSample',
  inpresStatus: 'id, regionId, deletedAt, isSample',
  inpresStatements: 'id, regionId, deletedAt, isSample',
  paritranaEditions: 'id, year, deletedAt, isSample',
  paritranaRubrics: 'id, lineageId, deletedAt, isSample',
  paritranaEvidence: 'id, regionId, deletedAt, isSample',
  paritranaScores: 'id, regionId, rubricId, deletedAt, isSample',
  audit: '++seq, [table+recordId]',
} as const

export type SimpulDexie = Dexie & {
  regions: EntityTable<Region, 'id'>
  coverage: EntityTable<CoverageObservation, 'id'>
  targets: EntityTable<CoverageTarget, 'id'>
  commitments: EntityTable<Commitment, 'id'>
  measurements: EntityTable<CommitmentMeasurement, 'id'>
  meetings: EntityTable<Meeting, 'id'>
  agendaItems: EntityTable<AgendaItem, 'id'>
  attendance: EntityTable<Attendance, 'id'>
  decisions: EntityTable<Decision, 'id'>
  actionItems: EntityTable<ActionItem, 'id'>
  stakeholders: EntityTable<Stakeholder, 'id'>
  committees: EntityTable<Committee, 'id'>
  inpresStatus: EntityTable<InpresStatus, 'id'>
  inpresStatements: EntityTable<InpresStatement, 'id'>
  paritranaEditions: EntityTable<ParitranaEdition, 'id'>
  paritranaRubrics: EntityTable<ParitranaRubric, 'id'>
  paritranaEvidence: EntityTable<ParitranaEvidence, 'id'>
  paritranaScores: EntityTable<ParitranaScore, 'id'>
  audit: EntityTable<AuditEntry, 'seq'>
  settings: EntityTable<SettingRow, 'key'>
}

export interface SchemaVersion {
  version: number
  stores: Record<string, string | null>
  /** A named function from migrations.ts; it gets its own test in the migration harness. */
  upgrade?: (tx: Transaction) => Promise<void>
}

/** Every shipped version, oldest first. Add a new entry (never edit an old one). */
export const VERSIONS: SchemaVersion[] = [
  { version: 1, stores: SCHEMA_V1 },
  { version: 2, stores: SCHEMA_V2, upgrade: upgradeToV2 },
  { version: 3, stores: SCHEMA_V3 },
  // Indexes only; rows unchanged, so no upgrade function.
  { version: 4, stores: SCHEMA_V4 },
]

export const CURRENT_SCHEMA_VERSION = VERSIONS[VERSIONS.length - 1]!.version

/**
 * Declares the versions up to `upTo` (all by default) on a Dexie instance. The migration
 * tests use `upTo` to create a database exactly as an older release left it.
 */
export function declareVersions(db: Dexie, upTo = CURRENT_SCHEMA_VERSION): void {
  for (const v of VERSIONS) {
    if (v.version > upTo) break
    const declared = db.version(v.version).stores(v.stores)
    if (v.upgrade) declared.upgrade(v.upgrade)
  }
}

export function createDatabase(name = DB_NAME): SimpulDexie {
  // 'strict' durability: a write is reported done only once it is on disk, so a crash or
  // power cut right after "Tersimpan" does not lose it.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as SimpulDexie
  declareVersions(db)
  return db
}
