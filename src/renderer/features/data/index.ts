/** What other areas may use of the data area: exports, the automatic backup and bulk reads/writes. */
export { AutoBackup } from './auto-backup'
export { ExportMenu } from './export-menu'
export { recordsToSheet } from './tabular-import'
export { readAllTables, replaceAllTables, writeBackupFile } from './backup-db'
export { joinParts, type BackupFile } from './backup-stream'
export { parseBackup, serializeBackup } from './backup-format'
export { neutralise, writeCsv, writeXlsx, type Sheet } from './sheet'
export { importSheetFile } from './tabular-import-db'
// The extension point for another area's tables: the same template, checks, preview and
// all-or-nothing write as the Data screen's imports (features/paritrana uses it).
export { ImportPanel } from './import-panel'
export { templateSheet, planImport, formatProblem, problemText } from './tabular-import'
export type { AnyImportKind, ImportColumn, SheetKind } from './import-kinds'
export {
  BACKUP_INTERVAL_KEY,
  BACKUP_KEEP_KEY,
  BACKUP_LAST_DOWNLOAD_KEY,
  BACKUP_LAST_KEY,
} from './safety-backup'
export { LINEAGE_KEY } from './exchange-db'
// The sync replica merges what arrives from the server with the exchange's merge and screen.
export { applyImport, prepareImport, type PreparedImport, type Resolution } from './exchange-db'
export type { MergeConflict } from './exchange-merge'
export { ConflictCard } from './conflict-card'
