/**
 * The one contract between the renderer and the platform it runs on.
 *
 * Electron: the preload exposes `window.simpul` with exactly these methods (checked with
 * `satisfies SimpulBridge`), each forwarding to one IPC channel below; main validates the
 * sender and parses the arguments with the schemas here before calling a named function.
 * Browser: `src/renderer/bridge/browser-bridge.ts` implements the same interface with
 * downloads and file inputs, so the renderer is a complete app without Electron.
 */
import { z } from 'zod'

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(20),
})
export type FileFilter = z.infer<typeof fileFilterSchema>

export const saveFileRequestSchema = z.object({
  suggestedName: z
    .string()
    .min(1)
    .max(200)
    .refine((n) => !/[\\/:*?"<>|\u0000-\u001f]/.test(n), 'nama berkas tidak sah'),
  data: z.instanceof(Uint8Array),
  mimeType: z.string().max(200),
  filters: z.array(fileFilterSchema).max(10).optional(),
})
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>
export type SaveFileResult = { saved: true; location: string } | { saved: false }

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).min(1).max(10),
})
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>
export type OpenedFile = { name: string; data: Uint8Array }

export const externalUrlSchema = z.string().max(2048)

export const languageSchema = z.enum(['id', 'en'])
export type Language = z.infer<typeof languageSchema>

export interface AppInfo {
  version: string
  shell: 'electron' | 'browser'
  platform: string
}

export const backupNameSchema = z
  .string()
  .regex(/^simpul-backup-[0-9A-Za-z_-]{1,80}\.simpul\.json$/)

export const backupWriteRequestSchema = z.object({
  fileName: backupNameSchema,
  /** The file's bytes, or its parts in order (a backup is written a page of rows at a time). */
  data: z.union([z.instanceof(Uint8Array), z.array(z.instanceof(Uint8Array)).max(1_000_000)]),
  keep: z.number().int().min(1).max(365),
})
export type BackupWriteRequest = z.infer<typeof backupWriteRequestSchema>
/** What a backup file's header says it holds (read by main from the file's first bytes). */
export const backupHeaderSchema = z.object({
  format: z.literal('simpul-backup'),
  createdAt: z.string().max(40),
  schemaVersion: z.number().int(),
  counts: z.record(z.string().max(40), z.number().int().nonnegative()),
})

/**
 * A backup on disk. `holds` is null when the header could not be read (not a Simpul backup,
 * or damaged); it is absent from results of the write call. Checked with this schema on the
 * renderer side too (a result crosses the boundary like an argument).
 */
export const backupFileInfoSchema = z.object({
  fileName: backupNameSchema,
  sizeBytes: z.number().int().nonnegative(),
  modifiedAt: z.string().max(40),
  holds: backupHeaderSchema.nullable().optional(),
})
export type BackupFileInfo = z.infer<typeof backupFileInfoSchema>
/** The sync office password ('' removes it). */
export const syncPasswordSchema = z.string().max(1024)

/** Every call the renderer may make to the platform. Nothing else crosses the boundary. */
export interface SimpulBridge {
  appInfo(): Promise<AppInfo>
  /** Save bytes under a name the user confirms (save dialog in Electron, download in a browser). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  /** Let the user choose one file of the given types; null when cancelled. */
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  /** Open an https: or mailto: link in the user's own browser; false when refused or it failed. */
  openExternal(url: string): Promise<boolean>
  /** Tell the platform the UI language (the Electron menu follows it). */
  setLanguage(language: Language): Promise<void>
  /**
   * Automatic backups on disk (Electron only). In a browser `supported` is false and the app
   * reminds the user to download a backup instead.
   */
  backups: {
    supported(): Promise<boolean>
    write(request: BackupWriteRequest): Promise<BackupFileInfo>
    list(): Promise<BackupFileInfo[]>
    read(fileName: string): Promise<Uint8Array>
    openFolder(): Promise<void>
  }
  /**
   * The sync office password. Electron: kept encrypted by the main process (safeStorage), never
   * in IndexedDB. Browser: kept in memory for the tab's life only.
   */
  syncPassword: {
    read(): Promise<string | null>
    keep(password: string): Promise<void>
  }
}

// Channel names live in an import-free module so the sandboxed preload bundles them without
// pulling zod (a sandboxed preload can require nothing but 'electron').
export { channels, type Channel } from './channels'
