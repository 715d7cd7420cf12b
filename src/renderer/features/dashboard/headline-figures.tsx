import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CoverageObservation } from '../../db/types'
import { SampleBadge } from '../../ui/sample-badge'
import { coverageRatio, uncoveredWorkers } from '../../domain/coverage-math'
import { useFigureText } from '../../ui/use-figure-text'

/** One province figure: the share in large type, then what it is a share of, the source and the date. */
export function FigureCard({
  o,
  title,
  children,
}: {
  o: CoverageObservation
  title?: string
  /** Shown under the figure: e.g. its data-quality flags. */
  children?: React.ReactNode
}) {
  const { t } = useTranslation('coverage')
  const text = useFigureText()
  const uncovered = uncoveredWorkers(o)
  // A count without a base is still a fact worth showing large; a share is never invented for it.
  const bigIsCount = coverageRatio(o).percent === null && o.count !== null
  // The count line under a large count would say the same number twice.
  const count = bigIsCount ? null : text.count(o)
  return (
    <Paper withBorder p="md" radius="md" data-testid="headline-figure">
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text size="sm" fw={600} c="dimmed">
            {title ?? text.what(o)} · {text.fmt.period(o.period)}
          </Text>
          <div style={{ flexShrink: 0 }}>
            <SampleBadge isSample={o.isSample} />
          </div>
        </Group>
        <Text fz={38} fw={700} lh={1.1} c="teal.9" data-testid="figure-big">
          {bigIsCount ? text.fmt.number(o.count ?? 0) : text.percent(o)}
        </Text>
        <Text size="sm" fw={600} data-testid="figure-base">
          {coverageRatio(o).percent !== null ? `${text.noun(o)} ${text.base(o)}` : text.base(o)}
        </Text>
        {count && <Text size="sm">{count}</Text>}
        {uncovered.value !== null && uncovered.value > 0 && o.baseKind !== 'peserta_terdaftar' && (
          <Text size="sm">
            {t('figure.uncovered', {
              count: uncovered.estimated
                ? `≈ ${text.fmt.compact(uncovered.value)}`
                : text.fmt.compact(uncovered.value),
            })}
          </Text>
        )}
        <Text size="xs" c="dimmed">
          {text.when(o)}
        </Text>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {text.source(o)}
        </Text>
        {children}
      </Stack>
    </Paper>
  )
}

export function HeadlineFigures({ figures }: { figures: CoverageObservation[] }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" data-testid="headline-figures">
      {figures.map((o) => (
        <FigureCard key={o.id} o={o} />
      ))}
    </SimpleGrid>
  )
}
