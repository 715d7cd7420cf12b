import { Badge, Group, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { QualityIssue, Severity } from '../../domain/quality'
import { useFormat } from '../../ui/use-format'
import { namedMessage } from './quality-model'
import type { Region } from '../../db/types'

export const SEVERITY_COLOURS: Record<Severity, string> = {
  impossible: 'red',
  warning: 'orange',
  info: 'blue',
}

export function useRegionNames(regions: readonly Region[] | undefined) {
  return useMemo(() => new Map((regions ?? []).map((r) => [r.id, r.name])), [regions])
}

/** Each issue as a badge with its severity, and its reason beside it. */
export function QualityBadges({
  issues,
  regions,
  testId = 'quality-badges',
}: {
  issues: readonly QualityIssue[]
  regions: readonly Region[] | undefined
  testId?: string
}) {
  const { t } = useTranslation('quality')
  const { locale } = useFormat()
  const names = useRegionNames(regions)
  if (!issues.length) return null
  return (
    <Stack gap={4} data-testid={testId}>
      {issues.map((issue, i) => (
        <Group key={`${issue.ruleId}-${i}`} gap="xs" wrap="nowrap" align="flex-start">
          <Badge
            color={SEVERITY_COLOURS[issue.severity]}
            variant="light"
            style={{ flexShrink: 0 }}
            data-rule={issue.ruleId}
          >
            {t(`severity.${issue.severity}`)}
          </Badge>
          <Text size="sm">{namedMessage(issue, locale, names)}</Text>
        </Group>
      ))}
    </Stack>
  )
}
