import { afterEach, describe, expect, it } from 'vitest'
import { createRecord } from '../../../src/renderer/db/repository'
import { loadSampleData } from '../../../src/renderer/db/sample-actions'
import type { SimpulDexie } from '../../../src/renderer/db/database'
import { pledgeDefaults, pledgeToCommitment } from '../../../src/renderer/features/meetings/pledge'
import { savePledge } from '../../../src/renderer/features/meetings/pledge-save'
import { actor, fixedNow, freshDb } from '../db/helpers'

const dbs: SimpulDexie[] = []
afterEach(async () => {
  for (const db of dbs.splice(0)) db.close()
})

async function sampleWithAction() {
  const db = await freshDb()
  dbs.push(db)
  await loadSampleData(db, actor, fixedNow)
  const meeting = (await db.meetings.toArray())[0]!
  const action = await createRecord(
    db,
    'actionItems',
    {
      meetingId: meeting.id,
      text: 'Balangan menambah 1.000 pekerja rentan terlindungi',
      owner: 'Disnaker Balangan',
      dueDate: '2027-12-31',
      status: 'terbuka',
      commitmentId: null,
    },
    { actor, now: fixedNow },
  )
  const values = { ...pledgeDefaults(action, meeting), target: '1.000', deadline: '2027-12-31' }
  return { db, action, input: pledgeToCommitment(values, meeting) }
}

describe('a pledge becomes a commitment linked from its action item, in one write', () => {
  it('stores the commitment and the link, audited as the user', async () => {
    const { db, action, input } = await sampleWithAction()
    const saved = await savePledge(db, actor, { table: 'actionItems', id: action.id }, input)
    expect((await db.commitments.get(saved.id))?.meetingId).toBe(action.meetingId)
    expect((await db.actionItems.get(action.id))?.commitmentId).toBe(saved.id)
    const history = await db.audit
      .where('[table+recordId]')
      .equals(['commitments', saved.id])
      .toArray()
    expect(history.map((h) => [h.action, h.source, h.by])).toEqual([['create', 'user', actor.name]])
  })

  it('writes nothing when the action item is gone', async () => {
    const { db, input } = await sampleWithAction()
    const before = await db.commitments.count()
    await expect(
      savePledge(db, actor, { table: 'actionItems', id: 'no-such-action' }, input),
    ).rejects.toThrow()
    expect(await db.commitments.count()).toBe(before)
  })
})
