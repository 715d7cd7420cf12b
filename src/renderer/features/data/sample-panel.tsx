import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { loadSampleData, removeSampleData, sampleRecordCount } from '../../db/sample-actions'
import { ConfirmButton } from '../../ui/confirm-button'

export function SamplePanel() {
  const { db, actor } = useServices()
  const { t } = useTranslation('data')
  const [busy, setBusy] = useState(false)
  const count = useLiveQuery(() => sampleRecordCount(db), [db]) ?? 0
  const run = async (action: () => Promise<number>, key: string) => {
    setBusy(true)
    try {
      const n = await action()
      notifications.show({ message: t(key, { count: n }), color: 'teal' })
    } catch (error) {
      notifications.show({ message: (error as Error).message, color: 'red' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>{t('sampleTitle')}</Title>
        <Text>{t('sampleBody')}</Text>
        {count > 0 && (
          <Text fw={600} data-testid="sample-count">
            {t('samplePresent', { count })}
          </Text>
        )}
        <Group>
          <Button
            loading={busy}
            disabled={count > 0}
            onClick={() => void run(() => loadSampleData(db, actor), 'sampleLoaded')}
          >
            {t('sampleLoad')}
          </Button>
          <ConfirmButton
            variant="light"
            color="red"
            disabled={count === 0 || busy}
            message={t('sampleRemoveConfirm')}
            onConfirm={() => run(() => removeSampleData(db, actor), 'sampleRemoved')}
          >
            {t('sampleRemove')}
          </ConfirmButton>
        </Group>
      </Stack>
    </Paper>
  )
}
