/**
 * Electron entry: wiring only. Every decision (security, protocol, IPC, files, backups, menu,
 * window placement) lives in its own module as plain functions with unit tests.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  safeStorage,
  session,
  shell,
} from 'electron'
import type { Language } from '../shared/bridge-contract'
import { APP_SCHEME_PRIVILEGES, createAppProtocolHandler } from './app-protocol'
import {
  BACKUPS_FOLDER,
  listBackupsWithHeaders,
  openBackupsFolder,
  readBackup,
  writeBackup,
} from './backups'
import { openFileWithDialog, saveFileWithDialog } from './files'
import { registerIpcHandlers, type MainHandlers } from './ipc'
import { keepSyncPassword, readSyncPassword, SYNC_SECRET_FILE } from './sync-secret'
import { aboutText, buildMenuTemplate } from './menu'
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  hardenSession,
  hardenWebContents,
  openAllowedExternal,
  secureWebPreferences,
} from './security'
import {
  createWindowStateSaver,
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  resolveWindowState,
  WINDOW_STATE_FILE,
  type WindowState,
} from './window-state'

const mainDir = dirname(fileURLToPath(import.meta.url))
const preloadPath = join(mainDir, '../preload/index.cjs')
const rendererDir = join(mainDir, '../renderer')

// The userData folder (and with it every setting and backup) is named after the app. Set it
// explicitly so a change to package.json's name or productName can never move it.
app.setName('Simpul')
// The Electron test suite runs against a throw-away profile, so it neither touches nor is
// blocked (single-instance lock) by a developer's real Simpul. Never honoured when packaged.
const testUserData = process.env.SIMPUL_TEST_USER_DATA
if (!app.isPackaged && testUserData) app.setPath('userData', testUserData)
app.enableSandbox()
// Must happen before 'ready'. Standard + secure gives app://simpul a real origin, so
// IndexedDB, fetch and the CSP behave as on https.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } },
])

let mainWindow: BrowserWindow | null = null
let language: Language = 'id'

const openExternal = (url: string): Promise<void> => shell.openExternal(url)

function installMenu(): void {
  const template = buildMenuTemplate(language, { showAbout }, { isPackaged: app.isPackaged })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}

function showAbout(): void {
  const text = aboutText(language, app.getVersion())
  const options = { type: 'info' as const, buttons: ['OK'], ...text }
  void (mainWindow ? dialog.showMessageBox(mainWindow, options) : dialog.showMessageBox(options))
}

function syncSecretFile(): string {
  return join(app.getPath('userData'), SYNC_SECRET_FILE)
}

function backupsDir(): string {
  return join(app.getPath('userData'), BACKUPS_FOLDER)
}

function createHandlers(): MainHandlers {
  const owner = (): BrowserWindow | undefined => mainWindow ?? undefined
  return {
    appInfo: async () => ({
      version: app.getVersion(),
      shell: 'electron',
      platform: process.platform,
    }),
    saveFile: (request) =>
      saveFileWithDialog(
        {
          showSaveDialog: (options) => {
            const win = owner()
            return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options)
          },
          writeFile: (path, data) => fs.writeFile(path, data),
          defaultDir: app.getPath('documents'),
        },
        request,
      ),
    openFile: (request) =>
      openFileWithDialog(
        {
          showOpenDialog: (options) => {
            const win = owner()
            return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options)
          },
          stat: (path) => fs.stat(path),
          readFile: (path) => fs.readFile(path),
        },
        request,
      ),
    openExternal: (url) => openAllowedExternal(url, openExternal),
    setLanguage: async (next) => {
      language = next
      installMenu()
    },
    backupsSupported: async () => true,
    backupsWrite: (request) => writeBackup(fs, backupsDir(), request),
    backupsList: () => listBackupsWithHeaders(fs, backupsDir()),
    backupsRead: (fileName) => readBackup(fs, backupsDir(), fileName),
    backupsOpenFolder: () =>
      openBackupsFolder({ mkdir: fs.mkdir, openPath: (p) => shell.openPath(p) }, backupsDir()),
    syncPasswordRead: () => readSyncPassword(safeStorage, fs, syncSecretFile()),
    syncPasswordKeep: (password) => keepSyncPassword(safeStorage, fs, syncSecretFile(), password),
  }
}

function readStoredWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function createMainWindow(): BrowserWindow {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE)
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea)
  const state = resolveWindowState(readStoredWindowState(stateFile), workAreas)

  const win = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Simpul',
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(preloadPath),
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  // Synchronous write: the last save happens on 'close', right before the process may exit.
  const saver = createWindowStateSaver({
    write: (json) => writeFileSync(stateFile, json, 'utf8'),
    onError: (error) => console.warn('Posisi jendela tidak tersimpan:', error),
  })
  const remember = (): void => {
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return
    saver.schedule({ ...win.getNormalBounds(), maximized: win.isMaximized() })
  }
  win.on('resize', remember)
  win.on('move', remember)
  win.on('maximize', remember)
  win.on('unmaximize', remember)
  win.on('close', () => {
    remember()
    saver.flush()
  })
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null
  })

  void win.loadURL(APP_ENTRY_URL)
  return win
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

// Two instances would write the same IndexedDB and backups folder at once.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal))
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow()
  })

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession)
    protocol.handle(
      APP_SCHEME,
      createAppProtocolHandler({ rootDir: rendererDir, readFile: (p) => fs.readFile(p) }),
    )
    registerIpcHandlers(ipcMain, createHandlers())
    installMenu()
    mainWindow = createMainWindow()
  })
}
