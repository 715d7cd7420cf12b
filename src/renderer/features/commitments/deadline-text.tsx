import { Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../ui/use-format'
import type { CommitmentEvaluation } from '../../domain/progress'

/** The deadline with "n days left" or, in red, "n days over" while not achieved. */
export function DeadlineText({
  deadline,
  evaluation,
}: {
  deadline: string
  evaluation: CommitmentEvaluation
}) {
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  const open = evaluation.status !== 'tercapai' && evaluation.status !== 'dibatalkan'
  const d = evaluation.daysToDeadline
  return (
    <Stack gap={0}>
      <Text size="sm">{fmt.date(deadline)}</Text>
      {open && (
        <Text
          size="xs"
          c={d < 0 ? 'red.8' : d <= 60 ? 'orange.8' : 'dimmed'}
          fw={d < 0 ? 700 : 400}
        >
          {d === 0
            ? t('list.today')
            : d > 0
              ? t('list.daysLeft', { count: d })
              : t('list.daysOver', { count: -d })}
        </Text>
      )}
    </Stack>
  )
}
