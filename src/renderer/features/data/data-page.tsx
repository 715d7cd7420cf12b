import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../ui/page-header'
import { RegionsPanel } from './regions-panel'
import { SamplePanel } from './sample-panel'

export function DataPage() {
  const { t } = useTranslation('data')
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack maw={900}>
        <SamplePanel />
        <RegionsPanel />
      </Stack>
    </>
  )
}
