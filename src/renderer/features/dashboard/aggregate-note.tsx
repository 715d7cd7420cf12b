import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AggregateResult } from '../../domain/coverage-math'
import { useFigureText } from '../../ui/use-figure-text'

/** What the regencies add up to, or why they cannot be added up. */
export function AggregateNote({
  result,
  withData,
  total,
}: {
  result: AggregateResult
  withData: number
  total: number
}) {
  const { t } = useTranslation('coverage')
  const { t: td } = useTranslation('dashboard')
  const { t: tc } = useTranslation()
  const text = useFigureText()
  const fmt = text.fmt
  let message: string
  if (result.ok) {
    message = t('aggregate.ok', {
      n: result.regionIds.length,
      percent: fmt.percent(result.percent, 1),
      count: fmt.number(result.count),
      size: fmt.number(result.baseSize),
      base: result.baseLabel || tc(`baseKinds.${result.baseKind}`),
    })
    if (result.periods.length > 1)
      message += ` (${t('aggregate.periods', { periods: result.periods.map((p) => fmt.period(p)).join(', ') })})`
  } else if (result.reason === 'empty') {
    message = t('aggregate.empty')
  } else if (result.reason === 'mixed_segments') {
    message = t('aggregate.mixed_segments', {
      values: result.values.map((s) => tc(`segments.${s}`)).join(', '),
    })
  } else if (result.reason === 'mixed_bases') {
    message = t('aggregate.mixed_bases', {
      values: result.values.map((v) => tc(`baseKinds.${v}`, { defaultValue: v })).join(', '),
    })
  } else if (result.reason === 'incomplete') {
    message = t('aggregate.incomplete', {
      n: result.expected - result.regionIds.length,
      total: result.expected,
    })
  } else if (result.reason === 'missing_numbers' || result.reason === 'duplicate_region') {
    message = t(`aggregate.${result.reason}`, { regions: result.regionIds.join(', ') })
  } else {
    message = t(`aggregate.${result.reason}`)
  }
  return (
    <Alert
      color={result.ok ? 'teal' : 'gray'}
      variant="light"
      data-testid="aggregate-note"
      title={td('aggregateTitle')}
    >
      <Text size="sm">{message}</Text>
      <Text size="sm" c="dimmed">
        {td('regenciesWithData', { n: withData, total })}
      </Text>
    </Alert>
  )
}
