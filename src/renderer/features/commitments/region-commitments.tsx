import { Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useFormat } from '../../ui/use-format'
import { byUrgency } from '../../domain/progress'
import { ProgressCell } from './progress-cell'
import { useCommitmentRows } from './queries'
import { summarizeRegionCommitments } from './region-summary'
import { CommitmentStatusBadge } from './status-badge'

/** The regency view: all its commitments, their combined status and the next deadlines. */
export function RegionCommitmentsPanel({ regionId }: { regionId: string }) {
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  const data = useCommitmentRows(regionId)
  const view = useMemo(() => {
    if (!data) return null
    const rows = [...data.rows].sort((a, b) => byUrgency(a.evaluation, b.evaluation))
    const summary = summarizeRegionCommitments(
      rows.map((r) => ({
        id: r.commitment.id,
        title: r.commitment.title,
        deadline: r.commitment.deadline,
        evaluation: r.evaluation,
      })),
      data.asOf,
    )
    return { rows, summary }
  }, [data])
  const addLink = `/komitmen/baru?wilayah=${encodeURIComponent(regionId)}`
  if (!view) return <Text c="dimmed">…</Text>
  const { rows, summary } = view
  return (
    <Paper withBorder p="md" data-testid="region-commitments">
      <Group justify="space-between" mb="sm">
        <Title order={3}>{t('region.title')}</Title>
        <Group gap="xs">
          <Button component={Link} to={addLink} size="xs" variant="light">
            {t('region.addFor')}
          </Button>
        </Group>
      </Group>
      {rows.length === 0 ? (
        <Text c="dimmed">{t('region.empty')}</Text>
      ) : (
        <Stack gap="md">
          <Group gap="xl" align="flex-start">
            <Stack gap={4}>
              <Text size="sm" c="dimmed" title={t('region.combinedHint')}>
                {t('region.combined')}
              </Text>
              {summary.combined && <CommitmentStatusBadge status={summary.combined} size="lg" />}
            </Stack>
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {t('region.counts')}
              </Text>
              <Group gap="xs">
                {summary.counts.map((c) => (
                  <Group key={c.status} gap={4}>
                    <CommitmentStatusBadge status={c.status} size="sm" />
                    <Text size="sm" fw={600}>
                      {c.count}
                    </Text>
                  </Group>
                ))}
              </Group>
            </Stack>
            <Stack gap={4}>
              <Text size="sm" c="dimmed">
                {t('region.nextDeadlines')}
              </Text>
              {summary.nextDeadlines.length === 0 ? (
                <Text size="sm">{t('region.noUpcoming')}</Text>
              ) : (
                summary.nextDeadlines.map((d) => (
                  <Text size="sm" key={d.id}>
                    <b>{fmt.date(d.deadline)}</b> · {d.title}
                  </Text>
                ))
              )}
            </Stack>
          </Group>
          <Table striped verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.colTitle')}</Table.Th>
                <Table.Th>{t('list.colProgress')}</Table.Th>
                <Table.Th>{t('list.colStatus')}</Table.Th>
                <Table.Th>{t('list.colDeadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ commitment, evaluation }) => (
                <Table.Tr key={commitment.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/komitmen/${commitment.id}`}>
                      {commitment.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <ProgressCell evaluation={evaluation} width={160} />
                  </Table.Td>
                  <Table.Td>
                    <CommitmentStatusBadge status={evaluation.status} size="sm" />
                  </Table.Td>
                  <Table.Td>{fmt.date(commitment.deadline)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Anchor
            component={Link}
            to={`/komitmen?wilayah=${encodeURIComponent(regionId)}`}
            size="sm"
          >
            {t('region.all')}
          </Anchor>
        </Stack>
      )}
    </Paper>
  )
}
