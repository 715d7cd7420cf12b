/**
 * The field rules every table's schema is made of (schemas.ts, schemas-paritrana.ts): dates as
 * far as known, instants in the one stored form, Kemendagri codes, and text that refuses bidi
 * and control characters. One module, so that no schema restates them and neither schema file
 * imports the other's parts.
 */
import { z } from 'zod'
import { isCanonicalInstant, parseKnownDate } from '../../shared/time'
import { hiddenCharacterProblem } from '../domain/hidden-characters'

const isoDateRe = /^\d{4}-\d{2}-\d{2}$/

/** A real calendar date (2023-02-30 is refused), between 1945 and 2100. */
export const isoDate = z.string().refine((s) => {
  if (!isoDateRe.test(s)) return false
  const d = new Date(`${s}T00:00:00Z`)
  return (
    !Number.isNaN(d.getTime()) &&
    d.toISOString().slice(0, 10) === s &&
    s >= '1945-01-01' &&
    s <= '2100-12-31'
  )
}, 'tanggal tidak sah (format TTTT-BB-HH, tanggal yang ada)')

/** An instant in the one stored form (shared/time.ts): `2023-02-09T01:00:00.000Z`. */
export const isoInstant = z
  .string()
  .refine(
    (s) => isCanonicalInstant(s),
    'waktu tidak sah (harus bentuk baku UTC, contoh 2023-02-09T01:00:00.000Z)',
  )

/** A date as far as known: 'YYYY-MM-DD' (a real date) or only the year 'YYYY'. */
export const knownDate = z
  .string()
  .refine(
    (s) => parseKnownDate(s) !== null && s >= '1945' && s <= '2100-12-31',
    'tanggal tidak sah (TTTT-BB-HH, atau TTTT bila hanya tahunnya diketahui)',
  )

/** 'YYYY' or 'YYYY-MM'. */
export const period = z
  .string()
  .regex(/^(19[5-9]\d|20\d\d)(-(0[1-9]|1[0-2]))?$/, 'periode harus TTTT atau TTTT-BB')

/** Kemendagri code: '63' or '63.11' (two digits, optional dot and two digits). */
export const regionCode = z
  .string()
  .regex(/^\d{2}(\.\d{2})?$/, 'kode wilayah Kemendagri tidak sah (contoh 63 atau 63.11)')

/** Refuses bidi and control characters (domain/hidden-characters.ts) in any string field. */
function refuseHidden(value: string, ctx: z.RefinementCtx): void {
  const problem = hiddenCharacterProblem(value)
  if (problem) ctx.addIssue({ code: 'custom', message: problem })
}

/** A string with no hidden characters: ids, names of who changed a record, device ids. */
export const plainString = () => z.string().superRefine(refuseHidden)

export const text = (max = 500) =>
  z.string().trim().max(max, `paling banyak ${max} karakter`).superRefine(refuseHidden)
export const requiredText = (max = 500) => text(max).min(1, 'wajib diisi')
export const count = z
  .number()
  .int('harus bilangan bulat')
  .nonnegative('tidak boleh negatif')
  .max(1e9, 'terlalu besar')
export const percent = z.number().min(0, 'tidak boleh negatif').max(100, 'paling besar 100')
export const flag = z.union([z.literal(0), z.literal(1)])
