import { Group, NumberInput, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { ExportMenu } from './export-menu'
import { IMPORT_KINDS, KIND_FILE_BASE, KIND_LABELS, type ImportKind } from './import-kinds'
import { recordsToSheet } from './tabular-import'
import { exportRows } from './queries'
import { useRegions } from '../../ui/use-regions'

type Row = {
  deletedAt?: string
  regionId?: string
  period?: string
  year?: number
  deadline?: string
  date?: string
  commitmentId?: string
}

/** The year a record belongs to, for the period filter. */
function yearOf(kind: ImportKind, r: Row): number | null {
  const s =
    kind === 'coverage'
      ? r.period
      : kind === 'targets'
        ? String(r.year)
        : kind === 'commitments'
          ? r.deadline
          : r.date
  return s && /^\d{4}/.test(s) ? Number(s.slice(0, 4)) : null
}

export function ExportPanel() {
  const { db } = useServices()
  const { t } = useTranslation('data')
  const [kind, setKind] = useState<ImportKind>('coverage')
  const [regionId, setRegionId] = useState<string | null>(null)
  const [year, setYear] = useState<number | string>('')
  const regions = useRegions() ?? []
  const rows =
    useLiveQuery(async () => {
      return (await exportRows(db, kind))
        .filter(({ row, regionId: region }) => {
          if (regionId && region !== regionId) return false
          if (typeof year === 'number' && yearOf(kind, row as Row) !== year) return false
          return true
        })
        .map(({ row }) => row)
    }, [db, kind, regionId, year]) ?? []
  const regionLabel = regions.find((r) => r.id === regionId)?.id ?? 'semua'
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>{t('exportTitle')}</Title>
        <Text>{t('exportBody')}</Text>
        <Group align="end">
          <Select
            label={t('importKind')}
            data={IMPORT_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
            value={kind}
            allowDeselect={false}
            onChange={(v) => setKind(v as ImportKind)}
            w={240}
          />
          <Select
            label={t('filterRegion')}
            data={regions.map((r) => ({ value: r.id, label: `${r.id} ${r.name}` }))}
            value={regionId}
            onChange={setRegionId}
            clearable
            searchable
            placeholder={t('allRegions')}
            w={260}
          />
          <NumberInput
            label={t('filterYear')}
            value={year}
            onChange={setYear}
            min={1950}
            max={2100}
            placeholder={t('allYears')}
            w={140}
          />
          <ExportMenu
            fileBase={`${KIND_FILE_BASE[kind]}-${regionLabel}${typeof year === 'number' ? `-${year}` : ''}`}
            columns={[]}
            rows={rows}
            sheet={() => recordsToSheet(kind, rows)}
            label={t('exportRows', { count: rows.length })}
            disabled={rows.length === 0}
          />
        </Group>
      </Stack>
    </Paper>
  )
}
