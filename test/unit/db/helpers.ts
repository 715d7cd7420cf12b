import 'fake-indexeddb/auto'
import { createDatabase, type SimpulDexie } from '../../../src/renderer/db/database'
import type { Actor } from '../../../src/renderer/db/device'
import type { RecordInput, Stakeholder } from '../../../src/renderer/db/types'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'

export const actor: Actor = { name: 'Siti Rahmah', deviceId: 'device-test-1' }
export const fixedNow = new Date('2026-11-23T02:00:00Z')

/** A stakeholder who is a person with only a name: a record any test can add. */
export const personNamed = (name: string): RecordInput<Stakeholder> => ({
  kind: 'person',
  name,
  institutionId: null,
  institutionName: '',
  position: '',
  category: 'lainnya',
  regionId: null,
  phone: '',
  email: '',
})

/**
 * A fresh, uniquely named database per test, with the bundled regions loaded as the app does
 * on first start (records refer to regions, and the write path checks that they exist).
 */
export async function freshDb(options: { regions?: boolean } = {}): Promise<SimpulDexie> {
  const db = createDatabase(`t-${crypto.randomUUID()}`)
  await db.open()
  if (options.regions !== false) await ensureReferenceRegions(db)
  return db
}
