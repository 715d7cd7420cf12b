/** Pledges as they are made: "menambah 10.000" on a baseline proposed from the latest figure. */
import { describe, expect, it } from 'vitest'
import type { Commitment, CoverageObservation } from '../../../src/renderer/db/types'
import { evaluateCommitment } from '../../../src/renderer/domain/progress'
import {
  emptyCommitmentForm,
  formToCommitmentInput,
  proposeBaseline,
} from '../../../src/renderer/features/commitments/form-model'

const msg = { notNumber: 'bukan angka', evidenceLine: (n: number) => `baris ${n}` }

const figure = (v: Partial<CoverageObservation>): CoverageObservation =>
  ({
    id: 'f1',
    regionId: '63.10',
    period: '2025',
    segment: 'pekerja_rentan',
    measure: 'registered',
    count: 24_000,
    baseKind: 'tidak_disebut',
    baseLabel: '',
    baseSize: null,
    statedPercent: null,
    asOfDate: '2025-06-30',
    sourceDocument: 'Laporan BPJS Juni 2025',
    sourceInstitution: 'BPJS Ketenagakerjaan Banjarmasin',
    note: '',
    createdAt: '2025-07-01T00:00:00Z',
    updatedAt: '2025-07-01T00:00:00Z',
    ...v,
  }) as CoverageObservation

describe('baseline proposal', () => {
  const figures = [
    figure({}),
    figure({ id: 'f0', asOfDate: '2024-12-31', period: '2024', count: 20_000 }),
    figure({ id: 'later', asOfDate: '2026-03-31', period: '2026', count: 30_000 }),
    figure({ id: 'other', segment: 'pu', count: 99_000 }),
    figure({ id: 'active', measure: 'active', count: 18_000 }),
  ]
  it('takes the latest registered figure of the region and segment on or before the pledge date', () => {
    const p = proposeBaseline(figures, '63.10', 'pekerja_rentan', 'count', '2025-12-01')!
    expect(p).toMatchObject({ value: 24_000, date: '2025-06-30', figureId: 'f1' })
    expect(p.source).toBe('BPJS Ketenagakerjaan Banjarmasin; Laporan BPJS Juni 2025')
    expect(proposeBaseline(figures, '63.10', 'pekerja_rentan', 'count', '2024-12-31')!.value).toBe(
      20_000,
    )
    expect(proposeBaseline(figures, '63.10', 'pekerja_rentan', 'count', '2024-01-01')).toBeNull()
    expect(proposeBaseline(figures, '63.10', '', 'count', '2025-12-01')).toBeNull()
  })
})

describe('an increase pledge', () => {
  const base = {
    ...emptyCommitmentForm('63.10'),
    title: 'Menambah 10.000 pekerja rentan',
    segment: 'pekerja_rentan',
    deadline: '2026-12-31',
    pledge: 'increase' as const,
    increaseValue: '10.000',
  }
  it('sets the target to baseline + increase and keeps where the baseline came from', () => {
    const { input, errors } = formToCommitmentInput(
      {
        ...base,
        baselineValue: '24.000',
        baselineDate: '2025-06-30',
        baselineSource: 'Laporan BPJS Juni 2025',
        baselineOrigin: 'figure',
        baselineFigureId: 'f1',
      },
      msg,
    )
    expect(errors).toEqual({})
    expect(input).toMatchObject({
      pledge: 'increase',
      increase: 10_000,
      baselineValue: 24_000,
      targetValue: 34_000,
      baselineOrigin: 'figure',
      baselineFigureId: 'f1',
    })
  })

  it('refuses an empty baseline unless it is stated unknown, and then leaves the target unknown', () => {
    const refused = formToCommitmentInput(base, msg)
    expect(refused.input).toBeNull()
    expect(refused.errors.baselineValue).toContain('Nilai awal')
    const unknown = formToCommitmentInput({ ...base, baselineUnknown: true }, msg)
    expect(unknown.errors).toEqual({})
    expect(unknown.input).toMatchObject({
      baselineValue: null,
      targetValue: null,
      baselineOrigin: 'unknown',
      increase: 10_000,
    })
  })

  it('a level pledge without a baseline also has to say it is unknown', () => {
    const level = { ...base, pledge: 'level' as const, targetValue: '61.120' }
    expect(formToCommitmentInput(level, msg).input).toBeNull()
    expect(formToCommitmentInput({ ...level, baselineUnknown: true }, msg).input).toMatchObject({
      targetValue: 61_120,
      baselineOrigin: 'unknown',
    })
  })
})

describe('progress of an increase on an unknown baseline', () => {
  it('invents no progress from the first measurement', () => {
    const c = {
      id: 'c',
      kind: 'count',
      baselineValue: null,
      baselineDate: null,
      targetValue: null,
      pledge: 'increase',
      increase: 10_000,
      baselineOrigin: 'unknown',
      deadline: '2026-12-31',
      stages: [],
      lifecycle: 'aktif',
      createdAt: '2026-01-01T00:00:00Z',
    } as unknown as Commitment
    const m = {
      id: 'm',
      commitmentId: 'c',
      date: '2026-06-30',
      value: 4_170,
      stageIndex: null,
      createdAt: '2026-07-01T00:00:00Z',
      updatedAt: '2026-07-01T00:00:00Z',
    } as never
    const e = evaluateCommitment(c, [m], '2026-07-01')
    expect(e.status).toBe('belum_ada_data')
    expect(e.progressShown).toBeNull()
    expect(e.baselineInferred).toBe(false)
  })
})

describe('an older record edited', () => {
  it('keeps its baseline origin unrecorded rather than calling it typed', () => {
    const legacy = {
      ...emptyCommitmentForm('63.11'),
      title: 'Tambahan perlindungan 20.000 pekerja rentan',
      baselineValue: '41.120',
      baselineDate: '2023-12-31',
      targetValue: '61.120',
      deadline: '2024-12-31',
      baselineOrigin: 'unrecorded' as const,
    }
    const { input } = formToCommitmentInput(legacy, msg)
    expect(input).not.toBeNull()
    expect(input).not.toHaveProperty('baselineOrigin')
    expect(input).toMatchObject({ pledge: 'level', targetValue: 61_120 })
  })
})
