import { Paper, SegmentedControl, Group, Table, Text, Title } from '@mantine/core'
import type { Chart, ChartConfiguration, ChartType } from 'chart.js'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { registerCharts } from './chart-setup'
import { applyChartConfig } from './chart-update'

export interface ChartTable {
  head: string[]
  rows: (string | number)[][]
}

/**
 * A chart drawn from a pure configuration, with a table view of the same numbers for screen
 * readers and for copying into a letter or a spreadsheet.
 */
export function ChartPanel<T extends ChartType>({
  title,
  caption,
  config,
  table,
  height,
  testId,
  viewParam,
}: {
  title: string
  caption?: ReactNode
  config: ChartConfiguration<T, unknown[], unknown>
  table: ChartTable
  height: number
  testId: string
  /**
   * Keeps the chart/table choice in the address under this name (`?tabel-wilayah=1`), so a
   * reload, a link or a bookmark shows the same view. Without it the choice is local.
   */
  viewParam?: string
}) {
  const { t } = useTranslation('coverage')
  const [localView, setLocalView] = useState<'chart' | 'table'>('chart')
  const [params, setParams] = useSearchParams()
  const view: 'chart' | 'table' = viewParam
    ? params.get(viewParam) === 'tabel'
      ? 'table'
      : 'chart'
    : localView
  const setView = (next: 'chart' | 'table') => {
    if (!viewParam) return setLocalView(next)
    setParams(
      (p) => {
        const out = new URLSearchParams(p)
        if (next === 'table') out.set(viewParam, 'tabel')
        else out.delete(viewParam)
        return out
      },
      { replace: true },
    )
  }
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const chartRef = useRef<Chart | null>(null)
  const configRef = useRef(config)
  // A new configuration (another province, period or segment) goes into the chart on screen;
  // the chart is built only when the chart view appears, and again only if its type changes.
  useEffect(() => {
    configRef.current = config
    const chart = chartRef.current
    if (!chart || applyChartConfig(chart, config as ChartConfiguration)) return
    const canvas = chart.canvas
    chart.destroy()
    chartRef.current = new (registerCharts())(canvas, config as ChartConfiguration)
  }, [config])
  useEffect(() => {
    if (view !== 'chart' || !canvasRef.current) return
    const Chart = registerCharts()
    // Lets the end-to-end tests call Chart.getChart(canvas) on the bundled Chart.js.
    ;(window as unknown as { SimpulChart?: typeof Chart }).SimpulChart = Chart
    chartRef.current = new Chart(canvasRef.current, configRef.current as ChartConfiguration)
    return () => {
      chartRef.current?.destroy()
      chartRef.current = null
    }
  }, [view])
  return (
    <Paper withBorder p="md" data-testid={testId}>
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={3} size="h4">
          {title}
        </Title>
        <SegmentedControl
          size="xs"
          value={view}
          onChange={(v) => setView(v as 'chart' | 'table')}
          data={[
            { value: 'chart', label: t('chart.viewChart') },
            { value: 'table', label: t('chart.viewTable') },
          ]}
          aria-label={t('chart.viewLabel', { title })}
        />
      </Group>
      {caption && (
        <Text size="sm" c="dimmed" mb="xs">
          {caption}
        </Text>
      )}
      {view === 'chart' ? (
        <div style={{ position: 'relative', height }}>
          <canvas ref={canvasRef} role="img" aria-label={title} data-testid={`${testId}-canvas`} />
        </div>
      ) : (
        <Table.ScrollContainer minWidth={400}>
          <Table striped withTableBorder data-testid={`${testId}-table`}>
            <Table.Thead>
              <Table.Tr>
                {table.head.map((h) => (
                  <Table.Th key={h}>{h}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {table.rows.map((row, i) => (
                <Table.Tr key={i}>
                  {row.map((cell, j) => (
                    <Table.Td key={j}>{cell}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  )
}
