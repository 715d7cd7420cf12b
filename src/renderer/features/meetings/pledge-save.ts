/**
 * Saving a pledge: the commitment and the link to it from the action item or decision it was
 * made from, in one transaction.
 */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { createRecord, updateRecord } from '../../db/repository'
import type { Commitment, RecordInput } from '../../db/types'

export async function savePledge(
  db: SimpulDexie,
  actor: Actor,
  from: { table: 'actionItems' | 'decisions'; id: string },
  input: RecordInput<Commitment>,
): Promise<Commitment> {
  return db.transaction(
    'rw',
    [db.commitments, db.actionItems, db.decisions, db.audit],
    async () => {
      const commitment = await createRecord(db, 'commitments', input, { actor })
      await updateRecord(db, from.table, from.id, { commitmentId: commitment.id }, { actor })
      return commitment
    },
  )
}
