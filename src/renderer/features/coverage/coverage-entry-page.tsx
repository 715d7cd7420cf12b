import { Anchor, Button, Group, Modal, Paper, Select, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useRegions } from '../../ui/use-regions'
import { useState } from 'react'
import { useDiscardConfirm } from '../../ui/unsaved-form'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useServices } from '../../app/services'
import type { CoverageObservation } from '../../db/types'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { coverageOfRegion } from './coverage-queries'
import { CoverageGrid } from './coverage-grid'
import { CoverageForm } from './coverage-form'
import { SideBySide } from './side-by-side'

/** Wilayah → Catat cakupan: choose a region, see its figures, add or correct one. */
export function CoverageEntryPage() {
  const { db } = useServices()
  const { t } = useTranslation('coverage')
  const [params, setParams] = useSearchParams()
  const regionId = params.get('wilayah')
  const [editing, setEditing] = useState<CoverageObservation | 'new' | null>(null)
  const [dirty, setDirty] = useState(false)
  const discard = useDiscardConfirm(dirty)
  const regions = useRegions()
  const rows = useLiveQuery(
    () => (regionId ? coverageOfRegion(db, regionId) : Promise.resolve([])),
    [db, regionId],
  )
  const options = (regions ?? [])
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((r) => ({ value: r.id, label: `${r.name} (${r.id})` }))
  const defaultYear = rows?.length
    ? [...rows].sort((a, b) => b.period.localeCompare(a.period))[0]!.period.slice(0, 4)
    : ''
  return (
    <>
      <PageHeader title={t('entry.title')} description={t('entry.description')} />
      <Stack gap="md">
        <Group align="flex-end">
          <Select
            label={t('entry.region')}
            placeholder={t('entry.regionPlaceholder')}
            data={options}
            value={regionId}
            searchable
            onChange={(v) => setParams(v ? { wilayah: v } : {})}
            w={360}
          />
          {regionId && (
            <>
              <Button onClick={() => setEditing('new')}>{t('entry.add')}</Button>
              <Anchor component={Link} to={`/wilayah/${encodeURIComponent(regionId)}`}>
                {t('entry.openProfile')}
              </Anchor>
            </>
          )}
        </Group>
        {!regionId ? (
          <Text c="dimmed">{t('entry.chooseRegion')}</Text>
        ) : !rows?.length ? (
          <EmptyState title={t('entry.gridTitle')}>{t('entry.gridEmpty')}</EmptyState>
        ) : (
          <>
            <SideBySide figures={rows} />
            <Paper withBorder p="md">
              <Title order={3} size="h4" mb="xs">
                {t('entry.gridTitle')}
              </Title>
              <CoverageGrid rows={rows} onEdit={(o) => setEditing(o)} />
            </Paper>
          </>
        )}
      </Stack>
      <Modal
        opened={editing !== null}
        onClose={() => discard.ask(() => setEditing(null))}
        title={editing === 'new' ? t('entry.add') : t('entry.edit')}
        size="xl"
      >
        {editing !== null && regionId && (
          <CoverageForm
            regionId={regionId}
            existing={editing === 'new' ? null : editing}
            defaultYear={defaultYear}
            onDone={() => setEditing(null)}
            onDirtyChange={setDirty}
          />
        )}
      </Modal>
      {discard.dialog}
    </>
  )
}
