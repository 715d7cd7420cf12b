/** Data-quality flags as the screens and the pack show them. */
import { describe, expect, it } from 'vitest'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import { checkQuality, type QualityIssue } from '../../../src/renderer/domain/quality'
import { buildBriefingModel } from '../../../src/renderer/features/briefing/pack-model'
import { buildPackDocument } from '../../../src/renderer/features/briefing/pack-document'
import {
  filterIssues,
  regionsOfIssue,
  namedMessage,
} from '../../../src/renderer/features/quality/quality-model'
import { sampleSource } from '../briefing/sample-source'

describe('data notes', () => {
  const source = sampleSource()
  const data = {
    coverage: source.coverage,
    targets: source.targets,
    commitments: source.commitments,
    measurements: source.measurements,
  }
  const issues = checkQuality(data)
  const names = new Map(source.regions.map((r) => [r.id, r.name]))

  it("flags Balangan's measurement taken from an all-workers figure, in Balangan by name", () => {
    const mismatch = issues.find((i) => i.ruleId === 'measurement_other_segment')!
    expect(mismatch).toBeTruthy()
    expect(regionsOfIssue(data)(mismatch)).toEqual(['63.11'])
    const byRegion = filterIssues(
      issues,
      { ruleId: 'measurement_other_segment', regionId: '63.11' },
      regionsOfIssue(data),
    )
    expect(byRegion).toEqual([mismatch])
    expect(filterIssues(issues, { ruleId: null, regionId: '63.10' }, regionsOfIssue(data))).toEqual(
      [],
    )
  })

  it('puts region names in place of the codes the rules speak in', () => {
    const issue: QualityIssue = {
      ruleId: 'over_base',
      severity: 'warning',
      records: [],
      message: { id: 'Angka 63.11, 2025, semua pekerja: 101 % dari basis.', en: '' },
    }
    expect(namedMessage(issue, 'id', names)).toBe(
      'Angka Balangan, 2025, semua pekerja: 101 % dari basis.',
    )
  })

  it('adds a "Catatan data" appendix to the pack when a flagged figure is used', () => {
    const model = buildBriefingModel(source, {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf: '2026-11-23',
    })
    const note = model.dataNotes.find(
      (n) => n.text.includes('segmen') || n.text.includes('pekerja rentan'),
    )
    expect(note).toBeTruthy()
    expect(note!.severityLabel).toBe('Periksa')
    const doc = JSON.stringify(buildPackDocument(model))
    expect(doc).toContain('Catatan data')
    expect(doc).toContain('Tambahan perlindungan 20.000 pekerja rentan pada 2024')
  })
})
