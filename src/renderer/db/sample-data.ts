/**
 * "Contoh data Kalsel": facts from the source articles (shared/seeds), and nothing else.
 * Where an article gives no number or date, the field stays empty (null, or a coarser
 * datePrecision) and the note says so; no plausible-looking figure is invented.
 * Ids are fixed UUIDs so that loading twice never duplicates and removal is exact.
 */
import { parseCalendarDay, parseCalendarYear } from '../../shared/time'
import type {
  Attendance,
  Commitment,
  CommitmentMeasurement,
  Committee,
  CoverageObservation,
  CoverageTarget,
  Decision,
  Meeting,
  RecordMeta,
  Stakeholder,
  UserRecordByTable,
  UserTableName,
} from './types'
import { buildParitranaSample, KALSEL_REGENCIES } from './sample-paritrana'

const ANTARA_2019 = 'ANTARA Kalsel, 15 Oktober 2019: sosialisasi Anugerah Paritrana 2019'
const ANTARA_2020 = 'ANTARA Kalsel, 2020: sosialisasi Paritrana Award 2020'
const KLIKKALSEL_2023 = 'klikkalsel.com, 9 Februari 2023: rakor peningkatan coverage'
const ANTARA_2023 = 'ANTARA Kalsel, 2023: Balangan lolos penilaian Paritrana tingkat provinsi'
const TABIRKOTA_2025 = 'TABIRkota, 13 Oktober 2025: sosialisasi dan bimtek di Paringin'

/** Sample ids: a fixed UUID-shaped prefix plus a counter per kind. */
const sid = (kind: number, n: number) =>
  `5a3b1e00-0000-4000-8000-${String(kind).padStart(4, '0')}${String(n).padStart(8, '0')}`

type Draft<T extends RecordMeta> = Omit<T, keyof RecordMeta> & { id: string }

export type SampleData = { [K in UserTableName]: Draft<UserRecordByTable[K]>[] }

const ALL_KALSEL = ['63', ...KALSEL_REGENCIES]

export const SAMPLE_IDS = {
  meeting2019: sid(1, 1),
  meeting2020: sid(1, 2),
  meeting2023Rakor: sid(1, 3),
  meeting2023Interview: sid(1, 4),
  meeting2025: sid(1, 5),
  balanganCommitment: sid(2, 1),
  tim9: sid(3, 1),
} as const

function stakeholders(): Draft<Stakeholder>[] {
  const inst = (
    n: number,
    name: string,
    category: Stakeholder['category'],
    regionId: string | null = '63',
  ): Draft<Stakeholder> => ({
    id: sid(4, n),
    kind: 'institution',
    name,
    institutionId: null,
    institutionName: '',
    position: '',
    category,
    regionId,
    phone: '',
    email: '',
  })
  const person = (
    n: number,
    name: string,
    position: string,
    institutionN: number,
    institutionName: string,
    category: Stakeholder['category'],
    regionId: string | null = '63',
  ): Draft<Stakeholder> => ({
    id: sid(5, n),
    kind: 'person',
    name,
    institutionId: sid(4, institutionN),
    institutionName,
    position,
    category,
    regionId,
    phone: '',
    email: '',
  })
  return [
    inst(1, 'BPJS Ketenagakerjaan Kantor Cabang Banjarmasin', 'bpjs'),
    inst(2, 'BPJS Ketenagakerjaan Kantor Wilayah Kalimantan', 'bpjs', null),
    inst(3, 'Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Selatan', 'disnakertrans'),
    inst(4, 'Sekretariat Daerah Provinsi Kalimantan Selatan', 'pemda'),
    inst(5, 'Apindo Kalimantan Selatan', 'apindo'),
    inst(6, 'SPSI Kalimantan Selatan', 'serikat_pekerja'),
    inst(7, 'SBSI Kalimantan Selatan', 'serikat_pekerja'),
    inst(8, 'Universitas Lambung Mangkurat', 'akademisi'),
    inst(9, 'Pemerintah Kabupaten Balangan', 'pemda', '63.11'),
    person(
      1,
      'H Siswansyah',
      'Asisten I Bidang Pemerintahan Setdaprov Kalsel (2019); Kepala Disnakertrans Kalsel (2020)',
      4,
      'Setdaprov Kalsel',
      'pemda',
    ),
    person(
      2,
      'Panji Wibisana',
      'Deputi Direktur BPJS Ketenagakerjaan Wilayah Kalimantan',
      2,
      'BPJS Ketenagakerjaan Kanwil Kalimantan',
      'bpjs',
      null,
    ),
    person(
      3,
      'Arif Zahari',
      'Deputi Direktur Wilayah BPJS Ketenagakerjaan Kalimantan',
      2,
      'BPJS Ketenagakerjaan Kanwil Kalimantan',
      'bpjs',
      null,
    ),
    person(
      4,
      'Opik Taufik',
      'Kepala Kantor Cabang BPJS Ketenagakerjaan Banjarmasin',
      1,
      'BPJS Ketenagakerjaan Banjarmasin',
      'bpjs',
    ),
    person(
      5,
      'Bunyamin Najmi',
      'Kepala Kantor BPJAMSOSTEK Banjarmasin',
      1,
      'BPJS Ketenagakerjaan Banjarmasin',
      'bpjs',
    ),
    person(
      6,
      'Irfan Sayuti',
      'Kepala Disnakertrans Kalsel',
      3,
      'Disnakertrans Kalsel',
      'disnakertrans',
    ),
    person(
      7,
      'Dr. Saprudin',
      'Ahli Hukum, Fakultas Hukum ULM',
      8,
      'Universitas Lambung Mangkurat',
      'akademisi',
    ),
    person(
      8,
      'Dr. H. Atma Hayat',
      'Dekan Fakultas Ekonomi dan Bisnis ULM, ahli ekonomi',
      8,
      'Universitas Lambung Mangkurat',
      'akademisi',
    ),
    person(
      9,
      'Murniati',
      'Kepala BPJAMSOSTEK Banjarmasin',
      1,
      'BPJS Ketenagakerjaan Banjarmasin',
      'bpjs',
    ),
    person(10, 'H Abdul Hadi', 'Bupati Balangan', 9, 'Pemkab Balangan', 'pemda', '63.11'),
    person(11, 'Akhmad Fauzi', 'Wakil Bupati Balangan', 9, 'Pemkab Balangan', 'pemda', '63.11'),
    person(
      12,
      'Sunardy Syahid',
      'Kepala Kantor BPJS Ketenagakerjaan Banjarmasin',
      1,
      'BPJS Ketenagakerjaan Banjarmasin',
      'bpjs',
    ),
  ]
}

/** A meeting the source dates to the day, or only to the year (no time, so no instant). */
const onDay = (day: string) =>
  ({ startsOn: parseCalendarDay(day)!, startsAt: null, datePrecision: 'day' }) as const
const inYear = (year: string) =>
  ({ startsOn: parseCalendarYear(year)!, startsAt: null, datePrecision: 'year' }) as const

function meetings(): Draft<Meeting>[] {
  const base = { endsAt: null, seriesId: null, seriesName: '' }
  return [
    {
      ...base,
      id: SAMPLE_IDS.meeting2019,
      kind: 'sosialisasi',
      title: 'Sosialisasi Anugerah Paritrana 2019',
      ...onDay('2019-10-15'),
      venue: 'Golden Tulip Hotel Banjarmasin',
      organiser: 'BPJS Ketenagakerjaan Banjarmasin',
      regionIds: ALL_KALSEL,
      notes:
        'Dari 13 kabupaten/kota, baru 4 yang melindungi tenaga honorer (non-ASN); 3 kabupaten memastikan perangkat desanya terlindungi, belum seluruhnya. Faktor penilaian: perlindungan honorer, perangkat desa, pekerja rentan, kepesertaan badan usaha dan jasa konstruksi. Sumber: ' +
        ANTARA_2019,
    },
    {
      ...base,
      id: SAMPLE_IDS.meeting2020,
      kind: 'sosialisasi',
      title: 'Sosialisasi Paritrana Award 2020',
      ...inYear('2020'),
      venue: 'Ballroom Hotel Golden Tulip Banjarmasin',
      organiser: 'BPJS Ketenagakerjaan Banjarmasin',
      regionIds: ALL_KALSEL,
      notes:
        'Tanggal persis tidak disebut dalam berita (hari Kamis, 2020). Nominasi yang diajukan: Kabupaten Barito Kuala dan Hulu Sungai Tengah. Dasar hukum: UU 40/2004 (SJSN), UU 24/2011 (BPJS), Pergub Kalsel 058/2019. Sumber: ' +
        ANTARA_2020,
    },
    {
      ...base,
      id: SAMPLE_IDS.meeting2023Rakor,
      kind: 'rakor',
      title: 'Rakor peningkatan coverage perlindungan Jamsostek',
      ...onDay('2023-02-09'),
      venue: 'Ruang rapat Disnakertrans Kalsel',
      organiser: 'BPJAMSOSTEK Banjarmasin dan Disnakertrans Kalsel',
      regionIds: ['63'],
      notes:
        'Kategori Paritrana: provinsi, kabupaten/kota, perusahaan besar per sektor, perusahaan menengah, sektor layanan publik, usaha mikro dan kecil. Sumber: ' +
        KLIKKALSEL_2023,
    },
    {
      ...base,
      id: SAMPLE_IDS.meeting2023Interview,
      kind: 'penilaian_paritrana',
      title: 'Wawancara Paritrana Award Tingkat Nasional 2023: Kabupaten Balangan',
      ...inYear('2023'),
      venue: '',
      organiser: 'Paritrana Award Tingkat Nasional',
      regionIds: ['63.11'],
      notes:
        'Tahap akhir penilaian. Tanggal dan tempat tidak disebut dalam berita. Sumber: ' +
        ANTARA_2023,
    },
    {
      ...base,
      id: SAMPLE_IDS.meeting2025,
      kind: 'bimtek',
      title: 'Sosialisasi dan Bimtek BPJS Ketenagakerjaan di Paringin',
      ...onDay('2025-10-13'),
      venue: 'Aula Ar Raudah Resto dan Water Park Paringin',
      organiser: 'BPJS Ketenagakerjaan Banjarmasin',
      regionIds: ['63.11'],
      notes:
        'Bimtek program JKK dan JKM, penyerahan manfaat kepada peserta, rekognisi data. Balangan mewakili Kalsel pada Paritrana Award 2024 dan 2025 (program "Lindungi Pren"). Sumber: ' +
        TABIRKOTA_2025,
    },
  ]
}

function attendance(): Draft<Attendance>[] {
  const rows: [string, number, number][] = [
    // [meeting, kind (4 institution / 5 person), n]
    [SAMPLE_IDS.meeting2019, 5, 1],
    [SAMPLE_IDS.meeting2019, 5, 2],
    [SAMPLE_IDS.meeting2020, 5, 3],
    [SAMPLE_IDS.meeting2020, 5, 4],
    [SAMPLE_IDS.meeting2020, 5, 1],
    [SAMPLE_IDS.meeting2020, 4, 5],
    [SAMPLE_IDS.meeting2020, 4, 6],
    [SAMPLE_IDS.meeting2020, 4, 7],
    [SAMPLE_IDS.meeting2023Rakor, 5, 5],
    [SAMPLE_IDS.meeting2023Rakor, 5, 6],
    [SAMPLE_IDS.meeting2023Rakor, 4, 5],
    [SAMPLE_IDS.meeting2023Rakor, 5, 7],
    [SAMPLE_IDS.meeting2023Rakor, 5, 8],
    [SAMPLE_IDS.meeting2023Interview, 5, 9],
    [SAMPLE_IDS.meeting2023Interview, 4, 9],
    [SAMPLE_IDS.meeting2025, 5, 11],
    [SAMPLE_IDS.meeting2025, 5, 12],
  ]
  return rows.map(([meetingId, kind, n], i) => ({
    id: sid(6, i + 1),
    meetingId,
    stakeholderId: sid(kind, n),
    invited: 1,
    attended: 1,
    note: kind === 4 && n === 9 ? 'Pemkab Balangan' : '',
  }))
}

function coverage(): Draft<CoverageObservation>[] {
  const o = (n: number, v: Omit<Draft<CoverageObservation>, 'id'>): Draft<CoverageObservation> => ({
    id: sid(7, n),
    ...v,
  })
  return [
    o(1, {
      regionId: '63',
      period: '2020',
      segment: 'semua',
      measure: 'registered',
      count: null,
      baseKind: 'pekerja_eligible',
      baseLabel: 'tenaga kerja di luar lembaga pemerintah',
      baseSize: 1_400_000,
      statedPercent: 27,
      sourceDocument: ANTARA_2020,
      sourceInstitution: 'BPJS Ketenagakerjaan Kanwil Kalimantan',
      asOfDate: null,
      note: 'Disampaikan Deputi Direktur Wilayah Arif Zahari; posisi "ideal" yang disebut 75 %. Sumber tidak membedakan peserta terdaftar dan aktif.',
    }),
    o(2, {
      regionId: '63',
      period: '2023-02',
      segment: 'pu',
      measure: 'registered',
      count: null,
      baseKind: 'tidak_disebut',
      baseLabel: 'pekerja penerima upah (formal)',
      baseSize: null,
      statedPercent: 46.44,
      sourceDocument: KLIKKALSEL_2023,
      sourceInstitution: 'BPJAMSOSTEK Banjarmasin',
      asOfDate: '2023-02-09',
      note: 'Disampaikan Kepala BPJAMSOSTEK Banjarmasin Bunyamin Najmi pada rakor. Basis dan jumlah peserta tidak disebut.',
    }),
    o(3, {
      regionId: '63',
      period: '2023-02',
      segment: 'bpu',
      measure: 'registered',
      count: null,
      baseKind: 'tidak_disebut',
      baseLabel: 'pekerja bukan penerima upah (informal)',
      baseSize: null,
      statedPercent: 10.6,
      sourceDocument: KLIKKALSEL_2023,
      sourceInstitution: 'BPJAMSOSTEK Banjarmasin',
      asOfDate: '2023-02-09',
      note: 'Disampaikan pada rakor yang sama. Basis dan jumlah peserta tidak disebut.',
    }),
    o(4, {
      regionId: '63.11',
      period: '2023',
      segment: 'pekerja_rentan',
      measure: 'registered',
      count: 41_120,
      baseKind: 'tidak_disebut',
      baseLabel: 'pekerja rentan',
      baseSize: null,
      statedPercent: null,
      sourceDocument: ANTARA_2023,
      sourceInstitution: 'BPJAMSOSTEK Banjarmasin',
      asOfDate: null,
      note: 'Pekerja rentan yang dilindungi Pemkab Balangan pada 2023. Jumlah pekerja rentan seluruhnya tidak disebut.',
    }),
    o(5, {
      regionId: '63.11',
      period: '2025',
      segment: 'semua',
      measure: 'registered',
      count: 62_000,
      baseKind: 'target',
      baseLabel: 'target Bappenas',
      baseSize: 64_000,
      statedPercent: null,
      sourceDocument: TABIRKOTA_2025,
      sourceInstitution: 'BPJS Ketenagakerjaan Banjarmasin',
      asOfDate: '2025-10-13',
      note: 'Kepala Kantor Sunardy Syahid: "62 ribu pekerja telah terlindungi, mendekati target 64 ribu yang ditetapkan Bappenas" (angka dibulatkan sumber).',
    }),
    o(6, {
      regionId: '63.11',
      period: '2025',
      segment: 'semua',
      measure: 'registered',
      count: 62_000,
      baseKind: 'angkatan_kerja',
      baseLabel: 'angkatan kerja, termasuk ASN, TNI dan Polri',
      baseSize: 80_000,
      statedPercent: null,
      sourceDocument: TABIRKOTA_2025,
      sourceInstitution: 'BPJS Ketenagakerjaan Banjarmasin',
      asOfDate: '2025-10-13',
      note: 'Angkatan kerja "sekitar 80 ribu" termasuk ASN, TNI dan Polri yang biasanya dilindungi skema lain; sekitar 12 ribu pekerja belum tercakup.',
    }),
    o(7, {
      regionId: '63.11',
      period: '2025',
      segment: 'semua',
      measure: 'registered',
      count: null,
      baseKind: 'tidak_disebut',
      baseLabel: 'pekerja',
      baseSize: null,
      statedPercent: 90,
      sourceDocument: TABIRKOTA_2025,
      sourceInstitution: 'BPJS Ketenagakerjaan Banjarmasin',
      asOfDate: '2025-10-13',
      note: 'Sumber: "lebih dari 90 persen pekerja telah terdaftar".',
    }),
    o(8, {
      regionId: '63.11',
      period: '2025',
      segment: 'semua',
      measure: 'active',
      count: null,
      baseKind: 'peserta_terdaftar',
      baseLabel: 'peserta terdaftar',
      baseSize: null,
      statedPercent: 96,
      sourceDocument: TABIRKOTA_2025,
      sourceInstitution: 'BPJS Ketenagakerjaan Banjarmasin',
      asOfDate: '2025-10-13',
      note: 'Sumber: "96 persen di antaranya berstatus aktif".',
    }),
  ]
}

function targets(): Draft<CoverageTarget>[] {
  return [
    {
      id: sid(8, 1),
      regionId: '63.11',
      year: 2025,
      segment: 'semua',
      value: 64_000,
      unit: 'count',
      setBy: 'bappenas',
      sourceDocument: TABIRKOTA_2025,
      note: 'Target pekerja terlindungi yang ditetapkan Bappenas, seperti disebut Kepala Kantor BPJS Ketenagakerjaan Banjarmasin.',
    },
  ]
}

function commitments(): Draft<Commitment>[] {
  return [
    {
      id: SAMPLE_IDS.balanganCommitment,
      regionId: '63.11',
      parentId: null,
      title: 'Tambahan perlindungan 20.000 pekerja rentan pada 2024',
      statement:
        'Pemkab Balangan menyatakan komitmen memberikan tambahan perlindungan kepada pekerja rentan yang belum terlindungi secara bertahap pada 2024 sebanyak 20.000 orang.',
      kind: 'count',
      segment: 'pekerja_rentan',
      baselineValue: 41_120,
      baselineDate: '2023-12-31',
      baselineSource: ANTARA_2023 + ' (41.120 orang pada 2023)',
      targetValue: 61_120,
      deadline: '2024-12-31',
      meetingId: SAMPLE_IDS.meeting2023Interview,
      madeByName: 'Pemkab Balangan',
      madeByPosition: 'Pemerintah Kabupaten Balangan',
      responsibleOffice: 'Disnaker Kabupaten Balangan',
      stages: [],
      lifecycle: 'aktif',
      notes:
        'Disampaikan pada tahap akhir wawancara Paritrana Award Tingkat Nasional 2023 antara Pemkab Balangan dan BPJAMSOSTEK Banjarmasin.',
      evidence: [{ label: 'Berita ANTARA Kalsel 2023', reference: ANTARA_2023 }],
    },
  ]
}

function measurements(): Draft<CommitmentMeasurement>[] {
  return [
    {
      id: sid(9, 1),
      commitmentId: SAMPLE_IDS.balanganCommitment,
      date: '2025-10-13',
      value: 62_000,
      stageIndex: null,
      source: TABIRKOTA_2025,
      note: 'Angka "62 ribu pekerja telah terlindungi" mencakup seluruh pekerja terlindungi di Balangan; sumber tidak memisahkan pekerja rentan.',
    },
  ]
}

function committees(): Draft<Committee>[] {
  const seat = (
    role: 'ketua' | 'sekretaris' | 'anggota',
    name: string,
    stakeholderId: string | null = null,
  ) => ({ role, seat: name, stakeholderId })
  return [
    {
      id: SAMPLE_IDS.tim9,
      name: 'Tim 9 Paritrana Award Provinsi Kalimantan Selatan',
      regionId: '63',
      description:
        'Panitia Paritrana Award di daerah. Susunan menurut ' +
        KLIKKALSEL_2023 +
        '; nama pemegang jabatan tidak disebut kecuali yang tercatat.',
      members: [
        seat('ketua', 'Sekretaris Daerah Provinsi'),
        seat('sekretaris', 'Kepala Kantor BPJAMSOSTEK Banjarmasin', sid(5, 5)),
        seat('anggota', 'Kepala Disnakertrans Kalsel', sid(5, 6)),
        seat('anggota', 'Unsur Pengusaha'),
        seat('anggota', 'Unsur Serikat Pekerja/Buruh'),
        seat('anggota', 'Ahli Jaminan Sosial'),
        seat('anggota', 'Ahli Ekonomi'),
        seat('anggota', 'Ahli Hukum'),
        seat('anggota', 'Ahli Kebijakan Publik'),
      ],
    },
  ]
}

function decisions(): Draft<Decision>[] {
  return [
    {
      id: sid(10, 1),
      meetingId: SAMPLE_IDS.meeting2025,
      agendaItemId: null,
      text: 'Rekognisi data dan diskusi upaya melindungi sekitar 12 ribu pekerja yang belum terdaftar di BPJS Ketenagakerjaan.',
    },
  ]
}

export function buildSampleData(): SampleData {
  return {
    coverage: coverage(),
    targets: targets(),
    commitments: commitments(),
    measurements: measurements(),
    meetings: meetings(),
    agendaItems: [],
    attendance: attendance(),
    decisions: decisions(),
    actionItems: [],
    stakeholders: stakeholders(),
    committees: committees(),
    ...buildParitranaSample(SAMPLE_IDS),
  }
}
