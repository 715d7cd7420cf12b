/**
 * Validation of the Paritrana and Inpres 2/2021 records (schema v3), used by schemas.ts's
 * inputSchemaByTable: forms, imports, the exchange and restore all pass through these.
 */
import { z } from 'zod'
import {
  INDICATOR_METRICS,
  INPRES_GROUPS,
  PARITRANA_CATEGORIES,
  PARITRANA_STAGES,
  PROTECTION_STATUSES,
  REGULATION_KINDS,
  REGULATION_STAGES,
} from './types-paritrana'
import { count, flag, knownDate, plainString, regionCode, requiredText, text } from './schema-parts'

const year = z.number().int('harus bilangan bulat').min(2000).max(2100)
const weight = z.number().positive('bobot harus lebih dari 0').max(1000, 'terlalu besar')
const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9_]{1,40}$/, 'kunci hanya huruf kecil, angka dan garis bawah (paling banyak 40)')

export const inpresStatusInputSchema = z
  .object({
    regionId: regionCode,
    group: z.enum(INPRES_GROUPS),
    status: z.enum(PROTECTION_STATUSES),
    covered: count.nullable(),
    groupSize: count.positive('harus lebih dari 0').nullable(),
    regulationKind: z.enum(REGULATION_KINDS).nullable(),
    regulationNumber: text(120),
    regulationDate: knownDate.nullable(),
    regulationStage: z.enum(REGULATION_STAGES).nullable(),
    apbdYear: year.nullable(),
    apbdAmount: z.number().nonnegative('tidak boleh negatif').max(1e15, 'terlalu besar').nullable(),
    apbdWorkers: count.nullable(),
    asOf: knownDate,
    sourceDocument: requiredText(300),
    note: text(2000),
  })
  .superRefine((v, ctx) => {
    if (v.covered !== null && v.groupSize !== null && v.covered > v.groupSize)
      ctx.addIssue({
        code: 'custom',
        path: ['covered'],
        message: 'lebih besar dari jumlah kelompok; periksa angkanya',
      })
    if (v.regulationKind === null && (v.regulationNumber !== '' || v.regulationStage !== null))
      ctx.addIssue({ code: 'custom', path: ['regulationKind'], message: 'pilih jenis regulasi' })
    if (v.regulationKind !== null && v.regulationStage === null)
      ctx.addIssue({ code: 'custom', path: ['regulationStage'], message: 'pilih tahap regulasi' })
    const apbd = v.apbdAmount !== null || v.apbdWorkers !== null
    if (apbd && v.apbdYear === null)
      ctx.addIssue({ code: 'custom', path: ['apbdYear'], message: 'isi tahun anggaran APBD' })
    if (v.apbdYear !== null && !apbd)
      ctx.addIssue({
        code: 'custom',
        path: ['apbdAmount'],
        message: 'isi besar anggaran atau jumlah pekerja yang dibiayai',
      })
  })

export const inpresStatementInputSchema = z
  .object({
    regionId: regionCode,
    group: z.enum(INPRES_GROUPS),
    count: count,
    outOf: count.positive('harus lebih dari 0'),
    extent: z.enum(['melindungi', 'sebagian']),
    quote: requiredText(1000),
    asOf: knownDate,
    sourceDocument: requiredText(300),
    meetingId: plainString().nullable(),
  })
  .refine((v) => v.count <= v.outOf, {
    path: ['count'],
    message: 'tidak boleh melebihi jumlah wilayah',
  })

const stageSchema = z.object({
  stage: z.enum(PARITRANA_STAGES),
  plannedOn: knownDate.nullable(),
  actualOn: knownDate.nullable(),
  regionIds: z.array(regionCode).max(600),
  meetingIds: z.array(plainString().min(1)).max(100),
  commitmentIds: z.array(plainString().min(1)).max(100),
  note: text(2000),
})

export const paritranaEditionInputSchema = z
  .object({
    year,
    category: z.enum(PARITRANA_CATEGORIES),
    regionId: regionCode,
    title: requiredText(200),
    committeeId: plainString().nullable(),
    proposedRegionIds: z.array(regionCode).max(600),
    winnerRegionIds: z.array(regionCode).max(600),
    stages: z.array(stageSchema).max(PARITRANA_STAGES.length),
    sourceDocument: text(300),
    notes: text(4000),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>()
    for (const s of v.stages) {
      if (seen.has(s.stage))
        ctx.addIssue({
          code: 'custom',
          path: ['stages'],
          message: `tahap ${s.stage} tercatat dua kali`,
        })
      seen.add(s.stage)
    }
  })

const indicatorSchema = z.object({
  key,
  label: requiredText(200),
  weight,
  metric: z.enum(INDICATOR_METRICS),
  group: z.enum(INPRES_GROUPS).nullable(),
  target: z.number().positive('harus lebih dari 0').max(100, 'paling besar 100').nullable(),
})

export const paritranaRubricInputSchema = z
  .object({
    lineageId: plainString().min(1),
    version: z.number().int().positive(),
    name: requiredText(200),
    editionYear: year.nullable(),
    official: flag,
    aspects: z
      .array(
        z.object({
          key,
          label: requiredText(200),
          weight,
          indicators: z.array(indicatorSchema).min(1, 'setiap aspek butuh indikator').max(50),
        }),
      )
      .min(1, 'rubrik butuh paling sedikit satu aspek')
      .max(20),
    notes: text(4000),
  })
  .superRefine((v, ctx) => {
    const keys = new Set<string>()
    for (const a of v.aspects)
      for (const i of a.indicators) {
        if (keys.has(i.key))
          ctx.addIssue({
            code: 'custom',
            path: ['aspects'],
            message: `kunci indikator "${i.key}" dipakai dua kali`,
          })
        keys.add(i.key)
        const needsGroup = i.metric === 'apbd' || i.metric === 'group_share'
        if (needsGroup && i.group === null)
          ctx.addIssue({
            code: 'custom',
            path: ['aspects'],
            message: `indikator "${i.label}" butuh kelompok pekerja`,
          })
        const needsTarget = i.metric === 'coverage_pu' || i.metric === 'coverage_bpu'
        if (needsTarget && i.target === null)
          ctx.addIssue({
            code: 'custom',
            path: ['aspects'],
            message: `indikator "${i.label}" butuh persentase untuk nilai penuh`,
          })
      }
  })

export const paritranaEvidenceInputSchema = z.object({
  regionId: regionCode,
  editionYear: year,
  indicatorKey: key,
  value: z.number().min(0, 'tidak boleh negatif').max(100, 'paling besar 100').nullable(),
  evidence: requiredText(2000),
  sourceDocument: text(300),
  asOf: knownDate.nullable(),
})

export const paritranaScoreInputSchema = z.object({
  regionId: regionCode,
  editionYear: year,
  rubricId: plainString().min(1),
  rubricVersion: z.number().int().positive(),
  rubricName: requiredText(200),
  total: z.number().min(0).max(100),
  aspects: z
    .array(z.object({ key, label: requiredText(200), score: z.number().min(0).max(100) }))
    .max(20),
  computedOn: knownDate,
  note: text(2000),
})

/** Indonesian names of the v3 fields, merged into FIELD_LABELS. */
export const PARITRANA_FIELD_LABELS: Record<string, string> = {
  group: 'Kelompok pekerja',
  covered: 'Pekerja terlindungi',
  groupSize: 'Jumlah dalam kelompok',
  regulationKind: 'Jenis regulasi',
  regulationNumber: 'Nomor regulasi',
  regulationDate: 'Tanggal regulasi',
  regulationStage: 'Tahap regulasi',
  apbdYear: 'Tahun APBD',
  apbdAmount: 'Anggaran APBD (Rp)',
  apbdWorkers: 'Pekerja dibiayai APBD',
  asOf: 'Tanggal keadaan',
  outOf: 'Dari jumlah wilayah',
  extent: 'Cakupan pernyataan',
  quote: 'Kutipan sumber',
  committeeId: 'Tim 9',
  proposedRegionIds: 'Wilayah diusulkan',
  winnerRegionIds: 'Wilayah pemenang',
  lineageId: 'Rubrik induk',
  version: 'Versi',
  editionYear: 'Tahun penilaian',
  official: 'Bobot resmi',
  aspects: 'Aspek',
  indicatorKey: 'Indikator',
  rubricId: 'Rubrik',
  rubricVersion: 'Versi rubrik',
  rubricName: 'Nama rubrik',
  total: 'Skor total',
  computedOn: 'Tanggal hitung',
}
