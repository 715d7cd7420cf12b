/**
 * The Inpres 2/2021 matrix: each regency's current standing per worker group, and the
 * sentences a briefing says about it ("baru 4 dari 13 kabupaten/kota melindungi tenaga
 * honorer"). Two kinds of knowledge are kept apart: per-region records (which name their
 * region) and province statements (a count without names, never spread over regions).
 * Pure: no React, Dexie or DOM.
 */
import type { InpresGroup, InpresStatement, InpresStatus, ProtectionStatus } from '../db/types'
import { isLive } from '../db/live'
import { formatDate, type Locale } from '../../shared/format'

export type Words = { id: string; en: string }

/** The group as a sentence names it. */
export const GROUP_NOUNS: Record<InpresGroup, Words> = {
  non_asn: { id: 'tenaga honorer (non-ASN)', en: 'honorary (non-civil-servant) staff' },
  perangkat_desa: { id: 'perangkat desa', en: 'village officials' },
  pekerja_rentan: { id: 'pekerja rentan', en: 'vulnerable workers' },
  penyelenggara_pemilu: {
    id: 'penyelenggara pemilu (badan ad hoc)',
    en: 'election workers (ad hoc bodies)',
  },
  pegawai_bumd: { id: 'pegawai BUMD', en: 'regional enterprise (BUMD) staff' },
  rt_rw: { id: 'pengurus RT/RW', en: 'RT/RW neighbourhood officers' },
  jakon_apbd: {
    id: 'pekerja jasa konstruksi proyek APBD',
    en: 'construction workers on APBD projects',
  },
  ptsp: {
    id: 'syarat kepesertaan aktif dalam perizinan PTSP',
    en: 'active membership as a PTSP licensing requirement',
  },
}

/** A KnownDate ('2023' or '2023-05-01') as a sentence says it. */
export function knownDateText(d: string, locale: Locale = 'id'): string {
  return d.length === 4 ? d : formatDate(d, locale)
}

/** The newest of two records for one region and group: later asOf, then later change. */
function newer(a: InpresStatus, b: InpresStatus): InpresStatus {
  if (a.asOf !== b.asOf) return a.asOf > b.asOf ? a : b
  return a.updatedAt >= b.updatedAt ? a : b
}

const cellKey = (regionId: string, group: InpresGroup) => `${regionId}|${group}`

/** The current record per region and group (live records only). */
export function currentStatuses(rows: readonly InpresStatus[]): Map<string, InpresStatus> {
  const out = new Map<string, InpresStatus>()
  for (const r of rows) {
    if (!isLive(r)) continue
    const k = cellKey(r.regionId, r.group)
    const cur = out.get(k)
    out.set(k, cur ? newer(cur, r) : r)
  }
  return out
}

export function cellOf(
  current: ReadonlyMap<string, InpresStatus>,
  regionId: string,
  group: InpresGroup,
): InpresStatus | null {
  return current.get(cellKey(regionId, group)) ?? null
}

export interface GroupTally {
  group: InpresGroup
  total: number
  /** Regions recorded as protecting all of the group. */
  all: string[]
  /** Regions recorded as protecting part of it. */
  some: string[]
  /** Regions recorded as protecting none. */
  none: string[]
  /** Regions with no record. */
  unknown: string[]
}

/** How the regions (ids, in display order) stand for one group, by their current records. */
export function tallyGroup(
  current: ReadonlyMap<string, InpresStatus>,
  regionIds: readonly string[],
  group: InpresGroup,
): GroupTally {
  const t: GroupTally = { group, total: regionIds.length, all: [], some: [], none: [], unknown: [] }
  const bucket: Record<ProtectionStatus, string[]> = {
    seluruhnya: t.all,
    sebagian: t.some,
    belum: t.none,
  }
  for (const id of regionIds) {
    const c = cellOf(current, id, group)
    if (c) bucket[c.status].push(id)
    else t.unknown.push(id)
  }
  return t
}

const REGION_WORD: Words = { id: 'kabupaten/kota', en: 'regencies and cities' }

function list(names: string[], locale: Locale): string {
  if (names.length <= 1) return names.join('')
  const and = locale === 'id' ? ' dan ' : ' and '
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`
}

/**
 * The sentence for one group from the per-region records. It counts only what is recorded
 * and says how many regions have no record, so "1 dari 13" never reads as "12 do not".
 * The regions follow a colon, not parentheses: a region protecting part of the group says
 * "(sebagian)" itself, and some group nouns carry their own ("tenaga honorer (non-ASN)"), so
 * a bracketed list printed "(Balangan (sebagian))".
 */
export function tallySentence(
  t: GroupTally,
  nameOf: (id: string) => string,
  locale: Locale = 'id',
): string {
  const noun = GROUP_NOUNS[t.group][locale]
  const regions = REGION_WORD[locale]
  const protecting = [...t.all, ...t.some]
  const n = protecting.length
  if (t.unknown.length === t.total)
    return locale === 'id'
      ? `Belum ada catatan per wilayah tentang ${noun} di ${t.total} ${regions}.`
      : `No per-region record yet about ${noun} in the ${t.total} ${regions}.`
  const named = protecting.map(
    (id) =>
      `${nameOf(id)}${t.some.includes(id) ? (locale === 'id' ? ' (sebagian)' : ' (partly)') : ''}`,
  )
  const verb =
    t.group === 'ptsp'
      ? locale === 'id'
        ? 'menerapkan'
        : 'apply'
      : locale === 'id'
        ? 'melindungi'
        : 'protect'
  let head: string
  if (n === t.total)
    head =
      locale === 'id'
        ? `Seluruh ${t.total} ${regions} ${verb} ${noun}`
        : `All ${t.total} ${regions} ${verb} ${noun}`
  else if (n === 0)
    head =
      locale === 'id'
        ? `Belum ada ${regions} yang tercatat ${verb} ${noun}`
        : `No regency or city is recorded to ${verb} ${noun}`
  else
    head =
      locale === 'id'
        ? `Baru ${n} dari ${t.total} ${regions} tercatat ${verb} ${noun}: ${list(named, locale)}`
        : `Only ${n} of ${t.total} ${regions} are recorded to ${verb} ${noun}: ${list(named, locale)}`
  const tail: string[] = []
  if (t.none.length && n !== 0)
    tail.push(
      locale === 'id' ? `${t.none.length} tercatat belum` : `${t.none.length} recorded as not yet`,
    )
  if (t.unknown.length)
    tail.push(
      locale === 'id'
        ? `${t.unknown.length} belum ada catatan`
        : `${t.unknown.length} without a record`,
    )
  return `${head}${tail.length ? `; ${tail.join(', ')}` : ''}.`
}

/**
 * A province statement in words, with its source and date, saying that the source did not
 * name the regions: "Menurut ANTARA Kalsel (15 Oktober 2019): baru 4 dari 13 kabupaten/kota
 * melindungi tenaga honorer (non-ASN); wilayahnya tidak disebut sumber."
 */
export function statementSentence(s: InpresStatement, locale: Locale = 'id'): string {
  const noun = GROUP_NOUNS[s.group][locale]
  const regions = REGION_WORD[locale]
  const partly =
    s.extent === 'sebagian'
      ? locale === 'id'
        ? ', belum seluruhnya'
        : ', not all of them yet'
      : ''
  let claim: string
  if (s.count === 0)
    claim =
      locale === 'id'
        ? `belum ada dari ${s.outOf} ${regions} yang melindungi ${noun}`
        : `none of ${s.outOf} ${regions} protect ${noun}`
  else if (s.count === s.outOf)
    claim =
      locale === 'id'
        ? `seluruh ${s.outOf} ${regions} melindungi ${noun}${partly}`
        : `all ${s.outOf} ${regions} protect ${noun}${partly}`
  else
    claim =
      locale === 'id'
        ? `baru ${s.count} dari ${s.outOf} ${regions} melindungi ${noun}${partly}`
        : `only ${s.count} of ${s.outOf} ${regions} protect ${noun}${partly}`
  const when = knownDateText(s.asOf, locale)
  return locale === 'id'
    ? `Menurut ${s.sourceDocument} (${when}): ${claim}; wilayahnya tidak disebut sumber.`
    : `According to ${s.sourceDocument} (${when}): ${claim}; the source does not name the regions.`
}

/** The live province statements, newest first. */
export function sortedStatements(rows: readonly InpresStatement[]): InpresStatement[] {
  return rows
    .filter(isLive)
    .sort((a, b) => (a.asOf === b.asOf ? a.group.localeCompare(b.group) : a.asOf < b.asOf ? 1 : -1))
}
