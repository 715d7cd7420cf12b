/**
 * Gathers a pack's source from the app's database (the command line reads a backup instead).
 * Only what the meeting's scope needs is read, each table through an index: the national
 * meeting covers 514 regencies, and reading whole tables (185 000 coverage rows) took seconds.
 * The model builder (pack-model.ts) applies the same coverage window to a full backup, so both
 * paths give the same pack.
 */
import Dexie from 'dexie'
import type { SimpulDexie } from '../../db/database'
import type { CoverageObservation, Meeting, Region, Stakeholder } from '../../db/types'
import { effectiveDate } from '../coverage/coverage-math'
import { COVERAGE_WINDOW, PACK_SEGMENTS, scopeRegions, trendRegionIds } from './pack-model'
import { normaliseSource, PACK_SOURCE_TABLES, type PackSource } from './pack-source'

const live = <T extends { deletedAt?: string }>(rows: (T | undefined)[]): T[] => rows.filter((r): r is T => !!r && !r.deletedAt)

/** The source for one meeting's pack as of `asOf`; null when the meeting does not exist (or is deleted). */
export async function loadPackSource(db: SimpulDexie, meetingId: string, asOf: string): Promise<PackSource | null> {
  return db.transaction('r', PACK_SOURCE_TABLES.map((t) => db.table(t)), async () => {
    const meeting = await db.meetings.get(meetingId)
    if (!meeting || meeting.deletedAt) return null
    const meetings: Meeting[] = meeting.seriesId ? live(await db.meetings.where('seriesId').equals(meeting.seriesId).toArray()) : [meeting]

    const own = (await db.regions.bulkGet(meeting.regionIds)).filter((r): r is Region => !!r)
    const provinceIds = own.filter((r) => r.kind === 'provinsi').map((r) => r.id)
    const children: Region[] = provinceIds.length ? await db.regions.where('parentId').anyOf(provinceIds).toArray() : []
    const regions = [...own, ...children]
    const scope = scopeRegions(regions, meeting.regionIds)
    const scopeIds = scope.map((r) => r.id)

    const [coverage, targets, commitments, agendaItems, attendance, actionItems, committees, settings] = await Promise.all([
      loadCoverage(db, scope, asOf),
      Promise.all(scopeIds.map((id) => db.targets.where('[regionId+year]').between([id, Dexie.minKey], [id, Dexie.maxKey]).toArray())).then((rows) => rows.flat()),
      scopeIds.length ? db.commitments.where('regionId').anyOf(scopeIds).toArray() : [],
      db.agendaItems.where('meetingId').equals(meeting.id).toArray(),
      db.attendance.where('meetingId').equals(meeting.id).toArray(),
      db.actionItems.where('meetingId').anyOf(meetings.map((m) => m.id)).toArray(),
      // A handful of rows (forums such as Forum Paritrana); the table has no region index.
      db.committees.toArray(),
      db.settings.bulkGet(['userName', 'office']),
    ])
    const liveCommitments = live(commitments)
    // One sweep over the commitmentId index (a query per commitment cost a request each, 5 000
    // nationally); measurements dated after asOf do not count (see evaluateCommitment).
    const measurements = liveCommitments.length
      ? (await db.measurements.where('commitmentId').anyOf(liveCommitments.map((c) => c.id)).toArray()).filter((m) => m.date <= `${asOf}\uffff`)
      : []
    const stakeholders = await loadStakeholders(db, [...attendance.map((a) => a.stakeholderId), ...committees.flatMap((c) => c.members.map((m) => m.stakeholderId))])
    return normaliseSource({
      regions, meetings, coverage, targets, commitments: liveCommitments, measurements, agendaItems, attendance, decisions: [], actionItems, stakeholders, committees,
      settings: settings.filter((s) => s !== undefined),
    })
  })
}

/**
 * Per region and segment, the newest COVERAGE_WINDOW figures valid on asOf (a reverse cursor,
 * a few rows each); the trend chart's regions get their whole history up to asOf.
 */
async function loadCoverage(db: SimpulDexie, scope: Region[], asOf: string): Promise<CoverageObservation[]> {
  const valid = (o: CoverageObservation) => !o.deletedAt && effectiveDate(o) <= asOf
  // Segments nobody has recorded a figure for cost no query per region.
  const present = (
    await Promise.all(PACK_SEGMENTS.map(async (segment) => ((await db.coverage.where('[segment+period]').between([segment, Dexie.minKey], [segment, Dexie.maxKey]).limit(1).primaryKeys()).length ? segment : null)))
  ).filter((s) => s !== null)
  const windows = scope.flatMap((r) =>
    present.map((segment) =>
      db.coverage.where('[regionId+segment+period]').between([r.id, segment, Dexie.minKey], [r.id, segment, Dexie.maxKey]).reverse().filter(valid).limit(COVERAGE_WINDOW).toArray(),
    ),
  )
  const history = trendRegionIds(scope).map((id) => db.coverage.where('[regionId+period]').between([id, Dexie.minKey], [id, Dexie.maxKey]).filter(valid).toArray())
  const rows = (await Promise.all([...windows, ...history])).flat()
  return [...new Map(rows.map((o) => [o.id, o])).values()]
}

/** The people and institutions the pack names: invitees, committee seat holders and their institutions. */
async function loadStakeholders(db: SimpulDexie, ids: (string | null)[]): Promise<Stakeholder[]> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  const people = live(await db.stakeholders.bulkGet(wanted))
  const have = new Set(people.map((s) => s.id))
  const institutionIds = [...new Set(people.map((s) => s.institutionId).filter((id): id is string => !!id && !have.has(id)))]
  return [...people, ...live(await db.stakeholders.bulkGet(institutionIds))]
}
