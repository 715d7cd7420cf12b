/** The sample data set as a pack source, with record metadata as the app would store it. */
import { bundledRegions } from '../../../src/renderer/db/regions'
import { buildSampleData } from '../../../src/renderer/db/sample-data'
import { USER_TABLES } from '../../../src/renderer/db/types'
import {
  normaliseSource,
  type PackSource,
} from '../../../src/renderer/features/briefing/pack-source'

export const SAMPLE_AT = '2026-11-01T00:00:00.000Z'

export function sampleSource(extra: Partial<Record<keyof PackSource, unknown[]>> = {}): PackSource {
  const data = buildSampleData()
  const meta = {
    createdAt: SAMPLE_AT,
    createdBy: 'Uji',
    updatedAt: SAMPLE_AT,
    updatedBy: 'Uji',
    updatedOn: 'dev',
    rev: 1,
    isSample: 1,
  }
  const raw: Record<string, unknown[]> = {
    regions: bundledRegions(),
    settings: [
      { key: 'userName', value: 'Staf Asisten I' },
      { key: 'office', value: 'Biro Pemerintahan Setdaprov Kalsel' },
    ],
  }
  for (const t of USER_TABLES) raw[t] = data[t].map((r) => ({ ...r, ...meta }))
  for (const [k, v] of Object.entries(extra)) raw[k] = [...(raw[k] ?? []), ...(v ?? [])]
  return normaliseSource(raw)
}
