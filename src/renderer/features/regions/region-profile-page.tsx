import {
  Alert,
  Anchor,
  Button,
  List,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core'
import { useRegionProfile } from './queries'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { PageHeader } from '../../ui/page-header'
import { RegionCommitmentsPanel } from '../commitments'
import { ChartPanel } from '../../ui/charts/chart-panel'
import { coverageTrendChart } from '../../ui/charts/coverage-charts'
import { latestPerRegion } from '../../domain/coverage-math'
import { CoverageGrid, SideBySide, TargetsPanel } from '../coverage'
import { useFigureText } from '../../ui/use-figure-text'
import { FigureCard, MeetingsList, trendLines } from '../dashboard'
import { meetingNotes } from './region-notes'
import { QualityBadges, issuesAbout, useRegionQuality } from '../quality'
import { RegionParitrana } from '../paritrana'

export function RegionProfilePage() {
  const { regionId = '' } = useParams()
  const { t } = useTranslation('regions')
  const { t: tc } = useTranslation()
  const { t: tcov } = useTranslation('coverage')
  const text = useFigureText()
  const data = useRegionProfile(regionId)
  const quality = useRegionQuality(regionId)
  const lines = useMemo(() => (data ? trendLines(data.coverage, '9999-12-31') : []), [data])
  const series = useMemo(
    () =>
      lines.map((l) => ({
        label: text.series(l),
        points: l.points.map((p) => ({ period: p.period, percent: p.percent })),
      })),
    [lines, text],
  )
  const trendConfig = useMemo(
    () => coverageTrendChart(series, { locale: text.fmt.locale }),
    [series, text.fmt.locale],
  )
  if (!data) return <Skeleton h={400} />
  const { region, parent, coverage, targets, meetings } = data
  if (!region)
    return (
      <Alert color="yellow" title={t('notFound', { id: regionId })}>
        <Anchor component={Link} to="/wilayah">
          {t('back')}
        </Anchor>
      </Alert>
    )
  const latest = latestPerRegion(coverage, '9999-12-31').sort(
    (a, b) => b.period.localeCompare(a.period) || a.segment.localeCompare(b.segment),
  )
  const notes = [
    ...coverage
      .filter((o) => o.note)
      .map((o) => ({ id: o.id, when: text.fmt.period(o.period), text: o.note })),
    ...targets.filter((x) => x.note).map((x) => ({ id: x.id, when: String(x.year), text: x.note })),
    ...meetingNotes(meetings),
  ]
  return (
    <Stack gap="lg">
      <PageHeader
        title={region.name}
        description={
          <>
            {tc(`regionKinds.${region.kind}`)} · {region.id}
            {parent ? ` · ${t('partOf', { name: parent.name })}` : ''}
          </>
        }
        actions={
          <>
            <Button
              component={Link}
              to={`/wilayah/cakupan?wilayah=${encodeURIComponent(region.id)}`}
            >
              {t('recordCoverage')}
            </Button>
            <Button component={Link} to="/wilayah" variant="default">
              {t('back')}
            </Button>
          </>
        }
      />
      <section>
        <Title order={3} size="h4" mb="xs">
          {t('latestTitle')}
        </Title>
        {latest.length ? (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="region-latest">
            {latest.map((o) => (
              <FigureCard key={o.id} o={o}>
                <QualityBadges
                  issues={issuesAbout(quality?.issues ?? [], [{ table: 'coverage', id: o.id }])}
                  regions={quality?.regions}
                  testId="figure-quality"
                  compact
                />
              </FigureCard>
            ))}
          </SimpleGrid>
        ) : (
          <Text c="dimmed" data-testid="region-no-coverage">
            {t('noCoverage')}
          </Text>
        )}
      </section>
      {quality && quality.issues.length > 0 && (
        <Paper withBorder p="md" data-testid="region-quality">
          <Title order={3} size="h4" mb="xs">
            {t('qualityTitle')}
          </Title>
          <QualityBadges issues={quality.issues} regions={quality.regions} />
        </Paper>
      )}
      <SideBySide figures={coverage} sentence />
      {lines.length > 0 && (
        <ChartPanel
          title={t('trendTitle', { name: region.name })}
          config={trendConfig}
          table={{
            head: [
              tcov('entry.colSegment'),
              tcov('entry.colPeriod'),
              tcov('entry.colPercent'),
              tcov('entry.colSource'),
            ],
            rows: lines.flatMap((l, i) =>
              l.points.map((p) => [
                series[i]?.label ?? '',
                text.fmt.period(p.period),
                text.percent(p.observation),
                text.when(p.observation),
              ]),
            ),
          }}
          height={300}
          testId="chart-region-trend"
        />
      )}
      {coverage.length > 0 && (
        <Paper withBorder p="md">
          <Title order={3} size="h4" mb="xs">
            {t('historyTitle')}
          </Title>
          <CoverageGrid rows={coverage} />
        </Paper>
      )}
      <TargetsPanel regionId={region.id} />
      <Paper withBorder p="md" data-testid="region-meetings">
        <Title order={3} size="h4" mb="xs">
          {t('meetingsTitle')}
        </Title>
        {meetings.length ? (
          <MeetingsList meetings={meetings} />
        ) : (
          <Text c="dimmed">{t('noMeetings')}</Text>
        )}
      </Paper>
      <RegionCommitmentsPanel regionId={region.id} />
      {region.kind !== 'provinsi' && (
        <RegionParitrana regionId={region.id} provinceId={region.parentId} />
      )}
      <Paper withBorder p="md" data-testid="region-notes">
        <Title order={3} size="h4">
          {t('notesTitle')}
        </Title>
        <Text size="sm" c="dimmed" mb="xs">
          {t('notesBody')}
        </Text>
        {notes.length ? (
          <List spacing="xs">
            {notes.map((n) => (
              <List.Item key={n.id}>
                <Text size="sm">
                  <b>{n.when}</b> — {n.text}
                </Text>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('noNotes')}</Text>
        )}
      </Paper>
    </Stack>
  )
}
