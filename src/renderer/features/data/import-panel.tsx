import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Paper,
  Progress,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { fieldLabel } from './backup-format'
import { ExportMenu } from './export-menu'
import { IMPORT_KINDS, KIND_LABELS, sheetKindOf, type AnyImportKind } from './import-kinds'
import { labelOf } from './enum-labels'
import { refusal, safetyMessage } from './safety-message'
import { withSafetyCopy } from './safety-backup'
import { importDetail } from './safety-store'
import { readSheetFile, type RawCell } from './sheet'
import {
  autoMapping,
  importScope,
  problemText,
  planImport,
  templateSheet,
  type ColumnMapping,
  type ImportPlan,
} from './tabular-import'
import { applyImportPlan, loadImportContext } from './tabular-import-db'
import { useValueFormatter } from './use-value-text'
import { valueText } from './value-text'
import { importWarnings, type ImportWarning } from './import-quality'
import { loadQualityRelated } from './queries'

interface Loaded {
  name: string
  grid: RawCell[][]
  mapping: ColumnMapping
  plan: ImportPlan | null
  warnings: ImportWarning[]
}

/**
 * Import with template, preview and all-or-nothing write. `kinds` is the extension point for
 * another area's tables (SheetKind in import-kinds.ts; features/paritrana uses it); without
 * it, the Data screen's four kinds.
 */
export function ImportPanel({
  kinds = IMPORT_KINDS,
  title,
}: {
  kinds?: readonly AnyImportKind[]
  title?: string
} = {}) {
  const { db, bridge, actor } = useServices()
  const { t, i18n } = useTranslation('data')
  const lang = i18n.language === 'en' ? 'en' : 'id'
  const vf = useValueFormatter()
  const [kindIndex, setKindIndex] = useState(0)
  const kind: AnyImportKind = kinds[kindIndex] ?? kinds[0]!
  const spec = sheetKindOf(kind)
  // Codes as their labels ("pu" → "Penerima Upah (PU)"), numbers and dates in the UI language.
  const show = (field: string, v: unknown) => {
    const col = spec.columns.find((c) => c.field === field)
    if (typeof kind !== 'string' && col?.type === 'enum' && typeof v === 'string')
      return labelOf(kind, col, v, lang)
    return valueText(spec.table, field, v, vf)
  }
  const kindLabel = (k: AnyImportKind) =>
    typeof k === 'string' ? KIND_LABELS[k] : sheetKindOf(k).label[lang]
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<{ title: string; message: string } | null>(null)
  const [progress, setProgress] = useState<number | null>(null)
  const [busy, setBusy] = useState(false)

  const check = async (
    k: AnyImportKind,
    name: string,
    grid: RawCell[][],
    mapping: ColumnMapping,
  ) => {
    setProgress(0)
    try {
      const context = await loadImportContext(db, k, importScope(k, grid, mapping))
      const plan = await planImport(k, grid, mapping, context, {
        onProgress: (d, total) => setProgress(Math.round((d / Math.max(1, total)) * 100)),
      })
      const related = typeof k === 'string' ? await loadQualityRelated(db, k) : {}
      const warnings = importWarnings(plan, context, related)
      setLoaded({ name, grid, mapping, plan, warnings })
    } finally {
      setProgress(null)
    }
  }
  const choose = async () => {
    setError(null)
    setLoaded(null)
    const file = await bridge.openFile({
      filters: [{ name: 'Excel / CSV', extensions: ['xlsx', 'csv'] }],
    })
    if (!file) return
    setBusy(true)
    try {
      const grid = await readSheetFile(file.name, file.data)
      await check(kind, file.name, grid, autoMapping(kind, grid[0] ?? []))
    } catch (e) {
      setError({ title: t('refusedTitle'), message: (e as Error).message })
    } finally {
      setBusy(false)
    }
  }
  const remap = (field: string, value: string | null) => {
    if (!loaded) return
    const mapping = { ...loaded.mapping, [field]: value === null ? null : Number(value) }
    void check(kind, loaded.name, loaded.grid, mapping)
  }
  const apply = async () => {
    if (!loaded?.plan) return
    setBusy(true)
    try {
      const plan = loaded.plan
      const { safety, result: res } = await withSafetyCopy(
        { db, bridge, actor },
        { kind: 'import', detail: importDetail(loaded.name) },
        () => applyImportPlan(db, plan, actor),
      )
      notifications.show({
        message: `${t('importDone', { added: res.added, changed: res.changed })} ${safetyMessage(t, safety)}`,
        color: 'teal',
        autoClose: 10_000,
      })
      setLoaded(null)
    } catch (e) {
      setError(refusal(t, e))
    } finally {
      setBusy(false)
    }
  }

  const plan = loaded?.plan
  // The column as the template and export name it, so the user finds it in the file.
  const columnHeader = (field: string) =>
    spec.columns.find((c) => c.field === field)?.header ?? fieldLabel(field)
  const previewColumns = spec.columns.filter((c) => spec.previewFields.includes(c.field))
  const headerOptions = (loaded?.grid[0] ?? []).map((h, i) => ({
    value: String(i),
    label: `${String(h ?? '').trim() || t('columnN', { n: i + 1 })}`,
  }))
  return (
    <Paper withBorder p="lg">
      <Stack gap="sm">
        <Title order={3}>{title ?? t('importTitle')}</Title>
        <Text>{t('importBody')}</Text>
        <Group align="end">
          <Select
            label={t('importKind')}
            data={kinds.map((k, i) => ({ value: String(i), label: kindLabel(k) }))}
            value={String(kindIndex)}
            allowDeselect={false}
            onChange={(v) => {
              setKindIndex(Number(v ?? 0))
              setLoaded(null)
              setError(null)
            }}
            w={260}
          />
          <ExportMenu
            fileBase={`templat-${spec.fileBase}`}
            columns={[]}
            rows={[]}
            sheet={() => templateSheet(kind, lang)}
            label={t('templateDownload')}
          />
          <Button onClick={() => void choose()} loading={busy}>
            {t('importChoose')}
          </Button>
        </Group>
        {progress !== null && (
          <Progress value={progress} animated aria-label={t('importChecking')} />
        )}
        {error && (
          <Alert color="red" role="alert" title={error.title}>
            {error.message}
          </Alert>
        )}
        {loaded && plan && (
          <Stack gap="sm" data-testid="import-preview">
            <Text fw={600}>{t('importFile', { name: loaded.name, rows: plan.totalRows })}</Text>
            <details>
              <summary>{t('mappingTitle')}</summary>
              <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
                {spec.columns.map((col) => (
                  <Select
                    key={col.field}
                    label={col.header}
                    data={headerOptions}
                    value={
                      loaded.mapping[col.field] == null ? null : String(loaded.mapping[col.field])
                    }
                    onChange={(v) => remap(col.field, v)}
                    clearable
                    placeholder={t('notInFile')}
                  />
                ))}
              </SimpleGrid>
            </details>
            {plan.problems.length > 0 ? (
              <Alert
                color="red"
                role="alert"
                title={t('importRefused', { count: plan.problems.length })}
              >
                <List size="sm">
                  {plan.problems.slice(0, 30).map((p, i) => (
                    <List.Item key={i}>{problemText(p, lang)}</List.Item>
                  ))}
                </List>
                {plan.problems.length > 30 && (
                  <Text size="sm">{t('moreProblems', { count: plan.problems.length - 30 })}</Text>
                )}
              </Alert>
            ) : (
              <Group>
                <Badge color="teal" size="lg">
                  {t('previewAdds', { count: plan.adds.length })}
                </Badge>
                <Badge color="blue" size="lg">
                  {t('previewChanges', { count: plan.changes.length })}
                </Badge>
                <Badge color="gray" size="lg">
                  {t('previewSame', { count: plan.unchanged })}
                </Badge>
              </Group>
            )}
            {plan.problems.length === 0 && loaded.warnings.length > 0 && (
              <Alert
                color="yellow"
                title={t('importWarnings', { count: loaded.warnings.length })}
                data-testid="import-warnings"
              >
                <List size="sm">
                  {loaded.warnings.slice(0, 20).map((w, i) => (
                    <List.Item key={i}>
                      {t('importWarningRows', { rows: w.rows.join(', ') })}: {w.issue.message[lang]}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {plan.problems.length === 0 && plan.changes.length > 0 && (
              <Table withTableBorder striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('row')}</Table.Th>
                    <Table.Th>{t('field')}</Table.Th>
                    <Table.Th>{t('before')}</Table.Th>
                    <Table.Th>{t('after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.changes.slice(0, 20).flatMap((c) =>
                    c.fields.map((f) => (
                      <Table.Tr key={`${c.row}-${f}`}>
                        <Table.Td>{c.row}</Table.Td>
                        <Table.Td>{columnHeader(f)}</Table.Td>
                        <Table.Td>{show(f, c.before[f])}</Table.Td>
                        <Table.Td fw={600}>{show(f, c.after[f])}</Table.Td>
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            )}
            {plan.problems.length === 0 && plan.adds.length > 0 && (
              <>
                <Table.ScrollContainer minWidth={900}>
                  <Table withTableBorder striped data-testid="preview-adds">
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th>{t('row')}</Table.Th>
                        {previewColumns.map((c) => (
                          <Table.Th key={c.field}>{c.header}</Table.Th>
                        ))}
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {plan.adds.slice(0, 10).map((a) => (
                        <Table.Tr key={a.row}>
                          <Table.Td>{a.row}</Table.Td>
                          {previewColumns.map((c) => (
                            <Table.Td
                              key={c.field}
                              ta={typeof a.data[c.field] === 'number' ? 'right' : undefined}
                            >
                              {show(c.field, a.data[c.field])}
                            </Table.Td>
                          ))}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
                {plan.adds.length > 10 && (
                  <Text size="sm" c="dimmed">
                    {t('moreAdds', { count: plan.adds.length - 10 })}
                  </Text>
                )}
              </>
            )}
            <Group>
              <Button
                onClick={() => void apply()}
                loading={busy}
                disabled={plan.problems.length > 0 || plan.adds.length + plan.changes.length === 0}
              >
                {t('importApply', { count: plan.adds.length + plan.changes.length })}
              </Button>
              <Button variant="default" onClick={() => setLoaded(null)}>
                {t('cancel')}
              </Button>
            </Group>
            <Text size="sm" c="dimmed">
              {t('importSafety')}
            </Text>
          </Stack>
        )}
      </Stack>
    </Paper>
  )
}
