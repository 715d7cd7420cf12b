/**
 * Paritrana readiness: a region's score per aspect and in total under a rubric, what is
 * missing or weakest, what would raise the total most, and a ranking. Pure.
 *
 * Arithmetic (hand-worked in test/unit/domain/paritrana-score.test.ts):
 * - an indicator scores s in 0..1, or null when Simpul holds no data for it (counted as 0);
 * - an aspect scores 100 × Σ(wᵢ·sᵢ) ÷ Σwᵢ over its indicators;
 * - the total is Σ(Wₐ·aspectₐ) ÷ ΣWₐ over the aspects (0..100);
 * - raising indicator i of aspect a to full marks adds (Wₐ÷ΣW)·(wᵢ÷Σwₐ)·(1−sᵢ)·100 points.
 */
import type { CommitmentStatus } from './progress'
import { coverageRatio, pickPrimary, type CoverageFigure } from './coverage-math'
import { GROUP_NOUNS, type Words } from './paritrana-matrix'
import type {
  InpresGroup,
  InpresStatus,
  ParitranaEvidence,
  RubricAspect,
  RubricIndicator,
} from '../db/types'
import { formatNumber, formatPercent, type Locale } from '../../shared/format'

/** What a rubric needs to score: its aspects (a stored rubric or the default). */
export interface RubricLike {
  aspects: RubricAspect[]
}

/** Simpul's data about one region, as the scoring reads it. */
export interface RegionReadinessData {
  regionId: string
  /** The current record per group (see paritrana-matrix currentStatuses). */
  statuses: ReadonlyMap<InpresGroup, InpresStatus>
  /** The region's latest coverage figures (one per series). */
  coverage: readonly CoverageFigure[]
  /** The derived status of each of the region's commitments. */
  commitmentStatuses: readonly CommitmentStatus[]
  /** Entered indicators of the edition year. */
  evidence: readonly ParitranaEvidence[]
}

export interface IndicatorResult {
  key: string
  label: string
  aspectKey: string
  metric: RubricIndicator['metric']
  /** 0..1, or null when there is no data. */
  score: number | null
  /** What the score rests on, in words. */
  basis: Words
  /** Points on the total gained by bringing this indicator to full marks. */
  gain: number
}

export interface AspectResult {
  key: string
  label: string
  weight: number
  /** 0..100 */
  score: number
  indicators: IndicatorResult[]
}

export interface ReadinessResult {
  regionId: string
  /** 0..100 */
  total: number
  aspects: AspectResult[]
  /** Indicators without data: what to find out or record first. */
  missing: IndicatorResult[]
  /** Indicators below full marks, the largest gain first. */
  raiseMost: IndicatorResult[]
}

const NO_DATA: Words = { id: 'belum ada data', en: 'no data yet' }

const STATUS_SHARE: Record<InpresStatus['status'], number> = {
  seluruhnya: 1,
  sebagian: 0.5,
  belum: 0,
}
const STATUS_WORDS: Record<InpresStatus['status'], Words> = {
  seluruhnya: { id: 'seluruhnya', en: 'all' },
  sebagian: { id: 'sebagian', en: 'partly' },
  belum: { id: 'belum', en: 'not yet' },
}
const REG_KIND: Record<string, string> = {
  perda: 'Perda',
  perbup: 'Perbup',
  perwali: 'Perwali',
  pergub: 'Pergub',
  se: 'SE',
  lainnya: 'Regulasi',
}

const both = (f: (l: Locale) => string): Words => ({ id: f('id'), en: f('en') })

function regulationValue(
  ind: RubricIndicator,
  d: RegionReadinessData,
): { score: number | null; basis: Words } {
  const rows = [...d.statuses.values()].filter((s) => ind.group === null || s.group === ind.group)
  if (!rows.length) return { score: null, basis: NO_DATA }
  const issued = rows.find((s) => s.regulationKind && s.regulationStage === 'terbit')
  const draft = rows.find((s) => s.regulationKind && s.regulationStage === 'rancangan')
  const reg = issued ?? draft
  if (!reg)
    return {
      score: 0,
      basis: { id: 'tidak ada regulasi tercatat', en: 'no regulation recorded' },
    }
  const name = `${REG_KIND[reg.regulationKind!]} ${reg.regulationNumber}`.trim()
  return issued
    ? { score: 1, basis: { id: `${name} (terbit)`, en: `${name} (issued)` } }
    : {
        score: 0.5,
        basis: { id: `${name} (masih rancangan)`, en: `${name} (still a draft)` },
      }
}

function apbdValue(ind: RubricIndicator, d: RegionReadinessData) {
  const s = ind.group ? d.statuses.get(ind.group) : undefined
  if (!s) return { score: null, basis: NO_DATA }
  const budgeted = (s.apbdAmount ?? 0) > 0 || (s.apbdWorkers ?? 0) > 0
  if (!budgeted)
    return {
      score: 0,
      basis: { id: 'tidak ada anggaran APBD tercatat', en: 'no APBD budget recorded' },
    }
  return {
    score: 1,
    basis: both((l) =>
      [
        `APBD ${s.apbdYear ?? ''}`.trim(),
        s.apbdAmount !== null ? `Rp${formatNumber(s.apbdAmount, l)}` : '',
        s.apbdWorkers !== null
          ? `${formatNumber(s.apbdWorkers, l)} ${l === 'id' ? 'pekerja' : 'workers'}`
          : '',
      ]
        .filter(Boolean)
        .join(', '),
    ),
  }
}

function shareValue(group: InpresGroup | null, d: RegionReadinessData) {
  const s = group ? d.statuses.get(group) : undefined
  if (!s) return { score: null, basis: NO_DATA }
  if (s.covered !== null && s.groupSize !== null && s.groupSize > 0)
    return {
      score: Math.min(1, s.covered / s.groupSize),
      basis: both(
        (l) =>
          `${formatNumber(s.covered!, l)} ${l === 'id' ? 'dari' : 'of'} ${formatNumber(s.groupSize!, l)} ${l === 'id' ? 'terlindungi' : 'protected'} (${formatPercent((s.covered! / s.groupSize!) * 100, l, 1)})`,
      ),
    }
  return {
    score: STATUS_SHARE[s.status],
    basis: both(
      (l) =>
        `${l === 'id' ? 'status' : 'status'}: ${STATUS_WORDS[s.status][l]}${s.covered !== null ? ` (${formatNumber(s.covered, l)} ${l === 'id' ? 'terlindungi; jumlah kelompok tidak diketahui' : 'protected; group size unknown'})` : ''}`,
    ),
  }
}

function coverageValue(ind: RubricIndicator, d: RegionReadinessData) {
  const segment = ind.metric === 'coverage_pu' ? 'pu' : 'bpu'
  const f = pickPrimary(d.coverage.filter((c) => c.segment === segment))
  const percent = f ? coverageRatio(f).percent : null
  if (f === null || percent === null) return { score: null, basis: NO_DATA }
  const target = ind.target ?? 100
  return {
    score: Math.min(1, percent / target),
    basis: both(
      (l) =>
        `${segment.toUpperCase()} ${formatPercent(percent, l)} (${f.period}); ${l === 'id' ? 'nilai penuh pada' : 'full marks at'} ${formatPercent(target, l, 0)}`,
    ),
  }
}

function commitmentsValue(d: RegionReadinessData) {
  const counted = d.commitmentStatuses.filter((s) => s !== 'dibatalkan')
  if (!counted.length) return { score: null, basis: NO_DATA }
  const good = counted.filter((s) => s === 'tercapai' || s === 'sesuai_jalur').length
  return {
    score: good / counted.length,
    basis: both((l) =>
      l === 'id'
        ? `${good} dari ${counted.length} komitmen tercapai atau sesuai jalur`
        : `${good} of ${counted.length} commitments achieved or on track`,
    ),
  }
}

function enteredValue(ind: RubricIndicator, d: RegionReadinessData) {
  const rows = d.evidence.filter((e) => e.indicatorKey === ind.key)
  if (!rows.length) return { score: null, basis: NO_DATA }
  const scored = rows.filter((e) => e.value !== null)
  if (!scored.length)
    return {
      score: null,
      basis: {
        id: `bukti ada, belum dinilai: ${rows[0]!.evidence}`,
        en: `evidence recorded, not yet scored: ${rows[0]!.evidence}`,
      },
    }
  const e = scored.reduce((a, b) => ((a.asOf ?? '') >= (b.asOf ?? '') ? a : b))
  return {
    score: e.value! / 100,
    basis: both((l) => `${formatNumber(e.value!, l)}/100: ${e.evidence}`),
  }
}

export function indicatorValue(
  ind: RubricIndicator,
  d: RegionReadinessData,
): { score: number | null; basis: Words } {
  switch (ind.metric) {
    case 'regulation':
      return regulationValue(ind, d)
    case 'apbd':
      return apbdValue(ind, d)
    case 'group_share':
      return shareValue(ind.group, d)
    case 'ptsp':
      return shareValue('ptsp', d)
    case 'coverage_pu':
    case 'coverage_bpu':
      return coverageValue(ind, d)
    case 'commitments_on_track':
      return commitmentsValue(d)
    case 'entered':
      return enteredValue(ind, d)
  }
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0)

export function scoreRegion(rubric: RubricLike, d: RegionReadinessData): ReadinessResult {
  const totalWeight = sum(rubric.aspects.map((a) => a.weight))
  const aspects: AspectResult[] = rubric.aspects.map((a) => {
    const w = sum(a.indicators.map((i) => i.weight))
    const indicators = a.indicators.map((ind): IndicatorResult => {
      const v = indicatorValue(ind, d)
      const gain =
        totalWeight > 0 && w > 0
          ? (a.weight / totalWeight) * (ind.weight / w) * (1 - (v.score ?? 0)) * 100
          : 0
      return {
        key: ind.key,
        label: ind.label,
        aspectKey: a.key,
        metric: ind.metric,
        score: v.score,
        basis: v.basis,
        gain,
      }
    })
    const score =
      w > 0
        ? (sum(indicators.map((r, i) => a.indicators[i]!.weight * (r.score ?? 0))) / w) * 100
        : 0
    return { key: a.key, label: a.label, weight: a.weight, score, indicators }
  })
  const total = totalWeight > 0 ? sum(aspects.map((a) => a.weight * a.score)) / totalWeight : 0
  const all = aspects.flatMap((a) => a.indicators)
  return {
    regionId: d.regionId,
    total,
    aspects,
    missing: all.filter((i) => i.score === null),
    raiseMost: all
      .filter((i) => i.gain > 1e-9)
      .sort((x, y) => y.gain - x.gain || x.label.localeCompare(y.label, 'id')),
  }
}

export interface RankedRegion {
  regionId: string
  total: number
  /** 1 for the highest; equal totals (to one decimal, as shown) share a rank. */
  rank: number
}

export function rankRegions(
  results: readonly Pick<ReadinessResult, 'regionId' | 'total'>[],
  nameOf: (id: string) => string,
): RankedRegion[] {
  const shown = (x: number) => Math.round(x * 10) / 10
  const sorted = [...results].sort(
    (a, b) =>
      shown(b.total) - shown(a.total) || nameOf(a.regionId).localeCompare(nameOf(b.regionId), 'id'),
  )
  const out: RankedRegion[] = []
  sorted.forEach((r, i) => {
    const prev = out[i - 1]
    const rank = prev && shown(prev.total) === shown(r.total) ? prev.rank : i + 1
    out.push({ regionId: r.regionId, total: r.total, rank })
  })
  return out
}

/** "Regulasi ... belum ada data" sentences for the briefing: what is missing, in words. */
export function missingSentence(
  r: ReadinessResult,
  regionName: string,
  locale: Locale = 'id',
): string {
  if (!r.missing.length)
    return locale === 'id'
      ? `${regionName}: semua indikator sudah ada datanya.`
      : `${regionName}: every indicator has data.`
  const labels = r.missing.map((i) => i.label).join('; ')
  return locale === 'id'
    ? `${regionName}: belum ada data untuk ${r.missing.length} indikator (${labels}).`
    : `${regionName}: no data yet for ${r.missing.length} indicators (${labels}).`
}

export { GROUP_NOUNS }
