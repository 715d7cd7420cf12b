import {
  Alert,
  Anchor,
  Button,
  Group,
  NativeSelect,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core'
import { memo, useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { SEGMENTS, type Segment } from '../../db/types'
import { ExportMenu } from '../data'
import { actionPlanSheet } from './action-plan-export'
import { EmptyState } from '../../ui/empty-state'
import { PageHeader } from '../../ui/page-header'
import { SampleBadge } from '../../ui/sample-badge'
import { DeadlineText } from './deadline-text'
import {
  attentionCounts,
  COMMITMENT_SORTS,
  filterChoices,
  filterCommitments,
  sortCommitments,
  type CommitmentFilters,
  type CommitmentRow,
  type CommitmentSort,
} from './list-model'
import { STATUS_ORDER, type CommitmentStatus } from '../../domain/progress'
import { ProgressCell } from './progress-cell'
import { useCommitmentRows, useMeetingTitles, useRegionOptions } from './queries'
import { CommitmentStatusBadge } from './status-badge'

const PAGE_SIZE = 50
const URGENT: ReadonlySet<CommitmentStatus> = new Set(['lewat_tenggat', 'terlambat'])

function readFilters(params: URLSearchParams): {
  filters: CommitmentFilters
  sort: CommitmentSort
  page: number
} {
  const status = params.get('status')
  const segment = params.get('segmen')
  const sort = params.get('urut')
  return {
    filters: {
      search: params.get('q') ?? '',
      regionId: params.get('wilayah'),
      status: STATUS_ORDER.includes(status as CommitmentStatus)
        ? (status as CommitmentStatus)
        : null,
      year: params.get('tahun'),
      segment: SEGMENTS.includes(segment as Segment) ? (segment as Segment) : null,
      office: params.get('opd'),
    },
    sort: COMMITMENT_SORTS.includes(sort as CommitmentSort) ? (sort as CommitmentSort) : 'urgency',
    page: Math.max(1, Number(params.get('hal') ?? 1) || 1),
  }
}

type SelectData = (string | { value: string; label: string })[]

/** A filter control that redraws only when its own value or choices change (the region list has 552). */
const FilterSelect = memo(function FilterSelect({
  name,
  label,
  value,
  data,
  onPick,
  w,
}: {
  name: string
  label: string
  value: string
  data: SelectData
  onPick: (name: string, value: string | null) => void
  w: number
}) {
  return (
    <NativeSelect
      label={label}
      value={value}
      onChange={(e) => onPick(name, e.currentTarget.value)}
      data={data}
      w={w}
    />
  )
})

/**
 * One commitment of the list. Rows are the same objects until the data changes, so a row that
 * stays on the page after a filter, sort or page change is not drawn again.
 */
const CommitmentListRow = memo(function CommitmentListRow({ row }: { row: CommitmentRow }) {
  const { t: tc } = useTranslation()
  const { commitment, evaluation, regionName } = row
  return (
    <Table.Tr
      data-testid="commitment-row"
      style={
        URGENT.has(evaluation.status)
          ? {
              background: 'var(--mantine-color-red-0)',
              boxShadow: 'inset 4px 0 0 var(--mantine-color-red-7)',
            }
          : undefined
      }
    >
      <Table.Td maw={420}>
        <Group gap={6} wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/komitmen/${commitment.id}`} fw={600}>
            {commitment.title}
          </Anchor>
          <SampleBadge isSample={commitment.isSample} />
        </Group>
        <Text size="xs" c="dimmed">
          {[
            commitment.segment ? tc(`segments.${commitment.segment}`) : null,
            commitment.responsibleOffice || null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Table.Td>
      <Table.Td>{regionName}</Table.Td>
      <Table.Td>
        <ProgressCell evaluation={evaluation} />
      </Table.Td>
      <Table.Td>
        <CommitmentStatusBadge status={evaluation.status} />
      </Table.Td>
      <Table.Td>
        <DeadlineText deadline={commitment.deadline} evaluation={evaluation} />
      </Table.Td>
    </Table.Tr>
  )
})

/** Daftar komitmen: filters live in the address, so "back" returns to the same view. */
export function CommitmentsListPage() {
  const { t, i18n } = useTranslation('commitments')
  const { t: tc } = useTranslation()
  const [params, setParams] = useSearchParams()
  const data = useCommitmentRows()
  const regions = useRegionOptions()
  const query = params.toString()
  const { filters, sort, page } = useMemo(() => readFilters(new URLSearchParams(query)), [query])
  const allRows = data?.rows
  const choices = useMemo(() => filterChoices(allRows ?? []), [allRows])
  // Sorted once per order; a change of filter only filters (keeping that order). The search box
  // shows each key at once while the list follows as a deferred value, so typing never waits
  // for 5.000 rows to be searched and 50 to be drawn.
  const sorted = useMemo(() => sortCommitments(allRows ?? [], sort), [allRows, sort])
  const search = useDeferredValue(filters.search)
  const shown = useMemo(
    () => filterCommitments(sorted, { ...filters, search }),
    [sorted, filters, search],
  )
  const attention = useMemo(() => attentionCounts(allRows ?? []), [allRows])
  const meetingIds = useMemo(
    () => (allRows ?? []).flatMap((r) => (r.commitment.meetingId ? [r.commitment.meetingId] : [])),
    [allRows],
  )
  const meetingTitles = useMeetingTitles(meetingIds)

  // One function for the life of the screen, reading the address at the time of the event, so
  // the filter controls (memoised below) are not redrawn when another filter changes.
  const latest = useRef({ params, setParams })
  useEffect(() => {
    latest.current = { params, setParams }
  }, [params, setParams])
  const set = useCallback((key: string, value: string | null) => {
    const next = new URLSearchParams(latest.current.params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== 'hal') next.delete('hal')
    latest.current.setParams(next, { replace: true })
  }, [])
  const setSort = useCallback(
    (key: string, value: string | null) => set(key, value === 'urgency' ? null : value),
    [set],
  )
  const all = t('list.all')
  const regionData = useMemo(() => [{ value: '', label: all }, ...(regions ?? [])], [all, regions])
  const statusData = useMemo(
    () => [
      { value: '', label: all },
      ...STATUS_ORDER.map((s) => ({ value: s, label: t(`status.${s}`) })),
    ],
    [all, t],
  )
  const yearData = useMemo(() => [{ value: '', label: all }, ...choices.years], [all, choices])
  const segmentData = useMemo(
    () => [
      { value: '', label: all },
      ...SEGMENTS.map((s) => ({ value: s, label: tc(`segments.${s}`) })),
    ],
    [all, tc],
  )
  const officeData = useMemo(() => [{ value: '', label: all }, ...choices.offices], [all, choices])
  const sortData = useMemo(
    () => [
      { value: 'urgency', label: t('list.sortUrgency') },
      { value: 'deadline', label: t('list.sortDeadline') },
      { value: 'progress', label: t('list.sortProgress') },
      { value: 'title', label: t('list.sortTitle') },
    ],
    [t],
  )
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE))
  const current = Math.min(page, pages)
  const pageRows = shown.slice((current - 1) * PAGE_SIZE, current * PAGE_SIZE)
  const addButton = (
    <Button
      component={Link}
      to={
        filters.regionId
          ? `/komitmen/baru?wilayah=${encodeURIComponent(filters.regionId)}`
          : '/komitmen/baru'
      }
    >
      {t('list.add')}
    </Button>
  )

  if (data && data.rows.length === 0) {
    return (
      <>
        <PageHeader title={t('title')} description={t('description')} />
        <EmptyState title={t('list.emptyTitle')} actions={<Group>{addButton}</Group>}>
          {t('list.emptyBody')}
        </EmptyState>
      </>
    )
  }
  // Only the kinds that occur: "1 terlambat", not "0 lewat tenggat, 1 terlambat, 0 perlu perhatian".
  const attentionTitle = (
    [
      ['attentionOverdue', attention.overdue],
      ['attentionBehind', attention.behind],
      ['attentionAtRisk', attention.atRisk],
    ] as const
  )
    .filter(([, count]) => count > 0)
    .map(([key, count]) => t(`list.${key}`, { count }))
    .join(', ')
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <>
            {/* Exactly the filtered rows, in the import format (so the file comes back in
                unchanged), followed by status, progress, expected progress and forecast. */}
            <ExportMenu
              fileBase="komitmen"
              columns={[]}
              rows={[]}
              sheet={() =>
                actionPlanSheet(
                  shown,
                  meetingTitles ?? new Map(),
                  data?.asOf ?? '',
                  i18n.language === 'en' ? 'en' : 'id',
                )
              }
              disabled={shown.length === 0}
            />
            {addButton}
          </>
        }
      />
      {attention.overdue + attention.behind + attention.atRisk > 0 && (
        <Alert
          color="red"
          variant="light"
          mb="md"
          data-testid="attention-summary"
          title={attentionTitle}
        >
          <Group gap="xs">
            {(['lewat_tenggat', 'terlambat', 'perlu_perhatian'] as const).map((s) => (
              <Button
                key={s}
                size="compact-sm"
                variant={filters.status === s ? 'filled' : 'default'}
                onClick={() => set('status', filters.status === s ? null : s)}
              >
                {t(`status.${s}`)}
              </Button>
            ))}
          </Group>
        </Alert>
      )}
      <Paper withBorder p="sm" mb="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            label={t('list.searchLabel')}
            placeholder={t('list.search')}
            value={filters.search}
            onChange={(e) => set('q', e.currentTarget.value)}
            w={260}
          />
          <FilterSelect
            name="wilayah"
            label={t('list.region')}
            value={filters.regionId ?? ''}
            data={regionData}
            onPick={set}
            w={200}
          />
          <FilterSelect
            name="status"
            label={t('list.status')}
            value={filters.status ?? ''}
            data={statusData}
            onPick={set}
            w={170}
          />
          <FilterSelect
            name="tahun"
            label={t('list.year')}
            value={filters.year ?? ''}
            data={yearData}
            onPick={set}
            w={120}
          />
          <FilterSelect
            name="segmen"
            label={t('list.segment')}
            value={filters.segment ?? ''}
            data={segmentData}
            onPick={set}
            w={190}
          />
          <FilterSelect
            name="opd"
            label={t('list.office')}
            value={filters.office ?? ''}
            data={officeData}
            onPick={set}
            w={200}
          />
          <FilterSelect
            name="urut"
            label={t('list.sort')}
            value={sort}
            data={sortData}
            onPick={setSort}
            w={220}
          />
        </Group>
      </Paper>
      <Text size="sm" c="dimmed" mb="xs" data-testid="list-count">
        {t('list.count', { shown: shown.length, total: data?.rows.length ?? 0 })}
      </Text>
      {data && shown.length === 0 ? (
        <Text>{t('list.noMatch')}</Text>
      ) : (
        <Stack gap="sm">
          <Table verticalSpacing="sm" highlightOnHover data-testid="commitments-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.colTitle')}</Table.Th>
                <Table.Th>{t('list.colRegion')}</Table.Th>
                <Table.Th>{t('list.colProgress')}</Table.Th>
                <Table.Th>{t('list.colStatus')}</Table.Th>
                <Table.Th>{t('list.colDeadline')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pageRows.map((row) => (
                <CommitmentListRow key={row.commitment.id} row={row} />
              ))}
            </Table.Tbody>
          </Table>
          {pages > 1 && (
            <Pagination
              value={current}
              total={pages}
              onChange={(p) => set('hal', String(p))}
              aria-label={t('list.page')}
            />
          )}
        </Stack>
      )}
    </>
  )
}
