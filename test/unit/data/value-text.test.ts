import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatPercent,
  formatPeriod,
} from '../../../src/shared/format'
import { common } from '../../../src/renderer/i18n/messages/common'
import { coverage } from '../../../src/renderer/i18n/messages/coverage'
import { commitments } from '../../../src/renderer/i18n/messages/commitments'
import { data } from '../../../src/renderer/i18n/messages/data'
import {
  recordTitle,
  valueText,
  type LabelGroup,
  type ValueFormatter,
} from '../../../src/renderer/features/data/value-text'

// The same label sources the screens use (use-value-text.ts), in Indonesian.
const groups: Record<LabelGroup, Record<string, string>> = {
  segments: common.id.segments,
  measures: common.id.measures,
  baseKinds: common.id.baseKinds,
  setters: coverage.id.setters,
  units: data.id.units,
  commitmentKinds: commitments.id.kinds,
  meetingKinds: { rakor: 'Rakor' },
  lifecycle: commitments.id.lifecycle,
}
const f: ValueFormatter = {
  label: (g, code) => groups[g][code] ?? code,
  number: (v, d) => formatNumber(v, 'id', d),
  percent: (v) => formatPercent(v, 'id'),
  date: (iso) => formatDate(iso, 'id'),
  dateTime: (iso) => formatDateTime(iso, 'id'),
  period: (p) => formatPeriod(p, 'id'),
  region: (id) => (id === '63.03' ? '63.03 Banjar' : id),
}

describe('values as users read them', () => {
  it('shows codes as their Indonesian labels', () => {
    expect(valueText('coverage', 'segment', 'pu', f)).toBe('Penerima Upah (PU)')
    expect(valueText('coverage', 'measure', 'active', f)).toBe('aktif')
    expect(valueText('coverage', 'baseKind', 'pekerja_eligible', f)).toBe(
      'Pekerja yang wajib/eligible',
    )
    expect(valueText('targets', 'setBy', 'bappenas', f)).toBe('Bappenas')
    expect(valueText('targets', 'setBy', 'kabupaten_kota', f)).toBe('Pemerintah kab/kota')
    expect(valueText('targets', 'unit', 'count', f)).toBe('orang')
    expect(valueText('commitments', 'kind', 'milestone', f)).toBe('Tonggak (tahapan)')
    expect(valueText('meetings', 'kind', 'rakor', f)).toBe('Rakor')
    expect(valueText('coverage', 'regionId', '63.03', f)).toBe('63.03 Banjar')
  })

  it('shows numbers, percentages, dates and periods in id-ID, years without grouping', () => {
    expect(valueText('coverage', 'count', 21450, f)).toBe('21.450')
    expect(valueText('coverage', 'statedPercent', 46.44, f)).toBe('46,44%')
    expect(valueText('commitments', 'targetValue', 0.5, f)).toBe('0,5')
    expect(valueText('targets', 'year', 2025, f)).toBe('2025')
    expect(valueText('coverage', 'asOfDate', '2024-06-30', f)).toBe('30 Juni 2024')
    expect(valueText('coverage', 'period', '2023-02', f)).toBe('Februari 2023')
    expect(valueText('coverage', 'period', '2024', f)).toBe('2024')
    expect(valueText('coverage', 'deletedAt', '2026-11-23T02:00:00.000Z', f)).toBe(
      '23 November 2026 10.00 WITA',
    )
    expect(valueText('coverage', 'note', '', f)).toBe('—')
    expect(valueText('commitments', 'stages', ['Tahap 1', 'Tahap 2'], f)).toBe('Tahap 1 | Tahap 2')
  })

  it('names a record in one line for the conflict view', () => {
    const row = {
      id: 'x',
      regionId: '63.03',
      period: '2024',
      segment: 'pu',
      measure: 'active',
      baseLabel: 'pekerja formal',
    }
    expect(recordTitle('coverage', row, f)).toBe(
      '63.03 Banjar · 2024 · Penerima Upah (PU) · aktif · pekerja formal',
    )
    expect(
      recordTitle('commitments', { id: 'y', title: 'Tambahan 20.000', regionId: '63.03' }, f),
    ).toBe('Tambahan 20.000 (63.03 Banjar)')
  })
})
