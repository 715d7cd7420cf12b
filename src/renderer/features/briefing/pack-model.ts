/**
 * The briefing pack's content as plain data: every number already computed and formatted in
 * id-ID, every talking point already a sentence. The PDF builder, the presenter slides and
 * the tests all read this one model, so paper, projector and tests agree. Pure.
 *
 * The pack is an Indonesian document (it is handed to Indonesian officials), whatever the
 * UI language.
 */
import type { CommitmentStatus } from '../../domain/progress'
import { byUrgency, evaluateCommitment } from '../../domain/progress'
import { commitments as commitmentMessages } from '../../i18n/messages/commitments'
import { common } from '../../i18n/messages/common'
import { meetings as meetingMessages } from '../../i18n/messages/meetings'
import { stakeholders as stakeholderMessages } from '../../i18n/messages/stakeholders'
import {
  coverageRatio,
  effectiveDate,
  latestPerRegion,
  memberCount,
  pickPrimary,
} from '../../domain/coverage-math'
import type {
  Commitment,
  CoverageObservation,
  CoverageTarget,
  Meeting,
  Region,
  Segment,
} from '../../db/types'
import { carriedOverActions, meetingDateLabel, sortedAgenda } from '../../domain/meeting-logic'
import { indexStakeholders, institutionOf, orderedSeats } from '../../domain/stakeholder-logic'
import { buildChartData, type PackCharts } from './pack-chart-data'
import { formatDate, formatNumber, formatPercent } from '../../../shared/format'
import { shareNoun, shareText as formatShare } from '../../domain/figure-text'
import { settingString, type PackSource } from './pack-source'
import { paceSentence, talkingPoints } from './talking-points'
import {
  paceForCommitment,
  paceForTarget,
  remainingText as remainingWords,
  type PaceResult,
} from '../../domain/pace'
import { checkQuality, QUALITY_RULES, type QualityIssue, type Severity } from '../../domain/quality'
import { issuesAbout, namedMessage, regionsOfIssue } from '../quality'
import { isLive } from '../../db/live'
import { paritranaPackSection, type ParitranaPackSection } from '../../domain/paritrana-pack'

export const PACK_SECTIONS = [
  'cover',
  'summary',
  'coverage',
  'charts',
  'commitments',
  'profiles',
  'paritrana',
  'agenda',
  'invitees',
  'actions',
  'attendanceSheet',
  'minutes',
] as const
export type PackSection = (typeof PACK_SECTIONS)[number]
export type SectionChoice = Record<PackSection, boolean>
export const ALL_SECTIONS: SectionChoice = Object.fromEntries(
  PACK_SECTIONS.map((s) => [s, true]),
) as SectionChoice

export const SECTION_TITLES: Record<PackSection, string> = {
  cover: 'Sampul',
  summary: 'Ringkasan',
  coverage: 'Cakupan kepesertaan per kabupaten/kota',
  charts: 'Grafik cakupan',
  commitments: 'Komitmen wilayah',
  profiles: 'Profil kabupaten/kota',
  paritrana: 'Kesiapan Paritrana',
  agenda: 'Agenda',
  invitees: 'Daftar undangan',
  actions: 'Tindak lanjut terbuka dari kegiatan sebelumnya',
  attendanceSheet: 'Daftar hadir',
  minutes: 'Notulen',
}

const SEG = common.id.segments
const MEASURE = common.id.measures
const BASE_KIND = common.id.baseKinds
const STATUS = commitmentMessages.id.status

export interface FigureView {
  regionId: string
  regionName: string
  segment: Segment
  /** "Penerima Upah (PU) · terdaftar" */
  seriesLabel: string
  period: string
  periodLabel: string
  /** "cakupan 46,44%", "capaian 96,9%" (a share of a target population) or "41.120 orang" */
  valueText: string
  /** What the share is called: "capaian" for a target population, otherwise "cakupan". */
  shareNoun: string
  percent: number | null
  countText: string
  /** What it is a share of: "basis tidak disebut sumber (pekerja penerima upah (formal))". */
  baseText: string
  sourceText: string
  asOfText: string
}

export interface PaceView {
  regionId: string
  /** "Target Kabupaten Balangan 2025 (64.000 pekerja, Bappenas)" or 'Komitmen "…" (…)'. */
  label: string
  /** The headline of the pace and what it rests on, in one sentence. */
  text: string
  verdict: PaceResult['verdict']
  /** What the pace is of: a target (region · segment) or one commitment. */
  about: { kind: 'target'; segment: Segment } | { kind: 'commitment'; id: string }
  /** Still to go, in words ("2.345 pekerja", "5 poin"); null when reached or unknown. */
  remainingText: string | null
}

export interface CommitmentView {
  id: string
  regionId: string
  title: string
  regionName: string
  status: CommitmentStatus
  statusLabel: string
  progressShown: number | null
  progressText: string
  latestText: string
  targetText: string
  deadlineText: string
}

export interface ProfileView {
  regionId: string
  regionName: string
  kindLabel: string
  figures: FigureView[]
  targets: string[]
  commitments: CommitmentView[]
  points: string[]
}

export interface BriefingModel {
  meeting: {
    id: string
    title: string
    kindLabel: string
    dateLabel: string
    venue: string
    organiser: string
    seriesName: string
  }
  preparedBy: string
  office: string
  asOf: string
  asOfLabel: string
  /** ISO instant pinned into the PDF's creation date: same inputs, same file. */
  creationDate: string
  scopeLabel: string
  filtersLabel: string
  sections: SectionChoice
  headlines: FigureView[]
  /**
   * Required pace of the targets and commitments in scope against the current one, most
   * pressing first: "Target Kabupaten Balangan 2025 (64.000 pekerja, Bappenas): tenggat … ".
   */
  paces: PaceView[]
  /** Data-quality flags on the figures, commitments and measurements the pack uses (appendix). */
  dataNotes: { severity: Severity; severityLabel: string; text: string }[]
  talkingPoints: string[]
  coverageRows: (FigureView | { regionId: string; regionName: string; empty: true })[]
  charts: PackCharts
  commitments: CommitmentView[]
  profiles: ProfileView[]
  regionsWithoutData: string[]
  agenda: { order: number; title: string; presenter: string; minutesText: string }[]
  agendaTotalText: string
  invitees: { name: string; position: string; institution: string; attended: boolean | null }[]
  carriedActions: { text: string; owner: string; dueText: string; fromTitle: string }[]
  previousMeetingTitle: string | null
  committees: { name: string; seats: { role: string; seat: string; holder: string }[] }[]
  /** The "Kesiapan Paritrana" section (features/paritrana); null when the scope has no regency. */
  paritrana: ParitranaPackSection | null
}

export interface PackOptions {
  meetingId: string
  /** ISO date the pack's data is taken as of (figures and measurements after it are ignored). */
  asOf: string
  sections?: Partial<SectionChoice>
  preparedBy?: string
}

export class PackError extends Error {}

const SEGMENT_ORDER: Segment[] = [
  'semua',
  'pu',
  'bpu',
  'jakon',
  'pmi',
  'honorer',
  'perangkat_desa',
  'pekerja_rentan',
]
/** Every segment a coverage figure can have; the loader reads each one's newest figures per region. */
export const PACK_SEGMENTS: readonly Segment[] = SEGMENT_ORDER

/**
 * How many of the newest figures (by period) per region and segment the pack considers. The
 * latest per series and the one before it (for "naik 1,2 poin dari …") are all a pack shows;
 * a monthly series would otherwise mean reading 60 months for each of 514 regencies. A
 * figure of another base older than the newest four of its segment counts as superseded.
 */
export const COVERAGE_WINDOW = 4

const byPeriodThenIdDesc = (a: CoverageObservation, b: CoverageObservation) =>
  a.period < b.period ? 1 : a.period > b.period ? -1 : a.id < b.id ? 1 : a.id > b.id ? -1 : 0

/**
 * The figures a pack works from, per region: per segment the newest COVERAGE_WINDOW valid on
 * asOf, in the order a reverse index cursor over [regionId+segment+period] gives them, so
 * the app (which reads exactly these) and the command line (which reads a whole backup) agree.
 */
export function coverageWindow(
  coverage: readonly CoverageObservation[],
  scopeIds: ReadonlySet<string>,
  asOf: string,
): Map<string, CoverageObservation[]> {
  const groups = new Map<string, CoverageObservation[]>()
  for (const o of coverage) {
    if (!scopeIds.has(o.regionId) || effectiveDate(o) > asOf) continue
    const key = `${o.regionId}|${o.segment}`
    const g = groups.get(key)
    if (g) g.push(o)
    else groups.set(key, [o])
  }
  const byRegion = new Map<string, CoverageObservation[]>()
  for (const g of groups.values()) {
    const kept = g.sort(byPeriodThenIdDesc).slice(0, COVERAGE_WINDOW)
    const regionId = kept[0]!.regionId
    byRegion.set(regionId, [...(byRegion.get(regionId) ?? []), ...kept])
  }
  return byRegion
}

/** The regions whose whole history the trend chart draws: the provinces in scope, else the first regency. */
export function trendRegionIds(scope: Region[]): string[] {
  const provinces = scope.filter((r) => r.kind === 'provinsi')
  return (
    provinces.length ? provinces : scope.filter((r) => r.kind !== 'provinsi').slice(0, 1)
  ).map((r) => r.id)
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>()
  for (const row of rows) {
    const k = key(row)
    const g = out.get(k)
    if (g) g.push(row)
    else out.set(k, [row])
  }
  return out
}

/** Regions in scope: the meeting's own, with every regency and city of a province in it. */
export function scopeRegions(regions: Region[], regionIds: string[]): Region[] {
  const byId = new Map(regions.map((r) => [r.id, r]))
  const childrenOf = groupBy(
    regions.filter((r) => r.parentId),
    (r) => r.parentId!,
  )
  const ids = new Set<string>()
  for (const id of regionIds) {
    const r = byId.get(id)
    if (!r) continue
    ids.add(id)
    if (r.kind === 'provinsi') for (const child of childrenOf.get(id) ?? []) ids.add(child.id)
  }
  return [...ids].map((id) => byId.get(id)!).sort((a, b) => a.id.localeCompare(b.id))
}

export function regionDisplayName(r: Region): string {
  if (r.kind === 'kota') return r.name.startsWith('Kota ') ? r.name : `Kota ${r.name}`
  if (r.kind === 'kabupaten') return r.name.startsWith('Kab') ? r.name : `Kabupaten ${r.name}`
  return r.name
}

/**
 * The base as kind and label, each said once: "peserta terdaftar", not "peserta terdaftar:
 * peserta terdaftar"; "target Bappenas", not "target populasi: target Bappenas"; "angkatan
 * kerja, termasuk ASN, TNI dan Polri". The kind leads only when the label does not already say
 * what kind of base it is.
 */
export function baseKindAndLabel(kind: string, label: string): string {
  const l = label.trim()
  if (!l) return kind
  const lower = l.toLocaleLowerCase('id')
  const kindWords = kind.split(/[\s/]+/).filter((w) => w.length > 3)
  if (kind.includes(lower)) return kind
  if (lower.includes(kind)) return l
  // "target populasi" and "target Bappenas" share "target"; "pekerja yang wajib/eligible" and
  // "pekerja yang wajib terdaftar" share "wajib": the label alone is clearer.
  if (kindWords.some((w) => lower.includes(w.toLocaleLowerCase('id')) && w !== 'pekerja')) return l
  return `${kind}: ${l}`
}

export function figureView(o: CoverageObservation, regionName: string): FigureView {
  const ratio = coverageRatio(o)
  const members = memberCount(o)
  const baseWords = baseKindAndLabel(BASE_KIND[o.baseKind].toLowerCase(), o.baseLabel)
  const baseText = o.baseSize !== null ? `${baseWords} (${formatNumber(o.baseSize)})` : baseWords
  const countText =
    members.value === null ? '—' : `${members.estimated ? '± ' : ''}${formatNumber(members.value)}`
  return {
    regionId: o.regionId,
    regionName,
    segment: o.segment,
    seriesLabel: `${SEG[o.segment]} · ${MEASURE[o.measure]}`,
    period: o.period,
    periodLabel: formatPeriodId(o.period),
    shareNoun: shareNoun(o.baseKind, 'id'),
    valueText:
      ratio.percent !== null
        ? `${shareNoun(o.baseKind, 'id')} ${formatShare(ratio)}`
        : members.value !== null
          ? `${formatNumber(members.value)} orang`
          : '—',
    percent: ratio.percent,
    countText,
    baseText,
    sourceText: [o.sourceInstitution, o.sourceDocument].filter(Boolean).join(' — '),
    asOfText: formatDate(effectiveDate(o)),
  }
}

function formatPeriodId(p: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(p)
  if (!m) return p
  return formatDate(`${p}-01`).replace(/^1 /, '')
}

function sortFigures<T extends { segment: Segment; period: string }>(figures: T[]): T[] {
  return [...figures].sort(
    (a, b) =>
      SEGMENT_ORDER.indexOf(a.segment) - SEGMENT_ORDER.indexOf(b.segment) ||
      b.period.localeCompare(a.period),
  )
}

export function buildBriefingModel(source: PackSource, options: PackOptions): BriefingModel {
  const meeting = source.meetings.find((m) => m.id === options.meetingId)
  if (!meeting) throw new PackError(`Kegiatan ${options.meetingId} tidak ditemukan.`)
  const sections: SectionChoice = { ...ALL_SECTIONS, ...options.sections }
  const asOf = options.asOf
  const scope = scopeRegions(source.regions, meeting.regionIds)
  const scopeIds = new Set(scope.map((r) => r.id))
  const nameOf = new Map(source.regions.map((r) => [r.id, regionDisplayName(r)]))
  const name = (id: string) => nameOf.get(id) ?? id

  const windowed = coverageWindow(source.coverage, scopeIds, asOf)
  const latest = latestPerRegion([...windowed.values()].flat(), asOf)
  const byRegion = groupBy(latest, (o) => o.regionId)
  const targetsBy = groupBy(
    source.targets.filter((t) => scopeIds.has(t.regionId)),
    (t) => t.regionId,
  )

  const provinces = scope.filter((r) => r.kind === 'provinsi')
  const regencies = scope.filter((r) => r.kind !== 'provinsi')
  const headlineRegions = provinces.length ? provinces : regencies
  const headlines = sortFigures(headlineRegions.flatMap((r) => byRegion.get(r.id) ?? []))
    .slice(0, 6)
    .map((o) => figureView(o, name(o.regionId)))

  const coverageRows: BriefingModel['coverageRows'] = []
  for (const r of scope) {
    const figures = sortFigures(byRegion.get(r.id) ?? [])
    if (!figures.length) coverageRows.push({ regionId: r.id, regionName: name(r.id), empty: true })
    for (const o of figures) coverageRows.push(figureView(o, name(r.id)))
  }

  const measurementsBy = groupBy(source.measurements, (m) => m.commitmentId)
  const evaluated = source.commitments
    .filter((c) => scopeIds.has(c.regionId))
    .map((c) => ({ c, e: evaluateCommitment(c, measurementsBy.get(c.id) ?? [], asOf) }))
    .sort((a, b) => byUrgency(a.e, b.e) || a.c.title.localeCompare(b.c.title, 'id'))
  const commitments: CommitmentView[] = evaluated.map(({ c, e }) => ({
    id: c.id,
    regionId: c.regionId,
    title: c.title,
    regionName: name(c.regionId),
    status: e.status,
    statusLabel: STATUS[e.status],
    progressShown: e.progressShown,
    progressText: e.progressShown === null ? '—' : formatPercent(e.progressShown * 100, 'id', 0),
    latestText: e.latest
      ? `${c.kind === 'milestone' ? (c.stages[e.latest.value] ?? '') : c.kind === 'percent' ? formatPercent(e.latest.value) : formatNumber(e.latest.value, 'id', 2)} (${formatDate(e.latest.date)})`
      : 'belum ada pengukuran',
    targetText:
      c.kind === 'milestone'
        ? (c.stages[c.stages.length - 1] ?? '')
        : c.targetValue === null
          ? '—'
          : c.kind === 'percent'
            ? formatPercent(c.targetValue)
            : formatNumber(c.targetValue),
    deadlineText: formatDate(c.deadline),
  }))

  const allPaces = packPaces(source, scope, windowed, evaluated, name, asOf)
  const paces = allPaces.slice(0, PACE_LINES)
  const commitmentsBy = groupBy(commitments, (c) => c.regionId)
  const evaluatedBy = groupBy(evaluated, ({ c }) => c.regionId)
  const profiles: ProfileView[] = []
  const regionsWithoutData: string[] = []
  for (const r of regencies) {
    const figures = sortFigures(byRegion.get(r.id) ?? []).map((o) => figureView(o, name(r.id)))
    const regionCommitments = commitmentsBy.get(r.id) ?? []
    const targets = [...(targetsBy.get(r.id) ?? [])]
      .sort((a, b) => b.year - a.year)
      .map(
        (t) =>
          `${SEG[t.segment]} ${t.year}: ${t.unit === 'percent' ? formatPercent(t.value) : `${formatNumber(t.value)} orang`} (${t.setBy === 'bappenas' ? 'Bappenas' : t.setBy}; ${t.sourceDocument})`,
      )
    if (!figures.length && !regionCommitments.length && !targets.length) {
      regionsWithoutData.push(name(r.id))
      continue
    }
    profiles.push({
      regionId: r.id,
      regionName: name(r.id),
      kindLabel: common.id.regionKinds[r.kind],
      figures,
      targets,
      commitments: regionCommitments,
      points: talkingPoints({
        paces: allPaces.filter((p) => p.regionId === r.id),
        figures: byRegion.get(r.id) ?? [],
        allCoverage: windowed.get(r.id) ?? [],
        targets: targetsBy.get(r.id) ?? [],
        evaluated: evaluatedBy.get(r.id) ?? [],
        regionName: name,
        asOf,
        regionsWithoutData: [],
        carriedCount: 0,
      }),
    })
  }

  const index = indexStakeholders(source.stakeholders)
  const invitees = source.attendance
    .filter((a) => a.meetingId === meeting.id && (a.invited === 1 || a.attended === 1))
    .map((a) => {
      const s = index.get(a.stakeholderId)
      return {
        name: s?.name ?? a.note,
        position: s?.kind === 'person' ? s.position : '',
        institution: s ? institutionOf(s, index) : a.note,
        attended: a.attended === 1,
      }
    })
    .sort(
      (x, y) =>
        x.institution.localeCompare(y.institution, 'id') || x.name.localeCompare(y.name, 'id'),
    )

  const carried = carriedOverActions(source.meetings, source.actionItems, meeting)
  const previous = carried.length ? carried[carried.length - 1]!.fromMeeting : null
  const agenda = sortedAgenda(source.agendaItems.filter((a) => a.meetingId === meeting.id)).map(
    (a, i) => ({
      order: i + 1,
      title: a.title,
      presenter: a.presenter,
      minutesText: a.minutes === null ? '' : `${formatNumber(a.minutes)} menit`,
    }),
  )
  const totalMinutes = source.agendaItems
    .filter((a) => a.meetingId === meeting.id)
    .reduce((s, a) => s + (a.minutes ?? 0), 0)

  const points = talkingPoints({
    paces: paces.filter((p) => headlineRegions.some((r) => r.id === p.regionId)),
    figures: headlineRegions.flatMap((r) => byRegion.get(r.id) ?? []),
    allCoverage: headlineRegions.flatMap((r) => windowed.get(r.id) ?? []),
    targets: headlineRegions.flatMap((r) => targetsBy.get(r.id) ?? []),
    evaluated,
    regionName: name,
    asOf,
    regionsWithoutData: provinces.length
      ? regencies.filter((r) => !byRegion.get(r.id)?.length).map((r) => name(r.id))
      : [],
    regencyCount: regencies.length,
    carriedCount: carried.length,
  })

  const committees = source.committees
    .filter((c) => c.regionId === null || scopeIds.has(c.regionId))
    .map((c) => ({
      name: c.name,
      seats: orderedSeats(c).map((m) => ({
        role: stakeholderMessages.id.committees.roles[m.role],
        seat: m.seat,
        holder: m.stakeholderId ? (index.get(m.stakeholderId)?.name ?? '') : '',
      })),
    }))

  const scopeLabel = scopeText(meeting, scope, name)
  const asOfLabel = formatDate(asOf)
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      kindLabel: meetingMessages.id.kinds[meeting.kind],
      dateLabel: meetingDateLabel(meeting, 'id'),
      venue: meeting.venue,
      organiser: meeting.organiser,
      seriesName: meeting.seriesName,
    },
    preparedBy: options.preparedBy ?? settingString(source, 'userName'),
    office: settingString(source, 'office'),
    asOf,
    asOfLabel,
    creationDate: `${asOf}T00:00:00.000Z`,
    scopeLabel,
    filtersLabel: `Wilayah: ${scopeLabel} · Data per ${asOfLabel}`,
    sections,
    paritrana: paritranaPackSection(source, [...scopeIds], asOf),
    headlines,
    paces,
    dataNotes: packDataNotes(source, scopeIds, windowed, [...latest], nameOf, asOf),
    talkingPoints: points,
    coverageRows,
    charts: buildChartData(
      latest,
      scope,
      name,
      trendHistory(source.coverage, trendRegionIds(scope), asOf),
    ),
    commitments,
    profiles,
    regionsWithoutData,
    agenda,
    agendaTotalText: totalMinutes ? `${formatNumber(totalMinutes)} menit` : '',
    invitees,
    carriedActions: carried.map(({ item, fromMeeting }) => ({
      text: item.text,
      owner: item.owner,
      dueText: item.dueDate ? formatDate(item.dueDate) : 'tanpa batas waktu',
      fromTitle: `${fromMeeting.title} (${meetingDateLabel(fromMeeting, 'id')})`,
    })),
    previousMeetingTitle: previous ? previous.title : null,
    committees,
  }
}

const SEVERITY_LABEL: Record<Severity, string> = {
  impossible: 'Mustahil',
  warning: 'Periksa',
  info: 'Info',
}

/**
 * The flags of domain/quality.ts that touch a figure shown, or a commitment in scope, checked
 * over the figures the pack works from (the newest COVERAGE_WINDOW per region and segment).
 */
/** A figure older than this on the pack's data date is named in "Catatan data" (two years). */
export const STALE_FIGURE_DAYS = 730

function packDataNotes(
  source: PackSource,
  scopeIds: ReadonlySet<string>,
  windowed: Map<string, CoverageObservation[]>,
  shown: CoverageObservation[],
  names: ReadonlyMap<string, string>,
  asOf: string,
): BriefingModel['dataNotes'] {
  const commitments = source.commitments.filter((c) => isLive(c) && scopeIds.has(c.regionId))
  const ids = new Set(commitments.map((c) => c.id))
  const measurements = source.measurements.filter((m) => ids.has(m.commitmentId))
  // The figures the pack works from (the same from the app's reads and from a backup).
  const checked = {
    coverage: [...windowed.values()].flat(),
    targets: source.targets.filter((t) => scopeIds.has(t.regionId)),
    commitments,
    measurements,
  }
  const issues = checkQuality(checked, { stale: { asOf, maxAgeDays: STALE_FIGURE_DAYS } })
  const about = issuesAbout(issues, [
    ...shown.map((o) => ({ table: 'coverage' as const, id: o.id })),
    ...commitments.map((c) => ({ table: 'commitments' as const, id: c.id })),
    ...measurements.map((m) => ({ table: 'measurements' as const, id: m.id })),
  ])
  return condenseNotes(about, regionsOfIssue(checked), names)
}

/** Notes of one rule written out in full before the rest are summed up in one line. */
export const NOTES_PER_RULE = 3
/** Regions named in that line before "dan N lainnya". */
const REGIONS_NAMED = 8

/**
 * The pack's notes: each rule's first NOTES_PER_RULE issues in full, then (when two or more
 * are left) one line for the rest that counts them and names their regions ("… dan 31 catatan lain 'Angka terlalu lama'
 * untuk …"), so a national pack does not fill pages with the same sentence 514 times. The
 * Kualitas data screen keeps every issue.
 */
export function condenseNotes(
  issues: readonly QualityIssue[],
  regionsOf: (issue: QualityIssue) => string[],
  names: ReadonlyMap<string, string>,
): BriefingModel['dataNotes'] {
  const byRule = groupBy(issues, (i) => i.ruleId)
  const out: BriefingModel['dataNotes'] = []
  for (const [ruleId, group] of byRule) {
    // A line that sums up a single note says less than the note: write it out.
    const full = group.length > NOTES_PER_RULE + 1 ? NOTES_PER_RULE : group.length
    for (const issue of group.slice(0, full))
      out.push({
        severity: issue.severity,
        severityLabel: SEVERITY_LABEL[issue.severity],
        text: namedMessage(issue, 'id', names),
      })
    const rest = group.slice(full)
    if (!rest.length) continue
    const regions = [...new Set(rest.flatMap(regionsOf))]
      .map((id) => names.get(id) ?? id)
      .sort((a, b) => a.localeCompare(b, 'id'))
    const title = QUALITY_RULES.find((r) => r.id === ruleId)?.title.id ?? ruleId
    const named = regions.slice(0, REGIONS_NAMED).join(', ')
    const more = regions.length - REGIONS_NAMED
    const where = regions.length
      ? ` untuk ${formatNumber(regions.length)} wilayah: ${named}${more > 0 ? ` dan ${formatNumber(more)} lainnya` : ''}`
      : ''
    out.push({
      severity: rest[0]!.severity,
      severityLabel: SEVERITY_LABEL[rest[0]!.severity],
      text: `Dan ${formatNumber(rest.length)} catatan lain "${title}"${where}. Daftar lengkapnya ada di layar Kualitas data.`,
    })
  }
  return out
}

const PACE_URGENCY: PaceResult['verdict'][] = [
  'deadline_passed',
  'due_today',
  'falling',
  'not_moving',
  'not_enough',
  'no_current_pace',
  'enough',
  'no_data',
  'reached',
  'cancelled',
]

/** At most this many pace lines in the summary; the profiles hold the rest. */
export const PACE_LINES = 8

/**
 * Pace of each region's latest target per segment and of each live count or percent
 * commitment in scope, most pressing first. The current pace of a target is read from the
 * figures the pack works from (the newest COVERAGE_WINDOW per segment).
 */
function packPaces(
  source: PackSource,
  scope: Region[],
  windowed: Map<string, CoverageObservation[]>,
  evaluated: { c: Commitment; e: { status: string } }[],
  name: (id: string) => string,
  asOf: string,
): PaceView[] {
  const scopeIds = new Set(scope.map((r) => r.id))
  const latestTargets = new Map<string, CoverageTarget>()
  for (const t of source.targets) {
    if (t.deletedAt || !scopeIds.has(t.regionId)) continue
    const key = `${t.regionId}|${t.segment}`
    const had = latestTargets.get(key)
    if (!had || t.year > had.year || (t.year === had.year && t.updatedAt > had.updatedAt))
      latestTargets.set(key, t)
  }
  const out: PaceView[] = []
  for (const t of latestTargets.values()) {
    const pace = paceForTarget(t, windowed.get(t.regionId) ?? [], asOf)
    const label = `Target ${SEG[t.segment].toLowerCase()} ${name(t.regionId)} ${t.year} (${t.unit === 'percent' ? formatPercent(t.value) : `${formatNumber(t.value)} pekerja`}, ${SETTER[t.setBy]})`
    out.push({
      regionId: t.regionId,
      label,
      text: paceSentence(pace),
      verdict: pace.verdict,
      about: { kind: 'target', segment: t.segment },
      remainingText: remainingWords(pace),
    })
  }
  const measurementsBy = groupBy(source.measurements, (m) => m.commitmentId)
  for (const { c } of evaluated) {
    if (c.lifecycle === 'dibatalkan') continue
    const pace = paceForCommitment(c, measurementsBy.get(c.id) ?? [], asOf)
    if (!pace) continue
    out.push({
      regionId: c.regionId,
      label: `Komitmen "${c.title}" (${name(c.regionId)})`,
      text: paceSentence(pace),
      verdict: pace.verdict,
      about: { kind: 'commitment', id: c.id },
      remainingText: remainingWords(pace),
    })
  }
  return out.sort(
    (a, b) =>
      PACE_URGENCY.indexOf(a.verdict) - PACE_URGENCY.indexOf(b.verdict) ||
      a.label.localeCompare(b.label, 'id'),
  )
}

const SETTER: Record<CoverageTarget['setBy'], string> = {
  bappenas: 'Bappenas',
  inpres: 'Inpres 2/2021',
  provinsi: 'provinsi',
  kabupaten_kota: 'kabupaten/kota',
  bpjs: 'BPJS Ketenagakerjaan',
  lainnya: 'lainnya',
}

/** The trend chart's regions' figures valid on asOf, whole history (the loader reads exactly these). */
function trendHistory(
  coverage: readonly CoverageObservation[],
  regionIds: string[],
  asOf: string,
): CoverageObservation[] {
  const ids = new Set(regionIds)
  return coverage.filter((o) => ids.has(o.regionId) && effectiveDate(o) <= asOf)
}

function scopeText(meeting: Meeting, scope: Region[], name: (id: string) => string): string {
  const provinces = scope.filter((r) => r.kind === 'provinsi')
  const others = scope.length - provinces.length
  if (provinces.length === 1 && meeting.regionIds.length <= others + 1)
    return `${name(provinces[0]!.id)} (${formatNumber(others)} kabupaten/kota)`
  if (scope.length <= 3) return scope.map((r) => name(r.id)).join(', ') || 'tidak ditentukan'
  return `${formatNumber(provinces.length)} provinsi, ${formatNumber(others)} kabupaten/kota`
}

/** A one-line name of the primary figure for a region, used by charts and slides. */
export function primaryFigure(figures: CoverageObservation[]): CoverageObservation | null {
  return pickPrimary(figures)
}
