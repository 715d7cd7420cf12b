import { Badge, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Flag } from '../db/types'

/** Marks a record that came from the sample data set, everywhere it is shown. */
export function SampleBadge({ isSample }: { isSample: Flag | undefined }) {
  const { t } = useTranslation()
  if (isSample !== 1) return null
  return (
    <Tooltip label={t('states.sampleHint')}>
      <Badge color="grape" variant="light" size="sm" data-testid="sample-badge">
        {t('states.sample')}
      </Badge>
    </Tooltip>
  )
}
