/** The header's sync status: "tersinkron 5 menit lalu", "12 perubahan menunggu", "bentrok: 2". */
import { Badge, Group } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useSyncStatus } from './use-sync'

function relative(iso: string, now: number, locale: string): string {
  const seconds = Math.round((Date.parse(iso) - now) / 1000)
  const rtf = new Intl.RelativeTimeFormat(locale === 'en' ? 'en' : 'id', { numeric: 'auto' })
  const abs = Math.abs(seconds)
  if (abs < 60) return rtf.format(0, 'minute')
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute')
  if (abs < 86400) return rtf.format(Math.round(seconds / 3600), 'hour')
  return rtf.format(Math.round(seconds / 86400), 'day')
}

export function SyncStatusBadge() {
  const { t, i18n } = useTranslation('sync')
  const status = useSyncStatus()
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  // An office that has not set up sync sees nothing here: its outbox still fills (so the
  // first sync sends everything), but "65 perubahan menunggu" would only puzzle it.
  if (status.phase === 'off' && !status.conflicts.length) return null
  const color =
    status.phase === 'synced'
      ? 'teal'
      : status.phase === 'error'
        ? 'red'
        : status.phase === 'offline'
          ? 'yellow'
          : 'blue'
  const main =
    status.phase === 'synced'
      ? status.lastSyncedAt
        ? t('status.synced', { when: relative(status.lastSyncedAt, now, i18n.language) })
        : t('status.syncedNever')
      : t(`status.${status.phase}`)
  return (
    <Link to="/sinkron" data-testid="sync-status" style={{ textDecoration: 'none' }}>
      <Group gap={4}>
        <Badge color={color} variant="light" data-phase={status.phase}>
          {main}
        </Badge>
        {status.pending > 0 && (
          <Badge color="gray" variant="light" data-testid="sync-pending">
            {t('status.pending', { count: status.pending })}
          </Badge>
        )}
        {status.conflicts.length > 0 && (
          <Badge color="orange" variant="filled" data-testid="sync-conflicts">
            {t('status.conflicts', { count: status.conflicts.length })}
          </Badge>
        )}
        {status.refused.length + status.denied.length > 0 && (
          <Badge color="red" variant="light" data-testid="sync-refused">
            {t('status.refused', { count: status.refused.length + status.denied.length })}
          </Badge>
        )}
      </Group>
    </Link>
  )
}
