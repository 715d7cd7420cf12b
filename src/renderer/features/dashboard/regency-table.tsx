import { Anchor, Badge, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { SampleBadge } from '../../ui/sample-badge'
import type { TargetDistance } from '../../domain/coverage-math'
import { useFigureText } from '../../ui/use-figure-text'
import type { RegencyRow } from './dashboard-model'

export const DISTANCE_COLOURS: Record<TargetDistance, string> = {
  tercapai: 'teal',
  dekat: 'yellow',
  jauh: 'red',
  tanpa_target: 'gray',
  tanpa_angka: 'gray',
}

/** The distance to target as a word with a colour, never colour alone. */
export function DistanceBadge({ distance }: { distance: TargetDistance }) {
  const { t } = useTranslation('coverage')
  return (
    <Badge
      color={DISTANCE_COLOURS[distance]}
      variant={distance === 'tanpa_angka' || distance === 'tanpa_target' ? 'outline' : 'light'}
      data-distance={distance}
      styles={{
        root: { height: 'auto', paddingBlock: 3 },
        label: { whiteSpace: 'normal', overflow: 'visible', textTransform: 'none', fontSize: 13 },
      }}
    >
      {t(`distance.${distance}`)}
    </Badge>
  )
}

export function RegencyTable({ rows }: { rows: RegencyRow[] }) {
  const { t } = useTranslation('dashboard')
  const { t: tc } = useTranslation()
  const { t: tcov } = useTranslation('coverage')
  const text = useFigureText()
  return (
    <Paper withBorder p="md">
      <Title order={3} size="h4" mb="xs">
        {t('tableTitle')}
      </Title>
      <Table.ScrollContainer minWidth={900}>
        <Table
          striped
          highlightOnHover
          withTableBorder
          data-testid="regency-table"
          verticalSpacing="xs"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colRegion')}</Table.Th>
              <Table.Th>{t('colSegment')}</Table.Th>
              <Table.Th>{t('colLatest')}</Table.Th>
              <Table.Th>{t('colActive')}</Table.Th>
              <Table.Th>{t('colTarget')}</Table.Th>
              <Table.Th>{t('colGap')}</Table.Th>
              <Table.Th>{t('colStatus')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows
              .filter((r) => r.segment !== null)
              .map((r) => (
                <Table.Tr key={`${r.region.id}-${r.segment ?? 'none'}`} data-region={r.region.id}>
                  <Table.Td>
                    <Anchor
                      component={Link}
                      to={`/wilayah/${encodeURIComponent(r.region.id)}`}
                      fw={600}
                    >
                      {r.region.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.segment ? tc(`segments.${r.segment}`) : '—'}</Table.Td>
                  <Table.Td>
                    {r.primary ? (
                      <Stack gap={0}>
                        <Text fw={700}>
                          {r.percent !== null ? text.share(r.primary) : text.count(r.primary)}{' '}
                          <SampleBadge isSample={r.primary.isSample} />
                        </Text>
                        <Text size="xs">
                          {r.percent !== null ? text.base(r.primary) : text.base(r.primary)}
                        </Text>
                        {r.percent !== null && text.count(r.primary) && (
                          <Text size="xs">{text.count(r.primary)}</Text>
                        )}
                        <Text size="xs" c="dimmed">
                          {text.fmt.period(r.primary.period)} · {text.when(r.primary)}
                        </Text>
                        {r.others.map((o) => (
                          <Text size="xs" c="dimmed" key={o.id}>
                            {t('otherBase', { percent: text.share(o), base: text.base(o) })}
                          </Text>
                        ))}
                      </Stack>
                    ) : (
                      <Text c="dimmed" fs="italic">
                        {tcov('figure.noData')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.active ? (
                      <Text size="sm">
                        {r.activeShareOfRegistered !== null
                          ? tcov('figure.activeOfRegistered', {
                              percent: text.fmt.percent(r.activeShareOfRegistered, 2),
                            })
                          : `${text.percent(r.active)} ${text.base(r.active)}`}
                      </Text>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    {r.target
                      ? tcov('target.line', {
                          year: r.target.year,
                          value:
                            r.target.unit === 'percent'
                              ? text.fmt.percent(r.target.value)
                              : text.fmt.number(r.target.value),
                          setBy: tcov(`setters.${r.target.setBy}`),
                        })
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    {r.gap && r.gap.reached !== null ? (
                      r.gap.reached ? (
                        tcov('gap.reached')
                      ) : (
                        <Stack gap={0}>
                          {r.gap.workers !== null && (
                            <Text size="sm">
                              {tcov('gap.workers', { count: text.fmt.number(r.gap.workers) })}
                            </Text>
                          )}
                          {/* Points only mean something against a percent target. */}
                          {r.gap.points !== null && r.target?.unit === 'percent' && (
                            <Text size="sm">
                              {tcov('gap.points', {
                                points: text.fmt.points(r.gap.points).replace('+', ''),
                              })}
                            </Text>
                          )}
                        </Stack>
                      )
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td>
                    <DistanceBadge distance={r.distance} />
                  </Table.Td>
                </Table.Tr>
              ))}
            {rows.some((r) => r.segment === null) && (
              <Table.Tr data-region="none" data-testid="regencies-without-data">
                <Table.Td colSpan={6}>
                  <Text fs="italic">
                    {t('withoutData', {
                      names: rows
                        .filter((r) => r.segment === null)
                        .map((r) => r.region.name)
                        .join(', '),
                    })}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DistanceBadge distance="tanpa_angka" />
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  )
}
