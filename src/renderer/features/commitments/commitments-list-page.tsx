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
import { useMemo } from 'react'
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
  filterAndSortCommitments,
  filterChoices,
  type CommitmentFilters,
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
  const shown = useMemo(
    () => filterAndSortCommitments(allRows ?? [], filters, sort),
    [allRows, filters, sort],
  )
  const attention = useMemo(() => attentionCounts(allRows ?? []), [allRows])
  const meetingIds = useMemo(
    () => (allRows ?? []).flatMap((r) => (r.commitment.meetingId ? [r.commitment.meetingId] : [])),
    [allRows],
  )
  const meetingTitles = useMeetingTitles(meetingIds)

  const set = (key: string, value: string | null) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    if (key !== 'hal') next.delete('hal')
    setParams(next, { replace: true })
  }
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
  const all = t('list.all')
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
          <NativeSelect
            label={t('list.region')}
            value={filters.regionId ?? ''}
            onChange={(e) => set('wilayah', e.currentTarget.value)}
            data={[{ value: '', label: all }, ...(regions ?? [])]}
            w={200}
          />
          <NativeSelect
            label={t('list.status')}
            value={filters.status ?? ''}
            onChange={(e) => set('status', e.currentTarget.value)}
            data={[
              { value: '', label: all },
              ...STATUS_ORDER.map((s) => ({ value: s, label: t(`status.${s}`) })),
            ]}
            w={170}
          />
          <NativeSelect
            label={t('list.year')}
            value={filters.year ?? ''}
            onChange={(e) => set('tahun', e.currentTarget.value)}
            data={[{ value: '', label: all }, ...choices.years]}
            w={120}
          />
          <NativeSelect
            label={t('list.segment')}
            value={filters.segment ?? ''}
            onChange={(e) => set('segmen', e.currentTarget.value)}
            data={[
              { value: '', label: all },
              ...SEGMENTS.map((s) => ({ value: s, label: tc(`segments.${s}`) })),
            ]}
            w={190}
          />
          <NativeSelect
            label={t('list.office')}
            value={filters.office ?? ''}
            onChange={(e) => set('opd', e.currentTarget.value)}
            data={[{ value: '', label: all }, ...choices.offices]}
            w={200}
          />
          <NativeSelect
            label={t('list.sort')}
            value={sort}
            onChange={(e) =>
              set('urut', e.currentTarget.value === 'urgency' ? null : e.currentTarget.value)
            }
            data={[
              { value: 'urgency', label: t('list.sortUrgency') },
              { value: 'deadline', label: t('list.sortDeadline') },
              { value: 'progress', label: t('list.sortProgress') },
              { value: 'title', label: t('list.sortTitle') },
            ]}
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
              {pageRows.map(({ commitment, evaluation, regionName }) => (
                <Table.Tr
                  key={commitment.id}
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
