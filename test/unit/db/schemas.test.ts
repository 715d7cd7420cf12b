import { describe, expect, it } from 'vitest'
import {
  commitmentInputSchema,
  describeIssues,
  measurementInputSchema,
  meetingInputSchema,
} from '../../../src/renderer/db/schemas'
import { witaInputToInstant } from '../../../src/shared/time'

const commitment = {
  regionId: '63.11',
  parentId: null,
  title: 'Tambahan 20.000 pekerja rentan',
  statement: '',
  kind: 'count',
  segment: 'pekerja_rentan',
  baselineValue: 41120,
  baselineDate: '2023-12-31',
  baselineSource: 'ANTARA',
  targetValue: 61120,
  deadline: '2024-12-31',
  meetingId: null,
  madeByName: '',
  madeByPosition: '',
  responsibleOffice: '',
  stages: [],
  lifecycle: 'aktif',
  notes: '',
  evidence: [],
}

const labels = (r: { success: boolean; error?: Parameters<typeof describeIssues>[0] }) =>
  r.success ? [] : describeIssues(r.error!).map((i) => `${i.label}: ${i.message}`)

describe('shared schemas', () => {
  it('accept the Balangan commitment', () => {
    expect(commitmentInputSchema.safeParse(commitment).success).toBe(true)
  })
  it('require a target for numeric commitments and stages for milestones', () => {
    expect(labels(commitmentInputSchema.safeParse({ ...commitment, targetValue: null }))).toEqual([
      'Target: wajib diisi',
    ])
    expect(
      labels(
        commitmentInputSchema.safeParse({ ...commitment, kind: 'milestone', stages: ['draf'] }),
      )[0],
    ).toMatch(/^Tahapan:/)
  })
  it('refuse a deadline before the baseline date and percentages over 100', () => {
    expect(
      labels(commitmentInputSchema.safeParse({ ...commitment, deadline: '2022-01-01' }))[0],
    ).toMatch(/^Tenggat:/)
    expect(
      labels(
        commitmentInputSchema.safeParse({ ...commitment, kind: 'percent', targetValue: 120 }),
      )[0],
    ).toMatch(/^Target:/)
  })
  it('refuse a measurement with neither value nor stage', () => {
    const r = measurementInputSchema.safeParse({
      commitmentId: 'x',
      date: '2024-06-30',
      value: null,
      stageIndex: null,
      source: 'BPJS',
      note: '',
    })
    expect(labels(r)[0]).toMatch(/^Nilai:/)
  })
  it('refuse a meeting that ends before it starts', () => {
    const r = meetingInputSchema.safeParse({
      kind: 'rakor',
      title: 'Rakor',
      startsOn: '2023-02-09',
      startsAt: witaInputToInstant('2023-02-09', '09:00'),
      datePrecision: 'time',
      endsAt: witaInputToInstant('2023-02-09', '08:00'),
      venue: '',
      organiser: '',
      regionIds: ['63'],
      seriesId: null,
      seriesName: '',
      notes: '',
    })
    expect(labels(r)[0]).toMatch(/^Waktu selesai:/)
  })
})
