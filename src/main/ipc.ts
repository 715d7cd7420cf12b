/**
 * One ipcMain.handle per channel of the bridge contract. Every handler checks who is asking
 * (only frames loaded from app://simpul), treats its arguments as unknown and parses them with
 * the contract's schemas, then calls a named function that has its own tests.
 */
import type { z } from 'zod'
import {
  backupNameSchema,
  backupWriteRequestSchema,
  channels,
  externalUrlSchema,
  languageSchema,
  openFileRequestSchema,
  saveFileRequestSchema,
  syncPasswordSchema,
  type AppInfo,
  type BackupFileInfo,
  type BackupWriteRequest,
  type Language,
  type OpenedFile,
  type OpenFileRequest,
  type SaveFileRequest,
  type SaveFileResult,
} from '../shared/bridge-contract'
import { isAppUrl } from './security'

export type ChannelKey = keyof typeof channels

/** What main does for each channel, keyed like `channels`. */
export interface MainHandlers {
  appInfo(): Promise<AppInfo>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenedFile | null>
  openExternal(url: string): Promise<boolean>
  setLanguage(language: Language): Promise<void>
  backupsSupported(): Promise<boolean>
  backupsWrite(request: BackupWriteRequest): Promise<BackupFileInfo>
  backupsList(): Promise<BackupFileInfo[]>
  backupsRead(fileName: string): Promise<Uint8Array>
  backupsOpenFolder(): Promise<void>
  syncPasswordRead(): Promise<string | null>
  syncPasswordKeep(password: string): Promise<void>
}

/** The parts of IpcMainInvokeEvent the sender check reads. */
export interface InvokeEventLike {
  senderFrame?: { url: string } | null
}

export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>,
  ): void
}

/** Only the app's own pages may call the platform, never a frame from anywhere else. */
export function isTrustedSenderUrl(url: unknown): boolean {
  return isAppUrl(url)
}

export function isTrustedSender(event: InvokeEventLike): boolean {
  // senderFrame is null once the frame has navigated away or been destroyed.
  const frame = event.senderFrame
  return frame !== null && frame !== undefined && isTrustedSenderUrl(frame.url)
}

export class IpcRequestError extends Error {
  override name = 'IpcRequestError'
}

function parseArgument<S extends z.ZodType>(
  channel: string,
  schema: S,
  value: unknown,
): z.output<S> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const where = result.error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length > 0 ? issue.path.join('.') : 'argumen'))
    .join(', ')
  throw new IpcRequestError(`Permintaan ${channel} ditolak: data tidak sah (${where}).`)
}

function expectArgCount(channel: string, args: readonly unknown[], count: number): void {
  if (args.length !== count) {
    throw new IpcRequestError(
      `Permintaan ${channel} ditolak: jumlah argumen harus ${count}, diterima ${args.length}.`,
    )
  }
}

type Route = (handlers: MainHandlers, args: readonly unknown[]) => Promise<unknown>

function noArgs(channel: string, call: (h: MainHandlers) => Promise<unknown>): Route {
  return (h, args) => {
    expectArgCount(channel, args, 0)
    return call(h)
  }
}

function oneArg<S extends z.ZodType>(
  channel: string,
  schema: S,
  call: (h: MainHandlers, value: z.output<S>) => Promise<unknown>,
): Route {
  return (h, args) => {
    expectArgCount(channel, args, 1)
    return call(h, parseArgument(channel, schema, args[0]))
  }
}

/** Keyed like `channels`, so the compiler insists every channel has exactly one route. */
const routes: Record<ChannelKey, Route> = {
  appInfo: noArgs(channels.appInfo, (h) => h.appInfo()),
  saveFile: oneArg(channels.saveFile, saveFileRequestSchema, (h, r) => h.saveFile(r)),
  openFile: oneArg(channels.openFile, openFileRequestSchema, (h, r) => h.openFile(r)),
  openExternal: oneArg(channels.openExternal, externalUrlSchema, (h, url) => h.openExternal(url)),
  setLanguage: oneArg(channels.setLanguage, languageSchema, (h, language) =>
    h.setLanguage(language),
  ),
  backupsSupported: noArgs(channels.backupsSupported, (h) => h.backupsSupported()),
  backupsWrite: oneArg(channels.backupsWrite, backupWriteRequestSchema, (h, r) =>
    h.backupsWrite(r),
  ),
  backupsList: noArgs(channels.backupsList, (h) => h.backupsList()),
  backupsRead: oneArg(channels.backupsRead, backupNameSchema, (h, name) => h.backupsRead(name)),
  backupsOpenFolder: noArgs(channels.backupsOpenFolder, (h) => h.backupsOpenFolder()),
  syncPasswordRead: noArgs(channels.syncPasswordRead, (h) => h.syncPasswordRead()),
  syncPasswordKeep: oneArg(channels.syncPasswordKeep, syncPasswordSchema, (h, p) =>
    h.syncPasswordKeep(p),
  ),
}

export function registerIpcHandlers(
  ipcMain: IpcMainLike,
  handlers: MainHandlers,
  isTrusted: (event: InvokeEventLike) => boolean = isTrustedSender,
): void {
  for (const key of Object.keys(channels) as ChannelKey[]) {
    const channel = channels[key]
    const route = routes[key]
    ipcMain.handle(channel, async (event, ...args) => {
      if (!isTrusted(event))
        throw new IpcRequestError(`Permintaan ${channel} ditolak: pengirim tidak dikenal.`)
      return route(handlers, args)
    })
  }
}
