/**
 * What a reader of the pack stumbled on (issue 15), read back from the model and from the PDF
 * text (pdftotext): a base said twice, the same gap said twice, a talking point about a
 * commitment that lags without its pace and forecast, a title wrapped one word a line, the
 * coverage table spilling a few rows onto a near-empty page, periods as codes.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import {
  baseKindAndLabel,
  buildBriefingModel,
} from '../../../src/renderer/features/briefing/pack-model'
import { buildPackDocument } from '../../../src/renderer/features/briefing/pack-document'
import { renderPdf } from '../../../scripts/briefing'
import { sampleSource } from './sample-source'

const asOf = '2026-11-23'
const hasPdftotext = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

/** The text of each page, in layout mode. */
function pages(bytes: Buffer): string[] {
  const file = join(mkdtempSync(join(tmpdir(), 'pack-')), 'pack.pdf')
  writeFileSync(file, bytes)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f')
}

/** Balangan's 2024 pledge, plus a later one that lags: 41.120 → 45.000 of 61.120 by 2027. */
function sourceWithLaggingPledge() {
  const source = sampleSource()
  const pledge = source.commitments.find((c) => c.id === SAMPLE_IDS.balanganCommitment)!
  source.commitments.push({
    ...pledge,
    id: 'pledge-2027',
    title: 'Perlindungan 61.120 pekerja rentan pada 2027',
    baselineValue: 41_120,
    baselineDate: '2023-12-31',
    targetValue: 61_120,
    deadline: '2027-12-31',
  })
  const m = source.measurements.find((x) => x.commitmentId === pledge.id)!
  source.measurements.push({
    ...m,
    id: 'pledge-2027-m1',
    commitmentId: 'pledge-2027',
    date: '2026-09-30',
    value: 45_000,
  })
  return source
}

describe('the pack reads without stumbling', () => {
  it('says each base once: kind and label are not repeated', () => {
    expect(baseKindAndLabel('peserta terdaftar', 'peserta terdaftar')).toBe('peserta terdaftar')
    expect(baseKindAndLabel('target populasi', 'target Bappenas')).toBe('target Bappenas')
    expect(baseKindAndLabel('angkatan kerja', 'angkatan kerja, termasuk ASN, TNI dan Polri')).toBe(
      'angkatan kerja, termasuk ASN, TNI dan Polri',
    )
    expect(baseKindAndLabel('basis tidak disebut sumber', 'pekerja rentan')).toBe(
      'basis tidak disebut sumber: pekerja rentan',
    )
    expect(baseKindAndLabel('pekerja yang wajib/eligible', 'tenaga kerja di luar lembaga')).toBe(
      'pekerja yang wajib/eligible: tenaga kerja di luar lembaga',
    )
    const model = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf,
    })
    const bases = model.coverageRows.flatMap((r) => ('empty' in r ? [] : [r.baseText]))
    expect(bases).toContain('target Bappenas (64.000)')
    expect(bases).toContain('peserta terdaftar')
    for (const b of bases) expect(b).not.toMatch(/^(.+): \1\b/i)
  })

  it('says Balangan\u2019s 2.000 workers to the Bappenas target once among its talking points', () => {
    const model = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf,
    })
    const points = model.profiles.find((p) => p.regionId === '63.11')!.points
    expect(points.filter((p) => p.includes('2.000 pekerja'))).toEqual([
      'Capaian seluruh pekerja Kabupaten Balangan 96,9% dari target Bappenas 64 ribu (2025): 62.000 pekerja terlindungi, kurang 2.000 pekerja.',
    ])
  })

  it('gives a lagging commitment its progress against the line, the pace it needs and its forecast', () => {
    const model = buildBriefingModel(sourceWithLaggingPledge(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf,
    })
    const points = model.profiles.find((p) => p.regionId === '63.11')!.points
    const said = points.filter((p) => p.includes('Perlindungan 61.120'))
    // One sentence for the commitment, no separate pace line repeating it.
    expect(said).toHaveLength(1)
    // Progress (45.000 − 41.120) ÷ 20.000 = 19,4 %; the straight line from 31 Dec 2023 to
    // 31 Dec 2027 expects 1.058 of 1.461 days = 72 % on 23 Nov 2026. 16.120 to go in 13,2
    // months: ±1.218 a month; the current pace, 3.880 in 1.004 days (33 months), ±118 a month.
    // At that pace the rest takes 16.120 ÷ (3.880 ÷ 1.004) = 4.171 days from 30 Sep 2026:
    // early March 2038, after the deadline.
    expect(said[0]).toContain(
      'Komitmen "Perlindungan 61.120 pekerja rentan pada 2027" (Kabupaten Balangan) tertinggal dari jalurnya (tenggat 31 Desember 2027): kemajuan 19%, seharusnya 72%; perlu ±1.218 pekerja/bulan; laju sekarang ±11',
    )
    expect(said[0]).toMatch(/laju sekarang ±11[78]\/bulan/)
    expect(said[0]).toMatch(
      /Dengan laju sekarang baru tercapai sekitar \d{1,2} Maret 2038, sesudah tenggat\.$/,
    )
  })

  it.skipIf(!hasPdftotext)(
    'prints the fixes: whole titles, whole table rows, months in words',
    async () => {
      const model = buildBriefingModel(sampleSource(), {
        meetingId: SAMPLE_IDS.meeting2023Rakor,
        asOf,
      })
      const text = pages(await renderPdf(buildPackDocument(model)))
      const all = text.join('\n')
      expect(all).not.toContain('peserta terdaftar: peserta terdaftar')
      expect(all).not.toContain('target populasi: target Bappenas')
      // The trend prints months in words, never as codes.
      const trend = text.find((p) => p.includes('Perkembangan cakupan Kalimantan Selatan'))!
      expect(trend).toContain('Februari 2023')
      expect(all).not.toMatch(/\b20\d\d-\d\d\b/)
      // The coverage table fits its page: its last row (the regions without figures) is on the
      // page where it starts, and no page holds only a few rows of it.
      const coverage = text.filter((p) => p.includes('Basis (bagian dari)'))
      expect(coverage).toHaveLength(1)
      expect(coverage[0]).toContain('Cakupan kepesertaan per kabupaten/kota')
      expect(coverage[0]).toMatch(/Belum ada data tercatat \(12\): Kabupaten Tanah Laut/)
      // The commitment title keeps its words together on a line instead of one word a line.
      const commitments = text.find((p) => p.includes('paling mendesak'))!
      expect(commitments).toMatch(/Tambahan perlindungan 20\.000/)
    },
  )
})
