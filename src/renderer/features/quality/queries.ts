/** Reads for the data checks: all records for the Periksa data screen, or one region's. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import type { Region } from '../../db/types'
import { checkQuality, type QualityIssue } from '../../domain/quality'
import type { QualityRecords } from './quality-model'
import { targetsOfRegion } from '../coverage'
import { isLive } from '../../db/live'

export interface QualityRead extends QualityRecords {
  issues: QualityIssue[]
  regions: Region[]
}

const live = <T extends { deletedAt?: string }>(rows: T[]) => rows.filter(isLive)

export async function loadQuality(db: SimpulDexie): Promise<QualityRead> {
  const [coverage, targets, commitments, measurements, regions] = await Promise.all([
    db.coverage.toArray().then(live),
    db.targets.toArray().then(live),
    db.commitments.toArray().then(live),
    db.measurements.toArray().then(live),
    db.regions.toArray(),
  ])
  const records = { coverage, targets, commitments, measurements }
  return { ...records, regions, issues: checkQuality(records) }
}

/**
 * One region's records and their issues. The rules compare records of one region with each
 * other (figures of one region, a commitment with its measurements and the region's figures),
 * so checking a region alone finds what checking everything finds for it.
 */
export async function loadRegionQuality(db: SimpulDexie, regionId: string): Promise<QualityRead> {
  const [coverage, targets, commitments, regions] = await Promise.all([
    db.coverage.where('regionId').equals(regionId).toArray().then(live),
    targetsOfRegion(db, regionId).then(live),
    db.commitments.where('regionId').equals(regionId).toArray().then(live),
    db.regions.toArray(),
  ])
  const measurements = live(
    await db.measurements
      .where('commitmentId')
      .anyOf(commitments.map((c) => c.id))
      .toArray(),
  )
  const records = { coverage, targets, commitments, measurements }
  return { ...records, regions, issues: checkQuality(records) }
}

export function useQuality() {
  const { db } = useServices()
  return useLiveQuery(() => loadQuality(db), [db])
}

export function useRegionQuality(regionId: string | null | undefined) {
  const { db } = useServices()
  return useLiveQuery(
    async () => (regionId ? loadRegionQuality(db, regionId) : null),
    [db, regionId],
  )
}
