/**
 * The Paritrana writes, all through the one write path (db/write.ts). A score stores the
 * default rubric in the same batch when the default is not stored yet, so a score always
 * names a stored rubric version.
 */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { createRecord, softDeleteRecord, updateRecord } from '../../db/repository'
import type {
  InpresStatement,
  InpresStatus,
  ParitranaEdition,
  ParitranaEvidence,
  ParitranaRubric,
  RecordInput,
  RubricAspect,
} from '../../db/types'
import { writeBatch, type WriteOp } from '../../db/write'
import type { ReadinessResult } from '../../domain/paritrana-score'
import { defaultRubricInput } from '../../domain/paritrana-rubric'
import { todayWita } from '../../../shared/time'
import type { BoardRubric } from '../../domain/paritrana-board'

export async function saveInpresStatus(
  db: SimpulDexie,
  input: RecordInput<InpresStatus>,
  actor: Actor,
): Promise<InpresStatus> {
  return createRecord(db, 'inpresStatus', input, { actor })
}

export async function saveEvidence(
  db: SimpulDexie,
  input: RecordInput<ParitranaEvidence>,
  actor: Actor,
): Promise<ParitranaEvidence> {
  return createRecord(db, 'paritranaEvidence', input, { actor })
}

/** A province statement: a new one, or the edit of `id`. */
export async function saveStatement(
  db: SimpulDexie,
  id: string | null,
  input: RecordInput<InpresStatement>,
  actor: Actor,
): Promise<InpresStatement> {
  return id
    ? updateRecord(db, 'inpresStatements', id, input, { actor })
    : createRecord(db, 'inpresStatements', input, { actor })
}

/** A Paritrana edition with its stages: a new one, or the edit of `id`. */
export async function saveEdition(
  db: SimpulDexie,
  id: string | null,
  input: RecordInput<ParitranaEdition>,
  actor: Actor,
): Promise<ParitranaEdition> {
  return id
    ? updateRecord(db, 'paritranaEditions', id, input, { actor })
    : createRecord(db, 'paritranaEditions', input, { actor })
}

/** Moves a statement or an edition to the trash (Sampah), where it can be restored. */
export async function trashParitranaRecord(
  db: SimpulDexie,
  table: 'inpresStatements' | 'paritranaEditions',
  id: string,
  actor: Actor,
): Promise<void> {
  await softDeleteRecord(db, table, id, { actor })
}

/** Stores a region's score under `rubric` (and the default rubric with it, when needed). */
export async function saveScore(
  db: SimpulDexie,
  args: {
    rubric: BoardRubric
    result: ReadinessResult
    editionYear: number
    actor: Actor
    now?: Date
  },
): Promise<void> {
  const { rubric, result, editionYear, actor } = args
  const now = args.now ?? new Date()
  const ops: WriteOp[] = []
  if (!rubric.stored)
    ops.push({
      op: 'create',
      table: 'paritranaRubrics',
      id: rubric.id,
      data: { ...defaultRubricInput() },
      skipIfExists: true,
    })
  const round = (x: number) => Math.round(x * 100) / 100
  ops.push({
    op: 'create',
    table: 'paritranaScores',
    data: {
      regionId: result.regionId,
      editionYear,
      rubricId: rubric.id,
      rubricVersion: rubric.version,
      rubricName: rubric.name,
      total: round(result.total),
      aspects: result.aspects.map((a) => ({ key: a.key, label: a.label, score: round(a.score) })),
      computedOn: todayWita(now),
      note: '',
    },
  })
  await writeBatch(db, { actor, source: 'user', now }, ops)
}

/**
 * Saves edited aspects as the next version of the rubric's lineage. The edited version stays
 * as it was, so the scores it produced still name it.
 */
export async function saveRubricVersion(
  db: SimpulDexie,
  args: {
    rubric: BoardRubric
    latestVersion: number
    name: string
    official: 0 | 1
    aspects: RubricAspect[]
    actor: Actor
  },
): Promise<ParitranaRubric> {
  const { rubric, actor } = args
  const ops: WriteOp[] = []
  if (!rubric.stored)
    ops.push({
      op: 'create',
      table: 'paritranaRubrics',
      id: rubric.id,
      data: { ...defaultRubricInput() },
      skipIfExists: true,
    })
  ops.push({
    op: 'create',
    table: 'paritranaRubrics',
    data: {
      lineageId: rubric.lineageId,
      version: Math.max(args.latestVersion, rubric.version) + 1,
      name: args.name,
      editionYear: null,
      official: args.official,
      aspects: args.aspects,
      notes: args.official
        ? 'Bobot resmi dimasukkan pengguna.'
        : 'Bobot asumsi lokal, bukan resmi.',
    },
  })
  const result = await writeBatch(db, { actor, source: 'user' }, ops)
  return result.records[result.records.length - 1] as unknown as ParitranaRubric
}
