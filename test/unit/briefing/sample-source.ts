/** The sample data set as a pack source, with record metadata as the app would store it. */
import { bundledRegions } from '../../../src/renderer/db/regions'
import { buildSampleData } from '../../../src/renderer/db/sample-data'
import { USER_TABLES } from '../../../src/renderer/db/types'
import {
  normaliseSource,
  type PackSource,
} from '../../../src/renderer/features/briefing/pack-source'
import { recordMeta, utc, withMeta } from '../../fixtures/records'

export const SAMPLE_AT = utc(2026, 11, 1)

export function sampleSource(extra: Partial<Record<keyof PackSource, unknown[]>> = {}): PackSource {
  const data = buildSampleData()
  const meta = recordMeta({ at: SAMPLE_AT, isSample: 1 })
  const raw: Record<string, unknown[]> = {
    regions: bundledRegions(),
    settings: [
      { key: 'userName', value: 'Staf Asisten I' },
      { key: 'office', value: 'Biro Pemerintahan Setdaprov Kalsel' },
    ],
  }
  for (const t of USER_TABLES) raw[t] = withMeta(data[t] as object[], meta)
  for (const [k, v] of Object.entries(extra)) raw[k] = [...(raw[k] ?? []), ...(v ?? [])]
  return normaliseSource(raw)
}
