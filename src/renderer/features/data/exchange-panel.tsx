import {
  Alert,
  Badge,
  Button,
  Group,
  MultiSelect,
  NumberInput,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { useFormat } from '../../ui/use-format'
import { useRegions } from '../../ui/use-regions'
import { decodeFileText } from './backup-format'
import { ConflictCard } from './conflict-card'
import { refusal, safetyMessage } from './safety-message'
import { withSafetyCopy } from './safety-backup'
import {
  applyImport,
  exportPackage,
  prepareImport,
  previewPackage,
  type PreparedImport,
  type Resolution,
} from './exchange-db'
import {
  packageFileName,
  parsePackage,
  recordKey,
  type PackageSummaryRow,
} from './exchange-package'

export function ExchangePanel() {
  const { db, bridge, actor } = useServices()
  const { t } = useTranslation('data')
  const fmt = useFormat()
  const regions = useRegions() ?? []
  const [regionIds, setRegionIds] = useState<string[]>([])
  const [fromYear, setFromYear] = useState<number | string>('')
  const [toYear, setToYear] = useState<number | string>('')
  const [prepared, setPrepared] = useState<PreparedImport | null>(null)
  const [choices, setChoices] = useState<Record<string, Resolution>>({})
  const [error, setError] = useState<{ title: string; message: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const [summary, setSummary] = useState<PackageSummaryRow[]>([])
  useEffect(() => {
    if (regionIds.length === 0) return
    let live = true
    void previewPackage(db, {
      regionIds,
      fromYear: typeof fromYear === 'number' ? fromYear : null,
      toYear: typeof toYear === 'number' ? toYear : null,
    }).then((rows) => {
      if (live) setSummary(rows)
    })
    return () => {
      live = false
    }
  }, [db, regionIds, fromYear, toYear])
  const regionName = (id: string) =>
    id === ''
      ? t('packagePreviewNoRegion')
      : `${id} ${regions.find((r) => r.id === id)?.name ?? ''}`.trim()

  const makePackage = async () => {
    setBusy(true)
    try {
      const now = new Date()
      const { text, count } = await exportPackage(
        db,
        {
          regionIds,
          fromYear: typeof fromYear === 'number' ? fromYear : null,
          toYear: typeof toYear === 'number' ? toYear : null,
        },
        actor,
        now,
      )
      const res = await bridge.saveFile({
        suggestedName: packageFileName(now.toISOString(), actor.name),
        data: new TextEncoder().encode(text),
        mimeType: 'application/json',
        filters: [{ name: 'Paket Simpul', extensions: ['json'] }],
      })
      if (res.saved)
        notifications.show({
          message: t('packageSaved', { count, name: res.location }),
          color: 'teal',
        })
    } catch (e) {
      setError(refusal(t, e))
    } finally {
      setBusy(false)
    }
  }
  const choose = async () => {
    setError(null)
    setPrepared(null)
    setChoices({})
    const file = await bridge.openFile({
      filters: [{ name: 'Paket Simpul', extensions: ['json'] }],
    })
    if (!file) return
    try {
      setPrepared(await prepareImport(db, await parsePackage(decodeFileText(file.data)), actor))
    } catch (e) {
      setError(refusal(t, e))
    }
  }
  const apply = async () => {
    if (!prepared) return
    setBusy(true)
    try {
      const from = t('packageDevice', {
        name: prepared.pkg.userName,
        device: prepared.pkg.deviceId.slice(0, 8),
      })
      const { safety, result: res } = await withSafetyCopy(
        { db, bridge, actor },
        { kind: 'package', detail: from },
        () => applyImport(db, prepared, choices, actor),
      )
      notifications.show({
        message: `${t('packageMerged', { ...res })} ${safetyMessage(t, safety)}`,
        color: 'teal',
        autoClose: 10_000,
      })
      setPrepared(null)
    } catch (e) {
      setError(refusal(t, e))
    } finally {
      setBusy(false)
    }
  }

  const plan = prepared?.plan
  const added = plan?.takes.filter((x) => !x.local).length ?? 0
  const updated = (plan?.takes.length ?? 0) - added
  const unresolved = plan
    ? plan.conflicts.filter((c) => !choices[recordKey(c.table, c.local.id)]).length
    : 0
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>{t('exchangeTitle')}</Title>
        <Text>{t('exchangeBody')}</Text>
        <Group align="end">
          <MultiSelect
            label={t('exchangeRegions')}
            data={regions.map((r) => ({ value: r.id, label: `${r.id} ${r.name}` }))}
            value={regionIds}
            onChange={setRegionIds}
            searchable
            w={380}
          />
          <NumberInput
            label={t('fromYear')}
            value={fromYear}
            onChange={setFromYear}
            min={1950}
            max={2100}
            w={120}
          />
          <NumberInput
            label={t('toYear')}
            value={toYear}
            onChange={setToYear}
            min={1950}
            max={2100}
            w={120}
          />
          <Button
            onClick={() => void makePackage()}
            disabled={regionIds.length === 0}
            loading={busy}
          >
            {t('packageMake')}
          </Button>
        </Group>
        {regionIds.length > 0 && summary.length > 0 && (
          <Stack gap={4} data-testid="package-contents">
            <Text size="sm">{t('packagePreview')}</Text>
            <Table withTableBorder striped fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('packagePreviewTable')}</Table.Th>
                  <Table.Th>{t('packagePreviewRegion')}</Table.Th>
                  <Table.Th>{t('packagePreviewCount')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {summary.map((row) => (
                  <Table.Tr key={`${row.table}/${row.regionId}`}>
                    <Table.Td>{t(`tables.${row.table}`)}</Table.Td>
                    <Table.Td>{regionName(row.regionId)}</Table.Td>
                    <Table.Td>{fmt.number(row.count)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Stack>
        )}
        <Group>
          <Button variant="light" onClick={() => void choose()} disabled={busy}>
            {t('packageChoose')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('deviceId', { id: actor.deviceId })}
        </Text>
        {error && (
          <Alert color="red" role="alert" title={error.title}>
            {error.message}
          </Alert>
        )}
        {prepared && plan && (
          <Stack gap="sm" data-testid="package-preview">
            <Text fw={600}>
              {t('packageFrom', {
                name: prepared.pkg.userName,
                device: prepared.pkg.deviceId.slice(0, 8),
                date: fmt.dateTime(prepared.pkg.createdAt),
              })}
            </Text>
            {prepared.alreadyImported && <Alert color="gray">{t('packageAlready')}</Alert>}
            <Group>
              <Badge color="teal" size="lg">
                {t('previewAdds', { count: added })}
              </Badge>
              <Badge color="blue" size="lg">
                {t('previewChanges', { count: updated })}
              </Badge>
              <Badge color="gray" size="lg">
                {t('previewSame', { count: plan.unchanged + plan.keptNewerLocal })}
              </Badge>
              <Badge color="orange" size="lg">
                {t('previewConflicts', { count: plan.conflicts.length })}
              </Badge>
            </Group>
            {plan.conflicts.map((c) => {
              const key = recordKey(c.table, c.local.id)
              return (
                <ConflictCard
                  key={key}
                  conflict={c}
                  chosen={choices[key]}
                  onChoose={(v) => setChoices({ ...choices, [key]: v })}
                />
              )
            })}
            <Group>
              <Button
                onClick={() => void apply()}
                loading={busy}
                disabled={prepared.alreadyImported || unresolved > 0}
              >
                {unresolved > 0 ? t('resolveFirst', { count: unresolved }) : t('packageApply')}
              </Button>
              <Button variant="default" onClick={() => setPrepared(null)}>
                {t('cancel')}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
