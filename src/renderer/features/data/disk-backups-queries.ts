/**
 * Reads of the automatic backups on disk (Electron): the list through the bridge, checked
 * against the contract's schema on this side too, and what a file name says about why the
 * backup was taken (backupFileName(createdAt, reasonSlug(reason)) wrote it).
 */
import { z } from 'zod'
import {
  backupFileInfoSchema,
  type BackupFileInfo,
  type SimpulBridge,
} from '../../../shared/bridge-contract'

const listSchema = z.array(backupFileInfoSchema).max(1000)

/** The disk backups, newest first; [] where the platform has none (a browser). */
export async function listDiskBackups(bridge: SimpulBridge): Promise<BackupFileInfo[]> {
  if (!(await bridge.backups.supported())) return []
  const result = listSchema.safeParse(await bridge.backups.list())
  if (!result.success)
    throw new Error('Daftar cadangan dari folder tidak sah; muat ulang halaman lalu coba lagi.')
  return result.data
}

export type DiskBackupReason =
  | { kind: 'import' | 'restore' | 'package'; detail: string }
  | { kind: 'scheduled' }
  | { kind: 'other'; detail: string }

const PREFIXES = [
  ['sebelum-impor-', 'import'],
  ['sebelum-pemulihan-dari-', 'restore'],
  ['sebelum-paket-dari-', 'package'],
] as const

/** Why a backup was taken, read from its file name ("…_sebelum-impor-xlsx-a-xlsx.simpul.json"). */
export function diskBackupReason(fileName: string): DiskBackupReason | null {
  const slug = /_([0-9a-z-]+)\.simpul\.json$/.exec(fileName)?.[1]
  if (!slug) return null
  if (slug === 'otomatis') return { kind: 'scheduled' }
  const words = (s: string) => s.replace(/-+/g, ' ').trim()
  for (const [prefix, kind] of PREFIXES)
    if (slug.startsWith(prefix)) return { kind, detail: words(slug.slice(prefix.length)) }
  return { kind: 'other', detail: words(slug) }
}
