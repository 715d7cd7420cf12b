import type { Commitment, CommitmentMeasurement } from '../../../src/renderer/db/types'
import { recordMeta, utc } from '../../fixtures/records'

// Made on 5 January 2024: progress falls back to createdAt when there is no baseline date.
const meta = recordMeta({ at: utc(2024, 1, 5) })

/** Balangan's pledge: 41.120 vulnerable workers protected in 2023, 20.000 more by the end of 2024. */
export function balangan(overrides: Partial<Commitment> = {}): Commitment {
  return {
    ...meta,
    id: 'balangan',
    regionId: '63.11',
    parentId: null,
    title: 'Melindungi 20.000 pekerja rentan lagi pada 2024',
    statement: '',
    kind: 'count',
    segment: 'pekerja_rentan',
    baselineValue: 41_120,
    baselineDate: '2023-12-31',
    baselineSource: 'Penilaian Paritrana 2023',
    targetValue: 61_120,
    deadline: '2024-12-31',
    meetingId: null,
    madeByName: '',
    madeByPosition: '',
    responsibleOffice: 'Disnakertrans Balangan',
    stages: [],
    lifecycle: 'aktif',
    notes: '',
    evidence: [],
    ...overrides,
  }
}

let seq = 0
export function measurement(
  date: string,
  value: number | null,
  overrides: Partial<CommitmentMeasurement> = {},
): CommitmentMeasurement {
  seq += 1
  return {
    ...meta,
    id: `m${seq}`,
    commitmentId: 'balangan',
    date,
    value,
    stageIndex: null,
    source: 'BPJS',
    note: '',
    ...overrides,
  }
}
