import { describe, expect, it } from 'vitest'
import {
  commitmentChartRows,
  buildCommitmentChart,
} from '../../../src/renderer/features/commitments/commitment-chart'
import {
  formToCommitmentInput,
  emptyCommitmentForm,
  formToMeasurementInput,
  commitmentToForm,
} from '../../../src/renderer/features/commitments/form-model'
import {
  attentionCounts,
  filterAndSortCommitments,
  filterCommitments,
  sortCommitments,
  COMMITMENT_SORTS,
  type CommitmentSort,
  NO_FILTERS,
  type CommitmentRow,
} from '../../../src/renderer/features/commitments/list-model'
import { evaluateCommitment } from '../../../src/renderer/domain/progress'
import { summarizeRegionCommitments } from '../../../src/renderer/features/commitments/region-summary'
import { statusHistory } from '../../../src/renderer/features/commitments/status-history'
import { balangan, measurement } from './fixtures'

const msg = { notNumber: 'bukan angka', evidenceLine: (n: number) => `baris ${n}` }

describe('status history', () => {
  it('replays Balangan: on track in June 2024, overdue from 1 Jan 2025, achieved on 13 Oct 2025', () => {
    const h = statusHistory(
      balangan(),
      [measurement('2025-10-13', 62_000), measurement('2024-06-30', 50_000)],
      '2026-11-23',
    )
    expect(h.map((e) => [e.date, e.status, e.kind])).toEqual([
      ['2024-06-30', 'sesuai_jalur', 'measurement'],
      ['2025-01-01', 'lewat_tenggat', 'deadline'],
      ['2025-10-13', 'tercapai', 'measurement'],
    ])
    expect(h.map((e) => e.changed)).toEqual([true, true, true])
  })
  it('has no deadline entry before the deadline has passed', () => {
    expect(
      statusHistory(balangan(), [measurement('2024-06-30', 50_000)], '2024-07-01'),
    ).toHaveLength(1)
  })
})

function row(
  id: string,
  overrides: Parameters<typeof balangan>[0],
  values: [string, number][],
  regionName = 'Balangan',
): CommitmentRow {
  const commitment = balangan({ id, ...overrides })
  const ms = values.map(([d, v]) => measurement(d, v, { commitmentId: id }))
  return { commitment, evaluation: evaluateCommitment(commitment, ms, '2024-07-01'), regionName }
}

describe('the list model', () => {
  const rows = [
    row('a', { title: 'Jakon terdaftar', segment: 'jakon', responsibleOffice: 'Dinas PUPR' }, [
      ['2024-06-30', 55_000],
    ]),
    row(
      'b',
      { title: 'Pekerja rentan Tabalong', regionId: '63.09', deadline: '2025-06-30' },
      [['2024-06-30', 42_000]],
      'Tabalong',
    ),
    row('c', { title: 'Perbup honorer' }, [['2024-06-30', 46_000]]),
    row('d', { title: 'Tanpa data' }, []),
  ]
  it('sorts most urgent first by default', () => {
    expect(rows.map((r) => r.evaluation.status)).toEqual([
      'sesuai_jalur',
      'terlambat',
      'terlambat',
      'belum_ada_data',
    ])
    // c is behind with the nearer deadline (31 Dec 2024), then b (30 Jun 2025).
    expect(
      filterAndSortCommitments(rows, NO_FILTERS, 'urgency').map((r) => r.commitment.id),
    ).toEqual(['c', 'b', 'd', 'a'])
  })
  it('filters by region, status, year, segment, office and searches without accents or case', () => {
    const ids = (f: Partial<typeof NO_FILTERS>) =>
      filterAndSortCommitments(rows, { ...NO_FILTERS, ...f }, 'title').map((r) => r.commitment.id)
    expect(ids({ regionId: '63.09' })).toEqual(['b'])
    expect(ids({ status: 'terlambat' })).toEqual(['b', 'c'])
    expect(ids({ year: '2025' })).toEqual(['b'])
    expect(ids({ segment: 'jakon' })).toEqual(['a'])
    expect(ids({ office: 'Dinas PUPR' })).toEqual(['a'])
    expect(ids({ search: 'TABALONG rentan' })).toEqual(['b'])
  })
  it('sorts by lowest progress with unmeasured last', () => {
    expect(
      filterAndSortCommitments(rows, NO_FILTERS, 'progress').map((r) => r.commitment.id),
    ).toEqual(['b', 'c', 'a', 'd'])
  })
  it('sorts once and filters the sorted rows: the same list as filtering then sorting', () => {
    const filterThenSort = (f: Partial<typeof NO_FILTERS>, sort: CommitmentSort) =>
      sortCommitments(filterCommitments(rows, { ...NO_FILTERS, ...f }), sort)
    const input = [...rows]
    for (const sort of COMMITMENT_SORTS) {
      const sorted = sortCommitments(rows, sort)
      for (const f of [
        {},
        { status: 'terlambat' as const },
        { year: '2024' },
        { search: 'pekerja' },
      ])
        expect(filterCommitments(sorted, { ...NO_FILTERS, ...f })).toEqual(filterThenSort(f, sort))
    }
    // The rows the screen holds are left in their order.
    expect(rows).toEqual(input)
  })
  it('searches a changed commitment by its new words (a new row, not the remembered text)', () => {
    const b = rows[1]!
    expect(filterCommitments([b], { ...NO_FILTERS, search: 'tabalong' })).toHaveLength(1)
    const renamed = {
      ...b,
      commitment: { ...b.commitment, title: 'Pekerja rentan Balangan' },
      regionName: 'Balangan',
    }
    expect(filterCommitments([renamed], { ...NO_FILTERS, search: 'balangan' })).toEqual([renamed])
    expect(filterCommitments([renamed], { ...NO_FILTERS, search: 'tabalong' })).toEqual([])
  })
  it('counts what needs attention', () => {
    expect(attentionCounts(rows)).toEqual({ overdue: 0, behind: 2, atRisk: 0 })
  })
  it('summarises a region: worst status, counts, next open deadlines', () => {
    const s = summarizeRegionCommitments(
      rows.map((r) => ({
        id: r.commitment.id,
        title: r.commitment.title,
        deadline: r.commitment.deadline,
        evaluation: r.evaluation,
      })),
      '2024-07-01',
      2,
    )
    expect(s.combined).toBe('terlambat')
    expect(s.counts).toEqual([
      { status: 'terlambat', count: 2 },
      { status: 'belum_ada_data', count: 1 },
      { status: 'sesuai_jalur', count: 1 },
    ])
    expect(s.nextDeadlines.map((d) => d.id)).toEqual(['a', 'c'])
  })
})

describe('the chart model', () => {
  it('gives the table the baseline, each measurement with the straight-line value at its date, and the target', () => {
    const rows = commitmentChartRows(balangan(), [measurement('2024-06-30', 50_000)])
    expect(rows.map((r) => [r.date, r.kind, r.value])).toEqual([
      ['2023-12-31', 'baseline', 41_120],
      ['2024-06-30', 'measurement', 50_000],
      ['2024-12-31', 'target', 61_120],
    ])
    // 182 of 366 days along the line: 41.120 + 20.000 × 182/366
    expect(rows[1]?.expected).toBeCloseTo(41_120 + (20_000 * 182) / 366, 6)
  })
  it('builds a line chart with animation off and the four series', () => {
    const cfg = buildCommitmentChart(
      balangan(),
      [measurement('2024-06-30', 50_000)],
      { measured: 'M', target: 'T', baseline: 'B', line: 'L' },
      { date: (d) => d, value: String },
    )
    expect(cfg.options?.animation).toBe(false)
    expect(cfg.data.datasets.map((d) => d.label)).toEqual(['T', 'B', 'L', 'M'])
  })
})

describe('the forms', () => {
  it('reads Indonesian numbers: 41.120 and 61.120', () => {
    const { input, errors } = formToCommitmentInput(
      {
        ...emptyCommitmentForm('63.11'),
        title: 'x',
        baselineValue: '41.120',
        targetValue: '61.120',
        deadline: '2024-12-31',
      },
      msg,
    )
    expect(errors).toEqual({})
    expect(input).toMatchObject({
      baselineValue: 41_120,
      targetValue: 61_120,
      segment: null,
      parentId: null,
    })
  })
  it('names the field in every message', () => {
    const { input, errors } = formToCommitmentInput(
      { ...emptyCommitmentForm(''), targetValue: 'banyak', evidence: 'tanpa rujukan' },
      msg,
    )
    expect(input).toBeNull()
    expect(errors.title).toBe('Judul: wajib diisi')
    expect(errors.targetValue).toBe('Target: bukan angka')
    expect(errors.deadline).toMatch(/^Tenggat: /)
    expect(errors.regionId).toMatch(/^Wilayah: /)
    expect(errors.evidence).toBe('Bukti: baris 1')
  })
  it('a milestone needs two stages; edit round-trips', () => {
    const { errors } = formToCommitmentInput(
      {
        ...emptyCommitmentForm('63'),
        title: 'Perbup',
        kind: 'milestone',
        stages: 'Draf',
        deadline: '2025-12-31',
      },
      msg,
    )
    expect(errors.stages).toBe('Tahapan: komitmen tonggak butuh paling sedikit dua tahap')
    const back = formToCommitmentInput(
      commitmentToForm(balangan({ evidence: [{ label: 'Notulen', reference: 'a.pdf' }] })),
      msg,
    )
    expect(back.input).toMatchObject({
      baselineValue: 41_120,
      targetValue: 61_120,
      evidence: [{ label: 'Notulen', reference: 'a.pdf' }],
    })
  })
  it('a measurement needs a date, a value and a source', () => {
    const { errors } = formToMeasurementInput(
      balangan(),
      { date: '', value: '', stageIndex: '', source: '', note: '' },
      msg,
    )
    expect(Object.keys(errors).sort()).toEqual(['date', 'source', 'value'])
    expect(
      formToMeasurementInput(
        balangan(),
        { date: '2024-06-30', value: '50.000', stageIndex: '', source: 'BPJS', note: '' },
        msg,
      ).input,
    ).toMatchObject({ value: 50_000, stageIndex: null })
  })
})
