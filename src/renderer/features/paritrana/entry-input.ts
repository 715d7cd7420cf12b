/**
 * The entry forms' values (all text, as typed) turned into records for the write path, or
 * into errors per field as message keys of the paritrana catalogue (form.*), so the screen
 * names the field in the user's language and writes nothing. Pure: unit-tested in Node. The
 * shared zod schemas check again on the write path.
 */
import { parseLocaleNumber } from '../../../shared/format'
import { parseKnownDate, type KnownDate } from '../../../shared/time'
import {
  PARITRANA_STAGES,
  type EditionStage,
  type InpresGroup,
  type InpresStatement,
  type ParitranaCategory,
  type ParitranaEdition,
  type ParitranaStage,
  type RecordInput,
} from '../../db/types'

export type Errors = Record<string, string>
export type Parsed<T> = { ok: true; input: T } | { ok: false; errors: Errors }

export interface StatementValues {
  group: string
  count: string
  outOf: string
  extent: string
  quote: string
  asOf: string
  sourceDocument: string
  meetingId: string
}

export function statementValues(s: InpresStatement | null, outOf: number): StatementValues {
  return {
    group: s?.group ?? 'non_asn',
    count: s ? String(s.count) : '',
    outOf: String(s?.outOf ?? outOf),
    extent: s?.extent ?? 'melindungi',
    quote: s?.quote ?? '',
    asOf: s?.asOf ?? '',
    sourceDocument: s?.sourceDocument ?? '',
    meetingId: s?.meetingId ?? '',
  }
}

function wholeNumber(raw: string, errors: Errors, field: string, required: boolean) {
  const text = raw.trim()
  if (text === '') {
    if (required) errors[field] = 'form.required'
    return null
  }
  const n = parseLocaleNumber(text)
  if (n === null) errors[field] = 'form.notNumber'
  else if (!Number.isInteger(n) || n < 0) errors[field] = 'form.notWhole'
  return n
}

function knownDate(raw: string, errors: Errors, field: string, required: boolean) {
  const text = raw.trim()
  if (text === '') {
    if (required) errors[field] = 'form.required'
    return null
  }
  const d = parseKnownDate(text)
  if (!d) errors[field] = 'form.notDate'
  return d
}

/**
 * A province statement: a count of regions as the source gives it, with its words, source
 * and date. It names no region; the province is the statement's region.
 */
export function statementInput(
  v: StatementValues,
  provinceId: string,
): Parsed<RecordInput<InpresStatement>> {
  const errors: Errors = {}
  const count = wholeNumber(v.count, errors, 'count', true)
  const outOf = wholeNumber(v.outOf, errors, 'outOf', true)
  if (outOf === 0) errors.outOf = 'statementForm.outOfZero'
  if (count !== null && outOf !== null && !errors.outOf && !errors.count && count > outOf)
    errors.count = 'statementForm.countTooMany'
  const asOf = knownDate(v.asOf, errors, 'asOf', true)
  if (v.quote.trim() === '') errors.quote = 'form.required'
  if (v.sourceDocument.trim() === '') errors.sourceDocument = 'form.required'
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: {
      regionId: provinceId,
      group: v.group as InpresGroup,
      count: count!,
      outOf: outOf!,
      extent: v.extent === 'sebagian' ? 'sebagian' : 'melindungi',
      quote: v.quote.trim(),
      asOf: asOf!,
      sourceDocument: v.sourceDocument.trim(),
      meetingId: v.meetingId || null,
    },
  }
}

export interface StageValues {
  plannedOn: string
  actualOn: string
  regionIds: string[]
  meetingIds: string[]
  commitmentIds: string[]
  note: string
}

export interface EditionValues {
  year: string
  category: string
  title: string
  committeeId: string
  proposedRegionIds: string[]
  winnerRegionIds: string[]
  sourceDocument: string
  notes: string
  stages: Record<ParitranaStage, StageValues>
}

const emptyStage = (): StageValues => ({
  plannedOn: '',
  actualOn: '',
  regionIds: [],
  meetingIds: [],
  commitmentIds: [],
  note: '',
})

export function editionValues(e: ParitranaEdition | null, year: number): EditionValues {
  const stages = Object.fromEntries(
    PARITRANA_STAGES.map((stage) => {
      const s = e?.stages.find((x) => x.stage === stage)
      return [
        stage,
        s
          ? {
              plannedOn: s.plannedOn ?? '',
              actualOn: s.actualOn ?? '',
              regionIds: [...s.regionIds],
              meetingIds: [...s.meetingIds],
              commitmentIds: [...s.commitmentIds],
              note: s.note,
            }
          : emptyStage(),
      ]
    }),
  ) as Record<ParitranaStage, StageValues>
  return {
    year: String(e?.year ?? year),
    category: e?.category ?? 'kabupaten_kota',
    title: e?.title ?? `Paritrana Award ${e?.year ?? year}`,
    committeeId: e?.committeeId ?? '',
    proposedRegionIds: [...(e?.proposedRegionIds ?? [])],
    winnerRegionIds: [...(e?.winnerRegionIds ?? [])],
    sourceDocument: e?.sourceDocument ?? '',
    notes: e?.notes ?? '',
    stages,
  }
}

/** Whether anything of a stage was filled in (only those are stored). */
export function stageFilled(s: StageValues): boolean {
  return (
    s.plannedOn.trim() !== '' ||
    s.actualOn.trim() !== '' ||
    s.regionIds.length > 0 ||
    s.meetingIds.length > 0 ||
    s.commitmentIds.length > 0 ||
    s.note.trim() !== ''
  )
}

/**
 * An edition of one year and category for the province: the stages that have anything filled
 * in, in the award's order, with their planned and actual dates (a day, or only a year).
 */
export function editionInput(
  v: EditionValues,
  provinceId: string,
): Parsed<RecordInput<ParitranaEdition>> {
  const errors: Errors = {}
  const yearText = v.year.trim()
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null
  if (yearText === '') errors.year = 'form.required'
  else if (year === null || year < 2000 || year > 2100) errors.year = 'form.notYear'
  if (v.title.trim() === '') errors.title = 'form.required'
  const stages: EditionStage[] = []
  for (const stage of PARITRANA_STAGES) {
    const s = v.stages[stage]
    if (!stageFilled(s)) continue
    const plannedOn = knownDate(s.plannedOn, errors, `stages.${stage}.plannedOn`, false)
    const actualOn = knownDate(s.actualOn, errors, `stages.${stage}.actualOn`, false)
    stages.push({
      stage,
      plannedOn: plannedOn as KnownDate | null,
      actualOn: actualOn as KnownDate | null,
      regionIds: [...s.regionIds],
      meetingIds: [...s.meetingIds],
      commitmentIds: [...s.commitmentIds],
      note: s.note.trim(),
    })
  }
  if (Object.keys(errors).length) return { ok: false, errors }
  return {
    ok: true,
    input: {
      year: year!,
      category: v.category as ParitranaCategory,
      regionId: provinceId,
      title: v.title.trim(),
      committeeId: v.committeeId || null,
      proposedRegionIds: [...v.proposedRegionIds],
      winnerRegionIds: [...v.winnerRegionIds],
      stages,
      sourceDocument: v.sourceDocument.trim(),
      notes: v.notes.trim(),
    },
  }
}
