/**
 * The application menu in the user's language. Built as plain data (Electron's
 * MenuItemConstructorOptions shape) so its labels and items are tested without Electron;
 * index.ts passes it to Menu.buildFromTemplate.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { Language } from '../shared/bridge-contract'

export interface MenuActions {
  showAbout(): void
}

export interface MenuOptions {
  /** Packaged builds get no developer tools: nothing in the menu opens them. */
  isPackaged: boolean
}

interface MenuLabels {
  file: string
  quit: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  view: string
  reload: string
  zoomIn: string
  zoomOut: string
  resetZoom: string
  fullScreen: string
  devTools: string
  help: string
  about: string
}

const LABELS: Record<Language, MenuLabels> = {
  id: {
    file: 'Berkas',
    quit: 'Keluar',
    edit: 'Sunting',
    undo: 'Urungkan',
    redo: 'Ulangi',
    cut: 'Potong',
    copy: 'Salin',
    paste: 'Tempel',
    selectAll: 'Pilih Semua',
    view: 'Tampilan',
    reload: 'Muat Ulang',
    zoomIn: 'Perbesar',
    zoomOut: 'Perkecil',
    resetZoom: 'Ukuran Sebenarnya',
    fullScreen: 'Layar Penuh',
    devTools: 'Alat Pengembang',
    help: 'Bantuan',
    about: 'Tentang Simpul',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    fullScreen: 'Full Screen',
    devTools: 'Developer Tools',
    help: 'Help',
    about: 'About Simpul',
  },
}

export function buildMenuTemplate(
  language: Language,
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const t = LABELS[language]
  const view: MenuItemConstructorOptions[] = [
    { label: t.reload, role: 'reload' },
    { type: 'separator' },
    { label: t.zoomIn, role: 'zoomIn' },
    { label: t.zoomOut, role: 'zoomOut' },
    { label: t.resetZoom, role: 'resetZoom' },
    { type: 'separator' },
    { label: t.fullScreen, role: 'togglefullscreen' },
  ]
  if (!options.isPackaged)
    view.push({ type: 'separator' }, { label: t.devTools, role: 'toggleDevTools' })

  return [
    { label: t.file, submenu: [{ label: t.quit, role: 'quit' }] },
    {
      label: t.edit,
      submenu: [
        { label: t.undo, role: 'undo' },
        { label: t.redo, role: 'redo' },
        { type: 'separator' },
        { label: t.cut, role: 'cut' },
        { label: t.copy, role: 'copy' },
        { label: t.paste, role: 'paste' },
        { type: 'separator' },
        { label: t.selectAll, role: 'selectAll' },
      ],
    },
    { label: t.view, submenu: view },
    { label: t.help, submenu: [{ label: t.about, click: () => actions.showAbout() }] },
  ]
}

/** Text of the About box, in the same language as the menu. */
export function aboutText(
  language: Language,
  version: string,
): { title: string; message: string; detail: string } {
  return language === 'id'
    ? {
        title: 'Tentang Simpul',
        message: `Simpul ${version}`,
        detail: 'Koordinasi jaminan sosial ketenagakerjaan untuk pemerintah daerah.',
      }
    : {
        title: 'About Simpul',
        message: `Simpul ${version}`,
        detail: 'Employment social security coordination for regional governments.',
      }
}
