import { Button, Group, List } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { EmptyState } from './empty-state'

/** First-run guidance: what Simpul is and the three first steps. */
export function Welcome() {
  const { t } = useTranslation('shell')
  return (
    <EmptyState
      title={t('welcomeTitle')}
      actions={
        <Group>
          <Button component={Link} to="/pengaturan">
            {t('openSettings')}
          </Button>
          <Button component={Link} to="/data" variant="light">
            {t('openData')}
          </Button>
        </Group>
      }
    >
      <p>{t('welcomeBody')}</p>
      <List type="ordered" spacing="xs">
        <List.Item>{t('welcomeStep1')}</List.Item>
        <List.Item>{t('welcomeStep2')}</List.Item>
        <List.Item>{t('welcomeStep3')}</List.Item>
      </List>
    </EmptyState>
  )
}
