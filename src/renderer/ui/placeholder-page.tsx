import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { EmptyState } from './empty-state'
import { PageHeader } from './page-header'

/** An area whose screens are not built yet says so plainly. */
export function PlaceholderPage({
  area,
}: {
  area: 'dashboard' | 'regions' | 'commitments' | 'meetings' | 'briefing'
}) {
  const { t } = useTranslation()
  return (
    <>
      <PageHeader title={t(`nav.${area}`)} description={t(`placeholder.${area}`)} />
      <EmptyState title={t(`nav.${area}`)}>
        <Text>{t('placeholder.notReady')}</Text>
      </EmptyState>
    </>
  )
}
