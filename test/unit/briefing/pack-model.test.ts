import { describe, expect, it } from 'vitest'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import {
  buildBriefingModel,
  condenseNotes,
  NOTES_PER_RULE,
  PACK_SECTIONS,
} from '../../../src/renderer/features/briefing/pack-model'
import type { QualityIssue } from '../../../src/renderer/domain/quality'
import { buildPackDocument } from '../../../src/renderer/features/briefing/pack-document'
import { buildSlides, nextIndex, statusTone } from '../../../src/renderer/features/briefing/slides'
import { packFileName } from '../../../src/renderer/features/briefing/pack-file-name'
import { sampleSource } from './sample-source'

const asOf = '2026-11-23'

describe('briefing model from the sample data', () => {
  const model = buildBriefingModel(sampleSource(), { meetingId: SAMPLE_IDS.meeting2023Rakor, asOf })

  it('headlines carry value, base and source in id-ID format', () => {
    const pu = model.headlines.find((h) => h.segment === 'pu')!
    expect(pu.valueText).toBe('cakupan 46,44%')
    expect(pu.baseText).toContain('basis tidak disebut sumber')
    expect(pu.sourceText).toContain('klikkalsel.com')
    expect(pu.periodLabel).toBe('Februari 2023')
  })

  it('expands a province meeting to its 13 regencies and cities', () => {
    expect(model.scopeLabel).toBe('Kalimantan Selatan (13 kabupaten/kota)')
    expect(model.coverageRows.filter((r) => 'empty' in r)).toHaveLength(12)
    expect(model.profiles.map((p) => p.regionName)).toEqual(['Kabupaten Balangan'])
    expect(model.regionsWithoutData).toHaveLength(12)
  })

  it('evaluates the Balangan commitment as reached (late) with its progress', () => {
    expect(model.commitments).toHaveLength(1)
    expect(model.commitments[0]!.statusLabel).toBe('Tercapai')
    expect(model.commitments[0]!.progressText).toBe('100%')
  })

  it('ignores figures dated after the as-of date', () => {
    const early = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf: '2021-01-01',
    })
    expect(early.headlines.map((h) => h.valueText)).toEqual(['cakupan 27%'])
    expect(early.commitments[0]!.statusLabel).toBe('Belum ada data')
  })

  it('lists Tim 9 seats in order with unrecorded holders left empty', () => {
    const tim9 = model.committees.find((c) => c.name.startsWith('Tim 9'))!
    expect(tim9.seats[0]).toEqual({ role: 'Ketua', seat: 'Sekretaris Daerah Provinsi', holder: '' })
    expect(tim9.seats[1]!.holder).toBe('Bunyamin Najmi')
  })

  it('shows a year-only meeting date honestly', () => {
    const m2020 = buildBriefingModel(sampleSource(), { meetingId: SAMPLE_IDS.meeting2020, asOf })
    expect(m2020.meeting.dateLabel).toBe('2020 (tanggal tidak disebut)')
  })

  it('refuses an unknown meeting', () => {
    expect(() => buildBriefingModel(sampleSource(), { meetingId: 'nope', asOf })).toThrow(
      /tidak ditemukan/,
    )
  })
})

describe('pack document definition', () => {
  const source = sampleSource()
  const doc = (sections = {}) =>
    buildPackDocument(
      buildBriefingModel(source, { meetingId: SAMPLE_IDS.meeting2019, asOf, sections }),
    )
  const text = (d: unknown) => JSON.stringify(d)

  it('is A4 portrait with a pinned creation date and a footer with filters and page X of Y', () => {
    const d = doc()
    expect(d.pageSize).toBe('A4')
    expect(d.pageOrientation).toBe('portrait')
    expect((d.info!.creationDate as Date).toISOString()).toBe('2026-11-23T00:00:00.000Z')
    const footer = (d.footer as (p: number, n: number, s: unknown) => unknown)(2, 13, {})
    expect(text(footer)).toContain('Halaman 2 dari 13')
    expect(text(footer)).toContain('Data per 23 November 2026')
    expect(text(footer)).toContain('Kalimantan Selatan')
  })

  it('repeats the header row of long tables', () => {
    const tables = text(doc()).match(/"headerRows":1/g) ?? []
    expect(tables.length).toBeGreaterThanOrEqual(5)
  })

  it('leaves out every section switched off, and only those', () => {
    const full = text(doc())
    expect(full).toContain('DAFTAR HADIR')
    expect(full).toContain('NOTULEN')
    const without = text(doc({ attendanceSheet: false, minutes: false, profiles: false }))
    expect(without).not.toContain('DAFTAR HADIR')
    expect(without).not.toContain('NOTULEN')
    expect(without).not.toContain('Profil kabupaten/kota: Kabupaten Balangan')
    expect(without).toContain('Cakupan kepesertaan per kabupaten/kota')
  })

  it('draws the regency chart from the shared Chart.js config: sorted, no bar for missing data', () => {
    const d = text(
      doc({
        cover: false,
        summary: false,
        coverage: false,
        commitments: false,
        profiles: false,
        agenda: false,
        invitees: false,
        actions: false,
        attendanceSheet: false,
        minutes: false,
        paritrana: false,
      }),
    )
    expect(d).toContain('Cakupan Semua pekerja per kabupaten/kota')
    expect(d.indexOf('Kabupaten Balangan')).toBeLessThan(d.indexOf('Kabupaten Banjar'))
    expect(d).toContain('96,9%')
    expect((d.match(/belum ada data/g) ?? []).length).toBe(12)
  })

  it('names every section in the cover contents when all are on', () => {
    const cover = text(doc()).slice(0, 3000)
    expect(cover).toContain('Isi paket')
    expect(PACK_SECTIONS.length).toBe(12)
    expect(cover).toContain('Kesiapan Paritrana')
  })

  it('carries the Kesiapan Paritrana section: seed statements, matrix, scores under the local-assumption rubric', () => {
    const model = buildBriefingModel(sampleSource(), { meetingId: SAMPLE_IDS.meeting2019, asOf })
    const p = model.paritrana!
    expect(p.rubricLine).toContain('asumsi lokal, bukan resmi')
    expect(p.statements.join(' ')).toContain(
      'baru 4 dari 13 kabupaten/kota melindungi tenaga honorer',
    )
    expect(p.tallies.join(' ')).toContain('Balangan (sebagian)')
    expect(p.regions).toHaveLength(13)
    const d = text(doc())
    expect(d).toContain('Kesiapan Paritrana')
    expect(d).toContain('wilayahnya tidak disebut sumber')
    expect(buildSlides(model).some((s) => s.title === 'Kesiapan Paritrana')).toBe(true)
  })
})

describe('presenter slides and file name', () => {
  const model = buildBriefingModel(sampleSource(), { meetingId: SAMPLE_IDS.meeting2019, asOf })
  it('builds title, summary, points, charts, commitments and the regency profiles', () => {
    const kinds = buildSlides(model).map((s) => s.kind)
    expect(kinds.slice(0, 6)).toEqual([
      'title',
      'figures',
      'points',
      'regionChart',
      'trendChart',
      'commitments',
    ])
    expect(kinds).toContain('profile')
    expect(kinds[kinds.length - 1]).toBe('list')
  })
  it('puts every talking point on a slide, a long list continuing on the next', () => {
    const slides = buildSlides(model)
    const shown = (title: string) =>
      slides.flatMap((s) =>
        (s.kind === 'points' || s.kind === 'profile') && s.title.startsWith(title) ? s.points : [],
      )
    expect(shown('Pokok pembicaraan')).toEqual(model.talkingPoints)
    for (const p of model.profiles) expect(shown(p.regionName)).toEqual(p.points)
    for (const s of slides)
      if (s.kind === 'points' || s.kind === 'profile')
        expect(s.points.length).toBeLessThanOrEqual(5)
  })
  it('never colours a late commitment green', () => {
    expect(statusTone('terlambat')).toBe('late')
    expect(statusTone('lewat_tenggat')).toBe('late')
    expect(statusTone('sesuai_jalur')).toBe('good')
  })
  it('navigates with arrows and page keys within bounds', () => {
    expect(nextIndex('ArrowRight', 0, 3)).toBe(1)
    expect(nextIndex('PageDown', 2, 3)).toBe(2)
    expect(nextIndex('PageUp', 0, 3)).toBe(0)
    expect(nextIndex('End', 0, 3)).toBe(2)
    expect(nextIndex('x', 1, 3)).toBeNull()
  })
  it('makes a safe file name', () => {
    expect(packFileName('Rakor peningkatan coverage / Jamsostek', '2026-11-23')).toBe(
      'paket-briefing-rakor-peningkatan-coverage-jamsostek-2026-11-23.pdf',
    )
  })
})

describe('Catatan data names figures too old for the pack date', () => {
  it('flags the 2020 Kalsel figure in a pack dated 2026, and not in one dated 2021', () => {
    const late = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf: '2026-12-01',
    })
    const early = buildBriefingModel(sampleSource(), {
      meetingId: SAMPLE_IDS.meeting2023Rakor,
      asOf: '2021-06-30',
    })
    const stale = (m: typeof late) =>
      m.dataNotes.filter((n) => /2020/.test(n.text) && /lama|hari|tahun/i.test(n.text))
    expect(stale(late).length).toBeGreaterThan(0)
    expect(stale(early)).toEqual([])
  })
})

describe('data notes in a large pack', () => {
  const issue = (n: number, region: string): QualityIssue => ({
    ruleId: 'stale_figure',
    severity: 'warning',
    message: { id: `Angka ${region} ${n} sudah lama.`, en: `Figure ${region} ${n} is old.` },
    records: [{ table: 'coverage', id: `c${n}` }],
  })
  const names = new Map([
    ['r1', 'Kabupaten Satu'],
    ['r2', 'Kabupaten Dua'],
    ['r3', 'Kota Tiga'],
  ])

  it("writes a rule's first three notes out and sums up the rest with their regions", () => {
    const issues = [
      issue(1, 'r1'),
      issue(2, 'r1'),
      issue(3, 'r2'),
      issue(4, 'r3'),
      issue(5, 'r2'),
      issue(6, 'r3'),
    ]
    const region = (i: QualityIssue) => [i.message.id.split(' ')[1]!]
    const notes = condenseNotes(issues, region, names)
    expect(NOTES_PER_RULE).toBe(3)
    expect(notes.map((n) => n.text)).toEqual([
      'Angka r1 1 sudah lama.',
      'Angka r1 2 sudah lama.',
      'Angka r2 3 sudah lama.',
      'Dan 3 catatan lain "Angka terlalu lama" untuk 2 wilayah: Kabupaten Dua, Kota Tiga. Daftar lengkapnya ada di layar Kualitas data.',
    ])
    expect(notes.every((n) => n.severityLabel === 'Periksa')).toBe(true)
  })

  it('keeps every note when a rule has four or fewer (one left over is written out)', () => {
    expect(condenseNotes([issue(1, 'r1'), issue(2, 'r2')], () => [], names)).toHaveLength(2)
    const four = condenseNotes(
      [1, 2, 3, 4].map((n) => issue(n, 'r1')),
      () => ['r1'],
      names,
    )
    expect(four.map((n) => n.text)).toEqual([1, 2, 3, 4].map((n) => `Angka r1 ${n} sudah lama.`))
  })
})
