/** Every region (reference data), ordered by Kemendagri code, for pickers and name look-ups. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../app/services'
import { allRegions } from '../db/regions'
import type { Region } from '../db/types'

export function useRegions(): Region[] | undefined {
  const { db } = useServices()
  return useLiveQuery(() => allRegions(db), [db])
}

/** "Balangan (63.11)": the label pickers show. */
export const regionOption = (r: Region) => ({ value: r.id, label: `${r.name} (${r.id})` })
