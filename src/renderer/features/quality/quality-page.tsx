import { Anchor, Group, Paper, Select, Skeleton, Stack, Table, Text } from '@mantine/core'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { QUALITY_RULES, type QualityIssue, type QualityRuleId } from '../../domain/quality'
import { PageHeader } from '../../ui/page-header'
import { useFormat } from '../../ui/use-format'
import { SeverityBadge, useRegionNames } from './quality-badges'
import { filterIssues, namedMessage, regionsOfIssue } from './quality-model'
import { useQuality } from './queries'

/** Periksa data: every flag of the rule set, filtered by rule and region, regions by name. */
export function QualityPage() {
  const { t } = useTranslation('quality')
  const { locale } = useFormat()
  const data = useQuality()
  const [ruleId, setRuleId] = useState<QualityRuleId | null>(null)
  const [regionId, setRegionId] = useState<string | null>(null)
  const names = useRegionNames(data?.regions)
  const regionsByIssue = useMemo(() => {
    if (!data) return new Map<QualityIssue, string[]>()
    const regions = regionsOfIssue(data)
    return new Map(data.issues.map((issue) => [issue, regions(issue)]))
  }, [data])
  const regionsOf = (issue: QualityIssue) => regionsByIssue.get(issue) ?? []
  if (!data) return <Skeleton h={300} />
  const shown = filterIssues(data.issues, { ruleId, regionId }, regionsOf)
  const flaggedRegions = [...new Set(data.issues.flatMap(regionsOf))]
    .map((id) => ({ value: id, label: names.get(id) ?? id }))
    .sort((a, b) => a.label.localeCompare(b.label, 'id'))
  const commitmentOf = (issue: QualityIssue) =>
    issue.records.find((r) => r.table === 'commitments')?.id ?? null
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <Group align="flex-end">
        <Select
          label={t('rule')}
          placeholder={t('allRules')}
          clearable
          data={QUALITY_RULES.map((r) => ({ value: r.id, label: r.title[locale] }))}
          value={ruleId}
          onChange={(v) => setRuleId((v as QualityRuleId) || null)}
          w={320}
        />
        <Select
          label={t('region')}
          placeholder={t('allRegions')}
          clearable
          searchable
          data={flaggedRegions}
          value={regionId}
          onChange={(v) => setRegionId(v || null)}
          w={260}
        />
        <Text size="sm" c="dimmed" data-testid="quality-count">
          {t('count', { n: shown.length })}
        </Text>
      </Group>
      <Paper withBorder p="md">
        {shown.length === 0 ? (
          <Text c="dimmed">{t('none')}</Text>
        ) : (
          <Table striped verticalSpacing="xs" data-testid="quality-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('colSeverity')}</Table.Th>
                <Table.Th>{t('colRule')}</Table.Th>
                <Table.Th>{t('colRegion')}</Table.Th>
                <Table.Th>{t('colMessage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((issue, i) => {
                const regions = regionsOf(issue)
                const commitment = commitmentOf(issue)
                return (
                  <Table.Tr key={`${issue.ruleId}-${i}`} data-rule={issue.ruleId}>
                    <Table.Td>
                      <SeverityBadge severity={issue.severity} />
                    </Table.Td>
                    <Table.Td>
                      {QUALITY_RULES.find((r) => r.id === issue.ruleId)?.title[locale]}
                    </Table.Td>
                    <Table.Td>
                      {regions.map((id) => (
                        <Anchor
                          key={id}
                          component={Link}
                          to={`/wilayah/${encodeURIComponent(id)}`}
                          display="block"
                        >
                          {names.get(id) ?? id}
                        </Anchor>
                      ))}
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{namedMessage(issue, locale, names)}</Text>
                      {commitment && (
                        <Anchor component={Link} to={`/komitmen/${commitment}`} size="sm">
                          {t('open')}
                        </Anchor>
                      )}
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  )
}
