/**
 * Automatic backups on disk, in userData/backups. A backup is written to a temporary file,
 * flushed and renamed into place, so a crash or a full disk never leaves a half-written file
 * under a backup name; then only the newest `keep` backups are kept.
 */
import { randomBytes } from 'node:crypto'
import { open } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import {
  backupHeaderSchema,
  backupNameSchema,
  type BackupFileInfo,
  type BackupWriteRequest,
} from '../shared/bridge-contract'
import { describeError } from './files'

export const BACKUPS_FOLDER = 'backups'
export const MAX_BACKUP_READ_BYTES = 200 * 1024 * 1024

interface FileStat {
  size: number
  mtime: Date
  isFile(): boolean
}

interface WritableHandle {
  writeFile(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The slice of node:fs/promises used here; tests pass the real module or wrap it to inject failures. */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  open(path: string, flags: 'wx'): Promise<WritableHandle>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<FileStat>
  readFile(path: string): Promise<Uint8Array>
}

export function isBackupFileName(name: string): boolean {
  return backupNameSchema.safeParse(name).success
}

function backupPath(dir: string, fileName: string): string {
  if (!isBackupFileName(fileName)) throw new Error('Nama berkas cadangan tidak sah.')
  const root = resolve(dir)
  const full = resolve(root, fileName)
  // The name pattern already excludes separators and dots-only names; this is the backstop.
  if (!full.startsWith(root + sep)) throw new Error('Nama berkas cadangan tidak sah.')
  return full
}

function infoOf(fileName: string, stat: FileStat): BackupFileInfo {
  return { fileName, sizeBytes: stat.size, modifiedAt: stat.mtime.toISOString() }
}

/** How much of a backup's beginning is read to learn what it holds (its header is ~600 bytes). */
export const HEADER_READ_BYTES = 16 * 1024

/** Reads the first `bytes` bytes of a file (tests pass their own). */
export type HeadReader = (path: string, bytes: number) => Promise<Uint8Array>

export const readFileHead: HeadReader = async (path, bytes) => {
  const handle = await open(path, 'r')
  try {
    const buffer = new Uint8Array(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * What a backup holds, from its header alone: the renderer writes the header first and the
 * `"tables":` key last (features/data/backup-format.ts serializeBackup), so the text before
 * that key, closed with a brace, is a JSON object with the creation time and counts per
 * table. Only shown on the list: a restore reads, parses and checks the whole file. null when
 * the beginning does not look like a Simpul backup header.
 */
export function parseBackupHeader(head: string): BackupFileInfo['holds'] {
  const at = head.indexOf('"tables":')
  if (at < 0) return null
  const text = `${head.slice(0, at).trimEnd().replace(/,$/, '')}}`.replace(/^\uFEFF/, '')
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch {
    return null
  }
  const parsed = backupHeaderSchema.safeParse(doc)
  return parsed.success ? parsed.data : null
}

/**
 * Backups in the folder, newest first, each with what its header says it holds (null when
 * the header cannot be read: the file is still listed, as "unknown").
 */
export async function listBackupsWithHeaders(
  fs: BackupFs,
  dir: string,
  readHead: HeadReader = readFileHead,
): Promise<BackupFileInfo[]> {
  const infos = await listBackups(fs, dir)
  const out: BackupFileInfo[] = []
  for (const info of infos) {
    const holds = await readHead(join(dir, info.fileName), HEADER_READ_BYTES).then(
      // A multi-byte character cut at the end only affects text after the header.
      (bytes) => parseBackupHeader(new TextDecoder().decode(bytes)),
      () => null,
    )
    out.push({ ...info, holds })
  }
  return out
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'ENOENT'
}

/** Backups in the folder, newest first. A missing folder is simply no backups yet. */
export async function listBackups(fs: BackupFs, dir: string): Promise<BackupFileInfo[]> {
  let names: string[]
  try {
    names = await fs.readdir(dir)
  } catch (error) {
    if (isNotFound(error)) return []
    throw new Error(`Folder cadangan tidak bisa dibaca: ${describeError(error)}`, { cause: error })
  }
  const infos: BackupFileInfo[] = []
  for (const name of names) {
    if (!isBackupFileName(name)) continue
    try {
      const stat = await fs.stat(join(dir, name))
      if (stat.isFile()) infos.push(infoOf(name, stat))
    } catch (error) {
      // Deleted between readdir and stat (another rotation): not a backup any more.
      if (!isNotFound(error)) throw error
    }
  }
  return infos.sort(newestFirst)
}

function newestFirst(a: BackupFileInfo, b: BackupFileInfo): number {
  if (a.modifiedAt !== b.modifiedAt) return a.modifiedAt < b.modifiedAt ? 1 : -1
  return a.fileName < b.fileName ? 1 : a.fileName > b.fileName ? -1 : 0
}

/** Delete all but the newest `keep` backups; `protect` (the one just written) always stays. */
export async function rotateBackups(
  fs: BackupFs,
  dir: string,
  keep: number,
  protect?: string,
): Promise<string[]> {
  const all = await listBackups(fs, dir)
  const others = all.filter((b) => b.fileName !== protect)
  const keepOthers = protect !== undefined && all.length !== others.length ? keep - 1 : keep
  const doomed = others.slice(Math.max(0, keepOthers)).map((b) => b.fileName)
  for (const name of doomed) {
    try {
      await fs.unlink(join(dir, name))
    } catch (error) {
      if (!isNotFound(error))
        throw new Error(`Cadangan lama ${name} tidak bisa dihapus: ${describeError(error)}`, {
          cause: error,
        })
    }
  }
  return doomed
}

export async function writeBackup(
  fs: BackupFs,
  dir: string,
  request: BackupWriteRequest,
): Promise<BackupFileInfo> {
  const target = backupPath(dir, request.fileName)
  await fs.mkdir(dir, { recursive: true })
  // Starts with a dot and ends in .tmp, so it never matches the backup name pattern.
  const tmp = join(dir, `.${request.fileName}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await fs.open(tmp, 'wx')
    try {
      // Part by part: each writeFile on a handle continues where the previous one ended, so no
      // one buffer of the whole file is made here.
      const parts = Array.isArray(request.data) ? request.data : [request.data]
      for (const part of parts) await handle.writeFile(part)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(tmp, target)
  } catch (error) {
    await fs.unlink(tmp).catch(() => undefined)
    throw new Error(`Cadangan tidak bisa ditulis: ${describeError(error)}`, { cause: error })
  }
  const info = infoOf(request.fileName, await fs.stat(target))
  await rotateBackups(fs, dir, request.keep, request.fileName)
  return info
}

export async function readBackup(fs: BackupFs, dir: string, fileName: string): Promise<Uint8Array> {
  const full = backupPath(dir, fileName)
  let stat: FileStat
  try {
    stat = await fs.stat(full)
  } catch (error) {
    if (isNotFound(error))
      throw new Error(`Cadangan ${fileName} tidak ditemukan.`, { cause: error })
    throw error
  }
  if (!stat.isFile()) throw new Error(`Cadangan ${fileName} tidak ditemukan.`)
  if (stat.size > MAX_BACKUP_READ_BYTES)
    throw new Error(`Cadangan ${fileName} terlalu besar untuk dibuka.`)
  const data = await fs.readFile(full)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

export interface OpenFolderDeps {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  /** shell.openPath: resolves to an error message, or '' on success. */
  openPath(path: string): Promise<string>
}

export async function openBackupsFolder(deps: OpenFolderDeps, dir: string): Promise<void> {
  await deps.mkdir(dir, { recursive: true })
  const problem = await deps.openPath(dir)
  if (problem !== '') throw new Error(`Folder cadangan tidak bisa dibuka: ${problem}`)
}
