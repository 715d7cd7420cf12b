import { Button, Group, Table, Text } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { softDeleteRecord } from '../../db/repository'
import type { CoverageObservation } from '../../db/types'
import { ConfirmButton } from '../../ui/confirm-button'
import { SampleBadge } from '../../ui/sample-badge'
import { useFigureText } from '../../ui/use-figure-text'

/** Every figure of a region, newest period first, each with its base, source and date. */
export function CoverageGrid({
  rows,
  onEdit,
}: {
  rows: CoverageObservation[]
  onEdit?: (o: CoverageObservation) => void
}) {
  const { t } = useTranslation('coverage')
  const { t: tc } = useTranslation()
  const { db, actor } = useServices()
  const text = useFigureText()
  const sorted = [...rows].sort(
    (a, b) => b.period.localeCompare(a.period) || a.segment.localeCompare(b.segment),
  )
  const remove = async (o: CoverageObservation) => {
    await softDeleteRecord(db, 'coverage', o.id, { actor })
    notifications.show({ message: t('entry.deleted'), color: 'teal' })
  }
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped withTableBorder verticalSpacing="xs" data-testid="coverage-grid">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('entry.colPeriod')}</Table.Th>
            <Table.Th>{t('entry.colSegment')}</Table.Th>
            <Table.Th>{t('entry.colMeasure')}</Table.Th>
            <Table.Th>{t('entry.colPercent')}</Table.Th>
            <Table.Th>{t('entry.colBase')}</Table.Th>
            <Table.Th>{t('entry.colCount')}</Table.Th>
            <Table.Th>{t('entry.colSource')}</Table.Th>
            {onEdit && <Table.Th>{t('entry.colActions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Td>{text.fmt.period(o.period)}</Table.Td>
              <Table.Td>{tc(`segments.${o.segment}`)}</Table.Td>
              <Table.Td>{tc(`measures.${o.measure}`)}</Table.Td>
              <Table.Td>
                <Text fw={700}>{text.share(o)}</Text>
              </Table.Td>
              <Table.Td>{text.base(o)}</Table.Td>
              <Table.Td>{text.count(o) ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="xs">{text.when(o)}</Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {o.sourceDocument}
                </Text>
                <SampleBadge isSample={o.isSample} />
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="light" onClick={() => onEdit(o)}>
                      {tc('actions.edit')}
                    </Button>
                    <ConfirmButton
                      size="xs"
                      variant="subtle"
                      color="red"
                      message={t('entry.deleteConfirm')}
                      onConfirm={() => remove(o)}
                    >
                      {tc('actions.delete')}
                    </ConfirmButton>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}
