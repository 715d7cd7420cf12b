/**
 * The Paritrana and Inpres 2/2021 part of "Contoh data Kalsel", from the seed articles only
 * (shared/seeds). A count the source gives for the province without naming regions is a
 * province statement, never spread over regions; a date the articles do not give stays
 * unknown (null, or the year alone). No rubric weight or score is sample data: the default
 * rubric is the app's own, marked as a local assumption.
 */
import { parseCalendarDay, parseCalendarYear, type KnownDate } from '../../shared/time'
import type {
  EditionStage,
  InpresStatement,
  InpresStatus,
  ParitranaEdition,
  ParitranaEvidence,
  ParitranaStage,
  RecordMeta,
} from './types'

type Draft<T extends RecordMeta> = Omit<T, keyof RecordMeta> & { id: string }

/** The same UUID-shaped sample ids as sample-data.ts, in kinds of their own (20+). */
const sid = (kind: number, n: number) =>
  `5a3b1e00-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`

const ANTARA_2019 = 'ANTARA Kalsel, 15 Oktober 2019: sosialisasi Anugerah Paritrana 2019'
const ANTARA_2020 = 'ANTARA Kalsel, 2020: sosialisasi Paritrana Award 2020'
const ANTARA_2023 = 'ANTARA Kalsel, 2023: Balangan lolos penilaian Paritrana tingkat provinsi'
const TABIRKOTA_2025 = 'TABIRkota, 13 Oktober 2025: sosialisasi dan bimtek di Paringin'

export interface SampleLinks {
  meeting2019: string
  meeting2020: string
  meeting2023Interview: string
  meeting2025: string
  balanganCommitment: string
  tim9: string
}

export const PARITRANA_SAMPLE_IDS = {
  statementNonAsn2019: sid(20, 1),
  statementDesa2019: sid(20, 2),
  balanganRentan2023: sid(21, 1),
  edition2019: sid(22, 1),
  edition2020: sid(22, 2),
  edition2023: sid(22, 3),
  edition2024: sid(22, 4),
  edition2025: sid(22, 5),
  lindungiPren: sid(23, 1),
} as const

/** The 13 kabupaten/kota of Kalimantan Selatan (the sample data's regions besides the province). */
export const KALSEL_REGENCIES = [
  '63.01',
  '63.02',
  '63.03',
  '63.04',
  '63.05',
  '63.06',
  '63.07',
  '63.08',
  '63.09',
  '63.10',
  '63.11',
  '63.71',
  '63.72',
]
const BALANGAN = '63.11'
const day = (s: string): KnownDate => parseCalendarDay(s)!
const year = (s: string): KnownDate => parseCalendarYear(s)!

function inpresStatements(links: SampleLinks): Draft<InpresStatement>[] {
  return [
    {
      id: PARITRANA_SAMPLE_IDS.statementNonAsn2019,
      regionId: '63',
      group: 'non_asn',
      count: 4,
      outOf: 13,
      extent: 'melindungi',
      quote:
        'Dari 13 kabupaten/kota se-Kalsel, baru empat kabupaten/kota yang sudah memberikan perlindungan jaminan sosial ketenagakerjaan kepada pegawai honorer atau non ASN.',
      asOf: day('2019-10-15'),
      sourceDocument: ANTARA_2019,
      meetingId: links.meeting2019,
    },
    {
      id: PARITRANA_SAMPLE_IDS.statementDesa2019,
      regionId: '63',
      group: 'perangkat_desa',
      count: 3,
      outOf: 13,
      extent: 'sebagian',
      quote:
        'Dari 13 kabupaten/kota se-Kalsel ada tiga kabupaten yang memastikan perangkat desanya terlindungi, meskipun dari seluruh perangkat desa belum semuanya terlindungi.',
      asOf: day('2019-10-15'),
      sourceDocument: ANTARA_2019,
      meetingId: links.meeting2019,
    },
  ]
}

function inpresStatus(): Draft<InpresStatus>[] {
  return [
    {
      id: PARITRANA_SAMPLE_IDS.balanganRentan2023,
      regionId: BALANGAN,
      group: 'pekerja_rentan',
      // 20.000 more "yang belum terlindungi" were pledged for 2024: not all are protected yet.
      status: 'sebagian',
      covered: 41_120,
      groupSize: null,
      regulationKind: null,
      regulationNumber: '',
      regulationDate: null,
      regulationStage: null,
      apbdYear: null,
      apbdAmount: null,
      apbdWorkers: null,
      asOf: year('2023'),
      sourceDocument: ANTARA_2023,
      note: 'Jumlah pekerja rentan seluruhnya, regulasi dan anggaran APBD-nya tidak disebut dalam berita.',
    },
  ]
}

const stage = (s: ParitranaStage, rest: Partial<EditionStage> = {}): EditionStage => ({
  stage: s,
  plannedOn: null,
  actualOn: null,
  regionIds: [],
  meetingIds: [],
  commitmentIds: [],
  note: '',
  ...rest,
})

function editions(links: SampleLinks): Draft<ParitranaEdition>[] {
  const base = {
    category: 'kabupaten_kota' as const,
    regionId: '63',
    committeeId: null,
    proposedRegionIds: [],
    winnerRegionIds: [],
  }
  return [
    {
      ...base,
      id: PARITRANA_SAMPLE_IDS.edition2019,
      year: 2019,
      title: 'Anugerah Paritrana 2019',
      stages: [
        stage('sosialisasi', {
          actualOn: day('2019-10-15'),
          regionIds: KALSEL_REGENCIES,
          meetingIds: [links.meeting2019],
          note: 'Sosialisasi kepada 13 kabupaten/kota se-Kalsel.',
        }),
      ],
      sourceDocument: ANTARA_2019,
      notes: '',
    },
    {
      ...base,
      id: PARITRANA_SAMPLE_IDS.edition2020,
      year: 2020,
      title: 'Paritrana Award 2020',
      proposedRegionIds: ['63.04', '63.07'],
      stages: [
        stage('sosialisasi', {
          actualOn: year('2020'),
          meetingIds: [links.meeting2020],
          note: 'Tanggal persis tidak disebut dalam berita.',
        }),
        stage('usulan', {
          regionIds: ['63.04', '63.07'],
          note: 'Diajukan BPJS Ketenagakerjaan Banjarmasin: perangkat desa dan non-ASN di dua kabupaten ini cukup tinggi ikut program.',
        }),
      ],
      sourceDocument: ANTARA_2020,
      notes: '',
    },
    {
      ...base,
      id: PARITRANA_SAMPLE_IDS.edition2023,
      year: 2023,
      title: 'Paritrana Award 2023',
      committeeId: links.tim9,
      proposedRegionIds: [BALANGAN],
      stages: [
        stage('penilaian_provinsi', {
          regionIds: [BALANGAN],
          note: 'Balangan lolos penilaian Tim Provinsi Kalsel. Tanggal tidak disebut.',
        }),
        stage('wawancara_nasional', {
          regionIds: [BALANGAN],
          meetingIds: [links.meeting2023Interview],
          commitmentIds: [links.balanganCommitment],
          note: 'Nominasi tingkat nasional: 41.120 pekerja rentan terlindungi pada 2023; komitmen tambahan 20.000 pada 2024 disampaikan pada tahap akhir wawancara.',
        }),
      ],
      sourceDocument: ANTARA_2023,
      notes: '',
    },
    {
      ...base,
      id: PARITRANA_SAMPLE_IDS.edition2024,
      year: 2024,
      title: 'Paritrana Award 2024',
      stages: [
        stage('penilaian_provinsi', {
          regionIds: [BALANGAN],
          note: 'Balangan menjadi perwakilan Kalsel. Tanggal tidak disebut.',
        }),
      ],
      sourceDocument: TABIRKOTA_2025,
      notes: '',
    },
    {
      ...base,
      id: PARITRANA_SAMPLE_IDS.edition2025,
      year: 2025,
      title: 'Paritrana Award 2025',
      stages: [
        stage('penilaian_provinsi', {
          regionIds: [BALANGAN],
          note: 'Balangan menjadi perwakilan Kalsel (program "Lindungi Pren"). Tanggal tidak disebut.',
        }),
      ],
      sourceDocument: TABIRKOTA_2025,
      notes: '',
    },
  ]
}

function evidence(): Draft<ParitranaEvidence>[] {
  return [
    {
      id: PARITRANA_SAMPLE_IDS.lindungiPren,
      regionId: BALANGAN,
      editionYear: 2025,
      indicatorKey: 'inovasi',
      // The article names the programme; no score was given, so none is invented.
      value: null,
      evidence:
        'Program inovatif "Lindungi Pren" disebut sebagai dasar Balangan mewakili Kalsel pada Paritrana Award 2024 dan 2025.',
      sourceDocument: TABIRKOTA_2025,
      asOf: day('2025-10-13'),
    },
  ]
}

export function buildParitranaSample(links: SampleLinks) {
  return {
    inpresStatus: inpresStatus(),
    inpresStatements: inpresStatements(links),
    paritranaEditions: editions(links),
    paritranaRubrics: [],
    paritranaEvidence: evidence(),
    paritranaScores: [],
  }
}
