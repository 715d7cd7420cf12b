/**
 * Reading commitments with their evaluations. Evaluations are computed inside the live
 * query, once per change of the data, not on every render; "today" is taken there too.
 */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import type { Commitment, CommitmentMeasurement, Meeting, Region } from '../../db/types'
import type { CommitmentRow } from './list-model'
import { evaluateCommitment } from './progress'
import { todayInAppZone } from './today'

export type { CommitmentRow }

export interface CommitmentRows {
  asOf: string
  rows: CommitmentRow[]
}

function groupMeasurements(measurements: CommitmentMeasurement[]): Map<string, CommitmentMeasurement[]> {
  const byCommitment = new Map<string, CommitmentMeasurement[]>()
  for (const m of measurements) {
    if (m.deletedAt) continue
    const list = byCommitment.get(m.commitmentId)
    if (list) list.push(m)
    else byCommitment.set(m.commitmentId, [m])
  }
  return byCommitment
}

export async function loadCommitmentRows(db: SimpulDexie, asOf: string, regionId?: string): Promise<CommitmentRows> {
  const [commitments, regions] = await Promise.all([
    (regionId ? db.commitments.where('regionId').equals(regionId) : db.commitments.toCollection()).filter((c) => !c.deletedAt).toArray(),
    db.regions.toArray(),
  ])
  const measurements = regionId
    ? await db.measurements.where('commitmentId').anyOf(commitments.map((c) => c.id)).toArray()
    : await db.measurements.toArray()
  const byCommitment = groupMeasurements(measurements)
  const regionNames = new Map(regions.map((r) => [r.id, r.name]))
  const rows = commitments.map((commitment) => ({
    commitment,
    evaluation: evaluateCommitment(commitment, byCommitment.get(commitment.id) ?? [], asOf),
    regionName: regionNames.get(commitment.regionId) ?? commitment.regionId,
  }))
  return { asOf, rows }
}

/** All live commitments with their evaluation as of today; undefined while loading. */
export function useCommitmentRows(regionId?: string): CommitmentRows | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadCommitmentRows(db, todayInAppZone(new Date()), regionId), [db, regionId])
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

export async function loadCommitmentDetail(db: SimpulDexie, id: string, asOf: string): Promise<CommitmentDetail> {
  const commitment = (await db.commitments.get(id)) ?? null
  if (!commitment || commitment.deletedAt) return { asOf, commitment: null, measurements: [], region: null, meeting: null, parent: null, children: [] }
  const [measurements, region, meeting, parent, childCommitments] = await Promise.all([
    db.measurements.where('[commitmentId+date]').between([id, ''], [id, '\uffff']).filter((m) => !m.deletedAt).toArray(),
    db.regions.get(commitment.regionId),
    commitment.meetingId ? db.meetings.get(commitment.meetingId) : Promise.resolve(undefined),
    commitment.parentId ? db.commitments.get(commitment.parentId) : Promise.resolve(undefined),
    db.commitments.where('parentId').equals(id).filter((c) => !c.deletedAt).toArray(),
  ])
  const childMeasurements = groupMeasurements(await db.measurements.where('commitmentId').anyOf(childCommitments.map((c) => c.id)).toArray())
  const regions = new Map((await db.regions.bulkGet(childCommitments.map((c) => c.regionId))).filter((r): r is Region => Boolean(r)).map((r) => [r.id, r.name]))
  return {
    asOf,
    commitment,
    measurements,
    region: region ?? null,
    meeting: meeting && !meeting.deletedAt ? meeting : null,
    parent: parent && !parent.deletedAt ? parent : null,
    children: childCommitments.map((c) => ({
      commitment: c,
      evaluation: evaluateCommitment(c, childMeasurements.get(c.id) ?? [], asOf),
      regionName: regions.get(c.regionId) ?? c.regionId,
    })),
  }
}

export function useCommitmentDetail(id: string): CommitmentDetail | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadCommitmentDetail(db, id, todayInAppZone(new Date())), [db, id])
}

/** Regions for selects: the province first, then its regencies and cities by name. */
export function useRegionOptions(): { value: string; label: string }[] | undefined {
  const { db } = useServices()
  return useLiveQuery(async () => {
    const regions = await db.regions.toArray()
    return regions
      .sort((a, b) => (a.kind === 'provinsi' ? -1 : b.kind === 'provinsi' ? 1 : a.name.localeCompare(b.name, 'id')))
      .map((r) => ({ value: r.id, label: r.name }))
  }, [db])
}

/** Live meetings, newest first, for the "made at meeting" select. */
export function useMeetingOptions(): { value: string; label: string; startsAt: string }[] | undefined {
  const { db } = useServices()
  return useLiveQuery(async () => {
    const meetings = await db.meetings.orderBy('startsAt').reverse().filter((m) => !m.deletedAt).toArray()
    return meetings.map((m) => ({ value: m.id, label: m.title, startsAt: m.startsAt }))
  }, [db])
}
