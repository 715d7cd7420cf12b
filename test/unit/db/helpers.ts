import 'fake-indexeddb/auto'
import { createDatabase, type SimpulDexie } from '../../../src/renderer/db/database'
import type { Actor } from '../../../src/renderer/db/device'

export const actor: Actor = { name: 'Siti Rahmah', deviceId: 'device-test-1' }
export const fixedNow = new Date('2026-11-23T02:00:00Z')

/** A fresh, uniquely named database per test. */
export async function freshDb(): Promise<SimpulDexie> {
  const db = createDatabase(`t-${crypto.randomUUID()}`)
  await db.open()
  return db
}
