import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { ConfirmButton } from '../../../src/renderer/ui/confirm-button'
import { freshDb, renderWithApp } from './render'

const MESSAGE = 'Hapus semua contoh data? Data Anda sendiri tidak ikut terhapus.'
const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

async function openDialog(onConfirm = vi.fn()) {
  const db = await freshDb()
  dbs.push(db)
  renderWithApp(
    <ConfirmButton color="red" message={MESSAGE} onConfirm={onConfirm}>
      Hapus contoh data
    </ConfirmButton>,
    db,
  )
  expect(screen.queryByRole('dialog')).toBeNull()
  fireEvent.click(screen.getByRole('button', { name: 'Hapus contoh data' }))
  const dialog = await screen.findByRole('dialog')
  return { onConfirm, dialog }
}

describe('ConfirmButton', () => {
  it('asks first, in a dialog titled with the action that says what will be lost', async () => {
    const { onConfirm, dialog } = await openDialog()
    expect(dialog.textContent).toContain(MESSAGE)
    expect(screen.getByRole('heading', { name: 'Hapus contoh data' })).toBeTruthy()
    expect(onConfirm).not.toHaveBeenCalled()
    fireEvent.click(screen.getByRole('button', { name: 'Ya, lanjutkan' }))
    await waitFor(() => expect(onConfirm).toHaveBeenCalledTimes(1))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
  })

  it('puts the keyboard on "Ya, lanjutkan" when it opens, so Enter confirms', async () => {
    await openDialog()
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Ya, lanjutkan' })),
    )
  })

  it('Esc and "Batal" close the dialog without doing anything', async () => {
    const { onConfirm, dialog } = await openDialog()
    fireEvent.keyDown(dialog, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    fireEvent.click(screen.getByRole('button', { name: 'Hapus contoh data' }))
    await screen.findByRole('dialog')
    fireEvent.click(screen.getByRole('button', { name: 'Batal' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(onConfirm).not.toHaveBeenCalled()
  })

  it('a refused action says why instead of failing silently', async () => {
    const refused = vi.fn(async () => {
      throw new Error('Rekaman ini dirujuk oleh 2 keputusan; tidak dipindahkan ke Sampah.')
    })
    await openDialog(refused)
    fireEvent.click(screen.getByRole('button', { name: 'Ya, lanjutkan' }))
    expect(
      await screen.findByText('Rekaman ini dirujuk oleh 2 keputusan; tidak dipindahkan ke Sampah.'),
    ).toBeTruthy()
    expect(refused).toHaveBeenCalledTimes(1)
  })
})
