import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { aboutText, buildMenuTemplate } from '../../../src/main/menu'

function labels(items: MenuItemConstructorOptions[]): unknown[] {
  return items
    .filter((i) => i.type !== 'separator')
    .map((i) => (Array.isArray(i.submenu) ? { [i.label ?? '']: labels(i.submenu) } : i.label))
}

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? allItems(i.submenu) : [])])
}

const noop = { showAbout: () => undefined }

describe('buildMenuTemplate', () => {
  it('is Indonesian by default', () => {
    expect(labels(buildMenuTemplate('id', noop, { isPackaged: true }))).toEqual([
      { Berkas: ['Keluar'] },
      { Sunting: ['Urungkan', 'Ulangi', 'Potong', 'Salin', 'Tempel', 'Pilih Semua'] },
      { Tampilan: ['Muat Ulang', 'Perbesar', 'Perkecil', 'Ukuran Sebenarnya', 'Layar Penuh'] },
      { Bantuan: ['Tentang Simpul'] },
    ])
  })

  it('has English equivalents', () => {
    expect(labels(buildMenuTemplate('en', noop, { isPackaged: true }))).toEqual([
      { File: ['Quit'] },
      { Edit: ['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All'] },
      { View: ['Reload', 'Zoom In', 'Zoom Out', 'Actual Size', 'Full Screen'] },
      { Help: ['About Simpul'] },
    ])
  })

  it('gives both languages the same roles, so shortcuts do not change with the language', () => {
    const roles = (lang: 'id' | 'en') =>
      allItems(buildMenuTemplate(lang, noop, { isPackaged: true })).map(
        (i) => i.role ?? i.type ?? 'click',
      )
    expect(roles('id')).toEqual(roles('en'))
    expect(roles('id')).toEqual(
      expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
    )
  })

  it('has no developer tools in a packaged build', () => {
    const items = allItems(buildMenuTemplate('id', noop, { isPackaged: true }))
    expect(items.some((i) => i.role === 'toggleDevTools' || i.role === 'forceReload')).toBe(false)
  })

  it('offers developer tools while developing', () => {
    const items = allItems(buildMenuTemplate('id', noop, { isPackaged: false }))
    expect(items.filter((i) => i.role === 'toggleDevTools').map((i) => i.label)).toEqual([
      'Alat Pengembang',
    ])
  })

  it('opens About through the given action', () => {
    const showAbout = vi.fn()
    const about = allItems(buildMenuTemplate('en', { showAbout }, { isPackaged: true })).find(
      (i) => i.label === 'About Simpul',
    )
    ;(about?.click as () => void)()
    expect(showAbout).toHaveBeenCalledOnce()
  })
})

describe('aboutText', () => {
  it('names the version in both languages', () => {
    expect(aboutText('id', '0.1.0')).toMatchObject({
      title: 'Tentang Simpul',
      message: 'Simpul 0.1.0',
    })
    expect(aboutText('en', '0.1.0')).toMatchObject({
      title: 'About Simpul',
      message: 'Simpul 0.1.0',
    })
  })
})
