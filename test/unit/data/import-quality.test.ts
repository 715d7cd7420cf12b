import { describe, expect, it } from 'vitest'
import { importWarnings } from '../../../src/renderer/features/data/import-quality'
import type { ImportPlan } from '../../../src/renderer/features/data/tabular-import'

const figure = (over: Record<string, unknown>) => ({
  regionId: '63.11',
  period: '2025',
  segment: 'semua',
  measure: 'registered',
  count: 30_000,
  baseKind: 'pekerja_eligible',
  baseLabel: 'pekerja eligible',
  baseSize: 40_000,
  statedPercent: null,
  sourceInstitution: 'BPJS Ketenagakerjaan',
  sourceDocument: 'Laporan 2025',
  asOfDate: null,
  note: '',
  ...over,
})

const plan = (adds: Record<string, unknown>[]): ImportPlan => ({
  kind: 'coverage',
  adds: adds.map((data, i) => ({ row: i + 2, data })),
  changes: [],
  unchanged: 0,
  problems: [],
  totalRows: adds.length,
})

describe('import preview: data checks warn about the imported rows, never block them', () => {
  it('names the row of a count above its base (125 %)', () => {
    const warnings = importWarnings(
      plan([figure({}), figure({ count: 50_000, regionId: '63.01' })]),
      {
        existing: [],
      },
    )
    expect(warnings.map((w) => [w.issue.ruleId, w.rows])).toEqual([['over_base', [3]]])
    expect(warnings[0]!.issue.message.id).toMatch(/125/)
  })

  it('says nothing of sound rows, and nothing while the plan has problems', () => {
    expect(importWarnings(plan([figure({})]), { existing: [] })).toEqual([])
    const refused = { ...plan([figure({ count: 50_000 })]), problems: [{ row: 2 } as never] }
    expect(importWarnings(refused, { existing: [] })).toEqual([])
  })
})
