/**
 * A database as schema version 3 stores it: v2's rows unchanged, plus one record in each
 * Paritrana table (the Inpres 2/2021 matrix, editions, rubrics, evidence, scores), written
 * as the app writes them. Every later upgrade is tested against it.
 */
import { v2Fixture } from './v2'
import {
  parseCalendarDay,
  parseCalendarYear,
  witaInputToInstant,
} from '../../../../src/shared/time'

const at = witaInputToInstant('2026-12-01', '09:30')
const meta = {
  createdAt: at,
  createdBy: 'Siti',
  updatedAt: at,
  updatedBy: 'Siti',
  updatedOn: 'dev-1',
  rev: 1,
  isSample: 0,
}

export const v3Fixture: Record<string, object[]> = {
  ...v2Fixture,
  inpresStatus: [
    {
      ...meta,
      id: 'p1',
      regionId: '63.11',
      group: 'perangkat_desa',
      status: 'seluruhnya',
      covered: 1200,
      groupSize: 1200,
      regulationKind: 'perbup',
      regulationNumber: '12 Tahun 2026',
      regulationDate: parseCalendarDay('2026-03-01'),
      regulationStage: 'terbit',
      apbdYear: 2026,
      apbdAmount: 2_000_000_000,
      apbdWorkers: 1200,
      asOf: parseCalendarDay('2026-03-01'),
      sourceDocument: 'Perbup Balangan 12/2026',
      note: '',
    },
  ],
  inpresStatements: [
    {
      ...meta,
      id: 'p2',
      regionId: '63',
      group: 'non_asn',
      count: 4,
      outOf: 13,
      extent: 'melindungi',
      quote: 'baru empat kabupaten/kota',
      asOf: parseCalendarDay('2019-10-15'),
      sourceDocument: 'ANTARA Kalsel',
      meetingId: 'g1',
    },
  ],
  paritranaEditions: [
    {
      ...meta,
      id: 'p3',
      year: 2023,
      category: 'kabupaten_kota',
      regionId: '63',
      title: 'Paritrana Award 2023',
      committeeId: null,
      proposedRegionIds: ['63.11'],
      winnerRegionIds: [],
      stages: [
        {
          stage: 'wawancara_nasional',
          plannedOn: null,
          actualOn: parseCalendarYear('2023'),
          regionIds: ['63.11'],
          meetingIds: ['g2'],
          commitmentIds: [],
          note: '',
        },
      ],
      sourceDocument: 'ANTARA Kalsel',
      notes: '',
    },
  ],
  paritranaRubrics: [
    {
      ...meta,
      id: 'p4',
      lineageId: 'p4',
      version: 1,
      name: 'Rubrik uji',
      editionYear: null,
      official: 0,
      aspects: [
        {
          key: 'kebijakan',
          label: 'Kebijakan',
          weight: 1,
          indicators: [
            {
              key: 'regulasi',
              label: 'Regulasi',
              weight: 1,
              metric: 'regulation',
              group: null,
              target: null,
            },
          ],
        },
      ],
      notes: '',
    },
  ],
  paritranaEvidence: [
    {
      ...meta,
      id: 'p5',
      regionId: '63.11',
      editionYear: 2025,
      indicatorKey: 'inovasi',
      value: null,
      evidence: 'Lindungi Pren',
      sourceDocument: 'TABIRkota',
      asOf: parseCalendarDay('2025-10-13'),
    },
  ],
  paritranaScores: [
    {
      ...meta,
      id: 'p6',
      regionId: '63.11',
      editionYear: 2026,
      rubricId: 'p4',
      rubricVersion: 1,
      rubricName: 'Rubrik uji',
      total: 100,
      aspects: [{ key: 'kebijakan', label: 'Kebijakan', score: 100 }],
      computedOn: parseCalendarDay('2026-12-01'),
      note: '',
    },
  ],
}
