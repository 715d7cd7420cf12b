/**
 * Starts the replica and, when the office has set it up, live sync, once at start-up. Mounted
 * by the app shell; renders nothing.
 */
import { useEffect } from 'react'
import { useServices } from '../../app/services'
import { applySyncSettings } from './sync-service'
import { useSyncEngine } from './use-sync'

export function SyncRunner() {
  const { db, bridge } = useServices()
  const engine = useSyncEngine()
  useEffect(() => {
    applySyncSettings(db, bridge, engine).catch((error: unknown) => console.error(error))
  }, [db, bridge, engine])
  return null
}
