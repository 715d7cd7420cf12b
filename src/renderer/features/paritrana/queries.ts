/** Reads of the Paritrana screen: one province's rows, read by index, and the board built from them. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { isLive } from '../../db/live'
import { todayWita } from '../../../shared/time'
import { buildBoard, type ParitranaBoard, type ParitranaRows } from '../../domain/paritrana-board'

const live = <T extends { deletedAt?: string }>(rows: T[]) => rows.filter(isLive)

/** Everything the board of `provinceId` needs: its regions' rows, the rubrics and editions. */
export async function loadParitranaRows(
  db: SimpulDexie,
  provinceId: string,
): Promise<ParitranaRows> {
  const regions = await db.regions.toArray()
  const ids = [provinceId, ...regions.filter((r) => r.parentId === provinceId).map((r) => r.id)]
  const [
    inpresStatus,
    inpresStatements,
    paritranaEditions,
    paritranaRubrics,
    paritranaEvidence,
    paritranaScores,
    coverage,
    commitments,
  ] = await Promise.all([
    db.inpresStatus.where('regionId').anyOf(ids).toArray().then(live),
    db.inpresStatements.where('regionId').equals(provinceId).toArray().then(live),
    db.paritranaEditions.toArray().then(live),
    db.paritranaRubrics.toArray().then(live),
    db.paritranaEvidence.where('regionId').anyOf(ids).toArray().then(live),
    db.paritranaScores.where('regionId').anyOf(ids).toArray().then(live),
    db.coverage.where('regionId').anyOf(ids).toArray().then(live),
    db.commitments.where('regionId').anyOf(ids).toArray().then(live),
  ])
  const measurements = live(
    await db.measurements
      .where('commitmentId')
      .anyOf(commitments.map((c) => c.id))
      .toArray(),
  )
  return {
    regions,
    inpresStatus,
    inpresStatements,
    paritranaEditions: paritranaEditions.filter((e) => e.regionId === provinceId),
    paritranaRubrics,
    paritranaEvidence,
    paritranaScores,
    coverage,
    commitments,
    measurements,
  }
}

export async function loadBoard(
  db: SimpulDexie,
  options: { provinceId: string; editionYear: number; lineageId?: string | null; now?: Date },
): Promise<ParitranaBoard> {
  const rows = await loadParitranaRows(db, options.provinceId)
  return buildBoard(rows, { ...options, asOf: todayWita(options.now ?? new Date()) })
}

export function useBoard(provinceId: string, editionYear: number, lineageId?: string | null) {
  const { db } = useServices()
  return useLiveQuery(
    () => loadBoard(db, { provinceId, editionYear, lineageId }),
    [db, provinceId, editionYear, lineageId],
  )
}

/** Meetings and commitments by id, for naming an edition's links. */
export async function loadTitles(db: SimpulDexie, meetingIds: string[], commitmentIds: string[]) {
  const [meetings, commitments, committees] = await Promise.all([
    db.meetings.bulkGet(meetingIds),
    db.commitments.bulkGet(commitmentIds),
    db.committees.toArray(),
  ])
  return {
    meetings: new Map(meetings.filter((m) => m !== undefined).map((m) => [m.id, m.title])),
    commitments: new Map(commitments.filter((c) => c !== undefined).map((c) => [c.id, c.title])),
    committees: new Map(committees.map((c) => [c.id, c])),
  }
}

export function useTitles(meetingIds: string[], commitmentIds: string[]) {
  const { db } = useServices()
  const key = `${meetingIds.join(',')}|${commitmentIds.join(',')}`
  return useLiveQuery(() => loadTitles(db, meetingIds, commitmentIds), [db, key])
}

/** The live matrix records (history included) and evidence of the province's regions, for export. */
export async function loadSheetRows(db: SimpulDexie, provinceId: string) {
  const regions = await db.regions.where('parentId').equals(provinceId).primaryKeys()
  const ids = [provinceId, ...(regions as string[])]
  const [inpresStatus, evidence] = await Promise.all([
    db.inpresStatus.where('regionId').anyOf(ids).toArray().then(live),
    db.paritranaEvidence.where('regionId').anyOf(ids).toArray().then(live),
  ])
  const key = (r: { regionId: string; asOf: string | null }, what: string) =>
    `${r.regionId}|${what}|${r.asOf ?? ''}`
  return {
    inpresStatus: inpresStatus.sort((a, b) => key(a, a.group).localeCompare(key(b, b.group))),
    evidence: evidence.sort((a, b) =>
      key(a, `${a.editionYear}|${a.indicatorKey}`).localeCompare(
        key(b, `${b.editionYear}|${b.indicatorKey}`),
      ),
    ),
  }
}

export function useSheetRows(provinceId: string) {
  const { db } = useServices()
  return useLiveQuery(() => loadSheetRows(db, provinceId), [db, provinceId])
}

/**
 * What an edition or a statement may link to: the meetings and commitments of the province
 * and its regencies (newest first), and the committees (Tim 9).
 */
export async function loadLinkOptions(db: SimpulDexie, provinceId: string) {
  const regencies = (await db.regions
    .where('parentId')
    .equals(provinceId)
    .primaryKeys()) as string[]
  const ids = new Set([provinceId, ...regencies])
  const [meetings, commitments, committees] = await Promise.all([
    db.meetings.toArray().then(live),
    db.commitments
      .where('regionId')
      .anyOf([...ids])
      .toArray()
      .then(live),
    db.committees.toArray().then(live),
  ])
  return {
    meetings: meetings
      .filter((m) => m.regionIds.length === 0 || m.regionIds.some((r) => ids.has(r)))
      .sort((a, b) => (a.startsOn < b.startsOn ? 1 : a.startsOn > b.startsOn ? -1 : 0))
      .map((m) => ({ id: m.id, title: m.title, startsOn: m.startsOn })),
    commitments: commitments
      .sort((a, b) => a.title.localeCompare(b.title, 'id'))
      .map((c) => ({ id: c.id, title: c.title, regionId: c.regionId })),
    committees: committees
      .filter((c) => c.regionId === null || ids.has(c.regionId))
      .map((c) => ({ id: c.id, name: c.name })),
  }
}

export type LinkOptions = Awaited<ReturnType<typeof loadLinkOptions>>

export function useLinkOptions(provinceId: string) {
  const { db } = useServices()
  return useLiveQuery(() => loadLinkOptions(db, provinceId), [db, provinceId])
}
