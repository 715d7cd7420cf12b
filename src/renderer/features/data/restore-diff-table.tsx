/**
 * The restore preview's comparison with today's database: per table, what the backup would
 * add, change and remove, with a few of each named. A restore replaces everything, so this is
 * what the user loses or gains by pressing the button.
 */
import { Alert, Loader, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../ui/use-format'
import type { BackupTables } from './backup-format'
import { diffIsEmpty, recordDiffs, type TableDiff } from './restore-diff'
import { useRestoreDiff } from './restore-diff-queries'

export function RestoreDiffTable({ tables }: { tables: BackupTables }) {
  const { t } = useTranslation('data')
  const fmt = useFormat()
  const diffs = useRestoreDiff(tables)
  if (!diffs) return <Loader size="sm" aria-label={t('diffLoading')} />
  const shown = diffs.filter((d) => d.current > 0 || d.incoming > 0)
  const records = recordDiffs(diffs)
  const sum = (k: 'added' | 'changed' | 'removed') => records.reduce((n, d) => n + d[k], 0)
  const examples = (d: TableDiff) =>
    (['added', 'changed', 'removed'] as const)
      .filter((k) => d.examples[k].length > 0)
      .map((k) => {
        const more = d[k] - d.examples[k].length
        const list = d.examples[k].join(', ')
        return `${t(`diffExample_${k}`)}: ${list}${more > 0 ? ` ${t('diffMore', { n: fmt.number(more) })}` : ''}`
      })
      .join('; ')
  return (
    <Stack gap="xs" data-testid="restore-diff">
      <Text fw={600}>{t('diffTitle')}</Text>
      {diffIsEmpty(diffs) ? (
        <Alert color="gray" data-testid="restore-diff-none">
          {t('diffNone')}
        </Alert>
      ) : (
        <Text data-testid="restore-diff-summary">
          {t('diffSummary', {
            added: fmt.number(sum('added')),
            changed: fmt.number(sum('changed')),
            removed: fmt.number(sum('removed')),
          })}
        </Text>
      )}
      <Table withTableBorder striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('diffTable')}</Table.Th>
            <Table.Th ta="right">{t('diffNow')}</Table.Th>
            <Table.Th ta="right">{t('diffInFile')}</Table.Th>
            <Table.Th ta="right">{t('diffAdded')}</Table.Th>
            <Table.Th ta="right">{t('diffChanged')}</Table.Th>
            <Table.Th ta="right">{t('diffRemoved')}</Table.Th>
            <Table.Th>{t('diffExamples')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((d) => (
            <Table.Tr key={d.table} data-testid="restore-diff-row" data-table={d.table}>
              <Table.Td>{t(`tables.${d.table}`)}</Table.Td>
              <Table.Td ta="right">{fmt.number(d.current)}</Table.Td>
              <Table.Td ta="right">{fmt.number(d.incoming)}</Table.Td>
              <Table.Td ta="right" data-testid="diff-added">
                {fmt.number(d.added)}
              </Table.Td>
              <Table.Td ta="right" data-testid="diff-changed">
                {fmt.number(d.changed)}
              </Table.Td>
              <Table.Td ta="right" data-testid="diff-removed" c={d.removed ? 'red' : undefined}>
                {fmt.number(d.removed)}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{examples(d)}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}
