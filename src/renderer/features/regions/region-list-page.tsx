import { Anchor, Badge, Button, Group, Select, Table, Text, TextInput } from '@mantine/core'
import { useRegions } from '../../ui/use-regions'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PageHeader } from '../../ui/page-header'
import { searchRegions } from './region-search'

/** Shown at once; beyond this the search narrows the list (514 regencies fit, but nobody reads them all). */
const MAX_ROWS = 200

export function RegionListPage() {
  const { t } = useTranslation('regions')
  const { t: tc } = useTranslation()
  const [query, setQuery] = useState('')
  const [provinceId, setProvinceId] = useState<string | null>(null)
  const regions = useRegions()
  const names = useMemo(() => new Map((regions ?? []).map((r) => [r.id, r.name])), [regions])
  const provinceOptions = (regions ?? [])
    .filter((r) => r.kind === 'provinsi')
    .map((r) => ({ value: r.id, label: `${r.name} (${r.id})` }))
  const found = useMemo(
    () => searchRegions(regions ?? [], query, provinceId),
    [regions, query, provinceId],
  )
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button component={Link} to="/wilayah/cakupan">
            {t('recordCoverage')}
          </Button>
        }
      />
      <Group align="flex-end" mb="md">
        <TextInput
          label={t('search')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={340}
          type="search"
        />
        {provinceOptions.length > 1 && (
          <Select
            label={t('province')}
            placeholder={t('allProvinces')}
            data={provinceOptions}
            value={provinceId}
            onChange={setProvinceId}
            clearable
            w={260}
          />
        )}
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('count', { shown: Math.min(found.length, MAX_ROWS), total: regions?.length ?? 0 })}
        </Text>
      </Group>
      {regions && found.length === 0 ? (
        <Text>{t('noMatch', { q: query })}</Text>
      ) : (
        <Table striped highlightOnHover withTableBorder data-testid="region-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('colCode')}</Table.Th>
              <Table.Th>{t('colName')}</Table.Th>
              <Table.Th>{t('colKind')}</Table.Th>
              <Table.Th>{t('colProvince')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {found.slice(0, MAX_ROWS).map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.id}</Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/wilayah/${encodeURIComponent(r.id)}`} fw={600}>
                    {r.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Badge
                    variant="light"
                    color={r.kind === 'provinsi' ? 'grape' : r.kind === 'kota' ? 'blue' : 'teal'}
                  >
                    {tc(`regionKinds.${r.kind}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{r.parentId ? (names.get(r.parentId) ?? r.parentId) : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </>
  )
}
