/**
 * Combined shares. A source may give a registered share and the active share of those
 * registered ("lebih dari 90 persen pekerja telah terdaftar … 96 persen di antaranya berstatus
 * aktif", Balangan 2025). The active share of the base is then their product, a derived figure:
 * it is labelled as derived, and a bound the source states is kept as a bound. ">90 %" × "96 %"
 * is ">86,4 %", never "86,4 %": the source does not say it is equal.
 *
 * The rules (all shares are between 0 and 100, so the product keeps the direction of a bound):
 * - exact × exact = exact; exact × a bound = that bound.
 * - a lower bound × a lower bound = a lower bound (strict ">" when either is strict).
 * - an upper bound × an upper bound = an upper bound (strict "<" when either is strict).
 * - a lower bound × an upper bound: no bound at all ('unknown', no number shown).
 * - "about" × exact or about = about; "about" × a bound = about (the fuzziness wins: the
 *   bound is no longer sure).
 * - Shown digits never overstate a bound: a lower bound is rounded down, an upper bound up,
 *   the others to nearest. The sources' own rounding (96 % may be 95,6 %) is taken as stated.
 */
import type { CoverageFigure } from './coverage-math'
import { coverageRatio } from './coverage-math'
import { formatNumber, formatPercent, type Locale } from '../../shared/format'
import type { Words } from './pace'

export type Bound = 'exact' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'about'
export type CombinedBound = Bound | 'unknown'

export interface StatedShare {
  /** Percent: 90 means 90 %. */
  percent: number
  bound: Bound
}

export interface CombinedShare {
  /** The product in percent, unrounded; null when the bounds do not combine. */
  percent: number | null
  bound: CombinedBound
  /** Always true: this figure is computed, not stated by a source. */
  derived: true
  /** ">86,4%" / ">86.4%" */
  text: Words
  /** "lebih dari 86,4%" / "more than 86.4%" */
  words: Words
  /** What it is and how it was derived. */
  label: Words
  inputs: { registered: StatedShare; activeOfRegistered: StatedShare }
  /** Active members in workers on a known base size, bounded like the share; else null. */
  workers: number | null
}

const LOWER = new Set<Bound>(['more_than', 'at_least'])
const UPPER = new Set<Bound>(['less_than', 'at_most'])

/** The bound of a product of two shares with these bounds (see the module comment). */
export function combineBounds(a: Bound, b: Bound): CombinedBound {
  if (a === 'exact') return b
  if (b === 'exact') return a
  if (a === 'about' || b === 'about') return 'about'
  if (LOWER.has(a) && LOWER.has(b))
    return a === 'more_than' || b === 'more_than' ? 'more_than' : 'at_least'
  if (UPPER.has(a) && UPPER.has(b))
    return a === 'less_than' || b === 'less_than' ? 'less_than' : 'at_most'
  return 'unknown'
}

const SYMBOL: Record<Bound, string> = {
  exact: '',
  more_than: '>',
  at_least: '≥',
  less_than: '<',
  at_most: '≤',
  about: '≈',
}
const BOUND_WORDS: Record<Bound, Words> = {
  exact: { id: '', en: '' },
  more_than: { id: 'lebih dari ', en: 'more than ' },
  at_least: { id: 'sedikitnya ', en: 'at least ' },
  less_than: { id: 'kurang dari ', en: 'less than ' },
  at_most: { id: 'paling banyak ', en: 'at most ' },
  about: { id: 'sekitar ', en: 'about ' },
}

/** A value rounded to `digits` without overstating its bound: down for lower, up for upper. */
export function roundForBound(value: number, bound: CombinedBound, digits: number): number {
  const step = 10 ** digits
  const scaled = Math.round(value * step * 1e6) / 1e6 // float noise: 86,39999… is 86,4
  if (LOWER.has(bound as Bound)) return Math.floor(scaled) / step
  if (UPPER.has(bound as Bound)) return Math.ceil(scaled) / step
  return Math.round(scaled) / step
}

/** ">86,4%": a percentage with its bound, rounded so as not to overstate it. */
export function formatBoundedPercent(
  percent: number,
  bound: Bound,
  locale: Locale = 'id',
  digits = 1,
): string {
  return SYMBOL[bound] + formatPercent(roundForBound(percent, bound, digits), locale, digits)
}

/**
 * The active share of the base from a registered share of the base and the active share of
 * those registered. `baseLabel` names the base in the label ("pekerja"); `baseSize`, when
 * known, gives the active members in workers, bounded like the share.
 */
export function combineShares(
  registered: StatedShare,
  activeOfRegistered: StatedShare,
  options: { baseLabel?: string; baseSize?: number | null; digits?: number } = {},
): CombinedShare {
  const digits = options.digits ?? 1
  const bound = combineBounds(registered.bound, activeOfRegistered.bound)
  const percent =
    bound === 'unknown' ? null : (registered.percent * activeOfRegistered.percent) / 100
  const shown = (s: StatedShare, l: Locale) => formatBoundedPercent(s.percent, s.bound, l, 2)
  const base = options.baseLabel?.trim()
  const text: Words =
    percent === null || bound === 'unknown'
      ? { id: 'tidak dapat dihitung', en: 'cannot be derived' }
      : {
          id: formatBoundedPercent(percent, bound, 'id', digits),
          en: formatBoundedPercent(percent, bound, 'en', digits),
        }
  const words: Words =
    percent === null || bound === 'unknown'
      ? {
          id: 'tidak dapat dihitung: batas atas dikali batas bawah tidak memberi batas',
          en: 'cannot be derived: an upper bound times a lower bound gives no bound',
        }
      : {
          id:
            BOUND_WORDS[bound].id +
            formatPercent(roundForBound(percent, bound, digits), 'id', digits),
          en:
            BOUND_WORDS[bound].en +
            formatPercent(roundForBound(percent, bound, digits), 'en', digits),
        }
  const label: Words = {
    id: `peserta aktif dari ${base || 'basis'} (turunan: ${shown(registered, 'id')} terdaftar × ${shown(activeOfRegistered, 'id')} di antaranya aktif)`,
    en: `active members of ${base || 'the base'} (derived: ${shown(registered, 'en')} registered × ${shown(activeOfRegistered, 'en')} of them active)`,
  }
  const workers =
    percent !== null && options.baseSize != null && options.baseSize > 0
      ? roundForBound((percent / 100) * options.baseSize, bound, 0)
      : null
  return {
    percent,
    bound,
    derived: true,
    text,
    words,
    label,
    inputs: { registered, activeOfRegistered },
    workers,
  }
}

const BOUND_PHRASES: [RegExp, Bound][] = [
  [/(?:lebih dari|lebih daripada|di atas|diatas|more than|over|above|>)\s*$/i, 'more_than'],
  [
    /(?:sedikitnya|setidaknya|paling sedikit|minimal|sekurang-kurangnya|at least|≥|>=)\s*$/i,
    'at_least',
  ],
  [
    /(?:kurang dari|di bawah|dibawah|hampir|less than|under|below|almost|nearly|<)\s*$/i,
    'less_than',
  ],
  [/(?:paling banyak|maksimal|sebanyak-banyaknya|at most|≤|<=)\s*$/i, 'at_most'],
  [
    /(?:sekitar|kurang lebih|kira-kira|lebih kurang|about|around|approximately|±|≈|~)\s*$/i,
    'about',
  ],
]

/**
 * The bound a text puts on a stated percentage: the words just before the number, as in
 * "lebih dari 90 persen" (more_than) or "sekitar 46,44 %" (about). 'exact' when the number is
 * found without such words, or not found at all. A heuristic for notes: the data model has no
 * field for a stated bound yet.
 */
export function boundFromText(text: string, percent: number): Bound {
  const forms = new Set([
    String(percent),
    String(percent).replace('.', ','),
    formatNumber(percent, 'id', 2),
    formatNumber(percent, 'en', 2),
  ])
  for (const form of forms) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const re = new RegExp(`(^|[^\\d.,])${escaped}\\s*(%|persen|per cent|percent)`, 'gi')
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const before = text.slice(0, m.index + m[1]!.length)
      for (const [phrase, bound] of BOUND_PHRASES) if (phrase.test(before)) return bound
      return 'exact'
    }
  }
  return 'exact'
}

type NotedFigure = CoverageFigure & { id?: string; note?: string }

export interface FigureCombination {
  registered: NotedFigure
  active: NotedFigure
  share: CombinedShare
}

/**
 * Every combination, in one region, period and segment, of a registered share of a base with
 * an active share of the registered (base kind 'peserta_terdaftar'): the active share of that
 * base, derived. A stated share's bound is read from the figure's note (boundFromText) unless
 * `boundOf` says otherwise; a share computed from count ÷ base is exact.
 */
export function activeShareOfBase(
  figures: readonly NotedFigure[],
  boundOf: (f: NotedFigure, percent: number) => Bound = (f, p) =>
    coverageRatio(f).origin === 'stated' ? boundFromText(f.note ?? '', p) : 'exact',
  digits = 1,
): FigureCombination[] {
  const out: FigureCombination[] = []
  const live = figures.filter((f) => !(f as { deletedAt?: string }).deletedAt)
  for (const active of live) {
    if (active.measure !== 'active' || active.baseKind !== 'peserta_terdaftar') continue
    const ap = coverageRatio(active).percent
    if (ap === null) continue
    for (const registered of live) {
      if (
        registered.measure !== 'registered' ||
        registered.baseKind === 'peserta_terdaftar' ||
        registered.regionId !== active.regionId ||
        registered.period !== active.period ||
        registered.segment !== active.segment
      )
        continue
      const rp = coverageRatio(registered).percent
      if (rp === null) continue
      out.push({
        registered,
        active,
        share: combineShares(
          { percent: rp, bound: boundOf(registered, rp) },
          { percent: ap, bound: boundOf(active, ap) },
          { baseLabel: registered.baseLabel, baseSize: registered.baseSize, digits },
        ),
      })
    }
  }
  return out
}
