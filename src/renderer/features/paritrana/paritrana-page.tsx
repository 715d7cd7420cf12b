import { Group, Select, Skeleton, Stack, Tabs, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../ui/page-header'
import { useRegions } from '../../ui/use-regions'
import { todayWita } from '../../../shared/time'
import { EditionsPanel } from './editions-panel'
import { MatrixPanel } from './matrix-panel'
import { useBoard } from './queries'
import { ReadinessPanel } from './readiness-panel'
import { RubricPanel } from './rubric-panel'
import { SheetsPanel } from './sheets-panel'

/** The Paritrana screen: the Inpres 2/2021 matrix, readiness, editions and the rubric. */
export function ParitranaPage() {
  const { t } = useTranslation('paritrana')
  const regions = useRegions()
  const [provinceId, setProvinceId] = useState('63')
  const thisYear = Number(todayWita(new Date()).substring(0, 4))
  const [yearText, setYearText] = useState(String(thisYear))
  const editionYear = /^\d{4}$/.test(yearText) ? Number(yearText) : thisYear
  const board = useBoard(provinceId, editionYear)
  const provinces = (regions ?? []).filter((r) => r.kind === 'provinsi')
  return (
    <Stack gap="md" data-testid="paritrana-page">
      <PageHeader title={t('title')} description={t('description')} />
      <Group align="flex-end">
        <Select
          label={t('province')}
          data={provinces.map((r) => ({ value: r.id, label: r.name }))}
          value={provinceId}
          onChange={(v) => v && setProvinceId(v)}
          allowDeselect={false}
          searchable
          w={280}
        />
        <TextInput
          label={t('editionYear')}
          value={yearText}
          onChange={(e) => setYearText(e.currentTarget.value)}
          inputMode="numeric"
          maxLength={4}
          w={140}
        />
      </Group>
      {!board ? (
        <Skeleton h={300} />
      ) : (
        <Tabs defaultValue="matrix" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="matrix">{t('tabs.matrix')}</Tabs.Tab>
            <Tabs.Tab value="readiness">{t('tabs.readiness')}</Tabs.Tab>
            <Tabs.Tab value="editions">{t('tabs.editions')}</Tabs.Tab>
            <Tabs.Tab value="rubric">{t('tabs.rubric')}</Tabs.Tab>
            <Tabs.Tab value="sheets">{t('tabs.sheets')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="matrix" pt="md">
            <MatrixPanel board={board} />
          </Tabs.Panel>
          <Tabs.Panel value="readiness" pt="md">
            <ReadinessPanel board={board} />
          </Tabs.Panel>
          <Tabs.Panel value="editions" pt="md">
            <EditionsPanel board={board} />
          </Tabs.Panel>
          <Tabs.Panel value="rubric" pt="md">
            <RubricPanel key={`${board.rubric.id}`} board={board} />
          </Tabs.Panel>
          <Tabs.Panel value="sheets" pt="md">
            <SheetsPanel board={board} provinceId={provinceId} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  )
}
