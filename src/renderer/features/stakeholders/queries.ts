/** Reading the stakeholder directory: live people, institutions and committees, and the regions. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { liveOnly } from '../../db/live'
import { allRegions } from '../../db/regions'
import type { Committee, Region, Stakeholder } from '../../db/types'

export interface Directory {
  stakeholders: Stakeholder[]
  committees: Committee[]
  regions: Region[]
}

export async function loadDirectory(db: SimpulDexie): Promise<Directory> {
  const [stakeholders, committees, regions] = await Promise.all([
    db.stakeholders.toArray(),
    db.committees.toArray(),
    allRegions(db),
  ])
  return { stakeholders: liveOnly(stakeholders), committees: liveOnly(committees), regions }
}

export function useDirectory(): Directory | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadDirectory(db), [db])
}
