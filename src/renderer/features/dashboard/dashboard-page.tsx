import { Alert, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useServices } from '../../app/services'
import { KALSEL_ID } from '../../db/regions'
import { SEGMENTS, type Region, type Segment } from '../../db/types'
import { PageHeader } from '../../ui/page-header'
import { useFormat } from '../../ui/use-format'
import { Welcome } from '../../ui/welcome'
import { todayWita } from '../../../shared/time'
import { LATEST, asOfForChoice } from '../../domain/periods'
import { CommitmentsBlock } from './commitments-block'
import { DashboardCharts } from './dashboard-charts'
import {
  loadDashboardShell,
  loadProvinceHistory,
  loadProvinceLatest,
  loadProvinceScope,
  modelFor,
  provinceOptions,
  type ProvinceScope,
} from './dashboard-queries'
import type { DashboardModel } from './dashboard-model'
import { AggregateNote } from './aggregate-note'
import { HeadlineFigures } from './headline-figures'
import { MeetingsBlock } from './meetings-block'
import { PaceBlock } from './pace-block'
import { RegencyTable } from './regency-table'
import { ParitranaCard } from '../paritrana'

interface Shown {
  model: DashboardModel
  scope: ProvinceScope
  province: Region
}

function useProvinceCoverage(provinceId: string, asOf: string | null) {
  const { db } = useServices()
  const [wanted, setWanted] = useState<string | null>(null)
  const history = useLiveQuery(
    () => (wanted === provinceId ? loadProvinceHistory(db, provinceId) : null),
    [db, provinceId, wanted],
  )
  const historyReady = history?.provinceId === provinceId
  const latest = useLiveQuery(async () => {
    if (historyReady || !asOf) return null
    const read = await loadProvinceLatest(db, provinceId, asOf)
    setWanted(provinceId)
    return read
  }, [db, provinceId, asOf, historyReady])
  return [historyReady, latest, history] as const
}

export function DashboardPage() {
  const { db } = useServices()
  const { t } = useTranslation('dashboard')
  const { t: tc } = useTranslation()
  // Province, period and segment live in the address (?provinsi=63&periode=2023&segmen=pu),
  // so a reload, a link or a bookmark opens the same view; the defaults are left out of it.
  const [params, setParams] = useSearchParams()
  const provinceId = params.get('provinsi') ?? KALSEL_ID
  const choice = params.get('periode') ?? LATEST
  const segmentParam = params.get('segmen')
  const segment: Segment =
    segmentParam && (SEGMENTS as readonly string[]).includes(segmentParam)
      ? (segmentParam as Segment)
      : 'semua'
  const setParam = (name: string, value: string, fallback: string) =>
    setParams(
      (p) => {
        const out = new URLSearchParams(p)
        if (value === fallback) out.delete(name)
        else out.set(name, value)
        return out
      },
      { replace: true },
    )
  const setProvinceId = (v: string) => setParam('provinsi', v, KALSEL_ID)
  const setChoice = (v: string) => setParam('periode', v, LATEST)
  const setSegment = (v: Segment) => setParam('segmen', v, 'semua')
  const fmt = useFormat()
  // Period and segment are not dependencies of any read: changing them rebuilds the model from
  // what is in memory. Results carry their province (and date), so a result that belongs to
  // the previous choice is never shown as the new one.
  const shell = useLiveQuery(() => loadDashboardShell(db), [db])
  const scope = useLiveQuery(
    () => loadProvinceScope(db, provinceId, todayWita(new Date())),
    [db, provinceId],
  )
  const asOf = shell ? asOfForChoice(choice, shell.today) : null
  // The whole history is read only once the newest figures are on screen (or it is already
  // there), so the two reads do not share the database while the user waits for the first paint.
  const [historyReady, latest, history] = useProvinceCoverage(provinceId, asOf)
  const province = shell?.provinces.find((p) => p.id === provinceId) ?? null
  const model = useMemo(
    () => (asOf ? modelFor(province, scope, historyReady ? history : latest, asOf, segment) : null),
    [province, scope, history, latest, historyReady, asOf, segment],
  )
  const options = useMemo(() => provinceOptions(shell?.provinces ?? []), [shell])
  // While another province's figures are read, the screen keeps showing the last model it
  // drew (and says so) instead of a skeleton: the charts, the regency table and the blocks
  // stay mounted, so the new figures go into them rather than into a newly built screen.
  const [kept, setKept] = useState<Shown | null>(null)
  if (model && scope && province && kept?.model !== model) setKept({ model, scope, province })
  const shown: Shown | null =
    model && scope && province ? { model, scope, province } : province ? kept : null
  const stale = shown !== null && shown.model !== model
  const shownScope = shown?.scope
  const regionIds = useMemo(
    () => (shownScope ? [shownScope.provinceId, ...shownScope.regencies.map((r) => r.id)] : []),
    [shownScope],
  )
  if (!shell || !asOf) return <Skeleton h={400} />
  if (!shell.hasUserData) {
    return (
      <>
        <PageHeader title={tc('nav.dashboard')} />
        <Welcome />
      </>
    )
  }
  const provinceName = province?.name ?? provinceId
  const shownName = shown?.province.name ?? provinceName
  const periodLabel = (c: string) => (c === LATEST ? t('latest') : fmt.period(c))
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title', { province: shownName })}
        description={t('description', { date: fmt.date(asOf) })}
        actions={
          <Group gap="sm" align="flex-end">
            <Select
              label={t('province')}
              data={options}
              value={provinceId}
              onChange={(v) => v && setProvinceId(v)}
              allowDeselect={false}
              w={240}
            />
            <Select
              label={t('period')}
              data={shell.choices.map((c) => ({ value: c, label: periodLabel(c) }))}
              value={choice}
              onChange={(v) => v && setChoice(v)}
              allowDeselect={false}
              w={190}
            />
            <Select
              label={t('segment')}
              data={[...new Set<Segment>(['semua', ...(shown?.model.segmentsWithData ?? [])])].map(
                (s) => ({ value: s, label: tc(`segments.${s}`) }),
              )}
              value={segment}
              onChange={(v) => v && setSegment(v as Segment)}
              allowDeselect={false}
              w={240}
            />
          </Group>
        }
      />
      {!province ? (
        <Alert color="yellow">{t('noProvince')}</Alert>
      ) : !shown ? (
        <Skeleton h={400} />
      ) : (
        <Stack gap="lg" aria-busy={stale} style={stale ? { opacity: 0.6 } : undefined}>
          {stale && (
            <Text size="sm" c="dimmed" role="status" data-testid="province-loading">
              {t('loadingProvince', { province: provinceName, shown: shownName })}
            </Text>
          )}
          <section aria-labelledby="headline-title">
            <Title order={3} size="h4" id="headline-title" mb="xs">
              {t('headlineTitle', { province: shownName })}
            </Title>
            {shown.model.headlines.length ? (
              <HeadlineFigures figures={shown.model.headlines} />
            ) : (
              <Text c="dimmed">{t('noHeadline')}</Text>
            )}
          </section>
          <PaceBlock pace={shown.model.provincePace} />
          <AggregateNote
            result={shown.model.aggregate}
            withData={shown.model.regenciesWithData}
            total={
              shown.model.rows.filter(
                (r, i, all) => all.findIndex((x) => x.region.id === r.region.id) === i,
              ).length
            }
          />
          <DashboardCharts model={shown.model} segment={segment} />
          <RegencyTable rows={shown.model.rows} />
          <Group grow align="flex-start">
            <CommitmentsBlock regionIds={regionIds} />
            <MeetingsBlock upcoming={shown.scope.upcoming} last={shown.scope.lastMeeting} />
          </Group>
          <ParitranaCard provinceId={shown.province.id} />
        </Stack>
      )}
    </Stack>
  )
}
