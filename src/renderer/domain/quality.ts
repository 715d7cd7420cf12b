/**
 * Data-quality checks: one pure rule set over plain arrays of coverage figures, targets,
 * commitments and measurements. Each rule has an id, a severity and a title; each issue it
 * finds has a message in Indonesian and English and the records involved.
 *
 * Severities:
 * - 'impossible': the value cannot be true (negative, not a number, a base of zero). The app
 *   refuses it: not saved, not used in a pack (see `refuses`).
 * - 'warning': possible but suspect; shown beside the figure, never silently fixed. Coverage
 *   over 100 % is a warning (sources round, bases are estimates), not a refusal.
 * - 'info': worth knowing, not wrong (over 100 % of a target population: the target is passed).
 *
 * Deleted records (deletedAt set) are not checked. Regions are named by id; the screens put
 * names on them.
 */
import type {
  Commitment,
  CommitmentMeasurement,
  CoverageObservation,
  CoverageTarget,
  Segment,
} from '../db/types'
import { coverageRatio, effectiveDate, memberCount } from './coverage-math'
import {
  formatDate,
  formatNumber,
  formatPercent,
  formatPeriod,
  type Locale,
} from '../../shared/format'
import { enteredBefore, monthsBetween, type Words } from './pace'
import { isLive } from '../db/live'

/** A period in words: "2023", "Februari 2023". */
const per = (period: string, l: Locale): string => formatPeriod(period, l)

export type Severity = 'impossible' | 'warning' | 'info'

export const SEVERITY_ORDER: readonly Severity[] = ['impossible', 'warning', 'info']

export type QualityTable = 'coverage' | 'targets' | 'commitments' | 'measurements'

export interface RecordRef {
  table: QualityTable
  id: string
}

export type QualityRuleId =
  | 'impossible_number'
  | 'over_base'
  | 'active_above_registered'
  | 'parts_exceed_whole'
  | 'missing_source'
  | 'measurement_other_segment'
  | 'same_day_measurements'
  | 'measurement_before_baseline'
  | 'jump'
  | 'stale_figure'

export interface QualityIssue {
  ruleId: QualityRuleId
  severity: Severity
  message: Words
  records: RecordRef[]
}

export interface QualityData {
  coverage?: readonly CoverageObservation[]
  targets?: readonly CoverageTarget[]
  commitments?: readonly Commitment[]
  measurements?: readonly CommitmentMeasurement[]
}

export interface QualityOptions {
  /** A change is a jump above this many times the median change of the series (default 3). */
  jumpFactor?: number
  /** Other changes a series needs before a jump is judged (default 3, so 5 figures). */
  jumpMinHistory?: number
  /** With both set, figures whose data date is older than maxAgeDays on asOf are flagged. */
  stale?: { asOf: string; maxAgeDays: number }
}

export const DEFAULT_JUMP_FACTOR = 3
export const DEFAULT_JUMP_MIN_HISTORY = 3

interface Context {
  coverage: CoverageObservation[]
  targets: CoverageTarget[]
  commitments: Commitment[]
  measurements: CommitmentMeasurement[]
  jumpFactor: number
  jumpMinHistory: number
  stale: QualityOptions['stale'] | null
}

export interface QualityRule {
  id: QualityRuleId
  /** The rule's usual severity; an issue may be milder (over 100 % of a target is info). */
  severity: Severity
  title: Words
  check: (ctx: Context) => QualityIssue[]
}

// ---------------------------------------------------------------------------------------------
// Words

const SEGMENT_WORDS: Record<Segment, Words> = {
  semua: { id: 'semua pekerja', en: 'all workers' },
  pu: { id: 'PU', en: 'PU (wage earners)' },
  bpu: { id: 'BPU', en: 'BPU (non-wage earners)' },
  jakon: { id: 'Jasa Konstruksi', en: 'construction' },
  pmi: { id: 'PMI', en: 'migrant workers' },
  honorer: { id: 'tenaga honorer', en: 'honorary staff' },
  perangkat_desa: { id: 'perangkat desa', en: 'village officials' },
  pekerja_rentan: { id: 'pekerja rentan', en: 'vulnerable workers' },
}
const MEASURE_WORDS = {
  registered: { id: 'terdaftar', en: 'registered' },
  active: { id: 'aktif', en: 'active' },
}

/** Builds the message in both languages from one function of the locale. */
const both = (f: (l: Locale, id: boolean) => string): Words => ({
  id: f('id', true),
  en: f('en', false),
})
const num = (v: number, l: Locale) => formatNumber(v, l)
const pct = (v: number, l: Locale) => formatPercent(v, l, 1)
const seg = (s: Segment, l: Locale) => SEGMENT_WORDS[s][l]
/** "63.11, 2025, semua pekerja, terdaftar" */
const where = (
  f: Pick<CoverageObservation, 'regionId' | 'period' | 'segment' | 'measure'>,
  l: Locale,
) => `${f.regionId}, ${per(f.period, l)}, ${seg(f.segment, l)}, ${MEASURE_WORDS[f.measure][l]}`

const ref = (table: QualityTable, id: string): RecordRef => ({ table, id })
const live = <T extends { deletedAt?: string }>(rows: readonly T[] | undefined): T[] =>
  (rows ?? []).filter(isLive)
const blank = (s: string | null | undefined) => !s || !s.trim()
const normal = (s: string) => s.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ')

/** Latest of several figures: by data date, then last updated. */
const newest = (a: CoverageObservation, b: CoverageObservation) =>
  effectiveDate(a) !== effectiveDate(b)
    ? effectiveDate(a) > effectiveDate(b)
      ? a
      : b
    : a.updatedAt >= b.updatedAt
      ? a
      : b

function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>()
  for (const r of rows) {
    const k = key(r)
    const list = m.get(k)
    if (list) list.push(r)
    else m.set(k, [r])
  }
  return m
}

// ---------------------------------------------------------------------------------------------
// Rules

const bad = (v: number | null) => v !== null && (!Number.isFinite(v) || v < 0)

const impossibleNumber: QualityRule = {
  id: 'impossible_number',
  severity: 'impossible',
  title: { id: 'Angka mustahil', en: 'Impossible number' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    const issue = (
      table: QualityTable,
      id: string,
      label: (l: Locale) => string,
      field: string,
      value: number | null,
      why?: Words,
    ) =>
      out.push({
        ruleId: 'impossible_number',
        severity: 'impossible',
        records: [ref(table, id)],
        message:
          why ??
          both((l, id) =>
            id
              ? `${label(l)}: ${field} bernilai ${String(value)}. Jumlah dan persentase tidak mungkin negatif atau bukan angka.`
              : `${label(l)}: ${field} is ${String(value)}. Counts and shares cannot be negative or not a number.`,
          ),
      })
    for (const f of ctx.coverage) {
      for (const field of ['count', 'baseSize', 'statedPercent'] as const)
        if (bad(f[field])) issue('coverage', f.id, (l) => where(f, l), field, f[field])
      if (f.baseSize === 0)
        issue(
          'coverage',
          f.id,
          (l) => where(f, l),
          'baseSize',
          0,
          both((l, id) =>
            id
              ? `${where(f, l)}: basis 0 pekerja; tidak ada persentase dari basis kosong.`
              : `${where(f, l)}: a base of 0 workers; no share of an empty base exists.`,
          ),
        )
    }
    for (const t of ctx.targets)
      if (bad(t.value))
        issue(
          'targets',
          t.id,
          (l) => `Target ${t.regionId} ${t.year} (${seg(t.segment, l)})`,
          'value',
          t.value,
        )
    for (const c of ctx.commitments)
      for (const field of ['baselineValue', 'targetValue'] as const)
        if (bad(c[field])) issue('commitments', c.id, () => `"${c.title}"`, field, c[field])
    for (const m of ctx.measurements)
      for (const field of ['value', 'stageIndex'] as const)
        if (bad(m[field]))
          issue('measurements', m.id, (l) => formatDate(m.date, l), field, m[field])
    return out
  },
}

const overBase: QualityRule = {
  id: 'over_base',
  severity: 'warning',
  title: { id: 'Lebih dari 100 % basis', en: 'Over 100 % of the base' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    for (const f of ctx.coverage) {
      if (bad(f.count) || bad(f.baseSize) || bad(f.statedPercent)) continue
      const share = coverageRatio(f)
      if (share.percent === null || share.percent <= 100) continue
      const passedTarget = f.baseKind === 'target'
      const p = share.percent
      const amounts = (l: Locale) =>
        share.origin === 'computed'
          ? `${num(f.count!, l)} ${l === 'id' ? 'dari basis' : 'of a base of'} ${num(f.baseSize!, l)} = ${pct(p, l)}`
          : `${pct(p, l)} ${l === 'id' ? 'menurut sumber' : 'as stated'}`
      out.push({
        ruleId: 'over_base',
        severity: passedTarget ? 'info' : 'warning',
        records: [ref('coverage', f.id)],
        message: both((l, id) =>
          passedTarget
            ? id
              ? `${where(f, l)}: ${amounts(l)} dari target populasi; target terlampaui.`
              : `${where(f, l)}: ${amounts(l)} of a target population; the target is passed.`
            : id
              ? `${where(f, l)}: ${amounts(l)}, lebih dari 100 % basis "${f.baseLabel}". Periksa jumlah dan basisnya.`
              : `${where(f, l)}: ${amounts(l)}, over 100 % of the base "${f.baseLabel}". Check the count and the base.`,
        ),
      })
    }
    for (const t of ctx.targets)
      if (t.unit === 'percent' && Number.isFinite(t.value) && t.value > 100)
        out.push({
          ruleId: 'over_base',
          severity: 'warning',
          records: [ref('targets', t.id)],
          message: both((l, id) =>
            id
              ? `Target ${t.regionId} ${t.year} (${seg(t.segment, l)}) sebesar ${pct(t.value, l)}: lebih dari 100 %.`
              : `Target for ${t.regionId} ${t.year} (${seg(t.segment, l)}) of ${pct(t.value, l)}: over 100 %.`,
          ),
        })
    for (const c of ctx.commitments)
      if (c.kind === 'percent' && c.targetValue !== null && c.targetValue > 100)
        out.push({
          ruleId: 'over_base',
          severity: 'warning',
          records: [ref('commitments', c.id)],
          message: both((l, id) =>
            id
              ? `Komitmen "${c.title}": target ${pct(c.targetValue!, l)}, lebih dari 100 %.`
              : `Commitment "${c.title}": a target of ${pct(c.targetValue!, l)}, over 100 %.`,
          ),
        })
    return out
  },
}

const activeAboveRegistered: QualityRule = {
  id: 'active_above_registered',
  severity: 'warning',
  title: { id: 'Aktif melebihi terdaftar', en: 'Active above registered' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    const groups = groupBy(ctx.coverage, (f) => `${f.regionId}|${f.period}|${f.segment}`)
    for (const figures of groups.values()) {
      const registered = figures.filter((f) => f.measure === 'registered')
      const active = figures.filter((f) => f.measure === 'active')
      for (const a of active) {
        // By count: active members are a subset of registered members, whatever the base.
        const withCount = registered.filter((r) => r.count !== null && Number.isFinite(r.count))
        const most = withCount.reduce<CoverageObservation | null>(
          (m, r) => (m === null || r.count! > m.count! ? r : m),
          null,
        )
        if (a.count !== null && most && a.count > most.count!) {
          out.push({
            ruleId: 'active_above_registered',
            severity: 'warning',
            records: [ref('coverage', a.id), ref('coverage', most.id)],
            message: both((l, id) =>
              id
                ? `${a.regionId}, ${per(a.period, l)}, ${seg(a.segment, l)}: ${num(a.count!, l)} peserta aktif, lebih banyak dari ${num(most.count!, l)} terdaftar. Peserta aktif adalah bagian dari yang terdaftar.`
                : `${a.regionId}, ${per(a.period, l)}, ${seg(a.segment, l)}: ${num(a.count!, l)} active members, more than the ${num(most.count!, l)} registered. Active members are a subset of registered ones.`,
            ),
          })
          continue
        }
        // By share, only over one and the same base.
        if (a.baseKind === 'peserta_terdaftar' || a.baseKind === 'tidak_disebut') continue
        const ap = coverageRatio(a).percent
        for (const r of registered) {
          const rp = coverageRatio(r).percent
          const sameBase =
            r.baseKind === a.baseKind &&
            normal(r.baseLabel) === normal(a.baseLabel) &&
            r.baseSize === a.baseSize
          if (ap === null || rp === null || !sameBase || ap <= rp) continue
          out.push({
            ruleId: 'active_above_registered',
            severity: 'warning',
            records: [ref('coverage', a.id), ref('coverage', r.id)],
            message: both((l, id) =>
              id
                ? `${a.regionId}, ${per(a.period, l)}, ${seg(a.segment, l)}: ${pct(ap, l)} aktif, lebih dari ${pct(rp, l)} terdaftar atas basis yang sama.`
                : `${a.regionId}, ${per(a.period, l)}, ${seg(a.segment, l)}: ${pct(ap, l)} active, above ${pct(rp, l)} registered on the same base.`,
            ),
          })
          break
        }
      }
    }
    return out
  },
}

/** Segments that do not overlap and together make up all workers. Target groups overlap them. */
export const DISJOINT_SEGMENTS: readonly Segment[] = ['pu', 'bpu', 'jakon', 'pmi']

const partsExceedWhole: QualityRule = {
  id: 'parts_exceed_whole',
  severity: 'warning',
  title: { id: 'Bagian melebihi keseluruhan', en: 'Parts exceed the whole' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    const counted = ctx.coverage.filter((f) => f.count !== null && Number.isFinite(f.count))
    const groups = groupBy(counted, (f) => `${f.regionId}|${f.period}|${f.measure}|${f.baseKind}`)
    for (const figures of groups.values()) {
      const bySegment = new Map<Segment, CoverageObservation>()
      for (const f of figures) {
        const cur = bySegment.get(f.segment)
        bySegment.set(f.segment, cur ? newest(cur, f) : f)
      }
      const whole = bySegment.get('semua')
      if (!whole) continue
      const parts = DISJOINT_SEGMENTS.flatMap((s) => bySegment.get(s) ?? [])
      const sum = parts.reduce((s, f) => s + f.count!, 0)
      if (parts.length && sum > whole.count!)
        out.push({
          ruleId: 'parts_exceed_whole',
          severity: 'warning',
          records: [ref('coverage', whole.id), ...parts.map((f) => ref('coverage', f.id))],
          message: both((l, id) => {
            const list = parts.map((f) => `${seg(f.segment, l)} ${num(f.count!, l)}`).join(' + ')
            return id
              ? `${whole.regionId}, ${per(whole.period, l)} (${MEASURE_WORDS[whole.measure][l]}): ${list} = ${num(sum, l)}, lebih dari ${num(whole.count!, l)} semua pekerja.`
              : `${whole.regionId}, ${per(whole.period, l)} (${MEASURE_WORDS[whole.measure][l]}): ${list} = ${num(sum, l)}, more than the ${num(whole.count!, l)} of all workers.`
          }),
        })
      for (const [s, f] of bySegment) {
        if (s === 'semua' || DISJOINT_SEGMENTS.includes(s) || f.count! <= whole.count!) continue
        out.push({
          ruleId: 'parts_exceed_whole',
          severity: 'warning',
          records: [ref('coverage', whole.id), ref('coverage', f.id)],
          message: both((l, id) =>
            id
              ? `${f.regionId}, ${per(f.period, l)}: ${num(f.count!, l)} ${seg(s, l)}, lebih dari ${num(whole.count!, l)} semua pekerja.`
              : `${f.regionId}, ${per(f.period, l)}: ${num(f.count!, l)} ${seg(s, l)}, more than the ${num(whole.count!, l)} of all workers.`,
          ),
        })
      }
    }
    return out
  },
}

const missingSource: QualityRule = {
  id: 'missing_source',
  severity: 'warning',
  title: { id: 'Tanpa sumber', en: 'No source' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    const push = (table: QualityTable, id: string, severity: Severity, message: Words) =>
      out.push({ ruleId: 'missing_source', severity, records: [ref(table, id)], message })
    for (const f of ctx.coverage) {
      if (!blank(f.sourceDocument)) continue
      const institution = !blank(f.sourceInstitution)
      push(
        'coverage',
        f.id,
        institution ? 'info' : 'warning',
        both((l, id) =>
          institution
            ? id
              ? `${where(f, l)}: dokumen sumber tidak dicatat (hanya lembaga: ${f.sourceInstitution.trim()}).`
              : `${where(f, l)}: no source document recorded (institution only: ${f.sourceInstitution.trim()}).`
            : id
              ? `${where(f, l)}: tanpa sumber. Catat dokumen dan lembaga sumber angka ini.`
              : `${where(f, l)}: no source. Record the document and institution this figure comes from.`,
        ),
      )
    }
    for (const t of ctx.targets)
      if (blank(t.sourceDocument))
        push(
          'targets',
          t.id,
          'warning',
          both((l, id) =>
            id
              ? `Target ${t.regionId} ${t.year} (${seg(t.segment, l)}): tanpa sumber.`
              : `Target for ${t.regionId} ${t.year} (${seg(t.segment, l)}): no source.`,
          ),
        )
    const titles = new Map(ctx.commitments.map((c) => [c.id, c.title]))
    for (const m of ctx.measurements)
      if (blank(m.source))
        push(
          'measurements',
          m.id,
          'warning',
          both((l, id) =>
            id
              ? `Pengukuran ${formatDate(m.date, l)} untuk "${titles.get(m.commitmentId) ?? m.commitmentId}": tanpa sumber.`
              : `Measurement of ${formatDate(m.date, l)} for "${titles.get(m.commitmentId) ?? m.commitmentId}": no source.`,
          ),
        )
    for (const c of ctx.commitments)
      if (c.baselineValue !== null && blank(c.baselineSource))
        push(
          'commitments',
          c.id,
          'warning',
          both((l, id) =>
            id
              ? `Komitmen "${c.title}": baseline ${num(c.baselineValue!, l)} tanpa sumber.`
              : `Commitment "${c.title}": baseline ${num(c.baselineValue!, l)} has no source.`,
          ),
        )
    return out
  },
}

/**
 * The coverage figures a measurement was most likely taken from. A measurement has no link to
 * a figure and no segment of its own, so the link is inferred: same region as the commitment,
 * same source (document text, case and spacing ignored), same value (a count, or a share for
 * a percent commitment), and dated the same day or within the figure's period.
 */
export function figuresBehindMeasurement(
  m: CommitmentMeasurement,
  c: Commitment,
  coverage: readonly CoverageObservation[],
): CoverageObservation[] {
  if (m.value === null || blank(m.source)) return []
  return coverage.filter((f) => {
    if (f.deletedAt || f.regionId !== c.regionId) return false
    if (normal(f.sourceDocument) !== normal(m.source)) return false
    const value = c.kind === 'percent' ? coverageRatio(f).percent : memberCount(f).value
    if (value === null || Math.abs(value - m.value!) > 1e-9 * Math.max(1, Math.abs(value)))
      return false
    return effectiveDate(f) === m.date || m.date.startsWith(f.period)
  })
}

const measurementOtherSegment: QualityRule = {
  id: 'measurement_other_segment',
  severity: 'warning',
  title: { id: 'Diukur dengan angka segmen lain', en: 'Measured with a figure of another segment' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    const byId = new Map(ctx.commitments.map((c) => [c.id, c]))
    for (const m of ctx.measurements) {
      const c = byId.get(m.commitmentId)
      if (!c || c.kind === 'milestone' || c.segment === null) continue
      const figures = figuresBehindMeasurement(m, c, ctx.coverage)
      if (!figures.length || figures.some((f) => f.segment === c.segment)) continue
      const segments = [...new Set(figures.map((f) => f.segment))]
      out.push({
        ruleId: 'measurement_other_segment',
        severity: 'warning',
        records: [
          ref('measurements', m.id),
          ref('commitments', c.id),
          ...figures.map((f) => ref('coverage', f.id)),
        ],
        message: both((l, id) => {
          const value = c.kind === 'percent' ? pct(m.value!, l) : num(m.value!, l)
          const others = segments.map((s) => seg(s, l)).join(', ')
          return id
            ? `Pengukuran ${value} per ${formatDate(m.date, l)} untuk komitmen ${seg(c.segment!, l)} "${c.title}" sama dengan angka ${others} dari sumber yang sama. Status komitmen bisa keliru: catat angka ${seg(c.segment!, l)}.`
            : `The measurement ${value} on ${formatDate(m.date, l)} for the ${seg(c.segment!, l)} commitment "${c.title}" equals the ${others} figure from the same source. The commitment's status may be wrong: record the ${seg(c.segment!, l)} figure.`
        }),
      })
    }
    return out
  },
}

const sameDayMeasurements: QualityRule = {
  id: 'same_day_measurements',
  severity: 'warning',
  title: { id: 'Dua pengukuran pada satu hari', en: 'Two measurements on one day' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    const titles = new Map(ctx.commitments.map((c) => [c.id, c.title]))
    for (const ms of groupBy(ctx.measurements, (m) => `${m.commitmentId}|${m.date}`).values()) {
      if (ms.length < 2) continue
      const ordered = [...ms].sort(enteredBefore)
      const winner = ordered[ordered.length - 1]!
      const shown = (m: CommitmentMeasurement, l: Locale) =>
        m.value !== null ? num(m.value, l) : m.stageIndex !== null ? `#${m.stageIndex}` : '—'
      out.push({
        ruleId: 'same_day_measurements',
        severity: 'warning',
        records: ordered.map((m) => ref('measurements', m.id)),
        message: both((l, id) =>
          id
            ? `${ms.length} pengukuran pada ${formatDate(winner.date, l)} untuk "${titles.get(winner.commitmentId) ?? winner.commitmentId}": yang dimasukkan terakhir (${shown(winner, l)}) dipakai, yang lain dianggap sudah dikoreksi.`
            : `${ms.length} measurements on ${formatDate(winner.date, l)} for "${titles.get(winner.commitmentId) ?? winner.commitmentId}": the one entered last (${shown(winner, l)}) counts, the others are taken as corrected.`,
        ),
      })
    }
    return out
  },
}

const measurementBeforeBaseline: QualityRule = {
  id: 'measurement_before_baseline',
  severity: 'info',
  title: { id: 'Pengukuran sebelum baseline', en: 'Measurement before the baseline' },
  check: (ctx) => {
    const byId = new Map(ctx.commitments.map((c) => [c.id, c]))
    return ctx.measurements.flatMap((m): QualityIssue[] => {
      const c = byId.get(m.commitmentId)
      if (!c?.baselineDate || m.date >= c.baselineDate) return []
      return [
        {
          ruleId: 'measurement_before_baseline',
          severity: 'info',
          records: [ref('measurements', m.id), ref('commitments', c.id)],
          message: both((l, id) =>
            id
              ? `Pengukuran ${formatDate(m.date, l)} untuk "${c.title}" lebih awal dari baseline ${formatDate(c.baselineDate!, l)}: ditampilkan, tidak dihitung dalam kemajuan.`
              : `The measurement of ${formatDate(m.date, l)} for "${c.title}" is before the baseline of ${formatDate(c.baselineDate!, l)}: shown, not counted in progress.`,
          ),
        },
      ]
    })
  },
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const s = [...values].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/**
 * A jump: between consecutive figures of one series (region · segment · measure · base, counts
 * and stated shares apart), a change per month (months as in pace.ts) more than `jumpFactor`
 * times the median absolute change per month of the series' other changes, judged only when
 * there are at least `jumpMinHistory` other changes and their median is above zero.
 */
const jump: QualityRule = {
  id: 'jump',
  severity: 'warning',
  title: { id: 'Lonjakan di luar riwayat', en: 'Jump outside the history' },
  check: (ctx) => {
    const out: QualityIssue[] = []
    type Pt = { f: CoverageObservation; date: string; value: number }
    const points: (Pt & { key: string })[] = []
    for (const f of ctx.coverage) {
      const quantity = f.count !== null ? 'count' : 'percent'
      const value = f.count ?? coverageRatio(f).percent
      if (value === null || !Number.isFinite(value)) continue
      const key = `${f.regionId}|${f.segment}|${f.measure}|${f.baseKind}|${normal(f.baseLabel)}|${quantity}`
      points.push({ f, date: effectiveDate(f), value, key })
    }
    for (const series of groupBy(points, (p) => p.key).values()) {
      const byDate = new Map<string, Pt>()
      for (const p of series) {
        const cur = byDate.get(p.date)
        if (!cur || newest(cur.f, p.f) === p.f) byDate.set(p.date, p)
      }
      const pts = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1))
      const changes = pts.slice(1).map((p, i) => {
        const prev = pts[i]!
        const change = p.value - prev.value
        return { prev, p, change, rate: change / monthsBetween(prev.date, p.date) }
      })
      if (changes.length < ctx.jumpMinHistory + 1) continue
      changes.forEach((c, i) => {
        const others = changes.filter((_, j) => j !== i).map((o) => Math.abs(o.rate))
        const med = median(others)
        if (med === null || med <= 0 || Math.abs(c.rate) <= ctx.jumpFactor * med) return
        const isCount = c.p.f.count !== null
        const amount = (v: number, l: Locale) =>
          isCount
            ? `${v > 0 ? '+' : v < 0 ? '−' : ''}${num(Math.abs(v), l)}`
            : `${v > 0 ? '+' : v < 0 ? '−' : ''}${formatNumber(Math.abs(v), l, 1)} ${l === 'id' ? 'poin' : 'pts'}`
        out.push({
          ruleId: 'jump',
          severity: 'warning',
          records: [ref('coverage', c.prev.f.id), ref('coverage', c.p.f.id)],
          message: both((l, id) =>
            id
              ? `${where(c.p.f, l)}: ${amount(c.change, l)} dari ${per(c.prev.f.period, l)} ke ${per(c.p.f.period, l)} (${amount(c.rate, l)}/bulan), lebih dari ${formatNumber(ctx.jumpFactor, l)}× median perubahan lain dalam riwayatnya (${amount(med, l)}/bulan). Periksa angka dan basisnya.`
              : `${where(c.p.f, l)}: ${amount(c.change, l)} from ${per(c.prev.f.period, l)} to ${per(c.p.f.period, l)} (${amount(c.rate, l)}/month), over ${formatNumber(ctx.jumpFactor, l)}× the median of its other changes (${amount(med, l)}/month). Check the figure and its base.`,
          ),
        })
      })
    }
    return out
  },
}

/** Whole days from a data date to asOf (both ISO dates or instants; date parts only). */
export function ageInDays(dataDate: string, asOf: string): number {
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10))
  return Math.round((day(asOf) - day(dataDate)) / 86_400_000)
}

/** True when a figure dated `dataDate` is older than `maxAgeDays` on `asOf`. */
export function isTooOld(dataDate: string, asOf: string, maxAgeDays: number): boolean {
  return ageInDays(dataDate, asOf) > maxAgeDays
}

/** A figure used in a pack on `asOf` whose data date is older than `maxAgeDays`; null when fresh. */
export function staleFigure(
  f: Pick<CoverageObservation, 'id' | 'regionId' | 'period' | 'segment' | 'measure' | 'asOfDate'>,
  asOf: string,
  maxAgeDays: number,
): QualityIssue | null {
  const date = effectiveDate(f)
  if (!isTooOld(date, asOf, maxAgeDays)) return null
  const days = ageInDays(date, asOf)
  return {
    ruleId: 'stale_figure',
    severity: 'warning',
    records: [ref('coverage', f.id)],
    message: both((l, id) =>
      id
        ? `${where(f, l)}: angka per ${formatDate(date, l)}, sudah ${num(days, l)} hari (batas ${num(maxAgeDays, l)} hari). Sebutkan tanggalnya atau perbarui angkanya.`
        : `${where(f, l)}: figure of ${formatDate(date, l)}, ${num(days, l)} days old (limit ${num(maxAgeDays, l)} days). Say its date or update it.`,
    ),
  }
}

const staleFigures: QualityRule = {
  id: 'stale_figure',
  severity: 'warning',
  title: { id: 'Angka terlalu lama', en: 'Figure too old' },
  check: (ctx) =>
    ctx.stale
      ? ctx.coverage.flatMap((f) => staleFigure(f, ctx.stale!.asOf, ctx.stale!.maxAgeDays) ?? [])
      : [],
}

export const QUALITY_RULES: readonly QualityRule[] = [
  impossibleNumber,
  overBase,
  activeAboveRegistered,
  partsExceedWhole,
  missingSource,
  measurementOtherSegment,
  sameDayMeasurements,
  measurementBeforeBaseline,
  jump,
  staleFigures,
]

/** Runs every rule; issues come most severe first, then in rule order. */
export function checkQuality(data: QualityData, options: QualityOptions = {}): QualityIssue[] {
  const ctx: Context = {
    coverage: live(data.coverage),
    targets: live(data.targets),
    commitments: live(data.commitments),
    measurements: live(data.measurements),
    jumpFactor: options.jumpFactor ?? DEFAULT_JUMP_FACTOR,
    jumpMinHistory: options.jumpMinHistory ?? DEFAULT_JUMP_MIN_HISTORY,
    stale: options.stale ?? null,
  }
  const issues = QUALITY_RULES.flatMap((rule) => rule.check(ctx))
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.issue.severity) - SEVERITY_ORDER.indexOf(b.issue.severity) ||
        a.i - b.i,
    )
    .map(({ issue }) => issue)
}

/** True when any issue is impossible: the data must not be saved or used as it is. */
export function refuses(issues: readonly QualityIssue[]): boolean {
  return issues.some((i) => i.severity === 'impossible')
}

/** The issues that involve one record. */
export function issuesFor(
  issues: readonly QualityIssue[],
  table: QualityTable,
  id: string,
): QualityIssue[] {
  return issues.filter((i) => i.records.some((r) => r.table === table && r.id === id))
}
