/**
 * Scheduled backups to the backup folder (Electron). Renders nothing; mounted once at the app
 * root (app/app.tsx).
 */
import { useEffect } from 'react'
import { useServices } from '../../app/services'
import { runScheduledBackup } from './safety-backup'

const CHECK_EVERY_MS = 15 * 60_000

export function AutoBackup() {
  const { db, bridge, actor } = useServices()
  useEffect(() => {
    let stopped = false
    const check = () => {
      if (!stopped)
        runScheduledBackup(db, bridge, actor).catch((error: unknown) =>
          console.warn('Cadangan otomatis gagal', error),
        )
    }
    check()
    const timer = setInterval(check, CHECK_EVERY_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [db, bridge, actor])
  return null
}
