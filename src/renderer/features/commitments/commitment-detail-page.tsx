import {
  Anchor,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import { notifications } from '@mantine/notifications'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useParams } from 'react-router'
import { useServices } from '../../app/services'
import { softDeleteRecord } from '../../db/repository'
import type { Commitment, CommitmentMeasurement } from '../../db/types'
import { ConfirmButton } from '../../ui/confirm-button'
import { EmptyState } from '../../ui/empty-state'
import { RecordHistory } from '../../ui/record-history'
import { SampleBadge } from '../../ui/sample-badge'
import { useFormat } from '../../ui/use-format'
import { meetingDateLabel } from '../../domain/meeting-logic'
import { CommitmentChartView } from './commitment-chart-view'
import { DeadlineText } from './deadline-text'
import { MeasurementForm } from './measurement-form'
import {
  byUrgency,
  evaluateCommitment,
  progressOf,
  rollUp,
  targetSize,
  type CommitmentEvaluation,
} from '../../domain/progress'
import { ProgressCell } from './progress-cell'
import { paceForCommitment } from '../../domain/pace'
import { PaceText } from '../../ui/pace-text'
import { QualityBadges, issuesAbout, useRegionQuality } from '../quality'
import { useCommitmentDetail, type CommitmentRow } from './queries'
import { statusHistory } from './status-history'
import { CommitmentStatusBadge } from './status-badge'

function useValueText(commitment: Commitment) {
  const fmt = useFormat()
  return (v: number | null) => {
    if (v === null) return '—'
    if (commitment.kind === 'milestone') return commitment.stages[v] ?? String(v)
    return commitment.kind === 'percent' ? `${fmt.number(v, 2)}%` : fmt.number(v, 0)
  }
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text component="div">{children}</Text>
    </Stack>
  )
}

export function CommitmentDetailPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  const detail = useCommitmentDetail(id)
  if (!detail) return null
  if (!detail.commitment) {
    return (
      <EmptyState
        title={t('detail.notFound')}
        actions={
          <Anchor component={Link} to="/komitmen">
            {t('detail.back')}
          </Anchor>
        }
      >
        {''}
      </EmptyState>
    )
  }
  return (
    <CommitmentDetail
      commitment={detail.commitment}
      measurements={detail.measurements}
      asOf={detail.asOf}
      regionName={detail.region?.name ?? detail.commitment.regionId}
      meetingTitle={detail.meeting?.title ?? null}
      meetingDate={detail.meeting ? meetingDateLabel(detail.meeting, fmt.locale) : null}
      parent={detail.parent}
      childRows={detail.children}
    />
  )
}

interface DetailProps {
  commitment: Commitment
  measurements: CommitmentMeasurement[]
  asOf: string
  regionName: string
  meetingTitle: string | null
  /** Already formatted to the precision the source gives (never a fake day). */
  meetingDate: string | null
  parent: Commitment | null
  childRows: CommitmentRow[]
}

function CommitmentDetail({
  commitment,
  measurements,
  asOf,
  regionName,
  meetingTitle,
  meetingDate,
  parent,
  childRows,
}: DetailProps) {
  const { t } = useTranslation('commitments')
  const { t: tc } = useTranslation()
  const fmt = useFormat()
  const { db, actor } = useServices()
  const navigate = useNavigate()
  const [adding, { open, close }] = useDisclosure(false)
  const evaluation = useMemo(
    () => evaluateCommitment(commitment, measurements, asOf),
    [commitment, measurements, asOf],
  )
  const history = useMemo(
    () => statusHistory(commitment, measurements, asOf),
    [commitment, measurements, asOf],
  )
  const quality = useRegionQuality(commitment.regionId)
  const flags = useMemo(
    () =>
      issuesAbout(quality?.issues ?? [], [
        { table: 'commitments', id: commitment.id },
        ...measurements.map((m) => ({ table: 'measurements' as const, id: m.id })),
      ]),
    [quality, commitment.id, measurements],
  )
  const pace = useMemo(
    () => paceForCommitment(commitment, measurements, asOf),
    [commitment, measurements, asOf],
  )
  const valueText = useValueText(commitment)
  const source = (s: string) => (s ? t('detail.source', { source: s }) : t('detail.noSource'))

  const remove = async () => {
    await softDeleteRecord(db, 'commitments', commitment.id, { actor })
    notifications.show({ message: t('detail.deleted'), color: 'teal' })
    void navigate('/komitmen')
  }

  return (
    <Stack gap="md" data-testid="commitment-detail">
      <Anchor component={Link} to="/komitmen" size="sm">
        ← {t('detail.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{commitment.title}</Title>
            <SampleBadge isSample={commitment.isSample} />
          </Group>
          <Text c="dimmed">
            {regionName}
            {commitment.segment ? ` · ${tc(`segments.${commitment.segment}`)}` : ''} ·{' '}
            {t(`kinds.${commitment.kind}`)}
          </Text>
        </Stack>
        <Group gap="sm">
          <CommitmentStatusBadge status={evaluation.status} size="xl" />
          <Button component={Link} to={`/komitmen/${commitment.id}/ubah`} variant="default">
            {tc('actions.edit')}
          </Button>
          <ConfirmButton
            color="red"
            variant="light"
            message={t('detail.deleteConfirm')}
            onConfirm={remove}
          >
            {t('detail.delete')}
          </ConfirmButton>
        </Group>
      </Group>

      <ProgressSummary commitment={commitment} evaluation={evaluation} valueText={valueText} />

      {flags.length > 0 && (
        <Paper withBorder p="md" data-testid="commitment-quality">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('detail.quality')}
          </Text>
          <QualityBadges issues={flags} regions={quality?.regions} />
        </Paper>
      )}

      {pace && (
        <Paper withBorder p="md" data-testid="commitment-pace">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
            {t('detail.pace')}
          </Text>
          <PaceText pace={pace} testId="commitment-pace-text" />
        </Paper>
      )}

      <Paper withBorder p="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
          <Fact label={t('detail.baseline')}>
            {commitment.kind === 'milestone'
              ? (commitment.stages[0] ?? '—')
              : valueText(commitment.baselineValue)}
            {commitment.baselineDate && ` (${fmt.date(commitment.baselineDate)})`}
            {commitment.baselineOrigin !== 'unknown' && (
              <Text size="xs" c="dimmed">
                {source(commitment.baselineSource)}
              </Text>
            )}
            {commitment.baselineOrigin && (
              <Text size="xs" data-testid="baseline-origin">
                {t(`detail.origin.${commitment.baselineOrigin}`)}
              </Text>
            )}
          </Fact>
          <Fact label={t('detail.target')}>
            {commitment.kind === 'milestone'
              ? (commitment.stages[commitment.stages.length - 1] ?? '—')
              : valueText(commitment.targetValue)}
            {commitment.pledge === 'increase' &&
              commitment.increase !== null &&
              commitment.increase !== undefined && (
                <Text size="xs" data-testid="pledge-increase">
                  {commitment.targetValue === null || commitment.baselineValue === null
                    ? t('detail.increaseNoTarget', { increase: valueText(commitment.increase) })
                    : t('detail.increaseTarget', {
                        increase: valueText(commitment.increase),
                        baseline: valueText(commitment.baselineValue),
                      })}
                </Text>
              )}
          </Fact>
          <Fact label={t('detail.deadline')}>
            <DeadlineText deadline={commitment.deadline} evaluation={evaluation} />
          </Fact>
          <Fact label={t('detail.madeAt')}>
            {meetingTitle ? `${meetingTitle}${meetingDate ? ` (${meetingDate})` : ''}` : '—'}
          </Fact>
          <Fact label={t('detail.madeBy')}>
            {[commitment.madeByName, commitment.madeByPosition].filter(Boolean).join(', ') || '—'}
          </Fact>
          <Fact label={t('detail.office')}>{commitment.responsibleOffice || '—'}</Fact>
        </SimpleGrid>
        {commitment.statement && (
          <Stack gap={2} mt="md">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('detail.statement')}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{commitment.statement}</Text>
          </Stack>
        )}
        {parent && (
          <Text mt="md" size="sm">
            {t('detail.parent')}:{' '}
            <Anchor component={Link} to={`/komitmen/${parent.id}`}>
              {parent.title}
            </Anchor>
          </Text>
        )}
      </Paper>

      {childRows.length > 0 && <Children rows={childRows} />}

      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('detail.chart')}
        </Title>
        <CommitmentChartView commitment={commitment} measurements={measurements} />
      </Paper>

      <Paper withBorder p="md">
        <Group justify="space-between" mb="sm">
          <Title order={4}>{t('detail.measurements')}</Title>
          <Button onClick={open}>{t('detail.addMeasurement')}</Button>
        </Group>
        {measurements.length === 0 ? (
          <Text c="dimmed">{t('detail.noMeasurements')}</Text>
        ) : (
          <MeasurementTable
            commitment={commitment}
            measurements={measurements}
            evaluation={evaluation}
            valueText={valueText}
            flagged={
              new Set(
                flags.flatMap((i) =>
                  i.records.filter((r) => r.table === 'measurements').map((r) => r.id),
                ),
              )
            }
          />
        )}
      </Paper>

      <Paper withBorder p="md">
        <Title order={4}>{t('detail.statusHistory')}</Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('detail.statusHistoryHint')}
        </Text>
        {history.length === 0 ? (
          <Text c="dimmed">{t('detail.noMeasurements')}</Text>
        ) : (
          <Table data-testid="status-history">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.date')}</Table.Th>
                <Table.Th>{t('table.value')}</Table.Th>
                <Table.Th>{t('table.progress')}</Table.Th>
                <Table.Th>{t('table.expected')}</Table.Th>
                <Table.Th>{t('table.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.map((h) => (
                <Table.Tr key={h.date}>
                  <Table.Td>
                    {fmt.date(h.date)}
                    {h.kind === 'deadline' && (
                      <Text size="xs" c="dimmed">
                        {t('detail.afterDeadline')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{valueText(h.value)}</Table.Td>
                  <Table.Td>
                    {h.progressRaw === null ? '—' : fmt.percent(h.progressRaw * 100, 1)}
                  </Table.Td>
                  <Table.Td>
                    {h.expectedProgress === null ? '—' : fmt.percent(h.expectedProgress * 100, 1)}
                  </Table.Td>
                  <Table.Td>
                    <CommitmentStatusBadge status={h.status} size="sm" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Title order={4} mb="sm">
            {t('detail.evidence')}
          </Title>
          {commitment.evidence.length === 0 ? (
            <Text c="dimmed">{t('detail.noEvidence')}</Text>
          ) : (
            <List>
              {commitment.evidence.map((e, i) => (
                <List.Item key={i}>
                  <b>{e.label}</b> — {e.reference}
                </List.Item>
              ))}
            </List>
          )}
          {commitment.notes && (
            <>
              <Title order={5} mt="md">
                {t('detail.notes')}
              </Title>
              <Text style={{ whiteSpace: 'pre-wrap' }}>{commitment.notes}</Text>
            </>
          )}
        </Paper>
        <RecordHistory table="commitments" recordId={commitment.id} />
      </SimpleGrid>

      <Modal opened={adding} onClose={close} title={t('measurement.title')} centered>
        <MeasurementForm commitment={commitment} onDone={close} />
      </Modal>
    </Stack>
  )
}

function ProgressSummary({
  commitment,
  evaluation,
  valueText,
}: {
  commitment: Commitment
  evaluation: CommitmentEvaluation
  valueText: (v: number | null) => string
}) {
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  const e = evaluation
  const forecastText =
    e.forecast === 'reached'
      ? t(e.reachedLate ? 'forecast.reachedLate' : 'forecast.reached', {
          date: fmt.date(e.forecastDate ?? ''),
        })
      : e.forecast === 'on_date'
        ? t('forecast.on_date', { date: fmt.date(e.forecastDate ?? '') })
        : e.forecast === 'not_at_this_pace'
          ? e.forecastDate
            ? t('forecast.not_at_this_pace_date', { date: fmt.date(e.forecastDate) })
            : t('forecast.not_at_this_pace')
          : t('forecast.unknown')
  return (
    <Paper withBorder p="md" data-testid="progress-summary">
      <Group align="flex-start" gap="xl" wrap="wrap">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t('detail.progress')}
          </Text>
          <ProgressCell evaluation={e} width={280} />
        </Stack>
        <Stack gap={4} style={{ flex: 1, minWidth: 260 }}>
          {e.progressShown !== null && (
            <Text>
              {t('detail.progressOf', {
                progress: fmt.percent(e.progressShown * 100, 1),
                expected: fmt.percent((e.expectedProgress ?? 0) * 100, 1),
              })}
            </Text>
          )}
          {e.latest && (
            <Text>
              {t('detail.latest')}:{' '}
              <b data-testid="latest-value">
                {t('detail.latestOn', {
                  value: valueText(e.latest.value),
                  date: fmt.date(e.latest.date),
                })}
              </b>
            </Text>
          )}
          {commitment.kind === 'milestone' && e.stageIndex !== null && (
            <Text>
              {t('detail.stageOf', {
                n: e.stageIndex + 1,
                total: commitment.stages.length,
                name: commitment.stages[e.stageIndex] ?? '',
              })}
            </Text>
          )}
          <Text fw={600} data-testid="forecast">
            {forecastText}
          </Text>
          {e.progressRaw !== null && (e.progressRaw > 1 || e.progressRaw < 0) && (
            <Text size="sm" c="dimmed">
              {t('detail.progressRaw', { raw: fmt.percent(e.progressRaw * 100, 1) })}
            </Text>
          )}
          {e.baselineInferred && (
            <Text size="sm" c="orange.8">
              {t('detail.baselineInferred')}
            </Text>
          )}
          {e.ignoredBeforeBaseline > 0 && (
            <Text size="sm" c="orange.8">
              {t('detail.ignoredBeforeBaseline', { count: e.ignoredBeforeBaseline })}
            </Text>
          )}
        </Stack>
      </Group>
    </Paper>
  )
}

function MeasurementTable({
  commitment,
  measurements,
  evaluation,
  valueText,
  flagged,
}: {
  commitment: Commitment
  measurements: CommitmentMeasurement[]
  evaluation: CommitmentEvaluation
  valueText: (v: number | null) => string
  /** Measurements with a data-quality flag (shown above the table with its reason). */
  flagged: ReadonlySet<string>
}) {
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  const { db, actor } = useServices()
  const sorted = [...measurements].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))
  const corrected = new Set(evaluation.correctedMeasurementIds)
  // Progress of each measurement on the same baseline the evaluation used (its own, or the
  // first measurement standing in for it), so the table and the summary agree.
  const baseline = evaluation.baseline
  const target = commitment.targetValue
  return (
    <Table striped data-testid="measurement-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('table.date')}</Table.Th>
          <Table.Th>
            {commitment.kind === 'milestone' ? t('table.stage') : t('table.value')}
          </Table.Th>
          <Table.Th>{t('table.progress')}</Table.Th>
          <Table.Th>{t('table.source')}</Table.Th>
          <Table.Th>{t('table.by')}</Table.Th>
          <Table.Th />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sorted.map((m) => {
          const v = commitment.kind === 'milestone' ? m.stageIndex : m.value
          const beforeBaseline = Boolean(
            commitment.baselineDate && m.date < commitment.baselineDate,
          )
          const progress =
            commitment.kind === 'milestone'
              ? m.stageIndex !== null
                ? m.stageIndex / Math.max(1, commitment.stages.length - 1)
                : null
              : m.value !== null && baseline && target !== null
                ? progressOf(m.value, baseline.value, target)
                : null
          return (
            <Table.Tr
              key={m.id}
              data-measurement-id={m.id}
              data-corrected={corrected.has(m.id) || undefined}
            >
              <Table.Td>{fmt.date(m.date)}</Table.Td>
              <Table.Td fw={600} td={corrected.has(m.id) ? 'line-through' : undefined}>
                {valueText(v)}
                {flagged.has(m.id) && (
                  <Badge
                    color="orange"
                    variant="light"
                    size="sm"
                    ml={6}
                    data-testid="measurement-flag"
                    styles={{
                      root: { height: 'auto', paddingBlock: 2 },
                      label: { overflow: 'visible', textOverflow: 'clip', whiteSpace: 'nowrap' },
                    }}
                  >
                    {t('detail.flagged')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td data-testid="measurement-progress">
                {corrected.has(m.id) ? (
                  <Stack gap={2}>
                    <Badge color="gray" variant="outline" size="sm">
                      {t('detail.corrected')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {t('detail.correctedHint')}
                    </Text>
                  </Stack>
                ) : beforeBaseline ? (
                  <Text size="xs" c="dimmed">
                    {t('detail.beforeBaselineRow')}
                  </Text>
                ) : progress === null ? (
                  '—'
                ) : (
                  <Stack gap={0}>
                    <Text size="sm">{fmt.percent(progress * 100, 1)}</Text>
                    {evaluation.baselineInferred && (
                      <Text size="xs" c="dimmed">
                        {t('detail.progressFromFirst')}
                      </Text>
                    )}
                  </Stack>
                )}
              </Table.Td>
              <Table.Td>
                {m.source}
                {m.note && (
                  <Text size="xs" c="dimmed">
                    {m.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{m.createdBy}</Text>
                <Text size="xs" c="dimmed">
                  {fmt.dateTime(m.createdAt)}
                </Text>
              </Table.Td>
              <Table.Td>
                <ConfirmButton
                  size="compact-xs"
                  variant="subtle"
                  color="red"
                  message={t('detail.deleteMeasurementConfirm')}
                  onConfirm={() => softDeleteRecord(db, 'measurements', m.id, { actor })}
                >
                  {t('detail.deleteMeasurement')}
                </ConfirmButton>
              </Table.Td>
            </Table.Tr>
          )
        })}
      </Table.Tbody>
    </Table>
  )
}

function Children({ rows }: { rows: CommitmentRow[] }) {
  const { t } = useTranslation('commitments')
  const fmt = useFormat()
  const sorted = [...rows].sort((a, b) => byUrgency(a.evaluation, b.evaluation))
  const r = rollUp(
    rows.map((c) => ({ evaluation: c.evaluation, targetSize: targetSize(c.commitment) })),
  )
  const progress = r.progress === null ? '' : fmt.percent(r.progress * 100, 1)
  return (
    <Paper withBorder p="md" data-testid="children">
      <Title order={4}>{t('detail.children')}</Title>
      <Text size="sm" mb="sm" fw={600}>
        {r.progress === null
          ? t('detail.rollupNone')
          : t(r.method === 'weighted' ? 'detail.rollupWeighted' : 'detail.rollupEven', {
              progress,
            })}
      </Text>
      <Table>
        <Table.Tbody>
          {sorted.map((c) => (
            <Table.Tr key={c.commitment.id}>
              <Table.Td>
                <Anchor component={Link} to={`/komitmen/${c.commitment.id}`}>
                  {c.commitment.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {c.regionName}
                </Text>
              </Table.Td>
              <Table.Td>
                <ProgressCell evaluation={c.evaluation} />
              </Table.Td>
              <Table.Td>
                <CommitmentStatusBadge status={c.evaluation.status} size="sm" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  )
}
