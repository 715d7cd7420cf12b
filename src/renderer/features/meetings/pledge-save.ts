/** Saving a pledge: the commitment and the action item's link to it, in one transaction. */
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { createRecord, updateRecord } from '../../db/repository'
import type { Commitment, RecordInput } from '../../db/types'

export async function savePledge(
  db: SimpulDexie,
  actor: Actor,
  actionItemId: string,
  input: RecordInput<Commitment>,
): Promise<Commitment> {
  return db.transaction('rw', [db.commitments, db.actionItems, db.audit], async () => {
    const commitment = await createRecord(db, 'commitments', input, { actor })
    await updateRecord(db, 'actionItems', actionItemId, { commitmentId: commitment.id }, { actor })
    return commitment
  })
}
