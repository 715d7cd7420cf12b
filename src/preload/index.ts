/**
 * The bridge, and nothing else: one method per call of the contract, each forwarding to its
 * own channel. Neither ipcRenderer itself, nor a generic invoke, nor the environment reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
// Types only from the contract (erased at build time); the channel names from the import-free
// module, so the bundle requires nothing but 'electron'.
import type {
  AppInfo,
  BackupFileInfo,
  OpenedFile,
  SaveFileResult,
  SimpulBridge,
} from '../shared/bridge-contract'
import { channels } from '../shared/channels'

const api = {
  appInfo: () => ipcRenderer.invoke(channels.appInfo) as Promise<AppInfo>,
  saveFile: (request) => ipcRenderer.invoke(channels.saveFile, request) as Promise<SaveFileResult>,
  openFile: (request) =>
    ipcRenderer.invoke(channels.openFile, request) as Promise<OpenedFile | null>,
  openExternal: (url) => ipcRenderer.invoke(channels.openExternal, url) as Promise<boolean>,
  setLanguage: (language) => ipcRenderer.invoke(channels.setLanguage, language) as Promise<void>,
  backups: {
    supported: () => ipcRenderer.invoke(channels.backupsSupported) as Promise<boolean>,
    write: (request) =>
      ipcRenderer.invoke(channels.backupsWrite, request) as Promise<BackupFileInfo>,
    list: () => ipcRenderer.invoke(channels.backupsList) as Promise<BackupFileInfo[]>,
    read: (fileName) => ipcRenderer.invoke(channels.backupsRead, fileName) as Promise<Uint8Array>,
    openFolder: () => ipcRenderer.invoke(channels.backupsOpenFolder) as Promise<void>,
  },
  syncPassword: {
    read: () => ipcRenderer.invoke(channels.syncPasswordRead) as Promise<string | null>,
    keep: (password) => ipcRenderer.invoke(channels.syncPasswordKeep, password) as Promise<void>,
  },
} satisfies SimpulBridge

contextBridge.exposeInMainWorld('simpul', api)
