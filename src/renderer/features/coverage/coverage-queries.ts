/**
 * Reading coverage through the indexes: [regionId+period] for one region up to a date, so a
 * dashboard of 13 regencies reads a few thousand rows, not all 185.000.
 */
import Dexie from 'dexie'
import type { SimpulDexie } from '../../db/database'
import type { CoverageObservation, CoverageTarget, Region } from '../../db/types'
import { SEGMENTS } from '../../db/types'
import { periodUpperBound } from '../../domain/periods'
import { isLive } from '../../db/live'

/** Live figures of the given regions with a period up to asOf's month (yearly figures included). */
export async function coverageUpTo(
  db: SimpulDexie,
  regionIds: readonly string[],
  asOf: string,
): Promise<CoverageObservation[]> {
  const upper = periodUpperBound(asOf)
  const lists = await Promise.all(
    regionIds.map((id) =>
      db.coverage
        .where('[regionId+period]')
        .between([id, Dexie.minKey], [id, upper], true, true)
        .toArray(),
    ),
  )
  return lists.flat().filter(isLive)
}

/** Every live figure of the given regions, all periods: one getAll per region in one transaction. */
export async function coverageOfRegions(
  db: SimpulDexie,
  regionIds: readonly string[],
): Promise<CoverageObservation[]> {
  const lists = await db.transaction('r', db.coverage, () =>
    Promise.all(regionIds.map((id) => db.coverage.where('regionId').equals(id).toArray())),
  )
  return lists.flat().filter(isLive)
}

export interface LatestRead {
  observations: CoverageObservation[]
  /**
   * False when some region and segment had more figures than were read: a series (measure ·
   * base) last reported before the rows read would be missing, so the caller reads the full
   * history next. True means the rows hold every figure the full read would pick as latest.
   */
  complete: boolean
}

/**
 * The newest `perSegment` figures of each region and segment up to asOf's month, through a
 * reverse cursor on [regionId+segment+period]: 13 regencies × 8 segments of tiny reads
 * instead of every month of every regency.
 */
export async function latestCoverageOf(
  db: SimpulDexie,
  regionIds: readonly string[],
  asOf: string,
  perSegment = 6,
): Promise<LatestRead> {
  const upper = periodUpperBound(asOf)
  const lists = await db.transaction('r', db.coverage, () =>
    Promise.all(
      regionIds.flatMap((id) =>
        SEGMENTS.map((s) =>
          db.coverage
            .where('[regionId+segment+period]')
            .between([id, s, Dexie.minKey], [id, s, upper], true, true)
            .reverse()
            .limit(perSegment)
            .toArray(),
        ),
      ),
    ),
  )
  return {
    observations: lists.flat().filter(isLive),
    complete: lists.every((l) => l.length < perSegment),
  }
}

/** Whether the table holds any record at all: one key, where count() walks the whole table. */
export async function hasAnyRecord(table: {
  limit(n: number): { primaryKeys(): Promise<unknown[]> }
}): Promise<boolean> {
  return (await table.limit(1).primaryKeys()).length > 0
}

export async function coverageOfRegion(
  db: SimpulDexie,
  regionId: string,
): Promise<CoverageObservation[]> {
  return (await db.coverage.where('regionId').equals(regionId).toArray()).filter((o) => isLive(o))
}

export async function targetsOf(
  db: SimpulDexie,
  regionIds: readonly string[],
  year: number,
): Promise<CoverageTarget[]> {
  if (!regionIds.length) return []
  const rows = await db.targets
    .where('[regionId+year]')
    .anyOf(regionIds.map((id) => [id, year]))
    .toArray()
  return rows.filter(isLive)
}

/** A region's targets of one year (live and in the trash), through [regionId+year]. */
export function targetsOfRegionYear(
  db: SimpulDexie,
  regionId: string,
  year: number,
): Promise<CoverageTarget[]> {
  return db.targets.where('[regionId+year]').equals([regionId, year]).toArray()
}

export async function targetsOfRegion(
  db: SimpulDexie,
  regionId: string,
): Promise<CoverageTarget[]> {
  const rows = await db.targets
    .where('[regionId+year]')
    .between([regionId, Dexie.minKey], [regionId, Dexie.maxKey])
    .toArray()
  return rows.filter(isLive).sort((a, b) => b.year - a.year)
}

export async function provinces(db: SimpulDexie): Promise<Region[]> {
  return (await db.regions.where('kind').equals('provinsi').toArray()).sort((a, b) =>
    a.id.localeCompare(b.id),
  )
}

export async function regenciesOf(db: SimpulDexie, provinceId: string): Promise<Region[]> {
  return (await db.regions.where('parentId').equals(provinceId).toArray()).sort((a, b) =>
    a.name.localeCompare(b.name, 'id'),
  )
}

/**
 * Distinct periods with data, by skip-scan: one indexed lookup per distinct period (about
 * 60 at national scale) instead of a unique-key cursor, which on an on-disk database still
 * steps over every one of the 185.040 index entries (2,1 s measured in a persistent Chromium
 * profile, as in Electron; 21 ms in memory, which is why the bench did not show it).
 */
export async function periodsWithData(db: SimpulDexie): Promise<string[]> {
  return db.transaction('r', db.coverage, async () => {
    const periods: string[] = []
    let next = (await db.coverage.orderBy('period').first())?.period
    while (next !== undefined) {
      periods.push(next)
      const following = await db.coverage.where('period').above(next).first()
      next = following?.period
    }
    return periods
  })
}
