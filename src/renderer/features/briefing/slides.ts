/**
 * Presenter slides from the same BriefingModel as the PDF: title, summary figures, talking
 * points, the two charts, commitments, and one slide per regency. Pure.
 */
import type { BriefingModel, CommitmentView, FigureView, ProfileView } from './pack-model'
import type { PackCharts } from './pack-chart-data'

export type Slide =
  | { kind: 'title'; title: string; subtitle: string; lines: string[] }
  | { kind: 'figures'; title: string; figures: FigureView[] }
  | { kind: 'points'; title: string; points: string[] }
  | { kind: 'regionChart'; title: string; chart: NonNullable<PackCharts['byRegion']> }
  | { kind: 'trendChart'; title: string; chart: NonNullable<PackCharts['trend']> }
  | { kind: 'commitments'; title: string; commitments: CommitmentView[] }
  | {
      kind: 'profile'
      title: string
      profile: ProfileView
      /** The figures and talking points on this slide; a long profile continues on the next. */
      figures: FigureView[]
      points: string[]
    }
  | { kind: 'list'; title: string; points: string[] }

// How much goes on one slide before it continues on the next ("(lanjutan)"). The presenter
// also shrinks type (within limits) to fit the box, and scrolls as a last resort, so these
// only need to keep the type large, not to be exact.
const COMMITMENTS_PER_SLIDE = 4
const POINTS_PER_SLIDE = 5
const LIST_PER_SLIDE = 8
const PROFILE_FIGURES = 3
/** Points beside the figures on a profile's first slide. */
const PROFILE_POINTS_FIRST = 3

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const continued = (title: string, i: number) => (i === 0 ? title : `${title} (lanjutan)`)

export function buildSlides(m: BriefingModel): Slide[] {
  const slides: Slide[] = [
    {
      kind: 'title',
      title: m.meeting.title,
      subtitle: m.meeting.kindLabel,
      lines: [m.meeting.dateLabel, m.meeting.venue, `Data per ${m.asOfLabel}`].filter(Boolean),
    },
  ]
  if (m.headlines.length)
    slides.push({ kind: 'figures', title: 'Ringkasan', figures: m.headlines.slice(0, 4) })
  chunks(m.talkingPoints, POINTS_PER_SLIDE).forEach((points, i) =>
    slides.push({ kind: 'points', title: continued('Pokok pembicaraan', i), points }),
  )
  if (m.charts.byRegion)
    slides.push({ kind: 'regionChart', title: m.charts.byRegion.title, chart: m.charts.byRegion })
  if (m.charts.trend)
    slides.push({ kind: 'trendChart', title: m.charts.trend.title, chart: m.charts.trend })
  chunks(m.commitments, COMMITMENTS_PER_SLIDE).forEach((commitments, i) =>
    slides.push({ kind: 'commitments', title: continued('Komitmen', i), commitments }),
  )
  for (const p of m.profiles) {
    const figures = p.figures.slice(0, PROFILE_FIGURES)
    const first = figures.length ? PROFILE_POINTS_FIRST : POINTS_PER_SLIDE
    slides.push({
      kind: 'profile',
      title: p.regionName,
      profile: p,
      figures,
      points: p.points.slice(0, first),
    })
    chunks(p.points.slice(first), POINTS_PER_SLIDE).forEach((points, i) =>
      slides.push({
        kind: 'profile',
        title: continued(p.regionName, i + 1),
        profile: p,
        figures: [],
        points,
      }),
    )
  }
  if (m.sections.paritrana && m.paritrana)
    chunks(m.paritrana.points, POINTS_PER_SLIDE).forEach((points, i) =>
      slides.push({ kind: 'points', title: continued('Kesiapan Paritrana', i), points }),
    )
  chunks(m.regionsWithoutData, LIST_PER_SLIDE).forEach((points, i) =>
    slides.push({
      kind: 'list',
      title: continued('Kabupaten/kota tanpa data tercatat', i),
      points,
    }),
  )
  return slides
}

/** Keyboard: arrows, PageUp/PageDown, Space, Home/End move; returns the new index or null. */
export function nextIndex(key: string, index: number, total: number): number | null {
  const clamp = (i: number) => Math.max(0, Math.min(total - 1, i))
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
      return clamp(index + 1)
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return clamp(index - 1)
    case 'Home':
      return 0
    case 'End':
      return total - 1
    default:
      return null
  }
}

/**
 * The colour of a commitment's status and of its bar on a slide: green only when it is
 * achieved or on track; a late or overdue one is red, never green, whatever its progress.
 */
export function statusTone(
  status: CommitmentView['status'],
): 'good' | 'late' | 'attention' | 'none' {
  switch (status) {
    case 'tercapai':
    case 'sesuai_jalur':
      return 'good'
    case 'terlambat':
    case 'lewat_tenggat':
      return 'late'
    case 'perlu_perhatian':
    case 'data_usang':
      return 'attention'
    default:
      return 'none'
  }
}
