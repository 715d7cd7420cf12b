/**
 * Save and open through the system dialogs. The renderer never names a path: the user picks
 * it in a dialog owned by the main process, so a compromised page cannot read or write
 * arbitrary files.
 */
import { basename, extname, join } from 'node:path'
import type {
  FileFilter,
  OpenFileRequest,
  OpenedFile,
  SaveFileRequest,
  SaveFileResult,
} from '../shared/bridge-contract'

export const MAX_OPEN_FILE_BYTES = 200 * 1024 * 1024

export interface SaveDialogOptions {
  defaultPath: string
  filters?: FileFilter[]
}
export interface OpenDialogOptions {
  filters: FileFilter[]
  properties: ['openFile']
}

export interface SaveFileDeps {
  showSaveDialog(
    options: SaveDialogOptions,
  ): Promise<{ canceled: boolean; filePath?: string | undefined }>
  writeFile(path: string, data: Uint8Array): Promise<void>
  /** Folder the dialog starts in (Documents); the suggested name is joined to it. */
  defaultDir?: string
}

export async function saveFileWithDialog(
  deps: SaveFileDeps,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const defaultPath = deps.defaultDir
    ? join(deps.defaultDir, request.suggestedName)
    : request.suggestedName
  const choice = await deps.showSaveDialog({
    defaultPath,
    ...(request.filters && request.filters.length > 0 ? { filters: request.filters } : {}),
  })
  if (choice.canceled || !choice.filePath) return { saved: false }
  try {
    await deps.writeFile(choice.filePath, request.data)
  } catch (error) {
    throw new Error(`Berkas tidak bisa disimpan ke ${choice.filePath}: ${describeError(error)}`, {
      cause: error,
    })
  }
  return { saved: true, location: choice.filePath }
}

export interface OpenFileDeps {
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>
  stat(path: string): Promise<{ size: number; isFile(): boolean }>
  readFile(path: string): Promise<Uint8Array>
}

function formatMegabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })
}

export async function openFileWithDialog(
  deps: OpenFileDeps,
  request: OpenFileRequest,
): Promise<OpenedFile | null> {
  const choice = await deps.showOpenDialog({ filters: request.filters, properties: ['openFile'] })
  const filePath = choice.filePaths[0]
  if (choice.canceled || filePath === undefined) return null

  // Some platforms' dialogs let the user switch to "all files"; hold them to what was asked.
  const allowed = new Set(request.filters.flatMap((f) => f.extensions.map((e) => e.toLowerCase())))
  const extension = extname(filePath).slice(1).toLowerCase()
  if (!allowed.has(extension)) {
    throw new Error(
      `Jenis berkas tidak didukung. Pilih berkas ${[...allowed].map((e) => `.${e}`).join(', ')}.`,
    )
  }

  const info = await deps.stat(filePath)
  if (!info.isFile()) throw new Error('Yang dipilih bukan berkas.')
  if (info.size > MAX_OPEN_FILE_BYTES) {
    throw new Error(
      `Berkas terlalu besar (${formatMegabytes(info.size)} MB). Ukuran paling besar ${formatMegabytes(MAX_OPEN_FILE_BYTES)} MB.`,
    )
  }
  const data = await deps.readFile(filePath)
  return {
    name: basename(filePath),
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
