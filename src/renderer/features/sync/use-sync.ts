/** The sync engine of this app and its status, for screens. */
import { useSyncExternalStore } from 'react'
import { useServices } from '../../app/services'
import type { SyncEngine, SyncStatus } from './sync-engine'
import { getSyncEngine } from './sync-service'

export function useSyncEngine(): SyncEngine {
  const services = useServices()
  return getSyncEngine(services.db, () => services.actor)
}

export function useSyncStatus(): SyncStatus {
  const engine = useSyncEngine()
  return useSyncExternalStore(engine.subscribe, engine.getStatus)
}
