/**
 * "Cadangan di disk" on the Data page (desktop app): the automatic backups in the backup
 * folder, each with its date, size, what it holds and why it was taken, restorable through
 * the same preview and confirmation as a backup file. In a browser, one sentence says that
 * such backups exist only in the desktop app.
 */
import { Button, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { BackupFileInfo } from '../../../shared/bridge-contract'
import { parseInstant } from '../../../shared/time'
import { useFormat } from '../../ui/use-format'
import { diskBackupReason } from './disk-backups-queries'

const HEADLINE_TABLES = ['coverage', 'targets', 'commitments', 'meetings'] as const
const RECORD_TABLES_EXCLUDED = new Set(['regions', 'audit', 'settings'])

export function DiskBackups({
  files,
  busy,
  onRestore,
}: {
  files: BackupFileInfo[] | undefined
  busy: boolean
  onRestore: (file: BackupFileInfo) => Promise<void>
}) {
  const { t } = useTranslation('data')
  const fmt = useFormat()
  const size = (bytes: number) =>
    bytes >= 1_000_000
      ? `${fmt.number(bytes / 1_000_000, 1)} MB`
      : `${fmt.number(Math.max(1, Math.round(bytes / 1000)))} KB`
  const when = (f: BackupFileInfo) =>
    fmt.dateTime(f.holds && parseInstant(f.holds.createdAt) ? f.holds.createdAt : f.modifiedAt)
  const reason = (f: BackupFileInfo) => {
    const r = diskBackupReason(f.fileName)
    if (!r) return t('diskReasonUnknown')
    if (r.kind === 'scheduled') return t('reasonScheduled')
    if (r.kind === 'other') return r.detail
    return t(`reason_${r.kind}`, { detail: r.detail })
  }
  const contents = (f: BackupFileInfo) => {
    if (!f.holds) return t('diskHoldsUnknown')
    const counts = f.holds.counts
    const total = Object.entries(counts)
      .filter(([table]) => !RECORD_TABLES_EXCLUDED.has(table))
      .reduce((n, [, c]) => n + c, 0)
    if (total === 0) return t('safetyEmptyCopy')
    const top = HEADLINE_TABLES.filter((tb) => (counts[tb] ?? 0) > 0)
      .map((tb) => `${fmt.number(counts[tb]!)} ${t(`tables.${tb}`)}`)
      .join(', ')
    return top
      ? t('safetyContents', { total: fmt.number(total), top })
      : t('safetyTotal', { total: fmt.number(total) })
  }
  return (
    <Stack gap="xs" data-testid="disk-backups">
      <Title order={4}>{t('diskTitle')}</Title>
      {files && files.length === 0 && <Text c="dimmed">{t('diskNone')}</Text>}
      {files && files.length > 0 && (
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
            {files.map((f) => (
              <Table.Tr key={f.fileName} data-testid="disk-backup">
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(f)}</Table.Td>
                <Table.Td>{reason(f)}</Table.Td>
                <Table.Td>{contents(f)}</Table.Td>
                <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                  {size(f.sizeBytes)}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="xs"
                    variant="light"
                    disabled={busy}
                    onClick={() => void onRestore(f)}
                    aria-label={t('diskRestoreLabel', { name: f.fileName })}
                  >
                    {t('safetyRestore')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}

/** In a browser: the one sentence that says disk backups are a desktop-app feature. */
export function DiskBackupsDesktopOnly() {
  const { t } = useTranslation('data')
  return (
    <Text size="sm" c="dimmed" data-testid="disk-backups-desktop-only">
      {t('diskDesktopOnly')}
    </Text>
  )
}
