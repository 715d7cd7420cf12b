import { Badge, Group, Stack, Text } from '@mantine/core'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { QualityIssue, Severity } from '../../domain/quality'
import { useFormat } from '../../ui/use-format'
import { namedMessage } from './quality-model'
import { QUALITY_RULES } from '../../domain/quality'
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
  compact = false,
}: {
  issues: readonly QualityIssue[]
  regions: readonly Region[] | undefined
  testId?: string
  /** Where room is short (a figure card): the rule's title as the reason, the full note on hover. */
  compact?: boolean
}) {
  const { locale } = useFormat()
  const names = useRegionNames(regions)
  if (!issues.length) return null
  return (
    <Stack gap={4} data-testid={testId}>
      {issues.map((issue, i) => (
        <Group key={`${issue.ruleId}-${i}`} gap="xs" wrap="nowrap" align="flex-start">
          <SeverityBadge severity={issue.severity} rule={issue.ruleId} />
          {compact ? (
            <Text size="xs" title={namedMessage(issue, locale, names)}>
              {QUALITY_RULES.find((r) => r.id === issue.ruleId)?.title[locale]}
            </Text>
          ) : (
            <Text size="sm">{namedMessage(issue, locale, names)}</Text>
          )}
        </Group>
      ))}
    </Stack>
  )
}

/** The severity as a word with a colour, never cut short. */
export function SeverityBadge({ severity, rule }: { severity: Severity; rule?: string }) {
  const { t } = useTranslation('quality')
  return (
    <Badge
      color={SEVERITY_COLOURS[severity]}
      variant="light"
      data-rule={rule}
      styles={{
        root: { flexShrink: 0, height: 'auto', paddingBlock: 2 },
        label: { overflow: 'visible', textOverflow: 'clip' },
      }}
    >
      {t(`severity.${severity}`)}
    </Badge>
  )
}
