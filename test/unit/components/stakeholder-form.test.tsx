import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { StakeholderForm } from '../../../src/renderer/features/stakeholders/stakeholder-form'
import { freshDb, renderWithApp } from './render'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

async function setup() {
  const db = await freshDb()
  dbs.push(db)
  const onClose = vi.fn()
  renderWithApp(
    <StakeholderForm record={null} institutions={[]} regions={[]} onClose={onClose} />,
    db,
  )
  const dialog = await screen.findByRole('dialog')
  return { db, onClose, dialog }
}

describe('StakeholderForm', () => {
  it('refuses a stakeholder without a name, saying so in Indonesian, and keeps the dialog open', async () => {
    const { db, onClose } = await setup()
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    const alert = await screen.findByText(/wajib diisi/, { selector: '[role="alert"]' })
    expect(alert.textContent).toContain('Nama: wajib diisi')
    expect(screen.getByLabelText(/^Nama/).getAttribute('aria-invalid')).toBe('true')
    expect(onClose).not.toHaveBeenCalled()
    expect(await db.stakeholders.count()).toBe(0)
  })

  it('opens with the keyboard on the name field, and Esc closes it without saving', async () => {
    const { db, onClose, dialog } = await setup()
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText(/^Nama/)))
    fireEvent.keyDown(dialog, { key: 'Escape' })
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(await db.stakeholders.count()).toBe(0)
  })

  it('an institution has no position or parent institution to fill in, and is saved as one', async () => {
    const { db, onClose } = await setup()
    expect(screen.getByLabelText('Jabatan')).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: 'Instansi' }))
    await waitFor(() => expect(screen.queryByLabelText('Jabatan')).toBeNull())
    fireEvent.change(screen.getByLabelText(/^Nama/), {
      target: { value: 'Disnakertrans Kabupaten Balangan' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1))
    expect(await db.stakeholders.toArray()).toMatchObject([
      {
        kind: 'institution',
        name: 'Disnakertrans Kabupaten Balangan',
        position: '',
        institutionId: null,
      },
    ])
  })
})
