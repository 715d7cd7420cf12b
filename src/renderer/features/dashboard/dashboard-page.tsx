import { Alert, Group, Select, Skeleton, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { KALSEL_ID } from '../../db/regions'
import type { Segment } from '../../db/types'
import { PageHeader } from '../../ui/page-header'
import { useFormat } from '../../ui/use-format'
import { Welcome } from '../../ui/welcome'
import { LATEST } from '../coverage/periods'
import { CommitmentsBlock } from './commitments-block'
import { DashboardCharts } from './dashboard-charts'
import { loadDashboard } from './dashboard-queries'
import { AggregateNote } from './aggregate-note'
import { HeadlineFigures } from './headline-figures'
import { MeetingsBlock } from './meetings-block'
import { RegencyTable } from './regency-table'

export function DashboardPage() {
  const { db } = useServices()
  const { t } = useTranslation('dashboard')
  const { t: tc } = useTranslation()
  const [provinceId, setProvinceId] = useState(KALSEL_ID)
  const [choice, setChoice] = useState(LATEST)
  const [segment, setSegment] = useState<Segment>('semua')
  const fmt = useFormat()
  const data = useLiveQuery(() => loadDashboard(db, provinceId, choice, segment), [db, provinceId, choice, segment])
  const model = data?.model ?? null
  const regionIds = useMemo(() => (model ? [provinceId, ...model.rows.map((r) => r.region.id)] : [provinceId]), [model, provinceId])
  if (!data) return <Skeleton h={400} />
  if (!data.hasUserData) {
    return (
      <>
        <PageHeader title={tc('nav.dashboard')} />
        <Welcome />
      </>
    )
  }
  const periodLabel = (c: string) => (c === LATEST ? t('latest') : fmt.period(c))
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title', { province: data.provinceName })}
        description={t('description', { date: fmt.date(data.asOf) })}
        actions={
          <Group gap="sm" align="flex-end">
            <Select label={t('province')} data={data.provinceOptions} value={provinceId} onChange={(v) => v && setProvinceId(v)} allowDeselect={false} w={240} />
            <Select
              label={t('period')}
              data={data.choices.map((c) => ({ value: c, label: periodLabel(c) }))}
              value={choice}
              onChange={(v) => v && setChoice(v)}
              allowDeselect={false}
              w={190}
            />
            <Select
              label={t('segment')}
              data={[...new Set<Segment>(['semua', ...(model?.segmentsWithData ?? [])])].map((s) => ({ value: s, label: tc(`segments.${s}`) }))}
              value={segment}
              onChange={(v) => v && setSegment(v as Segment)}
              allowDeselect={false}
              w={240}
            />
          </Group>
        }
      />
      {!model ? (
        <Alert color="yellow">{t('noProvince')}</Alert>
      ) : (
        <>
          <section aria-labelledby="headline-title">
            <Title order={3} size="h4" id="headline-title" mb="xs">
              {t('headlineTitle', { province: data.provinceName })}
            </Title>
            {model.headlines.length ? <HeadlineFigures figures={model.headlines} /> : <Text c="dimmed">{t('noHeadline')}</Text>}
          </section>
          <AggregateNote result={model.aggregate} withData={model.regenciesWithData} total={model.rows.filter((r, i, all) => all.findIndex((x) => x.region.id === r.region.id) === i).length} />
          <DashboardCharts model={model} segment={segment} />
          <RegencyTable rows={model.rows} />
          <Group grow align="flex-start">
            <CommitmentsBlock regionIds={regionIds} />
            <MeetingsBlock upcoming={data.upcoming} last={data.lastMeeting} />
          </Group>
        </>
      )}
    </Stack>
  )
}
