/**
 * Form values (strings as typed) ↔ repository input. Numbers are typed the Indonesian way
 * (41.120, 46,44); validation is the shared zod schema, and every message names its field.
 */
import {
  commitmentInputSchema,
  describeIssues,
  FIELD_LABELS,
  measurementInputSchema,
} from '../../db/schemas'
import type {
  Commitment,
  CommitmentKind,
  CommitmentLifecycle,
  CommitmentMeasurement,
  EvidenceLink,
  RecordInput,
  Segment,
} from '../../db/types'
import { parseLocaleNumber } from '../../../shared/format'

export interface CommitmentFormValues {
  regionId: string
  parentId: string
  title: string
  statement: string
  kind: CommitmentKind
  segment: string
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
  const baselineValue = milestone
    ? null
    : parseNumberField(v.baselineValue, 'baselineValue', errors, msg)
  const targetValue = milestone ? null : parseNumberField(v.targetValue, 'targetValue', errors, msg)
  const candidate: RecordInput<Commitment> = {
    regionId: v.regionId,
    parentId: v.parentId || null,
    title: v.title,
    statement: v.statement,
    kind: v.kind,
    segment: (v.segment || null) as Segment | null,
    baselineValue,
    baselineDate: v.baselineDate || null,
    baselineSource: v.baselineSource,
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
