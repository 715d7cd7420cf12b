import { Stack } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../ui/page-header'
import { ExchangePanel } from './exchange-panel'
import { BackupPanel } from './backup-panel'
import { ExportPanel } from './export-panel'
import { ImportPanel } from './import-panel'
import { RegionsPanel } from './regions-panel'
import { SamplePanel } from './sample-panel'

export function DataPage() {
  const { t } = useTranslation('data')
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack maw={1100}>
        <BackupPanel />
        <ImportPanel />
        <ExportPanel />
        <ExchangePanel />
        <SamplePanel />
        <RegionsPanel />
      </Stack>
    </>
  )
}
