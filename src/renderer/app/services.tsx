/**
 * What every screen needs from outside React: the database, the platform bridge and the
 * current actor. Provided once at start-up; screens read it with useServices().
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { SimpulBridge } from '../../shared/bridge-contract'
import type { SimpulDexie } from '../db/database'
import type { Actor } from '../db/device'

export interface Services {
  db: SimpulDexie
  bridge: SimpulBridge
  actor: Actor
  /** Re-reads the actor after the user name changes in settings. */
  refreshActor: () => Promise<void>
}

const ServicesContext = createContext<Services | null>(null)

export function ServicesProvider({ value, children }: { value: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={value}>{children}</ServicesContext.Provider>
}

export function useServices(): Services {
  const services = useContext(ServicesContext)
  if (!services) throw new Error('useServices dipakai di luar ServicesProvider')
  return services
}
