/** IPC channel names, declared once and namespaced. No imports: the preload bundles this file. */
export const channels = {
  appInfo: 'simpul:app-info',
  saveFile: 'simpul:file-save',
  openFile: 'simpul:file-open',
  openExternal: 'simpul:open-external',
  setLanguage: 'simpul:set-language',
  backupsSupported: 'simpul:backups-supported',
  backupsWrite: 'simpul:backups-write',
  backupsList: 'simpul:backups-list',
  backupsRead: 'simpul:backups-read',
  backupsOpenFolder: 'simpul:backups-open-folder',
  syncPasswordRead: 'simpul:sync-password-read',
  syncPasswordKeep: 'simpul:sync-password-keep',
} as const
export type Channel = (typeof channels)[keyof typeof channels]
