import { Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { PaceText } from '../../ui/pace-text'
import { useFormat } from '../../ui/use-format'
import type { DashboardModel } from './dashboard-model'

/** The province target's required pace beside the current one, with what both rest on. */
export function PaceBlock({ pace }: { pace: DashboardModel['provincePace'] }) {
  const { t } = useTranslation('coverage')
  const fmt = useFormat()
  return (
    <Paper withBorder p="md" data-testid="province-pace">
      <Title order={3} size="h4" mb="xs">
        {t('pace.title')}
      </Title>
      {pace ? (
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('target.line', {
              year: pace.target.year,
              value:
                pace.target.unit === 'percent'
                  ? fmt.percent(pace.target.value)
                  : fmt.number(pace.target.value),
              setBy: t(`setters.${pace.target.setBy}`),
            })}
          </Text>
          <PaceText pace={pace.pace} testId="province-pace-text" />
        </Stack>
      ) : (
        <Text c="dimmed">{t('pace.none')}</Text>
      )}
    </Paper>
  )
}
