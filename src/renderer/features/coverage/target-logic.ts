/**
 * Coverage targets as users type and read them. Pure: no React, Dexie or DOM, so the form's
 * rules (id-ID numbers, field-named messages, the duplicate guard) are unit-tested in Node.
 */
import { parseLocaleNumber } from '../../../shared/format'
import { describeIssues, targetInputSchema } from '../../db/schemas'
import {
  SEGMENTS,
  type CoverageTarget,
  type RecordInput,
  type Region,
  type Segment,
  type TargetSetter,
} from '../../db/types'
import { compareInstants } from '../../../shared/time'
import { isLive } from '../../db/live'

/** The form's fields as typed: strings, so "64.000" and "75" arrive untouched. */
export interface TargetFormValues {
  regionId: string
  year: string
  segment: string
  value: string
  unit: string
  setBy: string
  sourceDocument: string
  note: string
}

export type TargetInput = RecordInput<CoverageTarget>

export function targetToValues(
  t: Pick<
    CoverageTarget,
    'regionId' | 'year' | 'segment' | 'value' | 'unit' | 'setBy' | 'sourceDocument' | 'note'
  >,
): TargetFormValues {
  return {
    regionId: t.regionId,
    year: String(t.year),
    segment: t.segment,
    // Typed back the way users write it: 64000 -> "64.000", 46.5 -> "46,5".
    value: t.unit === 'count' ? groupThousands(t.value) : String(t.value).replace('.', ','),
    unit: t.unit,
    setBy: t.setBy,
    sourceDocument: t.sourceDocument,
    note: t.note,
  }
}

export function emptyTargetValues(regionId: string, year: number): TargetFormValues {
  return {
    regionId,
    year: String(year),
    segment: 'semua',
    value: '',
    unit: 'count',
    setBy: 'bappenas',
    sourceDocument: '',
    note: '',
  }
}

function groupThousands(n: number): string {
  const [whole = '', fraction] = String(n).split('.')
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')
  return fraction ? `${grouped},${fraction}` : grouped
}

export type TargetParse =
  { ok: true; input: TargetInput } | { ok: false; errors: Record<string, string> }

/**
 * Turns typed values into a target input, or into messages keyed by form field, each naming
 * its field ("Nilai: bukan angka…"). Numbers are read as Indonesians write them.
 */
export function parseTargetValues(
  values: TargetFormValues,
  words: { notNumber: string; notYear: string; countWhole: string },
): TargetParse {
  const errors: Record<string, string> = {}
  const yearText = values.year.trim()
  // Checked here rather than left to zod, whose range message reads "diharapkan number menjadi >=2000".
  const year =
    /^\d{4}$/.test(yearText) && Number(yearText) >= 2000 && Number(yearText) <= 2100
      ? Number(yearText)
      : null
  if (year === null) errors.year = `Tahun: ${words.notYear}`
  const value = parseLocaleNumber(values.value)
  if (values.value.trim() !== '' && value === null) errors.value = `Nilai: ${words.notNumber}`
  else if (value !== null && values.unit === 'count' && !Number.isInteger(value))
    errors.value = `Nilai: ${words.countWhole}`
  const input: TargetInput = {
    regionId: values.regionId,
    year: year ?? Number.NaN,
    segment: values.segment as Segment,
    value: value ?? Number.NaN,
    unit: values.unit as CoverageTarget['unit'],
    setBy: values.setBy as TargetSetter,
    sourceDocument: values.sourceDocument,
    note: values.note,
  }
  const check = targetInputSchema.safeParse(input)
  if (!check.success) {
    for (const issue of describeIssues(check.error)) {
      if (issue.field === 'value' && values.value.trim() === '')
        errors.value ??= `${issue.label}: wajib diisi`
      else errors[issue.field] ??= `${issue.label}: ${issue.message}`
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: { ...input, sourceDocument: input.sourceDocument.trim(), note: input.note.trim() },
  }
}

/**
 * Another live target for the same region, year and segment: the Ringkasan uses only the most
 * recent one, so a second record would silently replace the first.
 */
export function findDuplicateTarget<
  T extends Pick<CoverageTarget, 'id' | 'regionId' | 'year' | 'segment' | 'deletedAt'>,
>(
  targets: readonly T[],
  key: { regionId: string; year: number; segment: string },
  editingId: string | null,
): T | null {
  return (
    targets.find(
      (t) =>
        isLive(t) &&
        t.id !== editingId &&
        t.regionId === key.regionId &&
        t.year === key.year &&
        t.segment === key.segment,
    ) ?? null
  )
}

/** Regions a target can be set for from a profile: the province first, then its regencies and cities by name. */
export function targetRegionChoices(regions: readonly Region[], regionId: string): Region[] {
  const here = regions.find((r) => r.id === regionId)
  if (!here) return []
  const provinceId = here.kind === 'provinsi' ? here.id : here.parentId
  const province = regions.find((r) => r.id === provinceId)
  const children = regions
    .filter((r) => r.parentId === provinceId && r.id !== provinceId)
    .sort((a, b) => a.name.localeCompare(b.name, 'id'))
  return province ? [province, ...children] : [here]
}

/** Newest year first; within a year in the usual segment order. */
export function sortTargets<T extends Pick<CoverageTarget, 'year' | 'segment' | 'updatedAt'>>(
  targets: readonly T[],
): T[] {
  return [...targets].sort(
    (a, b) =>
      b.year - a.year ||
      SEGMENTS.indexOf(a.segment) - SEGMENTS.indexOf(b.segment) ||
      compareInstants(b.updatedAt, a.updatedAt),
  )
}
