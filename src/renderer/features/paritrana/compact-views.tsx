import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { todayWita } from '../../../shared/time'
import { useFormat } from '../../ui/use-format'
import { useBoard } from './queries'
import { regencyName } from '../../domain/paritrana-board'

const thisYear = () => Number(todayWita(new Date()).substring(0, 4))

/** The Ringkasan card: the highest readiness, the first matrix sentence, a link to the screen. */
export function ParitranaCard({ provinceId }: { provinceId: string }) {
  const { t } = useTranslation('paritrana')
  const fmt = useFormat()
  const board = useBoard(provinceId, thisYear())
  if (!board || !board.regencies.length) return null
  const top = board.ranking[0]
  const topRegion = top ? board.regencies.find((r) => r.id === top.regionId) : undefined
  const recorded = board.tallies.find((x) => x.unknown.length < x.total)
  const statement = board.statements[0]
  return (
    <Paper withBorder p="md" data-testid="paritrana-card">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('card.title')}
        </Title>
        {!board.rubric.official && <Badge color="orange">{t('rubric.assumptionBadge')}</Badge>}
      </Group>
      <Stack gap={4} mt="xs">
        {top && topRegion && (
          <Text size="sm">
            {t('card.top', { region: regencyName(topRegion), total: fmt.number(top.total, 1) })}
          </Text>
        )}
        {recorded && (
          <Text size="sm">
            {recorded.all.length + recorded.some.length}/{recorded.total} ·{' '}
            {t(`groups.${recorded.group}`)}
          </Text>
        )}
        {statement && (
          <Text size="xs" c="dimmed">
            {statement.count}/{statement.outOf} · {t(`groups.${statement.group}`)} (
            {statement.sourceDocument})
          </Text>
        )}
        <Anchor component={Link} to="/paritrana" size="sm">
          {t('card.open')}
        </Anchor>
      </Stack>
    </Paper>
  )
}

/** The section on a regency's profile: its score, rank among the province and what is missing. */
export function RegionParitrana({
  regionId,
  provinceId,
}: {
  regionId: string
  provinceId: string | null
}) {
  const { t } = useTranslation('paritrana')
  const fmt = useFormat()
  const board = useBoard(provinceId ?? '', thisYear())
  const result = board?.results.get(regionId)
  if (!board || !result) return null
  const rank = board.ranking.find((r) => r.regionId === regionId)?.rank
  return (
    <Paper withBorder p="md" data-testid="region-paritrana">
      <Group justify="space-between">
        <Title order={3} size="h5">
          {t('profile.title')}: {fmt.number(result.total, 1)} {t('readiness.outOf')}
        </Title>
        {!board.rubric.official && <Badge color="orange">{t('rubric.assumptionBadge')}</Badge>}
      </Group>
      {rank && <Text size="sm">{t('profile.rank', { rank, count: board.ranking.length })}</Text>}
      <Text size="sm">
        {result.aspects.map((a) => `${a.label} ${fmt.number(a.score, 1)}`).join(' · ')}
      </Text>
      {result.missing.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('readiness.missing')}: {result.missing.map((i) => i.label).join('; ')}
        </Text>
      )}
      <Anchor component={Link} to="/paritrana" size="sm">
        {t('card.open')}
      </Anchor>
    </Paper>
  )
}
