import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CoverageObservation } from '../../db/types'
import { latestPerRegion, registeredVersusActive } from '../../domain/coverage-math'
import { useFigureText } from '../../ui/use-figure-text'

/**
 * Registered beside active for the latest period where both exist: "lebih dari 90 %
 * terdaftar, 96 % di antaranya aktif" (Balangan 2025).
 */
export function SideBySide({
  figures,
  asOf = '9999-12-31',
  sentence = false,
}: {
  figures: CoverageObservation[]
  asOf?: string
  /**
   * One sentence a pair instead of two large figures: for a page (the region profile) whose
   * figure cards above already show both numbers large, so they are not repeated underneath.
   */
  sentence?: boolean
}) {
  const { t } = useTranslation('coverage')
  const { t: tc } = useTranslation()
  const text = useFigureText()
  const latest = latestPerRegion(figures, asOf)
  const segments = [...new Set(latest.filter((f) => f.measure === 'active').map((f) => f.segment))]
  const pairs = segments
    .map((s) => ({ segment: s, ...registeredVersusActive(latest.filter((f) => f.segment === s)) }))
    .filter((p) => p.registered && p.active)
  if (!pairs.length) return null
  if (sentence)
    return (
      <Paper withBorder p="md" data-testid="registered-active">
        <Title order={3} size="h4" mb="xs">
          {t('entry.sideBySide')}
        </Title>
        {pairs.map((p) => (
          <Text size="sm" key={p.segment}>
            {t('figure.pairSentence', {
              segment: tc(`segments.${p.segment}`),
              period: text.fmt.period(p.registered!.period),
              registered: text.percent(p.registered!),
              base: text.base(p.registered!),
              active:
                p.activeShareOfRegistered !== null
                  ? text.fmt.percent(p.activeShareOfRegistered, 2)
                  : text.percent(p.active!),
            })}
          </Text>
        ))}
      </Paper>
    )
  return (
    <Paper withBorder p="md" data-testid="registered-active">
      <Title order={3} size="h4" mb="xs">
        {t('entry.sideBySide')}
      </Title>
      {pairs.map((p) => (
        <SimpleGrid cols={2} key={p.segment} spacing="md">
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {tc(`segments.${p.segment}`)} · {tc('measures.registered')}
            </Text>
            <Text fz={28} fw={700}>
              {text.percent(p.registered!)}
            </Text>
            <Text size="sm">
              {text.noun(p.registered!)} {text.base(p.registered!)}
            </Text>
            <Text size="xs" c="dimmed">
              {text.when(p.registered!)}
            </Text>
          </Stack>
          <Stack gap={2}>
            <Text size="sm" c="dimmed">
              {tc(`segments.${p.segment}`)} · {tc('measures.active')}
            </Text>
            <Text fz={28} fw={700}>
              {text.percent(p.active!)}
            </Text>
            <Text size="sm">
              {p.activeShareOfRegistered !== null
                ? t('figure.activeOfRegistered', {
                    percent: text.fmt.percent(p.activeShareOfRegistered, 2),
                  })
                : text.base(p.active!)}
            </Text>
            <Text size="xs" c="dimmed">
              {text.when(p.active!)}
            </Text>
          </Stack>
        </SimpleGrid>
      ))}
    </Paper>
  )
}
