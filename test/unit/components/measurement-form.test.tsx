import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { ensureReferenceRegions } from '../../../src/renderer/db/regions'
import { MeasurementForm } from '../../../src/renderer/features/commitments/measurement-form'
import { balangan } from '../commitments/fixtures'
import { freshDb, renderWithApp, tabOrder } from './render'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

async function setup() {
  const db = await freshDb()
  dbs.push(db)
  await ensureReferenceRegions(db)
  const commitment = balangan()
  await db.commitments.put(commitment)
  const onDone = vi.fn()
  const view = renderWithApp(<MeasurementForm commitment={commitment} onDone={onDone} />, db)
  const type = (label: RegExp, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
  return { db, onDone, type, view }
}

describe('MeasurementForm', () => {
  it('lists in Indonesian, field by field, what an empty measurement lacks, and saves nothing', async () => {
    const { db, onDone } = await setup()
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengukuran' }))
    await waitFor(() =>
      expect(screen.getByLabelText(/^Sumber/).getAttribute('aria-invalid')).toBe('true'),
    )
    const form = screen.getByTestId('measurement-form')
    expect(form.textContent).toContain('Tanggal:')
    expect(form.textContent).toContain('Sumber: wajib diisi')
    expect(onDone).not.toHaveBeenCalled()
    expect(await db.measurements.count()).toBe(0)
  })

  it('saves a value typed as 50.000 as fifty thousand, against its commitment', async () => {
    const { db, onDone, type } = await setup()
    type(/^Tanggal/, '2024-06-30')
    type(/^Nilai/, '50.000')
    type(/^Sumber/, 'BPJS Ketenagakerjaan Cabang Banjarmasin')
    fireEvent.click(screen.getByRole('button', { name: 'Simpan pengukuran' }))
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1))
    expect(await db.measurements.toArray()).toMatchObject([
      { commitmentId: 'balangan', date: '2024-06-30', value: 50_000, stageIndex: null },
    ])
  })

  it('warns, without refusing, when the date is before the baseline date', async () => {
    const { type } = await setup()
    expect(screen.queryByText(/sebelum tanggal nilai awal/)).toBeNull()
    type(/^Tanggal/, '2023-06-30')
    expect(screen.getByText(/sebelum tanggal nilai awal/)).toBeTruthy()
  })

  it('is walked with Tab as it reads: date, value, source, note, cancel, save', async () => {
    const { view } = await setup()
    const order = tabOrder(view.container.querySelector('form')!).map((el) =>
      el.tagName === 'BUTTON'
        ? el.textContent
        : ((el as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/\s*\*$/, ''),
    )
    expect(order).toEqual(['Tanggal', 'Nilai', 'Sumber', 'Catatan', 'Batal', 'Simpan pengukuran'])
  })
})
