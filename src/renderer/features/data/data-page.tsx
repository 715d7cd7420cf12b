import { Stack } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../ui/page-header'
import { ExchangePanel } from './exchange-panel'
import { BackupPanel } from './backup-panel'
import { ExportPanel } from './export-panel'
import { ImportPanel } from './import-panel'
import { RegionsPanel } from './regions-panel'
import { SamplePanel } from './sample-panel'
import { useBackupSettings } from './queries'

export function DataPage() {
  const { t } = useTranslation('data')
  // With nothing recorded yet, the sample data is the first thing to offer.
  // Decided once per visit, so the card does not jump away while its button is pressed.
  const hasData = useBackupSettings()?.hasData
  const [empty, setEmpty] = useState<boolean | null>(null)
  if (empty === null && hasData !== undefined) setEmpty(!hasData)
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <Stack maw={1100}>
        {empty === true && <SamplePanel />}
        <BackupPanel />
        <ImportPanel />
        <ExportPanel />
        <ExchangePanel />
        {empty === false && <SamplePanel />}
        <RegionsPanel />
      </Stack>
    </>
  )
}
