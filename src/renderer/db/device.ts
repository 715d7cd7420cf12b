/** The installation's identity and the current user's name, kept in the settings table. */
import type { SimpulDexie } from './database'

export interface Actor {
  name: string
  deviceId: string
}

const DEVICE_KEY = 'deviceId'
const USER_KEY = 'userName'

export function newId(): string {
  return crypto.randomUUID()
}

/** Reads (or creates once) the device id and the user name from settings. */
export async function loadActor(db: SimpulDexie): Promise<Actor> {
  return db.transaction('rw', db.settings, async () => {
    let device = await db.settings.get(DEVICE_KEY)
    if (!device || typeof device.value !== 'string') {
      device = { key: DEVICE_KEY, value: newId() }
      await db.settings.put(device)
    }
    const user = await db.settings.get(USER_KEY)
    const name =
      typeof user?.value === 'string' && user.value.trim() !== '' ? user.value : 'Pengguna'
    return { name, deviceId: device.value as string }
  })
}
