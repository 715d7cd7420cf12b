/** Records for the Paritrana domain tests. */
import type { InpresGroup, InpresStatus } from '../../../src/renderer/db/types'

export const meta = {
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: 't',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 't',
  updatedOn: 'd',
  rev: 1,
  isSample: 0 as const,
}

export function status(group: InpresGroup, over: Partial<InpresStatus> = {}): InpresStatus {
  return {
    ...meta,
    id: `s-${group}`,
    regionId: '63.11',
    group,
    status: 'belum',
    covered: null,
    groupSize: null,
    regulationKind: null,
    regulationNumber: '',
    regulationDate: null,
    regulationStage: null,
    apbdYear: null,
    apbdAmount: null,
    apbdWorkers: null,
    asOf: '2026-03-01' as InpresStatus['asOf'],
    sourceDocument: 'uji',
    note: '',
    ...over,
  }
}
