/**
 * Reading commitments with their evaluations. Evaluations are computed inside the live
 * query, once per change of the data, not on every render; "today" is taken there too.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import type { Commitment, CommitmentMeasurement, Meeting, Region } from '../../db/types'
import type { CommitmentRow } from './list-model'
import { isLive } from '../../db/live'
import { evaluateCommitment } from '../../domain/progress'
import { todayWita, type KnownDate } from '../../../shared/time'
import { coverageOfRegion } from '../coverage'

export type { CommitmentRow }

export interface CommitmentRows {
  asOf: string
  rows: CommitmentRow[]
}

function groupMeasurements(
  measurements: CommitmentMeasurement[],
): Map<string, CommitmentMeasurement[]> {
  const byCommitment = new Map<string, CommitmentMeasurement[]>()
  for (const m of measurements) {
    if (!isLive(m)) continue
    const list = byCommitment.get(m.commitmentId)
    if (list) list.push(m)
    else byCommitment.set(m.commitmentId, [m])
  }
  return byCommitment
}

export async function loadCommitmentRows(
  db: SimpulDexie,
  asOf: string,
  regionId?: string,
): Promise<CommitmentRows> {
  return regionId ? loadCommitmentRowsOf(db, asOf, [regionId]) : loadAllCommitmentRows(db, asOf)
}

async function loadAllCommitmentRows(db: SimpulDexie, asOf: string): Promise<CommitmentRows> {
  const [commitments, measurements, regions] = await Promise.all([
    db.commitments.toArray().then((all) => all.filter(isLive)),
    db.measurements.toArray(),
    db.regions.toArray(),
  ])
  return {
    asOf,
    rows: toRows(
      commitments,
      groupMeasurements(measurements),
      new Map(regions.map((r) => [r.id, r.name])),
      asOf,
    ),
  }
}

/**
 * Commitments of a few regions. The measurements are read with one equality query per
 * commitment in one transaction: each is a single getAll on the index. `anyOf` over the ids
 * walks one cursor step per row instead, about three times slower in Chromium, and reading
 * every region for the names cost more than the rest of the read.
 */
export async function loadCommitmentRowsOf(
  db: SimpulDexie,
  asOf: string,
  regionIds: readonly string[],
): Promise<CommitmentRows> {
  return db.transaction('r', [db.commitments, db.measurements, db.regions], async () => {
    const [lists, regions] = await Promise.all([
      Promise.all(regionIds.map((id) => db.commitments.where('regionId').equals(id).toArray())),
      db.regions.bulkGet([...regionIds]),
    ])
    const commitments = lists.flat().filter(isLive)
    const measurements = await Promise.all(
      commitments.map((c) => db.measurements.where('commitmentId').equals(c.id).toArray()),
    )
    const names = new Map(regions.filter((r): r is Region => Boolean(r)).map((r) => [r.id, r.name]))
    return { asOf, rows: toRows(commitments, groupMeasurements(measurements.flat()), names, asOf) }
  })
}

function toRows(
  commitments: Commitment[],
  byCommitment: Map<string, CommitmentMeasurement[]>,
  regionNames: Map<string, string>,
  asOf: string,
): CommitmentRow[] {
  return commitments.map((commitment) => ({
    commitment,
    evaluation: evaluateCommitment(commitment, byCommitment.get(commitment.id) ?? [], asOf),
    regionName: regionNames.get(commitment.regionId) ?? commitment.regionId,
  }))
}

/** All live commitments with their evaluation as of today; undefined while loading. */
export function useCommitmentRows(regionId?: string): CommitmentRows | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadCommitmentRows(db, todayWita(new Date()), regionId), [db, regionId])
}

/**
 * Live commitments of the given regions (a province and its regencies on the Ringkasan).
 * Keyed by the ids' content, so a new array with the same regions does not read again.
 */
export function useCommitmentRowsOf(regionIds: readonly string[]): CommitmentRows | undefined {
  const { db } = useServices()
  const key = regionIds.join(',')
  return useLiveQuery(
    () => loadCommitmentRowsOf(db, todayWita(new Date()), key ? key.split(',') : []),
    [db, key],
  )
}

export interface CommitmentDetail {
  asOf: string
  commitment: Commitment | null
  measurements: CommitmentMeasurement[]
  region: Region | null
  meeting: Meeting | null
  parent: Commitment | null
  children: CommitmentRow[]
}

export async function loadCommitmentDetail(
  db: SimpulDexie,
  id: string,
  asOf: string,
): Promise<CommitmentDetail> {
  const commitment = (await db.commitments.get(id)) ?? null
  if (!commitment || !isLive(commitment))
    return {
      asOf,
      commitment: null,
      measurements: [],
      region: null,
      meeting: null,
      parent: null,
      children: [],
    }
  const [measurements, region, meeting, parent, childCommitments] = await Promise.all([
    db.measurements
      .where('[commitmentId+date]')
      .between([id, ''], [id, '\uffff'])
      .filter(isLive)
      .toArray(),
    db.regions.get(commitment.regionId),
    commitment.meetingId ? db.meetings.get(commitment.meetingId) : Promise.resolve(undefined),
    commitment.parentId ? db.commitments.get(commitment.parentId) : Promise.resolve(undefined),
    db.commitments.where('parentId').equals(id).filter(isLive).toArray(),
  ])
  const childMeasurements = groupMeasurements(
    (
      await Promise.all(
        childCommitments.map((c) => db.measurements.where('commitmentId').equals(c.id).toArray()),
      )
    ).flat(),
  )
  const regions = new Map(
    (await db.regions.bulkGet(childCommitments.map((c) => c.regionId)))
      .filter((r): r is Region => Boolean(r))
      .map((r) => [r.id, r.name]),
  )
  return {
    asOf,
    commitment,
    measurements,
    region: region ?? null,
    meeting: meeting && isLive(meeting) ? meeting : null,
    parent: parent && isLive(parent) ? parent : null,
    children: childCommitments.map((c) => ({
      commitment: c,
      evaluation: evaluateCommitment(c, childMeasurements.get(c.id) ?? [], asOf),
      regionName: regions.get(c.regionId) ?? c.regionId,
    })),
  }
}

export function useCommitmentDetail(id: string): CommitmentDetail | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadCommitmentDetail(db, id, todayWita(new Date())), [db, id])
}

/** Regions for selects: the province first, then its regencies and cities by name. */
export function useRegionOptions(): { value: string; label: string }[] | undefined {
  const { db } = useServices()
  return useLiveQuery(async () => {
    const regions = await db.regions.toArray()
    return regions
      .sort((a, b) =>
        a.kind === 'provinsi' ? -1 : b.kind === 'provinsi' ? 1 : a.name.localeCompare(b.name, 'id'),
      )
      .map((r) => ({ value: r.id, label: r.name }))
  }, [db])
}

/** Live meetings, newest first, for the "made at meeting" select. */
export function useMeetingOptions():
  { value: string; label: string; startsOn: KnownDate }[] | undefined {
  const { db } = useServices()
  return useLiveQuery(async () => {
    const meetings = await db.meetings.orderBy('startsOn').reverse().filter(isLive).toArray()
    return meetings.map((m) => ({ value: m.id, label: m.title, startsOn: m.startsOn }))
  }, [db])
}

/** One commitment (live or in the trash), or null when there is none by that id. */
export async function getCommitment(db: SimpulDexie, id: string): Promise<Commitment | null> {
  return (await db.commitments.get(id)) ?? null
}

/** Live top-level commitments that can be a parent, leaving out the one being edited. */
export async function parentChoices(db: SimpulDexie, exceptId?: string): Promise<Commitment[]> {
  return db.commitments
    .filter((c) => isLive(c) && c.id !== exceptId && c.parentId === null)
    .toArray()
}

/** undefined while reading; null for a new commitment or an id that does not exist. */
export function useCommitment(id: string | undefined): Commitment | null | undefined {
  const { db } = useServices()
  return useLiveQuery(async () => (id ? getCommitment(db, id) : null), [db, id])
}

export function useParentChoices(exceptId?: string): Commitment[] | undefined {
  const { db } = useServices()
  return useLiveQuery(() => parentChoices(db, exceptId), [db, exceptId])
}

/** A region's live coverage figures, for proposing a pledge's baseline. */
export function useRegionFigures(regionId: string) {
  const { db } = useServices()
  return useLiveQuery(async () => (regionId ? coverageOfRegion(db, regionId) : []), [db, regionId])
}

/** Titles of the meetings the given commitments were made in (deleted meetings included). */
export async function loadMeetingTitles(
  db: SimpulDexie,
  meetingIds: readonly string[],
): Promise<Map<string, string>> {
  const ids = [...new Set(meetingIds)]
  const meetings = await db.meetings.bulkGet(ids)
  return new Map(meetings.filter((m): m is Meeting => Boolean(m)).map((m) => [m.id, m.title]))
}

export function useMeetingTitles(meetingIds: readonly string[]): Map<string, string> | undefined {
  const { db } = useServices()
  const key = [...new Set(meetingIds)].sort().join(',')
  return useLiveQuery(() => loadMeetingTitles(db, key ? key.split(',') : []), [db, key])
}
