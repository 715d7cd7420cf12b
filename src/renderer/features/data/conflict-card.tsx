/**
 * One record changed on both sides, shown side by side with the choice of version: the
 * exchange's preview and the sync conflicts screen use the same card.
 */
import { Paper, Radio, Group, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../ui/use-format'
import { fieldLabel } from './backup-format'
import type { Resolution } from './exchange-db'
import type { MergeConflict } from './exchange-merge'
import { useValueFormatter } from './use-value-text'
import { recordTitle, valueText } from './value-text'

export function ConflictCard({
  conflict: c,
  chosen,
  onChoose,
  takeIncomingLabel,
}: {
  conflict: MergeConflict
  chosen: Resolution | undefined
  onChoose: (choice: Resolution) => void
  /** What taking the other side is called where the version does not come from a package. */
  takeIncomingLabel?: string
}) {
  const { t } = useTranslation('data')
  const fmt = useFormat()
  const vf = useValueFormatter()
  const side = (which: Resolution) =>
    chosen === which
      ? { backgroundColor: 'var(--mantine-color-teal-0)', fontWeight: 600 }
      : chosen
        ? { color: 'var(--mantine-color-dimmed)' }
        : undefined
  return (
    <Paper withBorder p="sm" data-testid="conflict">
      <Text fw={600}>{t('conflictTitle', { table: t(`tables.${c.table}`) })}</Text>
      <Text mb="xs">{t('conflictRecord', { title: recordTitle(c.table, c.local, vf) })}</Text>
      <Table withTableBorder layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="22%">{t('field')}</Table.Th>
            <Table.Th style={side('local')}>
              {t('conflictLocal', {
                name: c.local.updatedBy,
                date: fmt.dateTime(c.local.updatedAt),
              })}
            </Table.Th>
            <Table.Th style={side('incoming')}>
              {t('conflictIncoming', {
                name: c.incoming.updatedBy,
                date: fmt.dateTime(c.incoming.updatedAt),
              })}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {c.fields.map((f) => (
            <Table.Tr key={f}>
              <Table.Td>{fieldLabel(f)}</Table.Td>
              <Table.Td style={side('local')}>{valueText(c.table, f, c.local[f], vf)}</Table.Td>
              <Table.Td style={side('incoming')}>
                {valueText(c.table, f, c.incoming[f], vf)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Radio.Group
        mt="sm"
        label={t('conflictChoice')}
        value={chosen ?? null}
        onChange={(v) => onChoose(v as Resolution)}
      >
        <Group mt={4}>
          <Radio value="local" label={t('keepLocal')} />
          <Radio value="incoming" label={takeIncomingLabel ?? t('takeIncoming')} />
        </Group>
      </Radio.Group>
    </Paper>
  )
}
