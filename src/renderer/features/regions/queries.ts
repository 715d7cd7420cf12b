/** Reading a region's profile: the region, its parent, its figures, targets and meetings. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { regionById } from '../../db/regions'
import type { CoverageObservation, CoverageTarget, Meeting, Region } from '../../db/types'
import { coverageOfRegion, targetsOfRegion } from '../coverage'
import { meetingsOfRegion } from '../meetings'

export interface RegionProfile {
  region: Region | undefined
  parent: Region | undefined
  coverage: CoverageObservation[]
  targets: CoverageTarget[]
  /** Newest first. */
  meetings: Meeting[]
}

export async function loadRegionProfile(db: SimpulDexie, regionId: string): Promise<RegionProfile> {
  const region = await regionById(db, regionId)
  const [parent, coverage, targets, meetings] = await Promise.all([
    region?.parentId ? regionById(db, region.parentId) : Promise.resolve(undefined),
    coverageOfRegion(db, regionId),
    targetsOfRegion(db, regionId),
    meetingsOfRegion(db, regionId),
  ])
  return { region, parent, coverage, targets, meetings }
}

export function useRegionProfile(regionId: string): RegionProfile | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadRegionProfile(db, regionId), [db, regionId])
}
