/**
 * Sinkronisasi: the status in full, the records changed in two offices (the exchange's
 * conflict card, one choice each), documents from the server the app refused, and writes the
 * server refused.
 */
import { Alert, Button, Code, List, Paper, Stack, Table, Text, Title } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PageHeader } from '../../ui/page-header'
import { useFormat } from '../../ui/use-format'
import { ConflictCard, type Resolution } from '../data'
import { SyncStatusBadge } from './sync-status'
import { useSyncEngine, useSyncStatus } from './use-sync'

export function SyncPage() {
  const { t } = useTranslation('sync')
  const fmt = useFormat()
  const engine = useSyncEngine()
  const status = useSyncStatus()
  const [choices, setChoices] = useState<Record<string, Resolution>>({})
  const [busy, setBusy] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)

  const save = async (key: string) => {
    const choice = choices[key]
    if (!choice) return
    setBusy(key)
    setError(null)
    try {
      await engine.resolve(key, choice)
      notifications.show({ message: t('conflictSaved'), color: 'teal' })
    } catch (e) {
      setError(String((e as Error).message ?? e))
    } finally {
      setBusy(null)
    }
  }

  return (
    <>
      <PageHeader title={t('pageTitle')} description={t('pageDescription')} />
      <Stack maw={900} gap="lg">
        <Paper withBorder p="lg">
          <Stack gap="xs">
            <SyncStatusBadge />
            <Text size="sm">
              {t('lastSynced')}:{' '}
              {status.lastSyncedAt ? fmt.dateTime(status.lastSyncedAt) : t('never')}
            </Text>
            {status.error && (
              <Alert
                color={status.phase === 'offline' ? 'yellow' : 'red'}
                data-testid="sync-problem"
              >
                {t(
                  `problems.${status.error.kind}`,
                  status.error.kind === 'garbage' ? { detail: status.error.detail } : {},
                )}
              </Alert>
            )}
          </Stack>
        </Paper>
        <Stack gap="sm">
          <Title order={3}>{t('conflictsTitle')}</Title>
          {error && <Alert color="red">{error}</Alert>}
          {status.conflicts.length === 0 && <Text c="dimmed">{t('conflictsNone')}</Text>}
          {status.conflicts.map(({ key, conflict }) => (
            <Stack key={key} gap={4}>
              <ConflictCard
                conflict={conflict}
                chosen={choices[key]}
                onChoose={(v) => setChoices({ ...choices, [key]: v })}
                takeIncomingLabel={t('takeServer')}
              />
              <Button
                w="fit-content"
                disabled={!choices[key]}
                loading={busy === key}
                onClick={() => void save(key)}
              >
                {t('conflictSave')}
              </Button>
            </Stack>
          ))}
        </Stack>
        <Paper withBorder p="lg" data-testid="sync-steps">
          <Title order={3}>{t('stepsTitle')}</Title>
          <Text size="sm" mb="xs">
            {t('stepsBody')}
          </Text>
          {status.steps.length === 0 ? (
            <Text c="dimmed">{t('stepsNone')}</Text>
          ) : (
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('stepAt')}</Table.Th>
                  <Table.Th>{t('stepWhat')}</Table.Th>
                  <Table.Th>{t('stepResult')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {status.steps.map((s, i) => (
                  <Table.Tr
                    key={`${s.at}-${i}`}
                    data-testid={s.ok ? 'sync-step' : 'sync-step-failed'}
                  >
                    <Table.Td>{fmt.dateTime(s.at)}</Table.Td>
                    <Table.Td>{t(`steps.${s.step}`)}</Table.Td>
                    <Table.Td>
                      {s.ok ? (
                        t('stepOk', { pushed: s.pushed, pulled: s.pulled })
                      ) : (
                        <Text size="sm" c="red">
                          {t('stepFailed')}: <Code>{s.error}</Code>
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
        {status.refused.length > 0 && (
          <Paper withBorder p="lg" data-testid="sync-refused-list">
            <Title order={3}>{t('refusedTitle')}</Title>
            <Text size="sm" mb="xs">
              {t('refusedBody')}
            </Text>
            <List>
              {status.refused.map((r) => (
                <List.Item key={r.docId}>
                  <Code>{r.docId}</Code> {r.message}
                </List.Item>
              ))}
            </List>
          </Paper>
        )}
        {status.denied.length > 0 && (
          <Paper withBorder p="lg" data-testid="sync-denied-list">
            <Title order={3}>{t('deniedTitle')}</Title>
            <Text size="sm" mb="xs">
              {t('deniedBody')}
            </Text>
            <List>
              {status.denied.map((r) => (
                <List.Item key={r.docId}>
                  <Code>{r.docId}</Code> {r.message}{' '}
                  <Text span size="sm" c="dimmed">
                    ({t(r.by === 'server' ? 'deniedByServer' : 'deniedByApp')})
                  </Text>
                </List.Item>
              ))}
            </List>
          </Paper>
        )}
      </Stack>
    </>
  )
}
