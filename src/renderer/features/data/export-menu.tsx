/**
 * Drop-in export for any list a user sees: `<ExportMenu fileBase="komitmen" columns={...}
 * rows={filteredRows} />`. Exports exactly the rows given (so the screen's filters apply),
 * as XLSX or CSV, with formula-like cells neutralised.
 */
import { Button, Menu } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { todayWita } from '../../../shared/time'
import {
  CSV_MIME,
  XLSX_MIME,
  toSheet,
  writeCsv,
  writeXlsx,
  type Sheet,
  type SheetColumn,
} from './sheet'

export type ExportFormat = 'xlsx' | 'csv'

export function exportFileName(fileBase: string, format: ExportFormat, now: Date): string {
  // The WITA date the user sees on their clock (UTC is still "yesterday" before 08.00 WITA).
  const stamp = todayWita(now)
  return `${fileBase.replace(/[^0-9A-Za-z_-]/g, '-')}-${stamp}.${format}`
}

export async function sheetBytes(
  sheet: Sheet,
  format: ExportFormat,
  sheetName?: string,
): Promise<Uint8Array<ArrayBuffer>> {
  return format === 'xlsx' ? writeXlsx(sheet, sheetName) : new TextEncoder().encode(writeCsv(sheet))
}

interface Props<T> {
  fileBase: string
  columns: readonly SheetColumn<T>[]
  rows: readonly T[]
  /** Or a ready sheet (for the import-format exports). */
  sheet?: () => Sheet
  label?: string
  disabled?: boolean
}

export function ExportMenu<T>({ fileBase, columns, rows, sheet, label, disabled }: Props<T>) {
  const { bridge } = useServices()
  const { t } = useTranslation('data')
  const [busy, setBusy] = useState(false)
  const run = async (format: ExportFormat) => {
    setBusy(true)
    try {
      const data = await sheetBytes(sheet ? sheet() : toSheet(rows, columns), format, fileBase)
      const result = await bridge.saveFile({
        suggestedName: exportFileName(fileBase, format, new Date()),
        data,
        mimeType: format === 'xlsx' ? XLSX_MIME : CSV_MIME,
        filters: [
          format === 'xlsx'
            ? { name: 'Excel', extensions: ['xlsx'] }
            : { name: 'CSV', extensions: ['csv'] },
        ],
      })
      if (result.saved)
        notifications.show({ message: t('exportSaved', { name: result.location }), color: 'teal' })
    } catch (error) {
      notifications.show({ message: (error as Error).message, color: 'red' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button variant="light" loading={busy} disabled={disabled}>
          {label ?? t('exportButton')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item onClick={() => void run('xlsx')}>{t('exportXlsx')}</Menu.Item>
        <Menu.Item onClick={() => void run('csv')}>{t('exportCsv')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  )
}
