import { Alert, Button, Group, NumberInput, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { ConfirmButton } from '../../ui/confirm-button'
import { useFormat } from '../../ui/use-format'
import { replaceAllTables } from './backup-db'
import { BACKUP_TABLES, backupFileName, parseBackup, type ParsedBackup } from './backup-format'
import {
  BACKUP_INTERVAL_KEY,
  BACKUP_KEEP_KEY,
  BACKUP_LAST_DOWNLOAD_KEY,
  DEFAULT_INTERVAL_HOURS,
  DEFAULT_KEEP,
  backupFile,
  needsDownloadReminder,
  withSafetyCopy,
} from './safety-backup'
import { SafetyCopies } from './safety-copies'
import { joinParts } from './backup-stream'
import { RestoreDiffTable } from './restore-diff-table'
import { DiskBackups, DiskBackupsDesktopOnly } from './disk-backups'
import { listDiskBackups } from './disk-backups-queries'
import type { BackupFileInfo } from '../../../shared/bridge-contract'
import { useBackupSettings } from './queries'
import { writeSetting, type SettingKey } from '../settings'
import { toInstant } from '../../../shared/time'
import { refusal, safetyMessage } from './safety-message'

export function BackupPanel() {
  const { db, bridge, actor } = useServices()
  const { t } = useTranslation('data')
  const fmt = useFormat()
  const [supported, setSupported] = useState(false)
  const [pending, setPending] = useState<{
    name: string
    detail: string
    backup: ParsedBackup
  } | null>(null)
  const [error, setError] = useState<{ title: string; message: string } | null>(null)
  const previewRef = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState(false)
  const [now, setNow] = useState<Date | null>(null)
  const settings = useBackupSettings()
  // Refreshed after each backup the app writes (lastAt changes) and after a restore.
  const [listVersion, setListVersion] = useState(0)
  const files = useLiveQuery(
    () => (supported ? listDiskBackups(bridge) : Promise.resolve([])),
    [bridge, supported, settings?.lastAt, listVersion],
  )
  useEffect(() => {
    if (pending) previewRef.current?.scrollIntoView({ behavior: 'smooth', block: 'center' })
  }, [pending])
  useEffect(() => {
    void bridge.backups.supported().then((value) => {
      setSupported(value)
      setNow(new Date())
    })
  }, [bridge])

  const download = async () => {
    setBusy(true)
    try {
      const at = new Date()
      const file = await backupFile(db, bridge, actor, at)
      const data = joinParts(file.parts, file.byteLength)
      const res = await bridge.saveFile({
        suggestedName: backupFileName(at.toISOString()),
        data,
        mimeType: 'application/json',
        filters: [{ name: 'Cadangan Simpul', extensions: ['json'] }],
      })
      if (res.saved) {
        await writeSetting(db, BACKUP_LAST_DOWNLOAD_KEY, toInstant(at))
        setNow(at)
        notifications.show({ message: t('backupSaved', { name: res.location }), color: 'teal' })
      }
    } catch (e) {
      setError({ title: t('backupFailedTitle'), message: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }
  const choose = async () => {
    setError(null)
    setPending(null)
    const file = await bridge.openFile({
      filters: [{ name: 'Cadangan Simpul', extensions: ['json'] }],
    })
    if (!file) return
    try {
      setPending({
        name: file.name,
        detail: file.name,
        backup: await parseBackup(file.data),
      })
    } catch (e) {
      setError({ title: t('refusedTitle'), message: (e as Error).message })
    }
  }
  const chooseDiskBackup = async (file: BackupFileInfo) => {
    setError(null)
    setPending(null)
    try {
      const data = await bridge.backups.read(file.fileName)
      setPending({
        name: file.fileName,
        detail: file.fileName,
        backup: await parseBackup(data),
      })
    } catch (e) {
      setError({ title: t('refusedTitle'), message: (e as Error).message })
    }
  }
  const chooseSafetyCopy = async (name: string, detail: string, data: Uint8Array) => {
    setError(null)
    setPending({ name, detail, backup: await parseBackup(data) })
  }
  const restore = async () => {
    if (!pending) return
    setBusy(true)
    try {
      const { safety } = await withSafetyCopy(
        { db, bridge, actor },
        { kind: 'restore', detail: pending.detail },
        () => replaceAllTables(db, pending.backup.tables, actor),
      )
      notifications.show({
        message: `${t('restoreDone')} ${safetyMessage(t, safety)}`,
        color: 'teal',
        autoClose: 10_000,
      })
      setPending(null)
      setListVersion((v) => v + 1)
    } catch (e) {
      setError(refusal(t, e))
    } finally {
      setBusy(false)
    }
  }
  const saveSetting = (key: SettingKey, value: string | number) => {
    if (typeof value === 'number' && value > 0) void writeSetting(db, key, value)
  }
  const remind =
    now !== null &&
    settings !== undefined &&
    !supported &&
    needsDownloadReminder(settings.lastDownloadAt ?? null, settings.hasData, now)

  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>{t('backupTitle')}</Title>
        <Text>{t('backupBody')}</Text>
        {remind && (
          <Alert color="yellow" title={t('reminderTitle')} data-testid="backup-reminder">
            {settings?.lastDownloadAt
              ? t('reminderSince', { date: fmt.dateTime(settings.lastDownloadAt) })
              : t('reminderNever')}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void download()} loading={busy}>
            {t('backupDownload')}
          </Button>
          <Button variant="light" onClick={() => void choose()} disabled={busy}>
            {t('restoreChoose')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert" title={error.title}>
            {error.message}
          </Alert>
        )}
        {pending && (
          <Stack gap="xs" data-testid="restore-preview" ref={previewRef}>
            <Text fw={600}>
              {t('restorePreview', {
                name: pending.name,
                date: fmt.dateTime(pending.backup.meta.createdAt),
                device: pending.backup.meta.deviceId.slice(0, 8),
                version: pending.backup.meta.appVersion,
              })}
            </Text>
            <Table withTableBorder striped maw={480}>
              <Table.Tbody>
                {BACKUP_TABLES.filter((tb) => pending.backup.meta.counts[tb] > 0).map((tb) => (
                  <Table.Tr key={tb}>
                    <Table.Td>{t(`tables.${tb}`)}</Table.Td>
                    <Table.Td ta="right">{fmt.number(pending.backup.meta.counts[tb])}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <RestoreDiffTable tables={pending.backup.tables} />
            <Group>
              <ConfirmButton
                color="red"
                loading={busy}
                message={t('restoreConfirm')}
                onConfirm={restore}
              >
                {t('restoreApply')}
              </ConfirmButton>
              <Button variant="default" onClick={() => setPending(null)}>
                {t('cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        {!supported && now !== null && <DiskBackupsDesktopOnly />}
        {!supported && now !== null && (
          <SafetyCopies
            keep={settings?.keep}
            busy={busy}
            onRestore={chooseSafetyCopy}
            onError={(message) => setError({ title: t('safetyFailedTitle'), message })}
          />
        )}
        {supported && (
          <Stack gap="xs">
            <Title order={4}>{t('autoTitle')}</Title>
            <Group align="end">
              <NumberInput
                label={t('autoInterval')}
                min={1}
                max={168}
                w={200}
                defaultValue={settings?.interval ?? DEFAULT_INTERVAL_HOURS}
                key={`i${settings?.interval}`}
                onChange={(v) => saveSetting(BACKUP_INTERVAL_KEY, v)}
              />
              <NumberInput
                label={t('autoKeep')}
                min={1}
                max={365}
                w={200}
                defaultValue={settings?.keep ?? DEFAULT_KEEP}
                key={`k${settings?.keep}`}
                onChange={(v) => saveSetting(BACKUP_KEEP_KEY, v)}
              />
              <Button variant="default" onClick={() => void bridge.backups.openFolder()}>
                {t('autoOpenFolder')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {settings?.lastAt
                ? t('autoLast', { date: fmt.dateTime(settings.lastAt), count: files?.length ?? 0 })
                : t('autoNone')}
            </Text>
            <DiskBackups files={files} busy={busy} onRestore={chooseDiskBackup} />
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
