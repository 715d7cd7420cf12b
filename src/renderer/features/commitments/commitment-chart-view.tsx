import { Box, Button, Group, Table, Text } from '@mantine/core'
import {
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Commitment, CommitmentMeasurement } from '../../db/types'
import { useFormat } from '../../ui/use-format'
import { buildCommitmentChart, commitmentChartRows } from './commitment-chart'

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Legend,
  Tooltip,
)

/** The progress chart, with a table of the same numbers one click away. */
export function CommitmentChartView({
  commitment,
  measurements,
}: {
  commitment: Commitment
  measurements: CommitmentMeasurement[]
}) {
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  const canvas = useRef<HTMLCanvasElement>(null)
  const [asTable, setAsTable] = useState(false)
  const { number, date } = fmt
  const milestone = commitment.kind === 'milestone'
  const valueText = (v: number) =>
    milestone
      ? (commitment.stages[v] ?? String(v))
      : commitment.kind === 'percent'
        ? `${number(v, 2)}%`
        : number(v, 0)

  useEffect(() => {
    if (asTable || !canvas.current) return
    const config = buildCommitmentChart(
      commitment,
      measurements,
      {
        measured: t('chart.measured'),
        target: t('chart.target'),
        baseline: t('chart.baseline'),
        line: t('chart.line'),
      },
      { date, value: (v) => (commitment.kind === 'percent' ? `${number(v, 1)}%` : number(v, 0)) },
    )
    const chart = new Chart(canvas.current, config)
    return () => chart.destroy()
  }, [asTable, commitment, measurements, t, date, number])

  const rows = commitmentChartRows(commitment, measurements)
  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Text size="sm" c="dimmed">
          {t('chart.caption')}
        </Text>
        <Button size="compact-sm" variant="default" onClick={() => setAsTable((v) => !v)}>
          {asTable ? t('chart.showChart') : t('chart.showTable')}
        </Button>
      </Group>
      {asTable ? (
        <Table data-testid="chart-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('table.date')}</Table.Th>
              <Table.Th />
              <Table.Th>{t('table.value')}</Table.Th>
              <Table.Th>{t('table.expected')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r, i) => (
              <Table.Tr key={`${r.kind}-${r.date}-${i}`}>
                <Table.Td>{fmt.date(r.date)}</Table.Td>
                <Table.Td>
                  {t(
                    r.kind === 'baseline'
                      ? 'chart.baseline'
                      : r.kind === 'target'
                        ? 'chart.target'
                        : 'chart.measured',
                  )}
                </Table.Td>
                <Table.Td>{r.value === null ? '—' : valueText(r.value)}</Table.Td>
                <Table.Td>
                  {r.expected === null || milestone
                    ? '—'
                    : valueText(Math.round(r.expected * 100) / 100)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : (
        <Box h={340} pos="relative">
          <canvas
            ref={canvas}
            role="img"
            aria-label={t('chart.caption')}
            data-testid="commitment-chart"
          />
        </Box>
      )}
    </Box>
  )
}
