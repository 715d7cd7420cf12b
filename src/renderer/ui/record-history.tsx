import { Paper, Stack, Text, Timeline, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useServices } from '../app/services'
import { recordHistory } from '../db/repository'
import { FIELD_LABELS } from '../db/schemas'
import type { UserTableName } from '../db/types'
import { useFormat } from './use-format'

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** Who changed what and when, for one record, newest first. */
export function RecordHistory({ table, recordId }: { table: UserTableName; recordId: string }) {
  const { db } = useServices()
  const { t } = useTranslation()
  const fmt = useFormat()
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
            <Timeline.Item key={e.seq} title={`${t(`history.${e.action}`)} ${t('history.by', { name: e.by })}`}>
              <Text size="xs" c="dimmed">
                {fmt.dateTime(e.at)}
              </Text>
              {e.action === 'update' && e.after && (
                <Stack gap={0} mt={4}>
                  {Object.keys(e.after).map((k) => (
                    <Text size="sm" key={k}>
                      <b>{FIELD_LABELS[k] ?? k}</b>: {show(e.before?.[k])} → {show(e.after?.[k])}
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
