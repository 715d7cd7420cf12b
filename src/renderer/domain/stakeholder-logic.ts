/**
 * Pure rules of the stakeholder directory: how a person is named with their institution,
 * and how a committee's seats are ordered (chair, secretary, members). Shared by the
 * directory screens, the meeting's attendee list and the briefing pack.
 */
import type { Committee, CommitteeMember, Stakeholder } from '../db/types'
import { isLive } from '../db/live'

export type StakeholderIndex = Map<string, Stakeholder>

export function indexStakeholders(rows: Stakeholder[]): StakeholderIndex {
  return new Map(rows.map((s) => [s.id, s]))
}

/** The institution a person belongs to: the directory record's name, or the typed name. */
export function institutionOf(s: Stakeholder, index: StakeholderIndex): string {
  if (s.kind === 'institution') return s.name
  const inst = s.institutionId ? index.get(s.institutionId) : undefined
  return inst && isLive(inst) ? inst.name : s.institutionName
}

/** One line for lists: "Irfan Sayuti, Kepala Disnakertrans Kalsel (Dinas …)". */
export function stakeholderLine(s: Stakeholder, index: StakeholderIndex): string {
  if (s.kind === 'institution') return s.name
  const inst = institutionOf(s, index)
  const parts = [s.name, s.position].filter(Boolean).join(', ')
  return inst && !s.position.includes(inst) ? `${parts} (${inst})` : parts
}

const ROLE_ORDER: Record<CommitteeMember['role'], number> = { ketua: 0, sekretaris: 1, anggota: 2 }

/** Seats in the order they are read out: chair, secretary, then members as entered. */
export function orderedSeats(committee: Committee): CommitteeMember[] {
  return committee.members
    .map((m, i) => ({ m, i }))
    .sort((a, b) => ROLE_ORDER[a.m.role] - ROLE_ORDER[b.m.role] || a.i - b.i)
    .map(({ m }) => m)
}

/** Case- and accent-insensitive search over name, position and institution. */
export function matchesQuery(s: Stakeholder, index: StakeholderIndex, query: string): boolean {
  const q = fold(query.trim())
  if (!q) return true
  return fold([s.name, s.position, institutionOf(s, index)].join(' ')).includes(q)
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
