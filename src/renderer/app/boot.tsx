/**
 * Start-up: choose the platform bridge, open the database (reference regions on first start,
 * persistent storage requested), read the language and actor, then render. A failure to open
 * the database renders an explanation instead of a blank screen.
 */
import type { Root } from 'react-dom/client'
import { chooseBridge } from '../bridge/browser-bridge'
import { createDatabase } from '../db/database'
import { loadActor } from '../db/device'
import {
  classifyStorageError,
  openDatabase,
  requestPersistentStorage,
  setWriteMessageLanguage,
} from '../db/durability'
import { ensureReferenceRegions } from '../db/regions'
import { readSetting } from '../features/settings'
import { createI18n } from '../i18n'
import type { Language } from '../../shared/bridge-contract'
import { App } from './app'
import { FatalScreen } from './fatal-screen'

export async function boot(root: Root): Promise<void> {
  const bridge = chooseBridge()
  const db = createDatabase()
  const fallbackI18n = createI18n(navigator.language.startsWith('en') ? 'en' : 'id')
  try {
    await openDatabase(db, {
      onVersionChange: () =>
        root.render(<FatalScreen i18n={fallbackI18n} problem="dbVersionChange" reload />),
      onBlocked: () => root.render(<FatalScreen i18n={fallbackI18n} problem="dbBlocked" reload />),
    })
    await ensureReferenceRegions(db)
  } catch (error) {
    console.error(error)
    root.render(
      <FatalScreen
        i18n={fallbackI18n}
        problem={classifyStorageError(error)}
        reason={String((error as Error)?.message ?? error)}
        reload
      />,
    )
    return
  }
  const language = ((await readSetting(db, 'language')) as Language | undefined) ?? 'id'
  const i18n = createI18n(language)
  // Write failures are explained in the app's language, also after it changes in Settings.
  setWriteMessageLanguage(language)
  i18n.on('languageChanged', (lng: string) => setWriteMessageLanguage(lng as Language))
  document.documentElement.lang = language
  void bridge.setLanguage(language)
  const persisted = await requestPersistentStorage()
  let actor = await loadActor(db)
  const services = {
    db,
    bridge,
    get actor() {
      return actor
    },
    refreshActor: async () => {
      actor = await loadActor(db)
    },
  }
  root.render(<App services={services} i18n={i18n} persisted={persisted} />)
}
