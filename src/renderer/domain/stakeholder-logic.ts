/**
 * Pure rules of the stakeholder directory: how a person is named with their institution,
 * and how a committee's seats are ordered (chair, secretary, members). Shared by the
 * directory screens, the meeting's attendee list and the briefing pack.
 */
import type { Committee, CommitteeMember, Stakeholder } from '../db/types'
import { STAKEHOLDER_CATEGORIES } from '../db/types'
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

/** A set of people to invite in one action: a committee's seats, or a group of the directory. */
export interface InviteGroup {
  key: string
  kind: 'committee' | 'sekda_kabkota' | 'disnaker_kabkota' | 'category'
  /** The committee's name, or the category for a category group. */
  name: string
  /** Live directory records to invite, in reading order (chair first for a committee). */
  memberIds: string[]
  /** Committee seats with nobody from the directory in them (vacant or not recorded). */
  vacantSeats: number
}

const isRegencyOrCity = (regionId: string | null) => !!regionId && regionId.includes('.')
const SEKDA = /\b(sekretaris daerah|sekda)\b/i
const HEAD = /\bkepala\b/i

/**
 * The groups the invitation list offers: every committee (Tim 9…), the Sekda of the
 * kabupaten/kota (people of a regional government, in a regency or city, whose position is
 * Sekretaris Daerah), the heads of the kabupaten/kota labour offices, and everybody of a
 * category. People only: an institution is invited on its own. Groups with nobody in them
 * are kept, so the list says who is still missing from the directory.
 */
export function inviteGroups(stakeholders: Stakeholder[], committees: Committee[]): InviteGroup[] {
  const people = stakeholders.filter((s) => isLive(s) && s.kind === 'person')
  const live = new Map(stakeholders.filter(isLive).map((s) => [s.id, s]))
  const byName = (a: Stakeholder, b: Stakeholder) => a.name.localeCompare(b.name, 'id')
  const groups: InviteGroup[] = []
  for (const c of committees.filter(isLive)) {
    const seats = orderedSeats(c)
    const ids = [
      ...new Set(
        seats.map((m) => m.stakeholderId).filter((id): id is string => !!id && live.has(id)),
      ),
    ]
    groups.push({
      key: `committee:${c.id}`,
      kind: 'committee',
      name: c.name,
      memberIds: ids,
      vacantSeats: seats.filter((m) => !m.stakeholderId || !live.has(m.stakeholderId)).length,
    })
  }
  const derived = (kind: InviteGroup['kind'], name: string, rows: Stakeholder[]) =>
    groups.push({
      key: `${kind}:${name}`,
      kind,
      name,
      memberIds: [...rows].sort(byName).map((s) => s.id),
      vacantSeats: 0,
    })
  derived(
    'sekda_kabkota',
    '',
    people.filter(
      (s) => s.category === 'pemda' && isRegencyOrCity(s.regionId) && SEKDA.test(s.position),
    ),
  )
  derived(
    'disnaker_kabkota',
    '',
    people.filter(
      (s) => s.category === 'disnakertrans' && isRegencyOrCity(s.regionId) && HEAD.test(s.position),
    ),
  )
  const categories = [...new Set(people.map((s) => s.category))]
  for (const category of STAKEHOLDER_CATEGORIES.filter((c) => categories.includes(c)))
    derived(
      'category',
      category,
      people.filter((s) => s.category === category),
    )
  return groups
}

/** Who of a group is new on the list, and how many are on it already (live rows). */
export function planInvitations(
  group: Pick<InviteGroup, 'memberIds'>,
  listed: readonly { stakeholderId: string; deletedAt?: string }[],
): { add: string[]; already: number } {
  const onList = new Set(listed.filter(isLive).map((r) => r.stakeholderId))
  const add = group.memberIds.filter((id) => !onList.has(id))
  return { add, already: group.memberIds.length - add.length }
}
