/**
 * Saving a pledge: the commitment and the link to it from the action item or decision it was
 * made from, in one write.
 */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { newId } from '../../db/device'
import type { Commitment, RecordInput } from '../../db/types'
import { writeBatch } from '../../db/write'

export async function savePledge(
  db: SimpulDexie,
  actor: Actor,
  from: { table: 'actionItems' | 'decisions'; id: string },
  input: RecordInput<Commitment>,
): Promise<Commitment> {
  const id = input.id ?? newId()
  const { id: _ignored, ...data } = input
  const result = await writeBatch(db, { actor, source: 'user' }, [
    { op: 'create', table: 'commitments', id, data },
    { op: 'update', table: from.table, id: from.id, patch: { commitmentId: id } },
  ])
  return result.records[0] as unknown as Commitment
}
