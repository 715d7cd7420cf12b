import { Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ExportMenu, ImportPanel, recordsToSheet } from '../data'
import type { ParitranaBoard } from '../../domain/paritrana-board'
import { useSheetRows } from './queries'
import { evidenceSheet, INPRES_SHEET, scoresSheet } from './sheet-kinds'

/**
 * The matrix and indicator evidence in and out of spreadsheets: the data area's import
 * (template, checks, preview, all or nothing) with the Paritrana kinds, and the exports.
 */
export function SheetsPanel({ board, provinceId }: { board: ParitranaBoard; provinceId: string }) {
  const { t, i18n } = useTranslation('paritrana')
  const lang = i18n.language === 'en' ? 'en' : 'id'
  const rows = useSheetRows(provinceId)
  const evidence = evidenceSheet(board.rubric, board.editionYear)
  return (
    <Stack gap="md" data-testid="paritrana-sheets">
      <ImportPanel kinds={[INPRES_SHEET, evidence]} title={t('sheets.importTitle')} />
      <Paper withBorder p="lg">
        <Stack gap="sm">
          <Title order={3}>{t('sheets.exportTitle')}</Title>
          <Text size="sm">{t('sheets.exportBody')}</Text>
          <Group>
            <ExportMenu
              fileBase={INPRES_SHEET.fileBase}
              columns={[]}
              rows={[]}
              sheet={() => recordsToSheet(INPRES_SHEET, rows?.inpresStatus ?? [], { labels: lang })}
              label={t('sheets.exportMatrix', { count: rows?.inpresStatus.length ?? 0 })}
              disabled={!rows}
            />
            <ExportMenu
              fileBase={evidence.fileBase}
              columns={[]}
              rows={[]}
              sheet={() => recordsToSheet(evidence, rows?.evidence ?? [], { labels: lang })}
              label={t('sheets.exportEvidence', { count: rows?.evidence.length ?? 0 })}
              disabled={!rows}
            />
            <ExportMenu
              fileBase={`skor-paritrana-${board.editionYear}`}
              columns={[]}
              rows={[]}
              sheet={() => scoresSheet(board, lang)}
              label={t('sheets.exportScores')}
            />
          </Group>
        </Stack>
      </Paper>
    </Stack>
  )
}
