import { describe, expect, it, vi } from 'vitest'
import {
  MAX_OPEN_FILE_BYTES,
  openFileWithDialog,
  saveFileWithDialog,
} from '../../../src/main/files'

const bytes = new TextEncoder().encode('kode,nama\n63.01,Tanah Laut\n')
const csv = [{ name: 'CSV', extensions: ['csv'] }]

describe('saveFileWithDialog', () => {
  it('writes the bytes where the user chose', async () => {
    const writeFile = vi.fn(async () => undefined)
    const showSaveDialog = vi.fn(async () => ({
      canceled: false,
      filePath: '/home/u/Documents/wilayah.csv',
    }))
    const result = await saveFileWithDialog(
      { showSaveDialog, writeFile, defaultDir: '/home/u/Documents' },
      { suggestedName: 'wilayah.csv', data: bytes, mimeType: 'text/csv', filters: csv },
    )
    expect(result).toEqual({ saved: true, location: '/home/u/Documents/wilayah.csv' })
    expect(showSaveDialog).toHaveBeenCalledWith({
      defaultPath: '/home/u/Documents/wilayah.csv',
      filters: csv,
    })
    expect(writeFile).toHaveBeenCalledWith('/home/u/Documents/wilayah.csv', bytes)
  })

  it('writes nothing when the user cancels', async () => {
    const writeFile = vi.fn(async () => undefined)
    const result = await saveFileWithDialog(
      { showSaveDialog: async () => ({ canceled: true, filePath: '' }), writeFile },
      { suggestedName: 'wilayah.csv', data: bytes, mimeType: 'text/csv' },
    )
    expect(result).toEqual({ saved: false })
    expect(writeFile).not.toHaveBeenCalled()
  })

  it('explains a failed write in Indonesian', async () => {
    await expect(
      saveFileWithDialog(
        {
          showSaveDialog: async () => ({ canceled: false, filePath: '/ro/x.csv' }),
          writeFile: async () => {
            throw new Error('EROFS')
          },
        },
        { suggestedName: 'x.csv', data: bytes, mimeType: 'text/csv' },
      ),
    ).rejects.toThrow('Berkas tidak bisa disimpan ke /ro/x.csv')
  })
})

describe('openFileWithDialog', () => {
  const deps = (path: string | null, size = bytes.byteLength) => ({
    showOpenDialog: vi.fn(async () =>
      path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] },
    ),
    stat: vi.fn(async () => ({ size, isFile: () => true })),
    readFile: vi.fn(async () => bytes),
  })

  it('returns the chosen file by name with its bytes', async () => {
    const d = deps('/data/Wilayah.CSV')
    expect(await openFileWithDialog(d, { filters: csv })).toEqual({
      name: 'Wilayah.CSV',
      data: bytes,
    })
    expect(d.showOpenDialog).toHaveBeenCalledWith({ filters: csv, properties: ['openFile'] })
  })

  it('returns null when the user cancels', async () => {
    const d = deps(null)
    expect(await openFileWithDialog(d, { filters: csv })).toBeNull()
    expect(d.readFile).not.toHaveBeenCalled()
  })

  it('refuses files over 200 MB without reading them', async () => {
    const d = deps('/data/besar.csv', MAX_OPEN_FILE_BYTES + 1)
    await expect(openFileWithDialog(d, { filters: csv })).rejects.toThrow(
      /Berkas terlalu besar .* 200 MB/,
    )
    expect(d.readFile).not.toHaveBeenCalled()
  })

  it('accepts a file of exactly 200 MB', async () => {
    const d = deps('/data/pas.csv', MAX_OPEN_FILE_BYTES)
    await expect(openFileWithDialog(d, { filters: csv })).resolves.not.toBeNull()
  })

  it('refuses a file type that was not asked for', async () => {
    const d = deps('/data/program.exe')
    await expect(openFileWithDialog(d, { filters: csv })).rejects.toThrow(
      'Jenis berkas tidak didukung',
    )
    expect(d.readFile).not.toHaveBeenCalled()
  })

  it('refuses something that is not a file', async () => {
    const d = { ...deps('/data/folder.csv'), stat: async () => ({ size: 0, isFile: () => false }) }
    await expect(openFileWithDialog(d, { filters: csv })).rejects.toThrow('bukan berkas')
  })
})
