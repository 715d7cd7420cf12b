/** The pack's summary says what pace each target and commitment in scope still needs. */
import { describe, expect, it } from 'vitest'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import { buildBriefingModel } from '../../../src/renderer/features/briefing/pack-model'
import { buildPackDocument } from '../../../src/renderer/features/briefing/pack-document'
import { sampleSource } from './sample-source'

describe('required pace in the pack', () => {
  it("lists Balangan's Bappenas target, past its deadline, and the commitment, with what they rest on", () => {
    const model = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf: '2026-11-23',
    })
    const target = model.paces.find((p) => p.label.startsWith('Target'))!
    expect(target.label).toBe(
      'Target semua pekerja Kabupaten Balangan 2025 (64.000 pekerja, Bappenas)',
    )
    expect(target.text).toBe('tenggat 31 Desember 2025 sudah lewat; masih kurang 2.000 pekerja.')
    const pledge = model.paces.find((p) => p.label.startsWith('Komitmen'))!
    expect(pledge.verdict).toBe('reached')
    // Most pressing first.
    expect(model.paces[0]).toBe(target)
    const doc = JSON.stringify(buildPackDocument(model))
    expect(doc).toContain('Laju yang diperlukan')
    expect(doc).toContain('tenggat 31 Desember 2025 sudah lewat')
  })

  it('gives a target still open a talking point with the current pace and its window', () => {
    const source = sampleSource()
    const base = source.targets[0]!
    source.targets.push({ ...base, id: 'target-2027', year: 2027, value: 70_000 })
    // A second figure a year before the latest, so there is a current pace. The pack works
    // from the newest COVERAGE_WINDOW figures per region and segment, so two of the 2025
    // figures over other bases make room for it here.
    source.coverage = source.coverage.filter(
      (o) => !(o.regionId === '63.11' && o.period === '2025' && o.count === null),
    )
    const latest = source.coverage.find((o) => o.regionId === '63.11' && o.baseKind === 'target')!
    source.coverage.push({
      ...latest,
      id: 'balangan-2024',
      period: '2024',
      asOfDate: '2024-10-13',
      count: 56_000,
    })
    const model = buildBriefingModel(source, {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf: '2026-11-23',
    })
    const open = model.paces.find((p) => p.label.includes('2027'))!
    expect(open.text).toContain('perlu ±')
    expect(open.text).toContain('laju sekarang ±500/bulan')
    expect(open.text).toContain('13 Oktober 2024 – 13 Oktober 2025')
    const points = model.profiles.find((p) => p.regionId === '63.11')!.points.join(' ')
    expect(points).toContain(`${open.label}: ${open.text}`)
  })
})
