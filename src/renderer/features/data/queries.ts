/** Reads of the data screens: backup settings, what there is to back up, rows to export. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useServices } from '../../app/services'
import type { SimpulDexie } from '../../db/database'
import { liveOnly } from '../../db/live'
import { readSettings } from '../settings'
import {
  BACKUP_INTERVAL_KEY,
  BACKUP_KEEP_KEY,
  BACKUP_LAST_DOWNLOAD_KEY,
  BACKUP_LAST_KEY,
} from './safety-backup'
import type { ImportKind } from './import-kinds'
import type { QualityData } from '../../domain/quality'
import { coverageOfRegions } from '../coverage'

export interface BackupSettings {
  keep: number | undefined
  interval: number | undefined
  lastAt: string | undefined
  lastDownloadAt: string | undefined
  /** Whether there is anything users made to lose (figures, commitments or meetings). */
  hasData: boolean
}

export async function loadBackupSettings(db: SimpulDexie): Promise<BackupSettings> {
  const [keep, interval, lastAt, lastDownloadAt] = await readSettings(db, [
    BACKUP_KEEP_KEY,
    BACKUP_INTERVAL_KEY,
    BACKUP_LAST_KEY,
    BACKUP_LAST_DOWNLOAD_KEY,
  ])
  const hasData =
    (await db.coverage.count()) + (await db.commitments.count()) + (await db.meetings.count()) > 0
  return {
    keep: keep as number | undefined,
    interval: interval as number | undefined,
    lastAt: lastAt as string | undefined,
    lastDownloadAt: lastDownloadAt as string | undefined,
    hasData,
  }
}

export function useBackupSettings(): BackupSettings | undefined {
  const { db } = useServices()
  return useLiveQuery(() => loadBackupSettings(db), [db])
}

export type ExportRow = Record<string, unknown> & {
  id: string
  regionId?: string
  commitmentId?: string
  deletedAt?: string
}

/** Live rows of one import kind, each with the region it belongs to (a measurement: its commitment's). */
export async function exportRows(
  db: SimpulDexie,
  kind: ImportKind,
): Promise<{ row: ExportRow; regionId: string | undefined }[]> {
  const all = liveOnly((await db.table(kind).toArray()) as ExportRow[])
  const commitmentRegion =
    kind === 'measurements'
      ? new Map((await db.commitments.toArray()).map((c) => [c.id, c.regionId]))
      : null
  return all.map((row) => ({
    row,
    regionId: commitmentRegion ? commitmentRegion.get(row.commitmentId ?? '') : row.regionId,
  }))
}

/** How many regions are stored, and their codes. */
export function regionCount(db: SimpulDexie): Promise<number> {
  return db.regions.count()
}

export async function regionCodes(db: SimpulDexie): Promise<Set<string>> {
  return new Set((await db.regions.toCollection().primaryKeys()) as string[])
}

export function useRegionCount(): number | undefined {
  const { db } = useServices()
  return useLiveQuery(() => regionCount(db), [db])
}

/** What the data checks of an import need besides the imported table (measurements: their commitments and figures). */
export async function loadQualityRelated(db: SimpulDexie, kind: ImportKind): Promise<QualityData> {
  if (kind !== 'measurements') return {}
  const commitments = liveOnly(await db.commitments.toArray())
  const regionIds = [...new Set(commitments.map((c) => c.regionId))]
  return { commitments, coverage: await coverageOfRegions(db, regionIds) }
}
