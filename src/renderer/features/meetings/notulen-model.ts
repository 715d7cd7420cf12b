/**
 * The filled notulen in words, from what was recorded for the meeting: who came (and whom a
 * representative stood in for), the agenda with the outcome of each item, decisions, action
 * items with owner and due date, the commitments made at the meeting, the open action items
 * of the series carried over, and the corrections made after final. Pure; always Indonesian
 * (the notulen is a document for Indonesian officials, like the briefing pack).
 */
import type { NotulenModel } from '../briefing'
import { formatDate, formatDateTime, formatNumber, formatPercent } from '../../../shared/format'
import { toInstant } from '../../../shared/time'
import type { Attendance, Commitment, Presence } from '../../db/types'
import { isLive } from '../../db/live'
import { meetings as messages } from '../../i18n/messages/meetings'
import { carriedOverActions, meetingDateLabel, sortedAgenda } from '../../domain/meeting-logic'
import { correctionText, isFinal, presenceCounts, presenceOf } from '../../domain/minutes-logic'
import { indexStakeholders, institutionOf } from '../../domain/stakeholder-logic'
import { compareInstants } from '../../../shared/time'
import type { NotulenSource } from './queries'

const words = messages.id

const PRESENCE_ORDER: Record<Presence | 'open', number> = {
  hadir: 0,
  diwakili: 1,
  tidak_hadir: 2,
  open: 3,
}

function presenceText(a: Attendance): string {
  const p = presenceOf(a)
  const uninvited = a.invited === 0 && (p === 'hadir' || p === 'diwakili')
  const text =
    p === 'hadir'
      ? 'Hadir'
      : p === 'diwakili'
        ? a.representative
          ? `Diwakili oleh ${a.representative}`
          : 'Diwakili (nama wakil tidak dicatat)'
        : p === 'tidak_hadir'
          ? 'Tidak hadir'
          : 'Belum dicatat'
  return uninvited ? `${text} (tanpa undangan)` : text
}

/** "Target 61.120 orang (menambah 20.000), tenggat 31 Desember 2024". */
export function commitmentTargetText(c: Commitment): string {
  const deadline = `tenggat ${formatDate(c.deadline, 'id')}`
  if (c.kind === 'milestone') {
    const last = c.stages[c.stages.length - 1]
    return `${last ? `Sampai tahap "${last}"` : 'Tonggak'}, ${deadline}`
  }
  const value = (v: number) =>
    c.kind === 'percent' ? formatPercent(v, 'id') : `${formatNumber(v, 'id')} orang`
  const increase =
    c.pledge === 'increase' && c.increase ? `menambah ${formatNumber(c.increase, 'id')}` : ''
  const target = c.targetValue !== null ? `Target ${value(c.targetValue)}` : ''
  const head =
    target && increase ? `${target} (${increase})` : target || increase || 'Target belum dicatat'
  return `${head}, ${deadline}`
}

export function buildNotulenModel(
  source: NotulenSource,
  options: { now: Date; preparedBy: string },
): NotulenModel {
  const { meeting } = source
  const index = indexStakeholders(source.stakeholders)
  const attendance = source.attendance.filter(isLive)
  const counts = presenceCounts(attendance)
  const commitments = new Map(source.commitments.map((c) => [c.id, c]))
  const regionName = new Map(
    [...source.regions.filter((r) => !!r), ...source.commitmentRegions].map((r) => [
      r!.id,
      r!.name,
    ]),
  )
  const nameOf = (a: Attendance) => index.get(a.stakeholderId)?.name ?? (a.note || '—')
  const roleOf = (a: Attendance) => {
    const s = index.get(a.stakeholderId)
    if (!s) return ''
    const inst = institutionOf(s, index)
    return s.kind === 'institution'
      ? ''
      : [s.position, inst && !s.position.includes(inst) ? inst : ''].filter(Boolean).join(' · ')
  }
  const rows = [...attendance].sort(
    (a, b) =>
      PRESENCE_ORDER[presenceOf(a) ?? 'open'] - PRESENCE_ORDER[presenceOf(b) ?? 'open'] ||
      nameOf(a).localeCompare(nameOf(b), 'id'),
  )
  const summary = attendance.length
    ? [
        `${formatNumber(counts.present + counts.represented, 'id')} dari ${formatNumber(counts.listed, 'id')} dalam daftar hadir (${formatNumber(counts.present, 'id')} langsung, ${formatNumber(counts.represented, 'id')} diwakili)`,
        `${formatNumber(counts.absent, 'id')} tidak hadir`,
        ...(counts.open ? [`${formatNumber(counts.open, 'id')} belum dicatat`] : []),
        `${formatNumber(counts.invited, 'id')} diundang`,
        ...(counts.uninvited
          ? [`${formatNumber(counts.uninvited, 'id')} hadir tanpa undangan`]
          : []),
      ].join('; ') + '.'
    : 'Belum ada undangan tercatat.'
  const byCreation = <T extends { createdAt: string }>(xs: T[]) =>
    xs.filter(isLive as (x: T) => boolean).sort((a, b) => compareInstants(a.createdAt, b.createdAt))
  const final = isFinal(meeting)
  const regionNames = meeting.regionIds.map((id) => regionName.get(id) ?? id)
  return {
    title: meeting.title,
    kindLabel: words.kinds[meeting.kind],
    dateLabel: meetingDateLabel(meeting, 'id'),
    venue: meeting.venue,
    organiser: meeting.organiser,
    regionsLabel:
      regionNames.length > 6
        ? `${regionNames.slice(0, 5).join(', ')} dan ${formatNumber(regionNames.length - 5, 'id')} wilayah lain`
        : regionNames.join(', '),
    seriesName: meeting.seriesName,
    final,
    statusLine: final
      ? `Final, ditetapkan ${meeting.finalisedAt ? formatDateTime(meeting.finalisedAt, 'id') : ''} oleh ${meeting.finalisedBy || '—'}`
      : 'Draf, belum ditetapkan final',
    attendanceSummary: summary,
    attendance: rows.map((a) => ({ name: nameOf(a), role: roleOf(a), presence: presenceText(a) })),
    agenda: sortedAgenda(source.agenda).map((a, i) => ({
      number: String(i + 1),
      title: a.title,
      detail: [
        a.presenter ? `Penyaji: ${a.presenter}` : '',
        a.minutes ? `${formatNumber(a.minutes, 'id')} menit` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      outcome: a.outcome,
    })),
    decisions: byCreation(source.decisions).map((d) => ({
      text: d.text,
      commitment: d.commitmentId ? (commitments.get(d.commitmentId)?.title ?? 'tercatat') : '',
    })),
    actions: byCreation(source.actions).map((a) => ({
      text: a.commitmentId
        ? `${a.text} (menjadi komitmen: ${commitments.get(a.commitmentId)?.title ?? 'tercatat'})`
        : a.text,
      owner: a.owner,
      due: a.dueDate ? formatDate(a.dueDate, 'id') : 'tanpa batas waktu',
      status: words.actions.statuses[a.status],
    })),
    commitments: source.commitments
      .filter((c) => c.lifecycle !== 'dibatalkan')
      .sort((a, b) => compareInstants(a.createdAt, b.createdAt))
      .map((c) => ({
        title: c.title,
        region: regionName.get(c.regionId) ?? c.regionId,
        target: commitmentTargetText(c),
        madeBy: [c.madeByName, c.madeByPosition].filter(Boolean).join(', '),
      })),
    carriedNote: meeting.seriesId
      ? 'Tidak ada tindak lanjut terbuka dari kegiatan sebelumnya dalam seri ini.'
      : 'Kegiatan ini tidak termasuk seri, sehingga tidak ada tindak lanjut yang terbawa.',
    carried: carriedOverActions(source.series, source.seriesActions, meeting).map(
      ({ item, fromMeeting }) => ({
        text: item.text,
        owner: item.owner,
        due: item.dueDate ? formatDate(item.dueDate, 'id') : 'tanpa batas waktu',
        from: `${fromMeeting.title} (${meetingDateLabel(fromMeeting, 'id')})`,
      }),
    ),
    corrections: (meeting.corrections ?? []).map((c) => ({
      when: formatDateTime(c.at, 'id'),
      who: c.by || '—',
      what: correctionText(c, 'id'),
      reason: c.reason,
    })),
    preparedLabel: `disusun ${options.preparedBy ? `oleh ${options.preparedBy}, ` : ''}${formatDateTime(toInstant(options.now), 'id')}`,
    creationDate: toInstant(options.now),
  }
}

/** "notulen-rakor-triwulan-iv-2026-final.pdf": safe on every file system. */
export function notulenFileName(title: string, final: boolean): string {
  const slug = title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
  return `notulen-${slug || 'kegiatan'}-${final ? 'final' : 'draf'}.pdf`
}
