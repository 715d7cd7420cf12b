/**
 * Talking points written from the data, in Indonesian, the way an Asisten would say them:
 * "Cakupan PU Kalimantan Selatan 46,44% (Februari 2023); basis tidak disebut sumber." Each
 * sentence is assembled from what the figures actually contain: a clause about a target
 * appears only when a target exists, a change only when an earlier comparable figure exists.
 * Never a template with blanks. Pure.
 */
import {
  formatCompact,
  formatDate,
  formatNumber,
  formatPercent,
  formatPoints,
} from '../../../shared/format'
import type { CommitmentEvaluation } from '../../domain/progress'
import { describePace, type PaceResult } from '../../domain/pace'
import {
  changeBetween,
  coverageRatio,
  effectiveDate,
  gapToTarget,
  memberCount,
  seriesKey,
  targetFor,
  uncoveredWorkers,
} from '../../domain/coverage-math'
import type { Commitment, CoverageObservation, CoverageTarget, Segment } from '../../db/types'
import { shareNoun, shareText as formatShare } from '../../domain/figure-text'
import { forecastText } from '../../domain/commitment-text'
import { isLive } from '../../db/live'

export const SEGMENT_SHORT: Record<Segment, string> = {
  semua: 'seluruh pekerja',
  pu: 'PU',
  bpu: 'BPU',
  jakon: 'Jasa Konstruksi',
  pmi: 'PMI',
  honorer: 'tenaga honorer',
  perangkat_desa: 'perangkat desa',
  pekerja_rentan: 'pekerja rentan',
}

const SETTER: Record<CoverageTarget['setBy'], string> = {
  bappenas: 'Bappenas',
  inpres: 'Inpres 2/2021',
  provinsi: 'provinsi',
  kabupaten_kota: 'kabupaten/kota',
  bpjs: 'BPJS Ketenagakerjaan',
  lainnya: 'lainnya',
}

const periodWords = (p: string) => {
  const m = /^(\d{4})-(\d{2})$/.exec(p)
  return m ? formatDate(`${p}-01`).replace(/^1 /, '') : p
}

function basePhrase(o: CoverageObservation): string {
  if (o.baseKind === 'tidak_disebut') return 'basis tidak disebut sumber'
  const label = o.baseLabel || o.baseKind.replace('_', ' ')
  if (o.baseSize === null) return `dari ${label}`
  // "dari 80 ribu angkatan kerja, termasuk ASN, TNI dan Polri": a size after a label with a
  // clause of its own would read as the size of its last word.
  return label.includes(',')
    ? `dari ${formatCompact(o.baseSize)} ${label}`
    : `dari ${label} ${formatCompact(o.baseSize)}`
}

/** The latest earlier figure of the same series (segment · measure · base) for the region. */
function earlierFigure(
  o: CoverageObservation,
  all: CoverageObservation[],
): CoverageObservation | null {
  const key = seriesKey(o)
  const before = all.filter(
    (x) =>
      isLive(x) &&
      x.regionId === o.regionId &&
      seriesKey(x) === key &&
      x.period < o.period &&
      effectiveDate(x) < effectiveDate(o),
  )
  return before.sort((a, b) => effectiveDate(b).localeCompare(effectiveDate(a)))[0] ?? null
}

export function figureSentence(
  o: CoverageObservation,
  regionName: string,
  all: CoverageObservation[],
  targets: CoverageTarget[],
): string | null {
  const ratio = coverageRatio(o)
  const members = memberCount(o)
  const seg = SEGMENT_SHORT[o.segment]
  const when = periodWords(o.period)
  const measureWord = o.measure === 'active' ? ' (peserta aktif)' : ''
  if (ratio.percent === null) {
    if (members.value === null) return null
    return `${formatNumber(members.value)} ${seg} di ${regionName} terlindungi pada ${when}; jumlah seluruhnya tidak disebut sumber, sehingga persentase belum bisa dihitung.`
  }
  const noun = shareNoun(o.baseKind, 'id')
  const Noun = noun.charAt(0).toUpperCase() + noun.slice(1)
  if (o.baseKind === 'target' && o.baseSize !== null) {
    // A share of a target population is an achievement against that target: the target is
    // the base itself, so it is said once, with the workers still to go.
    const label = o.baseLabel || 'target'
    let s = `${Noun} ${seg} ${regionName}${measureWord} ${formatShare(ratio)} dari ${label} ${formatCompact(o.baseSize)} (${when})`
    if (members.value !== null) {
      const short = Math.max(0, Math.ceil(o.baseSize - members.value))
      s +=
        short > 0
          ? `: ${members.estimated ? 'sekitar ' : ''}${formatNumber(members.value)} pekerja terlindungi, kurang ${formatNumber(short)} pekerja`
          : `: ${formatNumber(members.value)} pekerja terlindungi, target tercapai`
    }
    return `${s}.`
  }
  let sentence = `${Noun} ${seg} ${regionName}${measureWord} ${formatShare(ratio)} (${when}), ${basePhrase(o)}`
  const year = Number(o.period.slice(0, 4))
  const target = targetFor(targets.filter(isLive), o.regionId, o.segment, year)
  // A count target is held against the figure over that target population when there is one
  // (the "capaian" sentence); a share of another base then stands as a figure in its own right.
  const targetSaidElsewhere =
    target?.unit === 'count' &&
    all.some(
      (x) =>
        isLive(x) &&
        x !== o &&
        x.baseKind === 'target' &&
        x.regionId === o.regionId &&
        x.segment === o.segment &&
        x.measure === o.measure &&
        x.period === o.period,
    )
  if (target && !targetSaidElsewhere) {
    const gap = gapToTarget(o, target)
    const targetText =
      target.unit === 'percent'
        ? formatPercent(target.value)
        : `${formatNumber(target.value)} pekerja`
    if (gap.reached === true)
      sentence += `; sudah mencapai target ${targetText} (${SETTER[target.setBy]})`
    else if (gap.reached === false) {
      const parts = [
        gap.workers !== null
          ? `kurang ${gap.estimated ? 'sekitar ' : ''}${formatNumber(gap.workers)} pekerja`
          : null,
        // Points only mean something against a percent target.
        gap.points !== null && target.unit === 'percent'
          ? `${formatPoints(gap.points).replace('+', '')}`
          : null,
      ].filter(Boolean)
      sentence += `, masih di bawah target ${targetText} (${SETTER[target.setBy]})${parts.length ? `: ${parts.join(' atau ')}` : ''}`
    }
  } else if (!target) {
    const prev = earlierFigure(o, all)
    const change = prev ? changeBetween(prev, o) : null
    if (prev && change?.comparable && change.points !== null) {
      const dir = change.points > 0 ? 'naik' : change.points < 0 ? 'turun' : 'tetap'
      sentence += `, ${dir}${change.points !== 0 ? ` ${formatPoints(Math.abs(change.points)).replace('+', '')}` : ''} dari ${formatShare(coverageRatio(prev))} pada ${periodWords(prev.period)}`
    }
  }
  if (o.baseKind === 'angkatan_kerja')
    sentence +=
      '; ASN, TNI dan Polri di dalamnya dilindungi skema lain, jadi selisihnya dengan angkatan kerja bukan jumlah pekerja yang belum tercakup'
  sentence += '.'
  if (o.measure === 'active' && o.baseKind === 'peserta_terdaftar') {
    sentence = `Dari peserta terdaftar di ${regionName}, ${formatShare(ratio)} berstatus aktif (${when}).`
  }
  const uncovered = uncoveredWorkers(o)
  if (uncovered.value !== null && uncovered.value > 0 && !uncovered.estimated) {
    sentence += ` Sekitar ${formatCompact(uncovered.value)} pekerja belum tercakup.`
  }
  return sentence
}

/** A pace in one sentence: the headline, then what it rests on. */
export function paceSentence(pace: PaceResult): string {
  const detail = pace.detail.id
  return `${describePace(pace, 'id')}${detail ? ` (${detail})` : ''}.`
}

/** A pace as the talking points need it (see pack-model PaceView). */
export interface TalkingPace {
  regionId: string
  label: string
  text: string
  verdict: PaceResult['verdict']
  about: { kind: 'target'; segment: Segment } | { kind: 'commitment'; id: string }
  remainingText: string | null
}

export interface TalkingPointInput {
  /** Required pace of targets and commitments, most pressing first (see pack-model). */
  paces?: TalkingPace[]
  figures: CoverageObservation[]
  allCoverage: CoverageObservation[]
  targets: CoverageTarget[]
  evaluated: { c: Commitment; e: CommitmentEvaluation }[]
  regionName: (id: string) => string
  asOf: string
  regionsWithoutData: string[]
  /** Regencies and cities in scope, for "k dari n". */
  regencyCount?: number
  carriedCount: number
}

const SEGMENT_RANK: Segment[] = [
  'pu',
  'bpu',
  'semua',
  'jakon',
  'pekerja_rentan',
  'honorer',
  'perangkat_desa',
  'pmi',
]

const listOf = (items: string[], max = 4) =>
  items.length <= max
    ? items.join(', ')
    : `${items.slice(0, max).join(', ')} dan ${formatNumber(items.length - max)} lainnya`

/** A measured value as the commitment counts it: a stage by its name, a share with its %. */
function latestValue(c: Commitment, value: number): string {
  if (c.kind === 'milestone') return c.stages[value] ?? formatNumber(value)
  return c.kind === 'percent' ? formatPercent(value) : formatNumber(value)
}

/** "kemajuan 79%" with ", seharusnya 90%" when the straight line expects more. */
function progressWords(e: CommitmentEvaluation): string | null {
  if (e.progressShown === null) return null
  const shown = `kemajuan ${formatPercent(e.progressShown * 100, 'id', 0)}`
  return e.expectedProgress !== null && e.expectedProgress > e.progressShown && e.daysToDeadline > 0
    ? `${shown}, seharusnya ${formatPercent(Math.min(1, e.expectedProgress) * 100, 'id', 0)}`
    : shown
}

export function talkingPoints(input: TalkingPointInput): string[] {
  const points: string[] = []
  const figures = [...input.figures].sort(
    (a, b) =>
      SEGMENT_RANK.indexOf(a.segment) - SEGMENT_RANK.indexOf(b.segment) ||
      b.period.localeCompare(a.period) ||
      a.regionId.localeCompare(b.regionId),
  )
  // Region · segment whose gap to a target a figure sentence already says: the target's pace
  // line then adds only what is new (the pace), never the same gap again.
  const gapSaid = new Set<string>()
  for (const f of figures.slice(0, 5)) {
    const s = figureSentence(f, input.regionName(f.regionId), input.allCoverage, input.targets)
    if (!s) continue
    points.push(s)
    if (/kurang|di bawah target/.test(s)) gapSaid.add(`${f.regionId}|${f.segment}`)
  }
  const paces = input.paces ?? []
  const paceOf = new Map(
    paces.flatMap((p) => (p.about.kind === 'commitment' ? [[p.about.id, p] as const] : [])),
  )
  const live = input.evaluated.filter(({ e }) => e.status !== 'dibatalkan')
  const overdue = live.filter(({ e }) => e.status === 'lewat_tenggat')
  const behind = live.filter(({ e }) => e.status === 'terlambat' || e.status === 'perlu_perhatian')
  // Commitments with a sentence of their own carry their pace and forecast in it.
  const spoken = new Set([...overdue.slice(0, 3), ...behind.slice(0, 3)].map(({ c }) => c.id))
  // The pace a target or commitment still needs, where it is a matter for the meeting.
  const paceLines = paces.filter((p) => {
    if (['reached', 'cancelled', 'no_data'].includes(p.verdict)) return false
    if (p.about.kind === 'commitment') return !spoken.has(p.about.id)
    // A passed deadline with the gap already said adds nothing.
    return !(
      ['deadline_passed', 'due_today'].includes(p.verdict) &&
      gapSaid.has(`${p.regionId}|${p.about.segment}`)
    )
  })
  const byId = new Map(live.map((x) => [x.c.id, x]))
  for (const p of paceLines.slice(0, 3)) {
    const x = p.about.kind === 'commitment' ? byId.get(p.about.id) : undefined
    const forecast = x ? forecastText(x.e, 'id', { unknown: false }) : null
    points.push(`${p.label}: ${p.text}${forecast ? ` ${forecast}.` : ''}`)
  }
  for (const { c, e } of overdue.slice(0, 3)) {
    const pace = paceOf.get(c.id)
    const still = pace?.remainingText ? `, masih kurang ${pace.remainingText}` : ''
    points.push(
      `Komitmen "${c.title}" (${input.regionName(c.regionId)}) sudah lewat tenggat ${formatDate(c.deadline)} dan belum tercapai${e.progressShown !== null ? `; kemajuan ${formatPercent(e.progressShown * 100, 'id', 0)}` : ''}${still}.`,
    )
  }
  for (const { c, e } of behind.slice(0, 3)) {
    const pace = paceOf.get(c.id)
    const progress = progressWords(e)
    const forecast = forecastText(e, 'id', { unknown: false })
    points.push(
      `Komitmen "${c.title}" (${input.regionName(c.regionId)}) tertinggal dari jalurnya (tenggat ${formatDate(c.deadline)})${progress ? `: ${progress}` : ''}${pace && pace.verdict !== 'no_data' ? `; ${pace.text.replace(/\.$/, '')}` : ''}.${forecast ? ` ${forecast}.` : ''}`,
    )
  }
  if (behind.length > 3)
    points.push(
      `${formatNumber(behind.length - 3)} komitmen lain juga tertinggal dari jalurnya: ${listOf(
        behind.slice(3).map(({ c }) => `${c.title} (${input.regionName(c.regionId)})`),
        3,
      )}.`,
    )
  const reached = live.filter(({ e }) => e.status === 'tercapai')
  for (const { c, e } of reached.slice(0, 3)) {
    points.push(
      `Komitmen "${c.title}" (${input.regionName(c.regionId)}) tercapai${e.reachedLate ? ', namun sesudah tenggat' : ''}${e.latest ? `: ${latestValue(c, e.latest.value)} per ${formatDate(e.latest.date)}` : ''}.`,
    )
  }
  const noData = live.filter(({ e }) => e.status === 'belum_ada_data' || e.status === 'data_usang')
  if (noData.length)
    points.push(
      `${formatNumber(noData.length)} komitmen belum punya pengukuran terbaru; minta data ke perangkat daerah penanggung jawab.`,
    )
  if (input.regionsWithoutData.length) {
    const total = input.regencyCount ? ` dari ${formatNumber(input.regencyCount)}` : ''
    points.push(
      `${formatNumber(input.regionsWithoutData.length)}${total} kabupaten/kota belum punya data cakupan tercatat per ${formatDate(input.asOf)}: ${listOf(input.regionsWithoutData, 5)}.`,
    )
  }
  if (input.carriedCount)
    points.push(
      `${formatNumber(input.carriedCount)} tindak lanjut dari kegiatan sebelumnya dalam seri ini masih terbuka.`,
    )
  if (!points.length)
    points.push(
      `Belum ada data cakupan maupun komitmen tercatat untuk wilayah kegiatan ini per ${formatDate(input.asOf)}.`,
    )
  return points
}
