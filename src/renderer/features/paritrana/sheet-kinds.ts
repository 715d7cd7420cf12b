/**
 * The Paritrana tables as spreadsheets: the Inpres 2/2021 matrix and the evidence of entered
 * indicators, described for the data area's import (SheetKind, its extension point), so their
 * templates, checks, preview and all-or-nothing write are the ones every other import uses.
 * And the exports that are not import formats: the readiness scores. Pure.
 *
 * Stored scores (paritranaScores) are not imported: a score is what the rubric computes from
 * the matrix, coverage, commitments and evidence, and a typed-in total would be an answer
 * without its reasons. What a user scores by hand (the interview, innovation) comes in as
 * evidence with a value 0–100, and the readiness is computed from it.
 */
import type { ImportColumn, Sheet, SheetKind } from '../data'
import {
  INPRES_GROUPS,
  PROTECTION_STATUSES,
  REGULATION_KINDS,
  REGULATION_STAGES,
  type ParitranaScore,
} from '../../db/types'
import { paritrana } from '../../i18n/messages/paritrana'
import type { Locale } from '../../../shared/format'
import { regencyName, type BoardRubric, type ParitranaBoard } from '../../domain/paritrana-board'

const id: ImportColumn = {
  field: 'id',
  header: 'Id',
  type: 'id',
  aliases: ['id', 'kode data', 'uuid'],
}
const region: ImportColumn = {
  field: 'regionId',
  header: 'Kode wilayah',
  type: 'region',
  aliases: ['kode wilayah', 'wilayah', 'kode', 'kode kab/kota', 'kab/kota', 'region'],
}
const source: ImportColumn = {
  field: 'sourceDocument',
  header: 'Sumber',
  type: 'text',
  aliases: ['sumber', 'dokumen sumber', 'source'],
}

const INPRES_COLUMNS: ImportColumn[] = [
  id,
  region,
  {
    field: 'group',
    header: 'Kelompok pekerja',
    type: 'enum',
    values: INPRES_GROUPS,
    aliases: ['kelompok', 'kelompok pekerja', 'worker group', 'group'],
  },
  {
    field: 'status',
    header: 'Status perlindungan',
    type: 'enum',
    values: PROTECTION_STATUSES,
    aliases: ['status', 'perlindungan', 'protection status'],
  },
  {
    field: 'covered',
    header: 'Pekerja terlindungi',
    type: 'int',
    nullable: true,
    aliases: ['terlindungi', 'jumlah terlindungi', 'workers protected'],
  },
  {
    field: 'groupSize',
    header: 'Jumlah dalam kelompok',
    type: 'int',
    nullable: true,
    aliases: ['jumlah kelompok', 'besar kelompok', 'workers in the group'],
  },
  {
    field: 'regulationKind',
    header: 'Jenis regulasi',
    type: 'enum',
    values: REGULATION_KINDS,
    nullable: true,
    aliases: ['regulasi', 'jenis regulasi', 'kind of regulation'],
  },
  {
    field: 'regulationNumber',
    header: 'Nomor regulasi',
    type: 'text',
    aliases: ['nomor regulasi', 'nomor', 'regulation number'],
  },
  {
    field: 'regulationDate',
    header: 'Tanggal regulasi',
    type: 'date',
    nullable: true,
    aliases: ['tanggal regulasi', 'regulation date'],
  },
  {
    field: 'regulationStage',
    header: 'Tahap regulasi',
    type: 'enum',
    values: REGULATION_STAGES,
    nullable: true,
    aliases: ['tahap regulasi', 'regulation stage'],
  },
  {
    field: 'apbdYear',
    header: 'Tahun APBD',
    type: 'int',
    nullable: true,
    aliases: ['tahun apbd', 'tahun anggaran', 'apbd year'],
  },
  {
    field: 'apbdAmount',
    header: 'Anggaran APBD (Rp)',
    type: 'number',
    nullable: true,
    aliases: ['anggaran apbd', 'anggaran', 'apbd', 'apbd budget (rp)'],
  },
  {
    field: 'apbdWorkers',
    header: 'Pekerja dibiayai APBD',
    type: 'int',
    nullable: true,
    aliases: ['pekerja dibiayai', 'workers funded by the apbd'],
  },
  {
    field: 'asOf',
    header: 'Tanggal keadaan',
    type: 'date',
    aliases: ['tanggal keadaan', 'per tanggal', 'tanggal data', 'tanggal', 'date of this status'],
  },
  source,
  { field: 'note', header: 'Catatan', type: 'text', aliases: ['catatan', 'keterangan', 'note'] },
]

function inpresLabels(col: ImportColumn, locale: Locale): Readonly<Record<string, string>> | null {
  const m = paritrana[locale]
  switch (col.field) {
    case 'group':
      return m.groups
    case 'status':
      return m.statuses
    case 'regulationKind':
      return m.regulationKinds
    case 'regulationStage':
      return m.regulationStages
    default:
      return null
  }
}

/**
 * The matrix: one row per region, group and date of the status. A row with the same region,
 * group and date as a stored record changes it; a later date adds history (the newest is the
 * cell's current standing).
 */
export const INPRES_SHEET: SheetKind = {
  table: 'inpresStatus',
  label: { id: 'Matriks Inpres 2/2021', en: 'Inpres 2/2021 matrix' },
  fileBase: 'matriks-inpres',
  columns: INPRES_COLUMNS,
  naturalKey: ['regionId', 'group', 'asOf'],
  previewFields: [
    'regionId',
    'group',
    'status',
    'covered',
    'groupSize',
    'regulationKind',
    'regulationNumber',
    'apbdYear',
    'apbdAmount',
    'asOf',
    'sourceDocument',
  ],
  example: {
    regionId: '63.09',
    group: 'perangkat_desa',
    status: 'sebagian',
    covered: 1200,
    groupSize: 2400,
    regulationKind: 'perbup',
    regulationNumber: '12 Tahun 2025',
    regulationDate: '2025-03-01',
    regulationStage: 'terbit',
    apbdYear: 2026,
    apbdAmount: 1500000000,
    apbdWorkers: 1200,
    asOf: '2025-11-01',
    sourceDocument: 'Surat Disnaker Tabalong (contoh: ganti dengan sumber sebenarnya)',
    note: '',
  },
  enumLabels: inpresLabels,
}

const enteredIndicators = (rubric: BoardRubric) =>
  rubric.aspects.flatMap((a) => a.indicators).filter((i) => i.metric === 'entered')

/**
 * Evidence of the rubric's entered indicators (the regional head at the interview,
 * innovation): the indicator is picked by its label in the rubric in use, so a key the rubric
 * does not score is refused with the list of those it does.
 */
export function evidenceSheet(rubric: BoardRubric, editionYear: number): SheetKind {
  const indicators = enteredIndicators(rubric)
  const labels = Object.fromEntries(indicators.map((i) => [i.key, i.label]))
  return {
    table: 'paritranaEvidence',
    label: { id: 'Bukti indikator Paritrana', en: 'Paritrana indicator evidence' },
    fileBase: 'bukti-paritrana',
    columns: [
      id,
      region,
      {
        field: 'editionYear',
        header: 'Tahun penilaian',
        type: 'int',
        aliases: ['tahun penilaian', 'tahun', 'edisi', 'assessment year'],
      },
      {
        field: 'indicatorKey',
        header: 'Indikator',
        type: 'enum',
        values: indicators.map((i) => i.key),
        aliases: ['indikator', 'indicator'],
      },
      {
        field: 'value',
        header: 'Nilai (0–100)',
        type: 'number',
        nullable: true,
        aliases: ['nilai', 'nilai (0-100)', 'skor', 'value'],
      },
      {
        field: 'evidence',
        header: 'Bukti',
        type: 'text',
        aliases: ['bukti', 'evidence'],
      },
      source,
      {
        field: 'asOf',
        header: 'Tanggal bukti',
        type: 'date',
        nullable: true,
        aliases: ['tanggal bukti', 'tanggal', 'date'],
      },
    ],
    naturalKey: ['regionId', 'editionYear', 'indicatorKey'],
    previewFields: ['regionId', 'editionYear', 'indicatorKey', 'value', 'evidence', 'asOf'],
    example: {
      regionId: '63.11',
      editionYear,
      indicatorKey: indicators[0]?.key ?? '',
      value: null,
      evidence: 'Contoh: ganti dengan bukti sebenarnya',
      sourceDocument: '',
      asOf: null,
    },
    enumLabels: (col) => (col.field === 'indicatorKey' ? labels : null),
  }
}

const SCORE_WORDS = {
  id: {
    code: 'Kode wilayah',
    region: 'Kabupaten/kota',
    rank: 'Peringkat',
    year: 'Tahun penilaian',
    rubric: 'Rubrik',
    version: 'Versi rubrik',
    weights: 'Bobot',
    official: 'resmi',
    assumption: 'asumsi lokal, bukan resmi',
    total: 'Skor total (dari 100)',
    asOf: 'Data per',
    computedOn: 'Tanggal hitung',
    kind: 'Jenis',
    live: 'dihitung sekarang (belum disimpan)',
    stored: 'skor tersimpan',
    missing: 'Indikator tanpa data',
  },
  en: {
    code: 'Region code',
    region: 'Regency/city',
    rank: 'Rank',
    year: 'Assessment year',
    rubric: 'Rubric',
    version: 'Rubric version',
    weights: 'Weights',
    official: 'official',
    assumption: 'local assumption, not official',
    total: 'Total score (of 100)',
    asOf: 'Data as of',
    computedOn: 'Computed on',
    kind: 'Kind',
    live: 'computed now (not saved)',
    stored: 'saved score',
    missing: 'Indicators without data',
  },
} as const

const round1 = (x: number) => Math.round(x * 10) / 10

/**
 * The readiness ranking of the board's year as computed now, one row per regency with its
 * aspects, the rubric and its weights' standing, and the date of the data; then every saved
 * score of the province's regencies, each with the rubric version that produced it.
 */
export function scoresSheet(board: ParitranaBoard, locale: Locale): Sheet {
  const w = SCORE_WORDS[locale]
  const aspects = board.rubric.aspects
  const nameOf = new Map(board.regencies.map((r) => [r.id, regencyName(r)]))
  const header = [
    w.kind,
    w.code,
    w.region,
    w.rank,
    w.year,
    w.rubric,
    w.version,
    w.weights,
    w.total,
    ...aspects.map((a) => `${a.label} (${a.weight})`),
    w.missing,
    w.asOf,
  ]
  const weights = board.rubric.official ? w.official : w.assumption
  const rows: Sheet['rows'] = board.ranking.map((r) => {
    const result = board.results.get(r.regionId)
    return [
      w.live,
      r.regionId,
      nameOf.get(r.regionId) ?? r.regionId,
      r.rank,
      board.editionYear,
      board.rubric.name,
      board.rubric.version,
      weights,
      round1(r.total),
      ...aspects.map((a) => {
        const s = result?.aspects.find((x) => x.key === a.key)
        return s ? round1(s.score) : null
      }),
      result?.missing.length ?? 0,
      board.asOf,
    ]
  })
  const official = new Map(board.rubrics.map((r) => [r.id, r.official]))
  const stored = [...board.scores].sort(
    (a: ParitranaScore, b: ParitranaScore) =>
      b.editionYear - a.editionYear ||
      (nameOf.get(a.regionId) ?? '').localeCompare(nameOf.get(b.regionId) ?? '', 'id'),
  )
  for (const s of stored)
    rows.push([
      w.stored,
      s.regionId,
      nameOf.get(s.regionId) ?? s.regionId,
      null,
      s.editionYear,
      s.rubricName,
      s.rubricVersion,
      official.get(s.rubricId) ? w.official : w.assumption,
      round1(s.total),
      ...aspects.map((a) => {
        const x = s.aspects.find((y) => y.key === a.key)
        return x ? round1(x.score) : null
      }),
      null,
      s.computedOn,
    ])
  return { header, rows }
}
