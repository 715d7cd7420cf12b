import { describe, expect, it } from 'vitest'
import {
  basePreferenceText,
  fill,
  figureWords,
  seriesLabel,
  shareNoun,
  shareText,
  shareWithNoun,
} from '../../../src/renderer/domain/figure-text'

describe('figure text: one set of words for screens, pack and slides', () => {
  it('keeps a stated share as the source gave it and computes one decimal otherwise', () => {
    expect(shareText({ percent: 46.44, origin: 'stated' } as never, 'id')).toBe('46,44%')
    expect(shareText({ percent: 96.875, origin: 'computed' } as never, 'id')).toBe('96,9%')
    expect(shareText({ percent: 96.875, origin: 'computed' } as never, 'en')).toBe('96.9%')
    expect(shareText({ percent: null, origin: 'computed' } as never)).toBe('—')
  })

  it('labels a trend series the same way everywhere, with the region first when asked', () => {
    const s = {
      segment: 'semua',
      measure: 'registered',
      baseKind: 'target',
      baseLabel: '',
    } as const
    expect(seriesLabel(s, 'id')).toBe('Semua pekerja · terdaftar · Target populasi')
    expect(seriesLabel(s, 'id', 'Balangan')).toBe(
      'Balangan · Semua pekerja · terdaftar · Target populasi',
    )
    expect(seriesLabel({ ...s, baseKind: 'tidak_disebut' }, 'en')).toBe(
      'All workers · registered · base not stated by the source',
    )
    expect(seriesLabel({ ...s, baseLabel: 'target Bappenas' }, 'id')).toBe(
      'Semua pekerja · terdaftar · target Bappenas',
    )
  })

  it('fills placeholders and names base, count and date of a figure', () => {
    expect(fill('dari {{base}} ({{size}})', { base: 'potensi', size: '64.000' })).toBe(
      'dari potensi (64.000)',
    )
    const words = figureWords('id')
    const o = {
      segment: 'semua',
      measure: 'registered',
      count: 62_000,
      baseKind: 'target',
      baseLabel: 'target Bappenas',
      baseSize: 64_000,
      statedPercent: null,
      period: '2025',
      asOfDate: null,
      sourceInstitution: '',
      sourceDocument: 'Berita 2025',
    } as never
    expect(words.base(o)).toBe('dari target Bappenas (64.000)')
    expect(words.count(o)).toBe('62.000 dari 64.000')
    expect(words.when(o)).toBe('periode 2025 (tanggal tidak disebut)')
    expect(words.percent(o)).toBe('96,9%')
  })
})

describe('what a share is called', () => {
  it('calls a share of a target population an achievement, any other share coverage', () => {
    expect(shareNoun('target', 'id')).toBe('capaian')
    expect(shareNoun('angkatan_kerja', 'id')).toBe('cakupan')
    expect(shareNoun('tidak_disebut', 'id')).toBe('cakupan')
    expect(shareNoun('target', 'en')).toBe('achievement')
    const balangan = {
      baseKind: 'target',
      count: 62_000,
      baseSize: 64_000,
      statedPercent: null,
    } as const
    expect(shareWithNoun(balangan, 'id')).toBe('capaian 96,9%')
    expect(shareWithNoun({ ...balangan, baseKind: 'angkatan_kerja', baseSize: 80_000 }, 'id')).toBe(
      'cakupan 77,5%',
    )
  })

  it('states the base preference that picks one bar per region, in its order', () => {
    const id = basePreferenceText('id')
    expect(id).toContain(
      'pekerja yang wajib/eligible → target populasi → potensi yang dinyatakan → angkatan kerja',
    )
    expect(basePreferenceText('en')).toContain('eligible workers → target population')
  })
})

describe('UCJ has its own base', () => {
  it('names active members over the working population as UCJ, never as a labour-force share', async () => {
    const { shareNoun, shareWithNoun } = await import('../../../src/renderer/domain/figure-text')
    expect(shareNoun('penduduk_bekerja', 'id')).toBe('UCJ (cakupan universal)')
    expect(shareNoun('penduduk_bekerja', 'en')).toBe('UCJ (universal coverage)')
    expect(shareNoun('angkatan_kerja', 'id')).toBe('cakupan')
    expect(
      shareWithNoun(
        { baseKind: 'penduduk_bekerja', count: 500_000, baseSize: 2_000_000, statedPercent: null },
        'id',
      ),
    ).toBe('UCJ (cakupan universal) 25%')
  })
})
