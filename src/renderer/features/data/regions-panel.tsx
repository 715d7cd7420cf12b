import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { allRegions, importRegions, parseRegionFile, regionsToCsv } from '../../db/regions'
import { regionCodes, useRegionCount } from './queries'

export function RegionsPanel() {
  const { db, bridge } = useServices()
  const { t } = useTranslation('data')
  const [errors, setErrors] = useState<string[]>([])
  const count = useRegionCount() ?? 0
  const choose = async () => {
    const file = await bridge.openFile({
      filters: [{ name: 'CSV / JSON', extensions: ['csv', 'json'] }],
    })
    if (!file) return
    const text = new TextDecoder('utf-8', { fatal: false }).decode(file.data)
    const known = await regionCodes(db)
    const result = parseRegionFile(text, file.name, known)
    setErrors(result.errors)
    if (result.errors.length) {
      notifications.show({ message: t('regionsFailed'), color: 'red' })
      return
    }
    await importRegions(db, result.regions)
    notifications.show({
      message: t('regionsImported', { count: result.regions.length }),
      color: 'teal',
    })
  }
  const download = async () => {
    const csv = regionsToCsv(await allRegions(db))
    const result = await bridge.saveFile({
      suggestedName: 'simpul-wilayah.csv',
      data: new TextEncoder().encode(csv),
      mimeType: 'text/csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
    if (result.saved) notifications.show({ message: t('regionsDownloaded'), color: 'teal' })
  }
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>{t('regionsTitle')}</Title>
        <Text>{t('regionsBody')}</Text>
        <Text size="sm" c="dimmed">
          {t('regionCount', { count })}
        </Text>
        <Group>
          <Button variant="light" onClick={() => void choose()}>
            {t('regionsImport')}
          </Button>
          <Button variant="default" onClick={() => void download()}>
            {t('regionsDownload')}
          </Button>
        </Group>
        {errors.length > 0 && (
          <List c="red" size="sm" role="alert">
            {errors.slice(0, 50).map((e) => (
              <List.Item key={e}>{e}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  )
}
