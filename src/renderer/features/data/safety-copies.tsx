/**
 * "Salinan pengaman" on the Data page (browser): the copies taken before restores, imports
 * and package merges, each restorable (through the same preview and confirmation as a backup
 * file) or downloadable as a normal backup file.
 */
import { Alert, Button, Group, NumberInput, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { USER_TABLES } from '../../db/types'
import { ConfirmButton } from '../../ui/confirm-button'
import { useFormat } from '../../ui/use-format'
import { backupFileName } from './backup-format'
import { BACKUP_KEEP_KEY, DEFAULT_KEEP } from './safety-backup'
import { writeSetting } from '../settings'
import {
  browserSafetyStore,
  reasonSlug,
  type SafetyCopyInfo,
  type SafetyReason,
} from './safety-store'

const HEADLINE_TABLES = ['coverage', 'targets', 'commitments', 'meetings'] as const

export function useReasonLabel() {
  const { t } = useTranslation('data')
  return (r: SafetyReason): string =>
    r.kind === 'scheduled' ? t('reasonScheduled') : t(`reason_${r.kind}`, { detail: r.detail })
}

export function SafetyCopies({
  keep,
  busy,
  onRestore,
  onError,
}: {
  keep: number | undefined
  busy: boolean
  onRestore: (name: string, detail: string, data: Uint8Array) => Promise<void>
  onError: (message: string) => void
}) {
  const { db, bridge } = useServices()
  const { t } = useTranslation('data')
  const fmt = useFormat()
  const reasonLabel = useReasonLabel()
  const store = browserSafetyStore()
  const [closed, setClosed] = useState(store.closedReason())
  useEffect(() => store.onClosed(setClosed), [store])
  const copies = useLiveQuery(() => store.list().catch(() => [] as SafetyCopyInfo[]), [store])

  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? `${fmt.number(bytes / 1_000_000, 1)} MB`
      : `${fmt.number(Math.max(1, Math.round(bytes / 1000)))} KB`
  const contents = (c: SafetyCopyInfo) => {
    const total = USER_TABLES.reduce((n, tb) => n + c.counts[tb], 0)
    if (total === 0) return t('safetyEmptyCopy')
    // The tables people recognise a state of their data by, in a fixed order so rows compare.
    const top = HEADLINE_TABLES.filter((tb) => c.counts[tb] > 0)
      .map((tb) => `${fmt.number(c.counts[tb])} ${t(`tables.${tb}`)}`)
      .join(', ')
    return top
      ? t('safetyContents', { total: fmt.number(total), top })
      : t('safetyTotal', { total: fmt.number(total) })
  }
  const name = (c: SafetyCopyInfo) =>
    t('safetyCopyName', { date: fmt.dateTime(c.createdAt), reason: reasonLabel(c.reason) })
  const restore = async (c: SafetyCopyInfo) => {
    try {
      await onRestore(
        name(c),
        t('safetyCopyShort', { date: fmt.dateTime(c.createdAt) }),
        await store.read(c.id),
      )
    } catch (e) {
      onError((e as Error).message)
    }
  }
  const download = async (c: SafetyCopyInfo) => {
    try {
      const res = await bridge.saveFile({
        suggestedName: backupFileName(c.createdAt, reasonSlug(c.reason)),
        data: await store.read(c.id),
        mimeType: 'application/json',
        filters: [{ name: 'Cadangan Simpul', extensions: ['json'] }],
      })
      if (res.saved)
        notifications.show({ message: t('backupSaved', { name: res.location }), color: 'teal' })
    } catch (e) {
      onError((e as Error).message)
    }
  }
  const changeKeep = (value: string | number) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) return
    void writeSetting(db, BACKUP_KEEP_KEY, value).then(() => store.prune(value))
  }

  return (
    <Stack
      gap="xs"
      mt="md"
      pt="md"
      data-testid="safety-copies"
      style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
    >
      <Title order={4}>{t('safetyTitle')}</Title>
      <Text>{t('safetyBody')}</Text>
      <Text fw={600}>{t('safetyNotABackup')}</Text>
      {closed && (
        <Alert color="red" role="alert" title={t('safetyClosedTitle')} data-testid="safety-closed">
          {t(closed === 'blocked' ? 'safetyBlocked' : 'safetyClosed')}
        </Alert>
      )}
      {copies && copies.length === 0 && <Text c="dimmed">{t('safetyNone')}</Text>}
      {copies && copies.length > 0 && (
        <Table withTableBorder striped verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('safetyWhen')}</Table.Th>
              <Table.Th>{t('safetyReason')}</Table.Th>
              <Table.Th>{t('safetyHolds')}</Table.Th>
              <Table.Th ta="right">{t('safetySize')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {copies.map((c) => (
              <Table.Tr key={c.id} data-testid="safety-copy">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{fmt.dateTime(c.createdAt)}</Table.Td>
                <Table.Td>{reasonLabel(c.reason)}</Table.Td>
                <Table.Td>{contents(c)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {size(c.sizeBytes)}
                </Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap" justify="flex-end">
                    <Button
                      size="xs"
                      variant="light"
                      disabled={busy}
                      onClick={() => void restore(c)}
                      aria-label={t('safetyRestoreLabel', { name: name(c) })}
                    >
                      {t('safetyRestore')}
                    </Button>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => void download(c)}
                      aria-label={t('safetyDownloadLabel', { name: name(c) })}
                    >
                      {t('safetyDownload')}
                    </Button>
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      message={t('safetyDeleteConfirm', { name: name(c) })}
                      onConfirm={() => store.remove(c.id)}
                      aria-label={t('safetyDeleteLabel', { name: name(c) })}
                    >
                      {t('safetyDelete')}
                    </ConfirmButton>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <NumberInput
        label={t('safetyKeep')}
        min={1}
        max={100}
        w={380}
        defaultValue={keep ?? DEFAULT_KEEP}
        key={`k${keep}`}
        onChange={changeKeep}
      />
    </Stack>
  )
}
