import { Paper, Stack, Text, Timeline, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useServices } from '../app/services'
import { recordHistory } from '../db/repository'
import { FIELD_LABELS } from '../db/schemas'
import type { UserTableName } from '../db/types'
import { useFormat } from './use-format'
import { isCanonicalInstant } from '../../shared/time'

/**
 * A value as the user typed it: id-ID numbers ("70.000", "46,44"), dates ("9 Februari 2023")
 * and instants ("9 Februari 2023 09.00 WITA"); a list of records (a meeting's corrections) by
 * its length, since the screen that owns it shows it in words.
 */
function show(
  value: unknown,
  fmt: ReturnType<typeof useFormat>,
  entries: (count: number) => string,
): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'number') return fmt.number(value, 4)
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return fmt.date(value)
  if (isCanonicalInstant(value)) return fmt.dateTime(value)
  if (Array.isArray(value) && value.some((v) => typeof v === 'object' && v !== null))
    return entries(value.length)
  if (Array.isArray(value)) return value.map((v) => show(v, fmt, entries)).join(', ') || '—'
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Who changed what and when, for one record, newest first. */
export function RecordHistory({ table, recordId }: { table: UserTableName; recordId: string }) {
  const { db } = useServices()
  const { t } = useTranslation()
  const fmt = useFormat()
  const count = (n: number) => t('history.entries', { count: n })
  const entries = useLiveQuery(() => recordHistory(db, table, recordId), [db, table, recordId])
  return (
    <Paper withBorder p="md" data-testid="record-history">
      <Title order={4} mb="sm">
        {t('history.title')}
      </Title>
      {!entries?.length ? (
        <Text c="dimmed">{t('history.empty')}</Text>
      ) : (
        <Timeline bulletSize={14} lineWidth={2}>
          {entries.map((e) => (
            <Timeline.Item
              key={e.seq}
              title={`${t(`history.${e.action}`)} ${t('history.by', { name: e.by })}`}
            >
              <Text size="xs" c="dimmed">
                {fmt.dateTime(e.at)}
              </Text>
              {e.action === 'update' && e.after && (
                <Stack gap={0} mt={4}>
                  {Object.keys(e.after).map((k) => (
                    <Text size="sm" key={k}>
                      <b>{FIELD_LABELS[k] ?? k}</b>: {show(e.before?.[k], fmt, count)} →{' '}
                      {show(e.after?.[k], fmt, count)}
                    </Text>
                  ))}
                </Stack>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Paper>
  )
}
