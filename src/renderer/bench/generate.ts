/**
 * A deterministic synthetic database at national scale, for the benchmark (issue 8).
 *
 * Pure: no Dexie, DOM or React, so it runs in Node (unit tests) and in the page (the bench
 * generates there instead of shipping 100 MB over the wire). Every record is a function of
 * (seed, table, index) alone: a fresh mulberry32 per record, seeded by a hash of the three.
 * Same seed, same data; any slice can be generated without the rest, so the loader writes
 * in batches and the tests check single records without materialising 185 000 of them.
 *
 * The figures are synthetic. Region codes are Kemendagri-shaped ('NN', 'NN.NN') with the
 * 38 real province codes; Kalimantan Selatan's 13 kabupaten/kota are the real ones (the
 * same records the app ships), every other regency name is made up.
 */
import { parseCalendarDay, toInstant, witaDay, witaInputToInstant } from '../../shared/time'
import type {
  Attendance,
  Commitment,
  CommitmentKind,
  CommitmentMeasurement,
  CoverageObservation,
  Meeting,
  MeetingKind,
  RecordMeta,
  Region,
  Segment,
  Stakeholder,
  StakeholderCategory,
} from '../db/types'
import kalsel from '../../../resources/regions/63-kalimantan-selatan.json' with { type: 'json' }

export interface BenchScale {
  /** Months of coverage observations, counted from January 2021. */
  months: number
  segments: readonly Segment[]
  commitments: number
  measurementsPerCommitment: number
  meetings: number
  attendancePerMeeting: number
  stakeholders: number
}

/** The six coverage segments observed every month for every regency. */
export const BENCH_SEGMENTS: readonly Segment[] = [
  'semua',
  'pu',
  'bpu',
  'jakon',
  'honorer',
  'pekerja_rentan',
]

/** Issue 8: 514 regencies x 60 months (2021-2025) x 6 segments, 5 000 commitments... */
export const NATIONAL: BenchScale = {
  months: 60,
  segments: BENCH_SEGMENTS,
  commitments: 5_000,
  measurementsPerCommitment: 12,
  meetings: 2_000,
  attendancePerMeeting: 10,
  stakeholders: 2_000,
}

/** The small pass `npm test` runs: the same code path, a few thousand records. */
export const TINY: BenchScale = {
  months: 2,
  segments: ['semua', 'pu'],
  commitments: 60,
  measurementsPerCommitment: 3,
  meetings: 20,
  attendancePerMeeting: 3,
  stakeholders: 30,
}

export const GENERATED_TABLES = [
  'coverage',
  'commitments',
  'measurements',
  'meetings',
  'stakeholders',
  'attendance',
] as const
export type GeneratedTable = (typeof GENERATED_TABLES)[number]

export interface GeneratedRecordByTable {
  coverage: CoverageObservation
  commitments: Commitment
  measurements: CommitmentMeasurement
  meetings: Meeting
  stakeholders: Stakeholder
  attendance: Attendance
}

// --- randomness -------------------------------------------------------------------------

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** FNV-1a over the seed, the table name and the index: one independent stream per record. */
function recordSeed(seed: number, table: string, index: number): number {
  let h = 0x811c9dc5 ^ seed
  const s = `${table}#${index}`
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

class Rng {
  private readonly next: () => number
  constructor(seed: number, table: string, index: number) {
    this.next = mulberry32(recordSeed(seed, table, index))
  }
  float(): number {
    return this.next()
  }
  int(min: number, maxInclusive: number): number {
    return min + Math.floor(this.next() * (maxInclusive - min + 1))
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!
  }
}

/** A UUID-shaped id (version 4 layout) from the record's own stream: stable across runs. */
function stableId(seed: number, table: string, index: number): string {
  const r = mulberry32(recordSeed(seed ^ 0x5eed, table, index))
  let hex = ''
  for (let i = 0; i < 8; i++)
    hex += Math.floor(r() * 0x10000)
      .toString(16)
      .padStart(4, '0')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[parseInt(hex[16]!, 16) & 3]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}

// --- regions ----------------------------------------------------------------------------

/** The 38 provinces by Kemendagri code (2022 onwards, with the four new Papua provinces). */
export const PROVINCES: readonly (readonly [string, string])[] = [
  ['11', 'Aceh'],
  ['12', 'Sumatera Utara'],
  ['13', 'Sumatera Barat'],
  ['14', 'Riau'],
  ['15', 'Jambi'],
  ['16', 'Sumatera Selatan'],
  ['17', 'Bengkulu'],
  ['18', 'Lampung'],
  ['19', 'Kepulauan Bangka Belitung'],
  ['21', 'Kepulauan Riau'],
  ['31', 'DKI Jakarta'],
  ['32', 'Jawa Barat'],
  ['33', 'Jawa Tengah'],
  ['34', 'DI Yogyakarta'],
  ['35', 'Jawa Timur'],
  ['36', 'Banten'],
  ['51', 'Bali'],
  ['52', 'Nusa Tenggara Barat'],
  ['53', 'Nusa Tenggara Timur'],
  ['61', 'Kalimantan Barat'],
  ['62', 'Kalimantan Tengah'],
  ['63', 'Kalimantan Selatan'],
  ['64', 'Kalimantan Timur'],
  ['65', 'Kalimantan Utara'],
  ['71', 'Sulawesi Utara'],
  ['72', 'Sulawesi Tengah'],
  ['73', 'Sulawesi Selatan'],
  ['74', 'Sulawesi Tenggara'],
  ['75', 'Gorontalo'],
  ['76', 'Sulawesi Barat'],
  ['81', 'Maluku'],
  ['82', 'Maluku Utara'],
  ['91', 'Papua'],
  ['92', 'Papua Barat'],
  ['93', 'Papua Selatan'],
  ['94', 'Papua Tengah'],
  ['95', 'Papua Pegunungan'],
  ['96', 'Papua Barat Daya'],
]

export const NATIONAL_REGENCY_COUNT = 514
const KALSEL = '63'

/**
 * 38 provinces and 514 kabupaten/kota. Kalsel gets its real 13; the other 501 are spread
 * evenly (13 or 14 each), roughly one in five a city (codes from .71 up, as Kemendagri does).
 */
export function benchRegions(): Region[] {
  const regions: Region[] = []
  const others = PROVINCES.filter(([code]) => code !== KALSEL)
  const rest = NATIONAL_REGENCY_COUNT - 13
  const base = Math.floor(rest / others.length)
  let extra = rest - base * others.length
  for (const [code, name] of PROVINCES) {
    regions.push({ id: code, name, kind: 'provinsi', parentId: null, origin: 'bawaan' })
    if (code === KALSEL) {
      for (const r of kalsel.regions) {
        if (r.parentId === KALSEL)
          regions.push({
            id: r.id,
            name: r.name,
            kind: r.kind as Region['kind'],
            parentId: KALSEL,
            origin: 'bawaan',
          })
      }
      continue
    }
    const n = base + (extra-- > 0 ? 1 : 0)
    const cities = Math.max(1, Math.floor(n / 5))
    for (let i = 0; i < n - cities; i++) {
      const id = `${code}.${String(i + 1).padStart(2, '0')}`
      regions.push({
        id,
        name: `Kabupaten Sintetis ${id}`,
        kind: 'kabupaten',
        parentId: code,
        origin: 'impor',
      })
    }
    for (let i = 0; i < cities; i++) {
      const id = `${code}.${String(71 + i)}`
      regions.push({
        id,
        name: `Kota Sintetis ${id}`,
        kind: 'kota',
        parentId: code,
        origin: 'impor',
      })
    }
  }
  return regions
}

// --- context shared by the record builders ------------------------------------------------

export interface BenchContext {
  seed: number
  scale: BenchScale
  regencies: Region[]
  /** One instant for every record's meta: generated data looks like one national import. */
  stampedAt: string
}

export function benchContext(seed: number, scale: BenchScale): BenchContext {
  return {
    seed,
    scale,
    regencies: benchRegions().filter((r) => r.kind !== 'provinsi'),
    stampedAt: '2026-01-05T02:00:00.000Z',
  }
}

export function tableSize(ctx: BenchContext, table: GeneratedTable): number {
  const s = ctx.scale
  switch (table) {
    case 'coverage':
      return ctx.regencies.length * s.months * s.segments.length
    case 'commitments':
      return s.commitments
    case 'measurements':
      return s.commitments * s.measurementsPerCommitment
    case 'meetings':
      return s.meetings
    case 'stakeholders':
      return s.stakeholders
    case 'attendance':
      return s.meetings * s.attendancePerMeeting
  }
}

function meta(ctx: BenchContext, table: GeneratedTable, index: number): RecordMeta {
  return {
    id: stableId(ctx.seed, table, index),
    createdAt: ctx.stampedAt,
    createdBy: 'Generator bench',
    updatedAt: ctx.stampedAt,
    updatedBy: 'Generator bench',
    updatedOn: 'bench-device',
    rev: 1,
    isSample: 0,
  }
}

const pad2 = (n: number) => String(n).padStart(2, '0')
/** Month index 0 = 2021-01. */
const monthPeriod = (m: number) => `${2021 + Math.floor(m / 12)}-${pad2((m % 12) + 1)}`
const lastDay = (period: string) => {
  const [y, mo] = period.split('-').map(Number) as [number, number]
  return `${period}-${pad2(new Date(Date.UTC(y, mo, 0)).getUTCDate())}`
}

// --- record builders ----------------------------------------------------------------------

/** Eligible-worker base per regency and segment: stable across months, grows a little. */
function coverageBase(ctx: BenchContext, regencyIndex: number, segment: Segment): number {
  const r = new Rng(ctx.seed, `base-${segment}`, regencyIndex)
  const workforce = r.int(40_000, 1_200_000)
  const share: Record<Segment, number> = {
    semua: 1,
    pu: 0.45,
    bpu: 0.5,
    jakon: 0.04,
    pmi: 0.01,
    honorer: 0.02,
    perangkat_desa: 0.01,
    pekerja_rentan: 0.2,
  }
  return Math.max(100, Math.round(workforce * share[segment]))
}

function coverage(ctx: BenchContext, i: number): CoverageObservation {
  const { months, segments } = ctx.scale
  const segIndex = i % segments.length
  const month = Math.floor(i / segments.length) % months
  const regencyIndex = Math.floor(i / (segments.length * months))
  const segment = segments[segIndex]!
  const region = ctx.regencies[regencyIndex]!
  const r = new Rng(ctx.seed, 'coverage', i)
  const baseSize = coverageBase(ctx, regencyIndex, segment)
  // Coverage rises from 10-40 % in 2021 by up to half a point a month, with noise.
  const start = 0.1 + new Rng(ctx.seed, `start-${segment}`, regencyIndex).float() * 0.3
  const share = Math.min(0.98, start + month * 0.005 + (r.float() - 0.5) * 0.01)
  const period = monthPeriod(month)
  const targetGroup = segment === 'honorer' || segment === 'pekerja_rentan'
  return {
    ...meta(ctx, 'coverage', i),
    regionId: region.id,
    period,
    segment,
    measure: 'registered',
    count: Math.round(baseSize * share),
    baseKind: targetGroup ? 'target' : 'pekerja_eligible',
    baseLabel: targetGroup
      ? 'sasaran yang ditetapkan pemerintah daerah'
      : 'pekerja yang wajib terdaftar',
    baseSize,
    statedPercent: null,
    sourceDocument: `Data kepesertaan bulanan (sintetis) ${period}`,
    sourceInstitution: 'BPJS Ketenagakerjaan (data sintetis untuk uji kinerja)',
    asOfDate: lastDay(period),
    note: '',
  }
}

const KINDS: readonly CommitmentKind[] = ['count', 'count', 'percent', 'milestone']
const STAGES = ['Rancangan', 'Ditandatangani', 'Dianggarkan', 'Dilaksanakan']

function commitment(ctx: BenchContext, i: number): Commitment {
  const r = new Rng(ctx.seed, 'commitments', i)
  const region = ctx.regencies[r.int(0, ctx.regencies.length - 1)]!
  const kind = KINDS[i % KINDS.length]!
  const year = r.int(2022, 2026)
  const baseline =
    kind === 'percent' ? r.int(5, 40) : kind === 'count' ? r.int(1_000, 40_000) : null
  const target =
    kind === 'percent'
      ? Math.min(100, baseline! + r.int(5, 40))
      : kind === 'count'
        ? baseline! + r.int(1_000, 25_000)
        : null
  const segment = kind === 'milestone' ? null : r.pick(BENCH_SEGMENTS)
  return {
    ...meta(ctx, 'commitments', i),
    regionId: region.id,
    parentId: null,
    title:
      kind === 'milestone'
        ? `Peraturan perlindungan pekerja rentan ${region.name} ${year}`
        : `Menambah peserta ${segment} ${region.name} ${year}`,
    statement: `Komitmen sintetis nomor ${i + 1} untuk uji kinerja.`,
    kind,
    segment,
    baselineValue: baseline,
    baselineDate: baseline === null ? null : `${year - 1}-12-31`,
    baselineSource: baseline === null ? '' : 'Data kepesertaan (sintetis)',
    targetValue: target,
    deadline: `${year}-12-31`,
    meetingId: null,
    madeByName: `Pejabat ${region.name}`,
    madeByPosition: r.pick(['Bupati', 'Wali Kota', 'Sekretaris Daerah', 'Kepala Disnaker']),
    responsibleOffice: 'Dinas Tenaga Kerja',
    stages: kind === 'milestone' ? STAGES : [],
    lifecycle: r.float() < 0.03 ? 'dibatalkan' : 'aktif',
    notes: '',
    evidence: [],
  }
}

function measurement(ctx: BenchContext, i: number): CommitmentMeasurement {
  const per = ctx.scale.measurementsPerCommitment
  const owner = Math.floor(i / per)
  const step = i % per
  const c = commitment(ctx, owner)
  const year = Number(c.deadline.slice(0, 4))
  const date = `${year}-${pad2(1 + Math.floor((step * 12) / per))}-15`
  const progress = (step + 1) / per
  let value: number | null = null
  let stageIndex: number | null = null
  if (c.kind === 'milestone')
    stageIndex = Math.min(STAGES.length - 1, Math.floor(progress * STAGES.length * 0.9))
  else
    value = Math.round(
      c.baselineValue! +
        (c.targetValue! - c.baselineValue!) *
          progress *
          (0.6 + new Rng(ctx.seed, 'measurements', i).float() * 0.5),
    )
  if (value !== null && c.kind === 'percent') value = Math.min(100, value)
  return {
    ...meta(ctx, 'measurements', i),
    commitmentId: c.id,
    date,
    value,
    stageIndex,
    source: 'Laporan bulanan (sintetis)',
    note: '',
  }
}

const MEETING_KINDS: readonly MeetingKind[] = [
  'rakor',
  'sosialisasi',
  'bimtek',
  'fgd',
  'penilaian_paritrana',
]

/** Meeting 0 covers Kalsel (13 kab/kota), meeting 1 the whole country: the two briefing packs. */
export const KALSEL_MEETING_INDEX = 0
export const NATIONAL_MEETING_INDEX = 1
export const meetingId = (ctx: BenchContext, index: number): string =>
  stableId(ctx.seed, 'meetings', index)

function meeting(ctx: BenchContext, i: number): Meeting {
  const r = new Rng(ctx.seed, 'meetings', i)
  const kind = MEETING_KINDS[i % MEETING_KINDS.length]!
  const region = ctx.regencies[r.int(0, ctx.regencies.length - 1)]!
  if (i === KALSEL_MEETING_INDEX || i === NATIONAL_MEETING_INDEX) {
    const national = i === NATIONAL_MEETING_INDEX
    return {
      ...meta(ctx, 'meetings', i),
      kind: 'rakor',
      title: national
        ? 'Rakor nasional optimalisasi Jamsostek (Inpres 2/2021)'
        : 'Rakor Jamsostek Kalimantan Selatan',
      startsOn: parseCalendarDay('2026-12-10')!,
      startsAt: witaInputToInstant('2026-12-10', '09:00'),
      datePrecision: 'time',
      endsAt: witaInputToInstant('2026-12-10', '12:00'),
      venue: national ? 'Jakarta' : 'Banjarmasin',
      organiser: national ? 'Kemenko PMK' : 'Disnakertrans Kalsel',
      regionIds: national ? PROVINCES.map(([code]) => code) : [KALSEL],
      seriesId: null,
      seriesName: '',
      notes: '',
    }
  }
  const day = r.int(0, 5 * 365 - 1)
  const start = toInstant(new Date(Date.UTC(2021, 0, 1, 1 + r.int(0, 6), 0) + day * 86_400_000))
  return {
    ...meta(ctx, 'meetings', i),
    kind,
    title: `${kind === 'rakor' ? 'Rakor' : kind === 'fgd' ? 'FGD' : 'Kegiatan'} jaminan sosial ketenagakerjaan ${region.name}`,
    startsOn: witaDay(start),
    startsAt: start,
    datePrecision: 'time',
    endsAt: toInstant(new Date(Date.parse(start) + 3 * 3_600_000)),
    venue: `Aula kantor ${region.name}`,
    organiser: 'Disnakertrans',
    regionIds: [region.id],
    seriesId: null,
    seriesName: '',
    notes: '',
  }
}

const CATEGORIES: readonly StakeholderCategory[] = [
  'pemda',
  'bpjs',
  'disnakertrans',
  'apindo',
  'serikat_pekerja',
  'akademisi',
  'lainnya',
]

function stakeholder(ctx: BenchContext, i: number): Stakeholder {
  const r = new Rng(ctx.seed, 'stakeholders', i)
  const region = ctx.regencies[r.int(0, ctx.regencies.length - 1)]!
  return {
    ...meta(ctx, 'stakeholders', i),
    kind: 'person',
    name: `Peserta Rapat ${i + 1}`,
    institutionId: null,
    institutionName: `Instansi ${region.name}`,
    position: r.pick(['Kepala Dinas', 'Sekretaris', 'Kepala Bidang', 'Staf']),
    category: CATEGORIES[i % CATEGORIES.length]!,
    regionId: region.id,
    phone: '',
    email: '',
  }
}

function attendance(ctx: BenchContext, i: number): Attendance {
  const per = ctx.scale.attendancePerMeeting
  const meetingIndex = Math.floor(i / per)
  const r = new Rng(ctx.seed, 'attendance', i)
  // Distinct stakeholders within a meeting: consecutive ids from a random start.
  const who =
    (new Rng(ctx.seed, 'attendance-start', meetingIndex).int(0, ctx.scale.stakeholders - 1) +
      (i % per)) %
    ctx.scale.stakeholders
  return {
    ...meta(ctx, 'attendance', i),
    meetingId: stableId(ctx.seed, 'meetings', meetingIndex),
    stakeholderId: stableId(ctx.seed, 'stakeholders', who),
    invited: 1,
    attended: r.float() < 0.85 ? 1 : 0,
    note: '',
  }
}

const BUILDERS: {
  [K in GeneratedTable]: (ctx: BenchContext, i: number) => GeneratedRecordByTable[K]
} = {
  coverage,
  commitments: commitment,
  measurements: measurement,
  meetings: meeting,
  stakeholders: stakeholder,
  attendance,
}

export function generateRecord<K extends GeneratedTable>(
  ctx: BenchContext,
  table: K,
  index: number,
): GeneratedRecordByTable[K] {
  return BUILDERS[table](ctx, index)
}

/** Records [from, to) of a table, for batched loading. */
export function generateSlice<K extends GeneratedTable>(
  ctx: BenchContext,
  table: K,
  from: number,
  to: number,
): GeneratedRecordByTable[K][] {
  const end = Math.min(to, tableSize(ctx, table))
  const out: GeneratedRecordByTable[K][] = []
  for (let i = from; i < end; i++) out.push(BUILDERS[table](ctx, i))
  return out
}
