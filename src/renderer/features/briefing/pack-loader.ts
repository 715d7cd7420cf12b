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
import { effectiveDate } from '../../domain/coverage-math'
import {
  COVERAGE_WINDOW,
  coverageWindow,
  PACK_SEGMENTS,
  scopeRegions,
  trendRegionIds,
} from './pack-model'
import { normaliseSource, PACK_SOURCE_TABLES, type PackSource } from './pack-source'
import { isLive } from '../../db/live'

const live = <T extends { deletedAt?: string }>(rows: (T | undefined)[]): T[] =>
  rows.filter((r): r is T => !!r && isLive(r))

/** The source for one meeting's pack as of `asOf`; null when the meeting does not exist (or is deleted). */
export async function loadPackSource(
  db: SimpulDexie,
  meetingId: string,
  asOf: string,
): Promise<PackSource | null> {
  return db.transaction(
    'r',
    PACK_SOURCE_TABLES.map((t) => db.table(t)),
    async () => {
      const meeting = await db.meetings.get(meetingId)
      if (!meeting || !isLive(meeting)) return null
      const meetings: Meeting[] = meeting.seriesId
        ? live(await db.meetings.where('seriesId').equals(meeting.seriesId).toArray())
        : [meeting]

      const own = (await db.regions.bulkGet(meeting.regionIds)).filter((r): r is Region => !!r)
      const provinceIds = own.filter((r) => r.kind === 'provinsi').map((r) => r.id)
      const children: Region[] = provinceIds.length
        ? await db.regions.where('parentId').anyOf(provinceIds).toArray()
        : []
      const regions = [...own, ...children]
      const scope = scopeRegions(regions, meeting.regionIds)
      const scopeIds = scope.map((r) => r.id)

      const [
        coverage,
        targets,
        commitments,
        agendaItems,
        attendance,
        actionItems,
        committees,
        settings,
      ] = await Promise.all([
        loadCoverage(db, scope, asOf),
        Promise.all(
          scopeIds.map((id) =>
            db.targets
              .where('[regionId+year]')
              .between([id, Dexie.minKey], [id, Dexie.maxKey])
              .toArray(),
          ),
        ).then((rows) => rows.flat()),
        scopeIds.length ? db.commitments.where('regionId').anyOf(scopeIds).toArray() : [],
        db.agendaItems.where('meetingId').equals(meeting.id).toArray(),
        db.attendance.where('meetingId').equals(meeting.id).toArray(),
        db.actionItems
          .where('meetingId')
          .anyOf(meetings.map((m) => m.id))
          .toArray(),
        // A handful of rows (forums such as Forum Paritrana); the table has no region index.
        db.committees.toArray(),
        db.settings.bulkGet(['userName', 'office']),
      ])
      const liveCommitments = live(commitments)
      // Measurements dated after asOf do not count (see evaluateCommitment), so they are not read.
      // One bulk read per commitment: a cursor sweep over 60 000 rows was slower.
      const measurements = (
        await Promise.all(
          liveCommitments.map((c) =>
            db.measurements
              .where('[commitmentId+date]')
              .between([c.id, Dexie.minKey], [c.id, `${asOf}\uffff`], true, true)
              .toArray(),
          ),
        )
      ).flat()
      const stakeholders = await loadStakeholders(db, [
        ...attendance.map((a) => a.stakeholderId),
        ...committees.flatMap((c) => c.members.map((m) => m.stakeholderId)),
      ])
      const paritrana = await loadParitranaRows(db, scopeIds)
      return normaliseSource({
        ...paritrana,
        regions,
        meetings,
        coverage,
        targets,
        commitments: liveCommitments,
        measurements,
        agendaItems,
        attendance,
        decisions: [],
        actionItems,
        stakeholders,
        committees,
        settings: settings.filter((s) => s !== undefined),
      })
    },
  )
}

/** The Paritrana rows of the scope (small tables; rubrics and editions are read whole). */
async function loadParitranaRows(db: SimpulDexie, scopeIds: string[]) {
  const [
    inpresStatus,
    inpresStatements,
    paritranaEditions,
    paritranaRubrics,
    paritranaEvidence,
    paritranaScores,
  ] = await Promise.all([
    db.inpresStatus.where('regionId').anyOf(scopeIds).toArray(),
    db.inpresStatements.where('regionId').anyOf(scopeIds).toArray(),
    db.paritranaEditions.toArray(),
    db.paritranaRubrics.toArray(),
    db.paritranaEvidence.where('regionId').anyOf(scopeIds).toArray(),
    db.paritranaScores.where('regionId').anyOf(scopeIds).toArray(),
  ])
  return {
    inpresStatus,
    inpresStatements,
    paritranaEditions,
    paritranaRubrics,
    paritranaEvidence,
    paritranaScores,
  }
}

/**
 * Per region and segment, the newest COVERAGE_WINDOW figures valid on asOf; the trend
 * chart's regions get their whole history up to asOf. First one bulk read per region of the
 * figures since the start of last year (a cursor per region and segment cost thousands of
 * round trips nationally); only a segment with fewer than COVERAGE_WINDOW recent figures is
 * then read further back, newest first. Either way the window is exactly the model's.
 */
async function loadCoverage(
  db: SimpulDexie,
  scope: Region[],
  asOf: string,
): Promise<CoverageObservation[]> {
  const valid = (o: CoverageObservation) => isLive(o) && effectiveDate(o) <= asOf
  const since = String(Number(asOf.slice(0, 4)) - 1)
  // Segments nobody has recorded a figure for cost no query per region.
  const present = (
    await Promise.all(
      PACK_SEGMENTS.map(async (segment) =>
        (
          await db.coverage
            .where('[segment+period]')
            .between([segment, Dexie.minKey], [segment, Dexie.maxKey])
            .limit(1)
            .primaryKeys()
        ).length
          ? segment
          : null,
      ),
    )
  ).filter((s) => s !== null)
  const recent = await Promise.all(
    scope.map((r) =>
      db.coverage
        .where('[regionId+period]')
        .between([r.id, since], [r.id, Dexie.maxKey], true, true)
        .toArray(),
    ),
  )
  const older: Promise<CoverageObservation[]>[] = []
  scope.forEach((r, i) => {
    const have = new Map<string, number>()
    for (const o of recent[i]!) if (valid(o)) have.set(o.segment, (have.get(o.segment) ?? 0) + 1)
    for (const segment of present) {
      if ((have.get(segment) ?? 0) >= COVERAGE_WINDOW) continue
      older.push(
        db.coverage
          .where('[regionId+segment+period]')
          .between([r.id, segment, Dexie.minKey], [r.id, segment, since])
          .reverse()
          .filter(valid)
          .limit(COVERAGE_WINDOW)
          .toArray(),
      )
    }
  })
  const history = trendRegionIds(scope).map((id) =>
    db.coverage
      .where('[regionId+period]')
      .between([id, Dexie.minKey], [id, Dexie.maxKey])
      .filter(valid)
      .toArray(),
  )
  const [olderRows, historyRows] = await Promise.all([Promise.all(older), Promise.all(history)])
  const windowed = coverageWindow(
    [...recent.flat(), ...olderRows.flat()],
    new Set(scope.map((r) => r.id)),
    asOf,
  )
  const rows = [...[...windowed.values()].flat(), ...historyRows.flat()]
  return [...new Map(rows.map((o) => [o.id, o])).values()]
}

/** The people and institutions the pack names: invitees, committee seat holders and their institutions. */
async function loadStakeholders(db: SimpulDexie, ids: (string | null)[]): Promise<Stakeholder[]> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  const people = live(await db.stakeholders.bulkGet(wanted))
  const have = new Set(people.map((s) => s.id))
  const institutionIds = [
    ...new Set(
      people.map((s) => s.institutionId).filter((id): id is string => !!id && !have.has(id)),
    ),
  ]
  return [...people, ...live(await db.stakeholders.bulkGet(institutionIds))]
}
