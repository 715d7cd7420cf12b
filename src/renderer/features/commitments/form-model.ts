/**
 * Form values (strings as typed) ↔ repository input. Numbers are typed the Indonesian way
 * (41.120, 46,44); validation is the shared zod schema, and every message names its field.
 */
import { compareInstants } from '../../../shared/time'
import {
  commitmentInputSchema,
  describeIssues,
  FIELD_LABELS,
  measurementInputSchema,
} from '../../db/schemas'
import type {
  Commitment,
  CoverageObservation,
  CommitmentKind,
  CommitmentLifecycle,
  CommitmentMeasurement,
  EvidenceLink,
  RecordInput,
  Segment,
} from '../../db/types'
import { parseLocaleNumber } from '../../../shared/format'
import { coverageRatio, effectiveDate, memberCount } from '../../domain/coverage-math'
import { isLive } from '../../db/live'

export interface CommitmentFormValues {
  regionId: string
  parentId: string
  title: string
  statement: string
  kind: CommitmentKind
  segment: string
  /** 'level' ("menjadi 61.120") or 'increase' ("menambah 20.000"). */
  pledge: 'level' | 'increase'
  increaseValue: string
  /** Ticked to say the baseline is not known; the only way to leave it empty. */
  baselineUnknown: boolean
  /**
   * 'figure' while the baseline is the one proposed from a coverage figure, 'typed' once typed,
   * 'unrecorded' for an older record whose baseline origin was never recorded (kept so).
   */
  baselineOrigin: 'figure' | 'typed' | 'unrecorded'
  baselineFigureId: string
  baselineValue: string
  baselineDate: string
  baselineSource: string
  targetValue: string
  deadline: string
  meetingId: string
  madeByName: string
  madeByPosition: string
  responsibleOffice: string
  stages: string
  lifecycle: CommitmentLifecycle
  notes: string
  evidence: string
}

export type FormErrors = Record<string, string>

export interface FormMessages {
  notNumber: string
  evidenceLine: (line: number) => string
}

export function emptyCommitmentForm(regionId = ''): CommitmentFormValues {
  return {
    regionId,
    parentId: '',
    title: '',
    statement: '',
    kind: 'count',
    segment: '',
    pledge: 'level',
    increaseValue: '',
    baselineUnknown: false,
    baselineOrigin: 'typed',
    baselineFigureId: '',
    baselineValue: '',
    baselineDate: '',
    baselineSource: '',
    targetValue: '',
    deadline: '',
    meetingId: '',
    madeByName: '',
    madeByPosition: '',
    responsibleOffice: '',
    stages: '',
    lifecycle: 'aktif',
    notes: '',
    evidence: '',
  }
}

const numberText = (v: number | null) =>
  v === null ? '' : new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 }).format(v)

export function commitmentToForm(c: Commitment): CommitmentFormValues {
  return {
    regionId: c.regionId,
    parentId: c.parentId ?? '',
    title: c.title,
    statement: c.statement,
    kind: c.kind,
    segment: c.segment ?? '',
    pledge: c.pledge ?? 'level',
    increaseValue: numberText(c.increase ?? null),
    baselineUnknown: c.baselineOrigin === 'unknown',
    baselineOrigin:
      c.baselineOrigin === 'figure'
        ? 'figure'
        : c.baselineOrigin === undefined && c.baselineValue !== null
          ? 'unrecorded'
          : 'typed',
    baselineFigureId: c.baselineFigureId ?? '',
    baselineValue: numberText(c.baselineValue),
    baselineDate: c.baselineDate ?? '',
    baselineSource: c.baselineSource,
    targetValue: numberText(c.targetValue),
    deadline: c.deadline,
    meetingId: c.meetingId ?? '',
    madeByName: c.madeByName,
    madeByPosition: c.madeByPosition,
    responsibleOffice: c.responsibleOffice,
    stages: c.stages.join('\n'),
    lifecycle: c.lifecycle,
    notes: c.notes,
    evidence: c.evidence.map((e) => `${e.label} | ${e.reference}`).join('\n'),
  }
}

const label = (field: string) => FIELD_LABELS[field] ?? field
const named = (field: string, message: string) => `${label(field)}: ${message}`

function parseNumberField(
  raw: string,
  field: string,
  errors: FormErrors,
  msg: FormMessages,
): number | null {
  if (raw.trim() === '') return null
  const n = parseLocaleNumber(raw)
  if (n === null) errors[field] = named(field, msg.notNumber)
  return n
}

function parseEvidence(raw: string, errors: FormErrors, msg: FormMessages): EvidenceLink[] {
  const out: EvidenceLink[] = []
  raw.split('\n').forEach((line, i) => {
    if (!line.trim()) return
    const [name, ...rest] = line.split('|')
    const reference = rest.join('|').trim()
    if (!name?.trim() || !reference) errors.evidence ??= named('evidence', msg.evidenceLine(i + 1))
    else out.push({ label: name.trim(), reference })
  })
  return out
}

export function formToCommitmentInput(
  v: CommitmentFormValues,
  msg: FormMessages,
): { input: RecordInput<Commitment> | null; errors: FormErrors } {
  const errors: FormErrors = {}
  const milestone = v.kind === 'milestone'
  const increaseMode = !milestone && v.pledge === 'increase'
  const baselineValue =
    milestone || v.baselineUnknown
      ? null
      : parseNumberField(v.baselineValue, 'baselineValue', errors, msg)
  const increase = increaseMode ? parseNumberField(v.increaseValue, 'increase', errors, msg) : null
  const targetValue = milestone
    ? null
    : increaseMode
      ? baselineValue !== null && increase !== null
        ? baselineValue + increase
        : null
      : parseNumberField(v.targetValue, 'targetValue', errors, msg)
  const baselineOrigin = milestone
    ? undefined
    : v.baselineUnknown
      ? ('unknown' as const)
      : v.baselineOrigin === 'unrecorded'
        ? undefined
        : v.baselineOrigin
  if (!milestone && !v.baselineUnknown && v.baselineValue.trim() === '')
    errors.baselineValue ??= named(
      'baselineValue',
      'isi nilai awal, atau centang "nilai awal belum diketahui"',
    )
  const candidate: RecordInput<Commitment> = {
    regionId: v.regionId,
    parentId: v.parentId || null,
    title: v.title,
    statement: v.statement,
    kind: v.kind,
    segment: (v.segment || null) as Segment | null,
    baselineValue,
    baselineDate: v.baselineUnknown ? null : v.baselineDate || null,
    baselineSource: v.baselineUnknown ? '' : v.baselineSource,
    ...(milestone
      ? {}
      : {
          pledge: v.pledge,
          increase,
          ...(baselineOrigin ? { baselineOrigin } : {}),
          baselineFigureId:
            baselineOrigin === 'figure' && v.baselineFigureId ? v.baselineFigureId : null,
        }),
    targetValue,
    deadline: v.deadline,
    meetingId: v.meetingId || null,
    madeByName: v.madeByName,
    madeByPosition: v.madeByPosition,
    responsibleOffice: v.responsibleOffice,
    stages: milestone
      ? v.stages
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean)
      : [],
    lifecycle: v.lifecycle,
    notes: v.notes,
    evidence: parseEvidence(v.evidence, errors, msg),
  }
  const result = commitmentInputSchema.safeParse(candidate)
  if (!result.success) {
    for (const issue of describeIssues(result.error))
      errors[issue.field] ??= `${issue.label}: ${issue.message}`
  }
  return Object.keys(errors).length ? { input: null, errors } : { input: candidate, errors }
}

export interface BaselineProposal {
  value: number
  /** ISO date the figure is valid for. */
  date: string
  source: string
  figureId: string
  /** The count was estimated from a stated percentage. */
  estimated: boolean
}

/**
 * The baseline proposed for an increase pledge: the latest registered coverage figure of the
 * region and segment on or before the pledge's date, as a count (a count commitment; an
 * estimate from a stated percentage when there is no count) or a share (a percent one).
 */
export function proposeBaseline(
  figures: readonly CoverageObservation[],
  regionId: string,
  segment: Segment | '',
  kind: CommitmentKind,
  onOrBefore: string,
): BaselineProposal | null {
  if (!regionId || !segment || kind === 'milestone') return null
  const candidates = figures
    .filter(
      (f) =>
        isLive(f) &&
        f.regionId === regionId &&
        f.segment === segment &&
        f.measure === 'registered' &&
        effectiveDate(f) <= onOrBefore,
    )
    .map((f) => {
      if (kind === 'count') {
        const m = memberCount(f)
        return m.value === null ? null : { f, value: m.value, estimated: m.estimated }
      }
      const p = coverageRatio(f).percent
      return p === null ? null : { f, value: p, estimated: false }
    })
    .filter((c) => c !== null)
    .sort(
      (a, b) =>
        effectiveDate(b.f).localeCompare(effectiveDate(a.f)) ||
        Number(a.estimated) - Number(b.estimated) ||
        compareInstants(b.f.updatedAt, a.f.updatedAt),
    )
  const best = candidates[0]
  if (!best) return null
  const f = best.f
  return {
    value: kind === 'percent' ? Math.round(best.value * 100) / 100 : best.value,
    date: effectiveDate(f),
    source: [f.sourceInstitution, f.sourceDocument].filter(Boolean).join('; '),
    figureId: f.id,
    estimated: best.estimated,
  }
}

export interface MeasurementFormValues {
  date: string
  value: string
  stageIndex: string
  source: string
  note: string
}

export const emptyMeasurementForm = (date = ''): MeasurementFormValues => ({
  date,
  value: '',
  stageIndex: '',
  source: '',
  note: '',
})

export function formToMeasurementInput(
  commitment: Commitment,
  v: MeasurementFormValues,
  msg: FormMessages,
): { input: RecordInput<CommitmentMeasurement> | null; errors: FormErrors } {
  const errors: FormErrors = {}
  const milestone = commitment.kind === 'milestone'
  const value = milestone ? null : parseNumberField(v.value, 'value', errors, msg)
  const candidate: RecordInput<CommitmentMeasurement> = {
    commitmentId: commitment.id,
    date: v.date,
    value,
    stageIndex: milestone && v.stageIndex !== '' ? Number(v.stageIndex) : null,
    source: v.source,
    note: v.note,
  }
  const result = measurementInputSchema.safeParse(candidate)
  if (!result.success) {
    for (const issue of describeIssues(result.error)) {
      const field = milestone && issue.field === 'value' ? 'stageIndex' : issue.field
      errors[field] ??= `${label(field)}: ${issue.message}`
    }
  }
  if (commitment.kind === 'percent' && value !== null && value > 100)
    errors.value ??= named('value', 'persentase paling besar 100')
  return Object.keys(errors).length ? { input: null, errors } : { input: candidate, errors }
}
