import { Group, Progress, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../ui/use-format'
import type { CommitmentEvaluation } from '../../domain/progress'
import { STATUS_COLORS } from './status-badge'

/** A progress bar in the status colour with the percentage in words beside it. */
export function ProgressCell({
  evaluation,
  width = 180,
}: {
  evaluation: CommitmentEvaluation
  width?: number
}) {
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  if (evaluation.progressShown === null) {
    return (
      <Text size="sm" c="dimmed">
        {t('list.noProgress')}
      </Text>
    )
  }
  const shown = fmt.percent(evaluation.progressShown * 100, 0)
  return (
    <Stack gap={2} w={width} data-testid="progress-cell">
      <Group gap="xs" wrap="nowrap">
        <Progress
          value={evaluation.progressShown * 100}
          color={STATUS_COLORS[evaluation.status]}
          size="lg"
          radius="sm"
          style={{ flex: 1 }}
          aria-label={shown}
        />
        <Text size="sm" fw={600} w={44} ta="right" data-testid="progress-value">
          {shown}
        </Text>
      </Group>
      {evaluation.expectedProgress !== null && evaluation.status !== 'tercapai' && (
        <Text size="xs" c="dimmed">
          {t('list.expected', { value: fmt.percent(evaluation.expectedProgress * 100, 0) })}
        </Text>
      )}
    </Stack>
  )
}
