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
  | { kind: 'profile'; title: string; profile: ProfileView }
  | { kind: 'list'; title: string; points: string[] }

const COMMITMENTS_PER_SLIDE = 6

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
  slides.push({ kind: 'points', title: 'Pokok pembicaraan', points: m.talkingPoints.slice(0, 6) })
  if (m.charts.byRegion)
    slides.push({ kind: 'regionChart', title: m.charts.byRegion.title, chart: m.charts.byRegion })
  if (m.charts.trend)
    slides.push({ kind: 'trendChart', title: m.charts.trend.title, chart: m.charts.trend })
  for (let i = 0; i < m.commitments.length; i += COMMITMENTS_PER_SLIDE) {
    slides.push({
      kind: 'commitments',
      title: 'Komitmen',
      commitments: m.commitments.slice(i, i + COMMITMENTS_PER_SLIDE),
    })
  }
  for (const p of m.profiles) slides.push({ kind: 'profile', title: p.regionName, profile: p })
  if (m.regionsWithoutData.length)
    slides.push({
      kind: 'list',
      title: 'Kabupaten/kota tanpa data tercatat',
      points: m.regionsWithoutData,
    })
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
