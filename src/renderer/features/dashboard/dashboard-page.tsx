import { Alert, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useServices } from '../../app/services'
import { KALSEL_ID } from '../../db/regions'
import { SEGMENTS, type Segment } from '../../db/types'
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
} from './dashboard-queries'
import { AggregateNote } from './aggregate-note'
import { HeadlineFigures } from './headline-figures'
import { MeetingsBlock } from './meetings-block'
import { PaceBlock } from './pace-block'
import { RegencyTable } from './regency-table'
import { ParitranaCard } from '../paritrana'

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
  const regionIds = useMemo(
    () =>
      scope?.provinceId === provinceId
        ? [provinceId, ...scope.regencies.map((r) => r.id)]
        : [provinceId],
    [scope, provinceId],
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
  const loading = !model && Boolean(province)
  const periodLabel = (c: string) => (c === LATEST ? t('latest') : fmt.period(c))
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title', { province: provinceName })}
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
              data={[...new Set<Segment>(['semua', ...(model?.segmentsWithData ?? [])])].map(
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
      {loading || !scope ? (
        <Skeleton h={400} />
      ) : !model ? (
        <Alert color="yellow">{t('noProvince')}</Alert>
      ) : (
        <>
          <section aria-labelledby="headline-title">
            <Title order={3} size="h4" id="headline-title" mb="xs">
              {t('headlineTitle', { province: provinceName })}
            </Title>
            {model.headlines.length ? (
              <HeadlineFigures figures={model.headlines} />
            ) : (
              <Text c="dimmed">{t('noHeadline')}</Text>
            )}
          </section>
          <PaceBlock pace={model.provincePace} />
          <AggregateNote
            result={model.aggregate}
            withData={model.regenciesWithData}
            total={
              model.rows.filter(
                (r, i, all) => all.findIndex((x) => x.region.id === r.region.id) === i,
              ).length
            }
          />
          <DashboardCharts model={model} segment={segment} />
          <RegencyTable rows={model.rows} />
          <Group grow align="flex-start">
            <CommitmentsBlock regionIds={regionIds} />
            <MeetingsBlock upcoming={scope.upcoming} last={scope.lastMeeting} />
          </Group>
          <ParitranaCard provinceId={provinceId} />
        </>
      )}
    </Stack>
  )
}
