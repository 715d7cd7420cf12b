import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { CoverageForm } from '../../../src/renderer/features/coverage/coverage-form'
import { freshDb, renderWithApp, tabOrder } from './render'

const dbs: SimpulDexie[] = []
afterEach(() => {
  while (dbs.length) dbs.pop()!.close()
})

async function setup() {
  const db = await freshDb()
  dbs.push(db)
  const onDone = vi.fn()
  const view = renderWithApp(
    <CoverageForm regionId="63.05" existing={null} defaultYear="2025" onDone={onDone} />,
    db,
  )
  const type = (label: RegExp, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } })
  return { db, onDone, type, view }
}

/** The error Mantine shows under a field, found through the field's aria-describedby. */
function errorOf(input: HTMLElement): string {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean)
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ')
}

describe('CoverageForm', () => {
  it('refuses a figure without a source, naming the field in Indonesian, and writes nothing', async () => {
    const { db, onDone, type } = await setup()
    type(/^Jumlah peserta/, '12.500')
    type(/^Besar basis/, '50.000')
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    const source = screen.getByLabelText(/^Sumber \(dokumen/)
    await waitFor(() => expect(source.getAttribute('aria-invalid')).toBe('true'))
    expect(errorOf(source)).toContain('Sumber: wajib diisi')
    expect(onDone).not.toHaveBeenCalled()
    expect(await db.coverage.count()).toBe(0)
  })

  it('names a missing year as the form labels it ("Tahun", not "Periode")', async () => {
    const { db, type } = await setup()
    type(/^Tahun/, '')
    type(/^Jumlah peserta/, '12.500')
    type(/^Sumber \(dokumen/, 'Laporan Disnaker Tapin 2025')
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    const year = screen.getByLabelText(/^Tahun/)
    await waitFor(() => expect(year.getAttribute('aria-invalid')).toBe('true'))
    expect(errorOf(year)).toMatch(/^Tahun: /)
    expect(errorOf(year)).not.toContain('Periode')
    expect(await db.coverage.count()).toBe(0)
  })

  it('says a count typed in words is not a number, on that field', async () => {
    const { db, type } = await setup()
    type(/^Jumlah peserta/, 'dua belas ribu')
    type(/^Sumber \(dokumen/, 'Laporan Disnaker Tapin 2025')
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    const count = screen.getByLabelText(/^Jumlah peserta/)
    await waitFor(() => expect(errorOf(count)).toContain('bukan angka'))
    expect(errorOf(count)).toContain('41.120')
    expect(await db.coverage.count()).toBe(0)
  })

  it('reads id-ID numbers, computes the percentage instead of taking one, and saves what was typed', async () => {
    const { db, onDone, type } = await setup()
    type(/^Jumlah peserta/, '12.500')
    type(/^Besar basis/, '50.000')
    type(/^Keterangan basis/, 'pekerja di luar ASN')
    expect(screen.getByTestId('computed-preview').textContent).toBe(
      'Cakupan: 25% pekerja di luar ASN',
    )
    expect((screen.getByLabelText(/^Persentase dari sumber/) as HTMLInputElement).disabled).toBe(
      true,
    )
    type(/^Sumber \(dokumen/, 'Laporan Disnaker Tapin 2025')
    fireEvent.click(screen.getByRole('button', { name: 'Simpan' }))
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1))
    const saved = await db.coverage.toArray()
    expect(saved).toHaveLength(1)
    expect(saved[0]).toMatchObject({
      regionId: '63.05',
      period: '2025',
      count: 12_500,
      baseSize: 50_000,
      statedPercent: null,
      baseLabel: 'pekerja di luar ASN',
      sourceDocument: 'Laporan Disnaker Tapin 2025',
      asOfDate: null,
    })
  })

  it('is walked with Tab in reading order: period, what was counted, base, source, then the buttons', async () => {
    const { view } = await setup()
    const names = tabOrder(view.container.querySelector('form')!).map((el) =>
      el.tagName === 'BUTTON'
        ? el.textContent
        : ((el as HTMLInputElement).labels?.[0]?.textContent ?? '').replace(/\s*\*$/, ''),
    )
    expect(names).toEqual([
      'Tahun',
      'Bulan (bila data bulanan)',
      'Segmen',
      'Yang dihitung',
      'Jumlah peserta',
      'Jenis basis (dibagi dengan apa)',
      'Keterangan basis',
      'Besar basis',
      'Persentase dari sumber',
      'Sumber (dokumen, berita, laporan)',
      'Lembaga sumber',
      'Tanggal data',
      'Catatan',
      'Batal',
      'Simpan',
    ])
  })
})
