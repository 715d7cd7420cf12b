import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { createRecord } from '../../../src/renderer/db/repository'
import { TargetForm } from '../../../src/renderer/features/coverage/target-form'
import { actor, freshDb, renderWithApp } from './render'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

async function setup(withExisting: boolean) {
  const db = await freshDb()
  dbs.push(db)
  await ensureReferenceRegions(db)
  const existing = withExisting
    ? await createRecord(
        db,
        'targets',
        {
          regionId: '63.11',
          year: 2026,
          segment: 'semua',
          value: 64_000,
          unit: 'count',
          setBy: 'bappenas',
          sourceDocument: 'Surat Bappenas 2025',
          note: '',
        },
        { actor },
      )
    : null
  const onDone = vi.fn()
  const onEditInstead = vi.fn()
  renderWithApp(
    <TargetForm
      regionId="63.11"
      existing={null}
      defaultYear={2026}
      onDone={onDone}
      onEditInstead={onEditInstead}
    />,
    db,
  )
  return { db, existing, onDone, onEditInstead }
}

describe('TargetForm', () => {
  it('refuses a second target for the same region, year and segment, and offers the one there', async () => {
    const { db, existing, onEditInstead } = await setup(true)
    const alert = await screen.findByTestId('target-duplicate')
    expect(alert.textContent).toContain('Sudah ada target 2026')
    expect(alert.textContent).toContain('64.000')
    const save = screen.getByRole('button', { name: 'Simpan' }) as HTMLButtonElement
    expect(save.disabled).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Ubah target yang ada' }))
    expect(onEditInstead).toHaveBeenCalledWith(existing)
    expect(await db.targets.count()).toBe(1)
  })

  it('says what is wrong with the year and the value in Indonesian, on those fields', async () => {
    const { db, onDone } = await setup(false)
    fireEvent.change(screen.getByLabelText(/^Tahun target/), { target: { value: 'dua ribu' } })
    fireEvent.change(screen.getByLabelText(/^Nilai target/), { target: { value: 'banyak' } })
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    await waitFor(() =>
      expect(screen.getByText(/tulis tahun empat angka antara 2000 dan 2100/)).toBeTruthy(),
    )
    expect(screen.getByLabelText(/^Tahun target/).getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByLabelText(/^Nilai target/).getAttribute('aria-invalid')).toBe('true')
    expect(onDone).not.toHaveBeenCalled()
    expect(await db.targets.count()).toBe(0)
  })
})
