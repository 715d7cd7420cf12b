import { Anchor, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useFormat } from '../../ui/use-format'
import { STATUS_ORDER, byUrgency } from '../../domain/progress'
import { CommitmentStatusBadge, useCommitmentRowsOf } from '../commitments'

/** Deadlines this close count as "near" on the Ringkasan. */
const NEAR_DAYS = 90

/** Commitments of the province and its regencies: counts by status, then the overdue and the near. */
export function CommitmentsBlock({ regionIds }: { regionIds: string[] }) {
  const { t } = useTranslation('dashboard')
  const fmt = useFormat()
  const data = useCommitmentRowsOf(regionIds)
  const view = useMemo(() => {
    if (!data) return null
    const inScope = new Set(regionIds)
    const rows = data.rows.filter((r) => inScope.has(r.commitment.regionId))
    const counts = STATUS_ORDER.map((status) => ({
      status,
      count: rows.filter((r) => r.evaluation.status === status).length,
    })).filter((c) => c.count > 0)
    const pressing = rows
      .filter(
        (r) =>
          r.evaluation.status === 'lewat_tenggat' ||
          (r.evaluation.status !== 'tercapai' &&
            r.evaluation.status !== 'dibatalkan' &&
            r.evaluation.daysToDeadline !== null &&
            r.evaluation.daysToDeadline >= 0 &&
            r.evaluation.daysToDeadline <= NEAR_DAYS),
      )
      .sort((a, b) => byUrgency(a.evaluation, b.evaluation))
    return { total: rows.length, counts, pressing }
  }, [data, regionIds])
  return (
    <Paper withBorder p="md" data-testid="dashboard-commitments">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h4">
          {t('commitmentsTitle')}
        </Title>
        <Anchor component={Link} to="/komitmen" size="sm">
          {t('allCommitments')}
        </Anchor>
      </Group>
      {!view ? (
        <Text c="dimmed">…</Text>
      ) : view.total === 0 ? (
        <Text c="dimmed">{t('noCommitments')}</Text>
      ) : (
        <Stack gap="sm">
          <Group gap="md">
            {view.counts.map((c) => (
              <Group gap={6} key={c.status} data-testid="commitment-count">
                <CommitmentStatusBadge status={c.status} />
                <Text fw={700}>{fmt.number(c.count)}</Text>
              </Group>
            ))}
          </Group>
          {view.pressing.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('noPressing', { days: NEAR_DAYS })}
            </Text>
          ) : (
            <Table withTableBorder>
              <Table.Tbody>
                {view.pressing.slice(0, 8).map((r) => (
                  <Table.Tr key={r.commitment.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/komitmen/${r.commitment.id}`}>
                        {r.commitment.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {r.regionName}
                      </Text>
                    </Table.Td>
                    <Table.Td>{t('deadline', { date: fmt.date(r.commitment.deadline) })}</Table.Td>
                    <Table.Td>
                      <CommitmentStatusBadge status={r.evaluation.status} size="sm" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Stack>
      )}
    </Paper>
  )
}
