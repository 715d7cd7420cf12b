/**
 * Validation shared by every boundary: forms, imports, the exchange and the repository use
 * these same schemas, so a value refused in a form is refused in a file too. Messages are
 * Indonesian and each issue names its field through FIELD_LABELS.
 */
import { z } from 'zod'
import {
  BASE_KINDS,
  COMMITMENT_KINDS,
  MEASURES,
  MEETING_KINDS,
  CORRECTED_TABLES,
  PRESENCES,
  REGION_KINDS,
  SEGMENTS,
  STAKEHOLDER_CATEGORIES,
  TARGET_SETTERS,
  type UserTableName,
} from './types'
import { isCanonicalInstant, witaDay } from '../../shared/time'
import {
  count,
  flag,
  isoDate,
  isoInstant,
  knownDate,
  percent,
  period,
  plainString,
  regionCode,
  requiredText,
  text,
} from './schema-parts'
export { isoDate, isoInstant, knownDate, period, plainString, regionCode } from './schema-parts'
import {
  inpresStatementInputSchema,
  inpresStatusInputSchema,
  PARITRANA_FIELD_LABELS,
  paritranaEditionInputSchema,
  paritranaEvidenceInputSchema,
  paritranaRubricInputSchema,
  paritranaScoreInputSchema,
} from './schemas-paritrana'

// zod's JIT probe uses `new Function`, which our CSP (script-src 'self') forbids.
z.config({ jitless: true })
z.config(z.locales.id())

export const regionSchema = z.object({
  id: regionCode,
  name: requiredText(120),
  kind: z.enum(REGION_KINDS),
  parentId: regionCode.nullable(),
  origin: z.enum(['bawaan', 'impor']),
})

export const coverageInputSchema = z
  .object({
    regionId: regionCode,
    period,
    segment: z.enum(SEGMENTS),
    measure: z.enum(MEASURES),
    count: count.nullable(),
    baseKind: z.enum(BASE_KINDS),
    baseLabel: text(200),
    baseSize: count.positive('harus lebih dari 0').nullable(),
    statedPercent: percent.nullable(),
    sourceDocument: requiredText(300),
    sourceInstitution: text(200),
    asOfDate: isoDate.nullable(),
    note: text(2000),
  })
  .superRefine((v, ctx) => {
    const computable = v.count !== null && v.baseSize !== null
    if (!computable && v.statedPercent === null && v.count === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'isi jumlah peserta (atau persentase bila sumber hanya menyebut persen)',
      })
    }
    if (computable && v.statedPercent !== null) {
      ctx.addIssue({
        code: 'custom',
        path: ['statedPercent'],
        message: 'persentase dihitung dari jumlah dan basis; kosongkan kolom ini',
      })
    }
    if (v.count !== null && v.baseSize !== null && v.count > v.baseSize * 1.5) {
      ctx.addIssue({
        code: 'custom',
        path: ['count'],
        message: 'jumlah jauh melebihi basis; periksa basisnya',
      })
    }
  })

export const targetInputSchema = z
  .object({
    regionId: regionCode,
    year: z.number().int().min(2000).max(2100),
    segment: z.enum(SEGMENTS),
    value: z.number().nonnegative('tidak boleh negatif'),
    unit: z.enum(['count', 'percent']),
    setBy: z.enum(TARGET_SETTERS),
    sourceDocument: requiredText(300),
    note: text(2000),
  })
  .superRefine((v, ctx) => {
    if (v.unit === 'percent' && v.value > 100)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'persentase paling besar 100' })
  })

const evidence = z.object({ label: requiredText(200), reference: requiredText(500) })

export const commitmentInputSchema = z
  .object({
    regionId: regionCode,
    parentId: plainString().nullable(),
    title: requiredText(200),
    statement: text(4000),
    kind: z.enum(COMMITMENT_KINDS),
    segment: z.enum(SEGMENTS).nullable(),
    baselineValue: z.number().nonnegative('tidak boleh negatif').nullable(),
    baselineDate: isoDate.nullable(),
    baselineSource: text(300),
    pledge: z.enum(['level', 'increase']).optional(),
    increase: z.number().positive('harus lebih dari 0').nullable().optional(),
    baselineOrigin: z.enum(['figure', 'typed', 'unknown']).optional(),
    baselineFigureId: plainString().nullable().optional(),
    targetValue: z.number().nonnegative('tidak boleh negatif').nullable(),
    deadline: isoDate,
    meetingId: plainString().nullable(),
    madeByName: text(200),
    madeByPosition: text(200),
    responsibleOffice: text(200),
    stages: z.array(requiredText(100)).max(20),
    lifecycle: z.enum(['aktif', 'dibatalkan']),
    notes: text(4000),
    evidence: z.array(evidence).max(50),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'milestone') {
      if (v.stages.length < 2)
        ctx.addIssue({
          code: 'custom',
          path: ['stages'],
          message: 'komitmen tonggak butuh paling sedikit dua tahap',
        })
    } else if (v.pledge === 'increase') {
      // "Menambah 20.000": the increase is required; the target follows from the baseline,
      // and stays unknown only while the baseline is stated unknown.
      if (v.increase === null || v.increase === undefined)
        ctx.addIssue({ code: 'custom', path: ['increase'], message: 'wajib diisi' })
      if (v.targetValue === null && v.baselineOrigin !== 'unknown' && v.baselineValue !== null)
        ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'wajib diisi' })
    } else if (v.targetValue === null) {
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'wajib diisi' })
    }
    if (
      v.kind !== 'milestone' &&
      (v.baselineOrigin !== undefined || v.pledge === 'increase') &&
      v.baselineOrigin !== 'unknown' &&
      v.baselineValue === null
    )
      ctx.addIssue({
        code: 'custom',
        path: ['baselineValue'],
        message: 'isi nilai awal, atau centang "nilai awal belum diketahui"',
      })
    if (v.kind === 'percent') {
      if (v.targetValue !== null && v.targetValue > 100)
        ctx.addIssue({
          code: 'custom',
          path: ['targetValue'],
          message: 'persentase paling besar 100',
        })
      if (v.baselineValue !== null && v.baselineValue > 100)
        ctx.addIssue({
          code: 'custom',
          path: ['baselineValue'],
          message: 'persentase paling besar 100',
        })
    }
    if (v.baselineDate !== null && v.baselineDate > v.deadline) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline'],
        message: 'tenggat harus sesudah tanggal baseline',
      })
    }
  })

export const measurementInputSchema = z
  .object({
    commitmentId: plainString().min(1),
    date: isoDate,
    value: z.number().nonnegative('tidak boleh negatif').nullable(),
    stageIndex: z.number().int().nonnegative().nullable(),
    source: requiredText(300),
    note: text(2000),
  })
  .refine((v) => v.value !== null || v.stageIndex !== null, {
    path: ['value'],
    message: 'isi nilai atau tahap',
  })

export const minutesCorrectionSchema = z.object({
  at: isoInstant,
  by: text(200),
  table: z.enum(CORRECTED_TABLES),
  recordId: z.string().min(1),
  action: z.enum(['create', 'update', 'delete']),
  subject: text(2000),
  changes: z.array(z.object({ field: text(60), before: text(4000), after: text(4000) })).max(40),
  reason: requiredText(1000),
})

export const meetingInputSchema = z
  .object({
    kind: z.enum(MEETING_KINDS),
    title: requiredText(200),
    startsOn: knownDate,
    startsAt: isoInstant.nullable(),
    datePrecision: z.enum(['time', 'day', 'year']),
    endsAt: isoInstant.nullable(),
    venue: text(200),
    organiser: text(200),
    regionIds: z.array(regionCode).max(600),
    seriesId: plainString().nullable(),
    seriesName: text(200),
    notes: text(4000),
    minutesStatus: z.enum(['draft', 'final']).optional(),
    finalisedAt: isoInstant.nullable().optional(),
    finalisedBy: text(200).optional(),
    corrections: z.array(minutesCorrectionSchema).max(2000).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.minutesStatus === 'final' && !v.finalisedAt)
      ctx.addIssue({
        code: 'custom',
        path: ['finalisedAt'],
        message: 'notulen final harus mencatat kapan ditetapkan',
      })
    const yearOnly = v.startsOn.length === 4
    if (v.datePrecision === 'year' ? !yearOnly : yearOnly)
      ctx.addIssue({
        code: 'custom',
        path: ['startsOn'],
        message:
          v.datePrecision === 'year'
            ? 'bila hanya tahunnya diketahui, isi tahun saja (TTTT)'
            : 'isi tanggal lengkap (TTTT-BB-HH)',
      })
    if (v.datePrecision === 'time' && v.startsAt === null)
      ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'jam mulai wajib diisi' })
    if (v.datePrecision !== 'time' && v.startsAt !== null)
      ctx.addIssue({
        code: 'custom',
        path: ['startsAt'],
        message: 'waktu mulai hanya diisi bila jamnya diketahui',
      })
    if (v.startsAt !== null && isCanonicalInstant(v.startsAt) && witaDay(v.startsAt) !== v.startsOn)
      ctx.addIssue({
        code: 'custom',
        path: ['startsOn'],
        message: 'tanggal tidak cocok dengan waktu mulai (WITA)',
      })
    if (v.endsAt !== null && v.startsAt !== null && v.endsAt < v.startsAt)
      ctx.addIssue({
        code: 'custom',
        path: ['endsAt'],
        message: 'waktu selesai harus sesudah waktu mulai',
      })
  })

export const agendaItemInputSchema = z.object({
  meetingId: plainString().min(1),
  order: z.number().int().nonnegative(),
  title: requiredText(300),
  presenter: text(200),
  minutes: z.number().int().positive('harus lebih dari 0').max(600).nullable(),
  outcome: text(2000),
})

export const attendanceInputSchema = z.object({
  meetingId: plainString().min(1),
  stakeholderId: plainString().min(1),
  invited: flag,
  attended: flag,
  note: text(500),
  presence: z.enum(PRESENCES).nullable().optional(),
  representative: text(300).optional(),
})

export const decisionInputSchema = z.object({
  meetingId: plainString().min(1),
  agendaItemId: plainString().nullable(),
  text: requiredText(2000),
  commitmentId: plainString().nullable().optional(),
})

export const actionItemInputSchema = z.object({
  meetingId: plainString().min(1),
  text: requiredText(1000),
  owner: text(200),
  dueDate: isoDate.nullable(),
  status: z.enum(['terbuka', 'selesai', 'batal']),
  commitmentId: plainString().nullable(),
})

export const stakeholderInputSchema = z.object({
  kind: z.enum(['institution', 'person']),
  name: requiredText(200),
  institutionId: plainString().nullable(),
  institutionName: text(200),
  position: text(200),
  category: z.enum(STAKEHOLDER_CATEGORIES),
  regionId: regionCode.nullable(),
  phone: text(50),
  email: z.union([z.literal(''), z.email('alamat surel tidak sah')]),
})

export const committeeInputSchema = z.object({
  name: requiredText(200),
  description: text(2000),
  regionId: regionCode.nullable(),
  members: z
    .array(
      z.object({
        stakeholderId: plainString().nullable(),
        role: z.enum(['ketua', 'sekretaris', 'anggota']),
        seat: text(200),
      }),
    )
    .max(100),
})

export const inputSchemaByTable: Record<UserTableName, z.ZodType> = {
  coverage: coverageInputSchema,
  targets: targetInputSchema,
  commitments: commitmentInputSchema,
  measurements: measurementInputSchema,
  meetings: meetingInputSchema,
  agendaItems: agendaItemInputSchema,
  attendance: attendanceInputSchema,
  decisions: decisionInputSchema,
  actionItems: actionItemInputSchema,
  stakeholders: stakeholderInputSchema,
  committees: committeeInputSchema,
  inpresStatus: inpresStatusInputSchema,
  inpresStatements: inpresStatementInputSchema,
  paritranaEditions: paritranaEditionInputSchema,
  paritranaRubrics: paritranaRubricInputSchema,
  paritranaEvidence: paritranaEvidenceInputSchema,
  paritranaScores: paritranaScoreInputSchema,
}

/** Indonesian names of fields, for messages that name the field. */
export const FIELD_LABELS: Record<string, string> = {
  regionId: 'Wilayah',
  period: 'Periode',
  segment: 'Segmen',
  measure: 'Yang dihitung',
  count: 'Jumlah',
  baseKind: 'Jenis basis',
  baseLabel: 'Keterangan basis',
  baseSize: 'Besar basis',
  statedPercent: 'Persentase (dari sumber)',
  sourceDocument: 'Sumber',
  sourceInstitution: 'Lembaga sumber',
  asOfDate: 'Tanggal data',
  note: 'Catatan',
  year: 'Tahun',
  value: 'Nilai',
  unit: 'Satuan',
  setBy: 'Penetap',
  title: 'Judul',
  statement: 'Pernyataan',
  kind: 'Jenis',
  baselineValue: 'Nilai awal',
  baselineDate: 'Tanggal nilai awal',
  baselineSource: 'Sumber nilai awal',
  increase: 'Tambahan',
  targetValue: 'Target',
  deadline: 'Tenggat',
  meetingId: 'Kegiatan',
  madeByName: 'Disampaikan oleh',
  madeByPosition: 'Jabatan',
  responsibleOffice: 'Perangkat daerah penanggung jawab',
  stages: 'Tahapan',
  lifecycle: 'Status',
  notes: 'Catatan',
  evidence: 'Bukti',
  date: 'Tanggal',
  stageIndex: 'Tahap',
  source: 'Sumber',
  startsOn: 'Tanggal',
  startsAt: 'Waktu mulai',
  endsAt: 'Waktu selesai',
  venue: 'Tempat',
  organiser: 'Penyelenggara',
  regionIds: 'Wilayah cakupan',
  seriesName: 'Seri',
  datePrecision: 'Ketelitian tanggal',
  order: 'Urutan',
  presenter: 'Penyaji',
  minutes: 'Durasi (menit)',
  text: 'Isi',
  owner: 'Penanggung jawab',
  dueDate: 'Batas waktu',
  status: 'Status',
  name: 'Nama',
  position: 'Jabatan',
  category: 'Kategori',
  phone: 'Telepon',
  email: 'Surel',
  institutionName: 'Instansi',
  id: 'Kode',
  parentId: 'Induk',
  members: 'Anggota',
  institutionId: 'Instansi induk',
  stakeholderId: 'Pemangku kepentingan',
  commitmentId: 'Komitmen',
  agendaItemId: 'Agenda',
  seriesId: 'Seri',
  invited: 'Diundang',
  attended: 'Hadir',
  presence: 'Kehadiran',
  representative: 'Diwakili oleh',
  minutesStatus: 'Status notulen',
  finalisedAt: 'Waktu notulen final',
  finalisedBy: 'Notulen final oleh',
  corrections: 'Koreksi notulen',
  reason: 'Alasan koreksi',
  ...PARITRANA_FIELD_LABELS,
}

export interface FieldIssue {
  field: string
  label: string
  message: string
}

/**
 * An issue's message as users read it: a field missing altogether (zod says "diterima
 * undefined") is said in words.
 */
export function issueMessage(message: string): string {
  return message.replace(
    /^Input tidak valid: diharapkan \w+, diterima undefined$/,
    'wajib ada (kolom ini tidak ada dalam data)',
  )
}

/** Flatten zod issues into messages that name the field in Indonesian. */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '')
    return { field, label: FIELD_LABELS[field] ?? field, message: issueMessage(issue.message) }
  })
}

export class ValidationError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((i) => `${i.label}: ${i.message}`).join('; '))
    this.name = 'ValidationError'
  }
}

export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input)
  if (!result.success) throw new ValidationError(describeIssues(result.error))
  return result.data
}
