/** Region search: by name or Kemendagri code, ignoring case, "Kab."/"Kota" prefixes and accents. Pure. */
import type { Region } from '../../db/types'

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('id')
    .replace(/\b(kabupaten|kab\.?|kota)\s+/g, '')
    .trim()

export function searchRegions(
  regions: readonly Region[],
  query: string,
  provinceId: string | null,
): Region[] {
  const q = fold(query)
  return regions
    .filter((r) => !provinceId || r.id === provinceId || r.parentId === provinceId)
    .filter((r) => !q || r.id.startsWith(q) || fold(r.name).includes(q))
    .sort((a, b) => a.id.localeCompare(b.id))
}
