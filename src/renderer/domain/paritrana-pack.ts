/**
 * The "Kesiapan Paritrana" section of a briefing pack as plain data, in Indonesian (the pack
 * is an Indonesian document): the province statements, the matrix sentences, the ranking,
 * each regency's score per aspect, what is missing and what would raise it, and talking
 * points. Pure, and free of any screen code, so the pack's Worker and the command line build it too;
 * the briefing feature lays it out on paper and slides.
 */
import { formatNumber } from '../../shared/format'
import { statementSentence, tallySentence, GROUP_NOUNS } from './paritrana-matrix'
import { buildBoard, regencyName, type ParitranaRows } from './paritrana-board'

export interface ParitranaPackRegion {
  regionId: string
  regionName: string
  totalText: string
  rank: number
  aspects: { label: string; scoreText: string }[]
  missing: string[]
  raise: string[]
}

export interface ParitranaPackSection {
  title: string
  rubricLine: string
  statements: string[]
  tallies: string[]
  regions: ParitranaPackRegion[]
  points: string[]
}

const score = (x: number) => formatNumber(x, 'id', 1)

/**
 * The section for the regencies in `scopeIds` (a province in scope brings all of its own),
 * scored as of `asOf` for the edition year of asOf. Null when there is nothing to say.
 */
export function paritranaPackSection(
  rows: ParitranaRows,
  scopeIds: readonly string[],
  asOf: string,
): ParitranaPackSection | null {
  const inScope = rows.regions.filter((r) => scopeIds.includes(r.id))
  const provinceId =
    inScope.find((r) => r.kind === 'provinsi')?.id ??
    inScope.find((r) => r.parentId)?.parentId ??
    null
  if (!provinceId) return null
  const board = buildBoard(rows, { provinceId, editionYear: Number(asOf.substring(0, 4)), asOf })
  const shown = board.regencies.filter((r) => scopeIds.includes(r.id))
  if (!shown.length) return null
  const nameOf = (id: string) => {
    const r = board.regencies.find((x) => x.id === id)
    return r ? regencyName(r) : id
  }
  const rubricLine = `Rubrik: ${board.rubric.name}, versi ${board.rubric.version}${board.rubric.official ? ' (bobot resmi).' : ' — bobot asumsi lokal, bukan resmi.'}`
  const statements = board.statements.map((s) => statementSentence(s, 'id'))
  const recorded = board.tallies.filter((t) => t.unknown.length < t.total)
  const unrecorded = board.tallies.filter((t) => t.unknown.length === t.total)
  const tallies = recorded.map((t) => tallySentence(t, nameOf, 'id'))
  if (unrecorded.length)
    tallies.push(
      `Belum ada catatan per wilayah untuk: ${unrecorded.map((t) => GROUP_NOUNS[t.group].id).join('; ')}.`,
    )
  const rankOf = new Map(board.ranking.map((r) => [r.regionId, r.rank]))
  const regions: ParitranaPackRegion[] = board.ranking
    .filter((r) => shown.some((s) => s.id === r.regionId))
    .map((r) => {
      const res = board.results.get(r.regionId)!
      return {
        regionId: r.regionId,
        regionName: nameOf(r.regionId),
        totalText: `${score(res.total)} dari 100`,
        rank: rankOf.get(r.regionId) ?? 0,
        aspects: res.aspects.map((a) => ({ label: a.label, scoreText: score(a.score) })),
        missing: res.missing.map((i) => i.label),
        raise: res.raiseMost
          .slice(0, 3)
          .map((i) => `${i.label} (+${score(i.gain)} poin; ${i.basis.id})`),
      }
    })
  const points: string[] = [...statements]
  for (const t of recorded) points.push(tallySentence(t, nameOf, 'id'))
  const top = regions[0]
  if (top)
    points.push(
      `Kesiapan Paritrana tertinggi dalam cakupan: ${top.regionName}, ${top.totalText} (${board.rubric.official ? 'rubrik resmi' : 'rubrik asumsi lokal, bukan resmi'}).`,
    )
  for (const r of regions.slice(0, 3))
    if (r.raise[0]) points.push(`${r.regionName}: skor paling naik dengan ${r.raise[0]}.`)
  return {
    title: 'Kesiapan Paritrana',
    rubricLine,
    statements,
    tallies,
    regions,
    points,
  }
}
