/**
 * Renders a component the way the app does (Mantine, the Indonesian catalogue, the services
 * with a real Dexie database over fake-indexeddb), for the jsdom component tests.
 */
import { MantineProvider } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { render, type RenderResult } from '@testing-library/react'
import type { ReactElement } from 'react'
import { I18nextProvider } from 'react-i18next'
import { ServicesProvider, type Services } from '../../../src/renderer/app/services'
import { createDatabase, type SimpulDexie } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import type { Actor } from '../../../src/renderer/db/device'
import { createI18n } from '../../../src/renderer/i18n'
import type { SimpulBridge } from '../../../src/shared/bridge-contract'

export const actor: Actor = { name: 'Siti Rahmah', deviceId: 'device-test-1' }

/** A fresh database with the bundled regions, as the app has after its first start. */
export async function freshDb(): Promise<SimpulDexie> {
  const db = createDatabase(`dom-${crypto.randomUUID()}`)
  await db.open()
  await ensureReferenceRegions(db)
  return db
}

export function renderWithApp(
  ui: ReactElement,
  db: SimpulDexie,
): RenderResult & { services: Services } {
  const services: Services = {
    db,
    bridge: {} as SimpulBridge,
    actor,
    refreshActor: async () => undefined,
  }
  // env="test": no transitions and no portals, so what opens is there at once.
  const result = render(
    <MantineProvider env="test">
      <Notifications />
      <I18nextProvider i18n={createI18n('id')}>
        <ServicesProvider value={services}>{ui}</ServicesProvider>
      </I18nextProvider>
    </MantineProvider>,
  )
  return { ...result, services }
}

/** Elements a keyboard user reaches with Tab, in order (no positive tabindex is used). */
export function tabOrder(container: HTMLElement): HTMLElement[] {
  const all = container.querySelectorAll<HTMLElement>(
    'input, select, textarea, button, a[href], [tabindex]',
  )
  return [...all].filter(
    (el) =>
      !(el as HTMLInputElement).disabled &&
      el.getAttribute('type') !== 'hidden' &&
      el.tabIndex >= 0 &&
      !el.closest('[aria-hidden="true"]'),
  )
}
