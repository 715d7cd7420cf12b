/**
 * A pledge made in a meeting ("Balangan will protect 20.000 more vulnerable workers in 2024")
 * becomes a tracked commitment that links back to the meeting. Pure: builds the record input.
 */
import { parseLocaleNumber } from '../../../shared/format'
import type {
  ActionItem,
  Commitment,
  CommitmentKind,
  Decision,
  Meeting,
  RecordInput,
  Segment,
} from '../../db/types'

export interface PledgeValues {
  regionId: string
  title: string
  statement: string
  kind: CommitmentKind
  segment: Segment | ''
  baseline: string
  target: string
  deadline: string
  madeByName: string
  madeByPosition: string
  responsibleOffice: string
  stages: string
}

/** What a pledge is made from: an action item (with its owner and due date) or a decision. */
export type PledgeSource =
  { table: 'actionItems'; record: ActionItem } | { table: 'decisions'; record: Decision }

/** A decision or an action item, in the shape the defaults read. */
export function pledgeOrigin(source: PledgeSource): Pick<ActionItem, 'text' | 'owner' | 'dueDate'> {
  return source.table === 'actionItems'
    ? source.record
    : { text: source.record.text, owner: '', dueDate: null }
}

/** Sensible starting values: the action's words, the meeting's first region, its owner. */
export function pledgeDefaults(
  action: Pick<ActionItem, 'text' | 'owner' | 'dueDate'>,
  meeting: Meeting,
): PledgeValues {
  const region = meeting.regionIds.find((r) => r.includes('.')) ?? meeting.regionIds[0] ?? ''
  return {
    regionId: region,
    title: action.text.slice(0, 200),
    statement: action.text,
    kind: 'count',
    segment: '',
    baseline: '',
    target: '',
    deadline: action.dueDate ?? '',
    madeByName: action.owner,
    madeByPosition: '',
    responsibleOffice: action.owner,
    stages: '',
  }
}

export function pledgeToCommitment(v: PledgeValues, meeting: Meeting): RecordInput<Commitment> {
  const stages = v.stages
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean)
  return {
    regionId: v.regionId,
    parentId: null,
    title: v.title,
    statement: v.statement,
    kind: v.kind,
    segment: v.segment === '' ? null : v.segment,
    baselineValue: v.kind === 'milestone' ? null : parseLocaleNumber(v.baseline),
    baselineDate: null,
    baselineSource: '',
    targetValue: v.kind === 'milestone' ? null : parseLocaleNumber(v.target),
    deadline: v.deadline,
    meetingId: meeting.id,
    madeByName: v.madeByName,
    madeByPosition: v.madeByPosition,
    responsibleOffice: v.responsibleOffice,
    stages: v.kind === 'milestone' ? stages : [],
    lifecycle: 'aktif',
    notes: `Janji pada kegiatan "${meeting.title}".`,
    evidence: [],
  }
}
