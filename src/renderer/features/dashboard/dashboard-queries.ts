/**
 * Reads for the Ringkasan, split by what they depend on so that a change of period reads
 * nothing: the shell (periods, provinces) once, the province's scope and coverage history once
 * per province, and the model is then built in memory for any period. On a change of province
 * a few newest figures per regency and segment are read first (latestCoverageOf) so the table
 * shows at once; the whole history follows and replaces them.
 */
import type { SimpulDexie } from '../../db/database'
import type { CoverageObservation, CoverageTarget, Meeting, Region, Segment } from '../../db/types'
import { todayWita, type CalendarDay } from '../../../shared/time'
import {
  coverageOfRegions,
  hasAnyRecord,
  latestCoverageOf,
  periodsWithData,
  provinces,
  regenciesOf,
  targetsOfRegion,
} from '../coverage'
import { asOfForChoice, periodChoices } from '../../domain/periods'
import { byStart, byStartDescending } from '../../domain/meeting-logic'
import { buildDashboard, observationsUpTo, type DashboardModel } from './dashboard-model'
import { isLive } from '../../db/live'

export interface DashboardShell {
  today: CalendarDay
  choices: string[]
  provinces: Region[]
  hasUserData: boolean
}

export async function loadDashboardShell(db: SimpulDexie): Promise<DashboardShell> {
  const [provinceList, periods, any] = await Promise.all([
    provinces(db),
    periodsWithData(db),
    Promise.all([db.coverage, db.commitments, db.meetings, db.targets].map((t) => hasAnyRecord(t))),
  ])
  return {
    today: todayWita(new Date()),
    choices: periodChoices(periods),
    provinces: provinceList,
    hasUserData: any.some(Boolean),
  }
}

export interface ProvinceScope {
  provinceId: string
  regencies: Region[]
  targets: CoverageTarget[]
  upcoming: Meeting[]
  lastMeeting: Meeting | null
}

export async function loadProvinceScope(
  db: SimpulDexie,
  provinceId: string,
  today: CalendarDay,
): Promise<ProvinceScope> {
  const regencies = await regenciesOf(db, provinceId)
  const regionIds = [provinceId, ...regencies.map((r) => r.id)]
  const inProvince = new Set(regionIds)
  const [targets, upcomingAll, lastMeetings] = await Promise.all([
    Promise.all(regionIds.map((id) => targetsOfRegion(db, id))).then((lists) => lists.flat()),
    // By WITA day (startsOn): a meeting today, at any hour or with no hour, is upcoming; one
    // known only by a past or the current year ('2026' sorts before '2026-12-01') is not.
    db.meetings.where('startsOn').aboveOrEqual(today).limit(200).toArray(),
    db.meetings.where('startsOn').below(today).reverse().limit(50).toArray(),
  ])
  const touches = (m: Meeting) =>
    isLive(m) && (m.regionIds.length === 0 || m.regionIds.some((id) => inProvince.has(id)))
  return {
    provinceId,
    regencies,
    targets,
    upcoming: upcomingAll.filter(touches).sort(byStart).slice(0, 5),
    lastMeeting: lastMeetings.filter(touches).sort(byStartDescending)[0] ?? null,
  }
}

/** Coverage of a province and its regencies. `asOf` is set when only the newest figures up to it were read. */
export interface ProvinceCoverage {
  provinceId: string
  asOf: string | null
  observations: CoverageObservation[]
  /** The province's own figures of every period, for the trend. */
  provinceHistory: CoverageObservation[]
}

export async function loadProvinceHistory(
  db: SimpulDexie,
  provinceId: string,
): Promise<ProvinceCoverage> {
  const regencies = await regenciesOf(db, provinceId)
  const observations = await coverageOfRegions(db, [provinceId, ...regencies.map((r) => r.id)])
  return {
    provinceId,
    asOf: null,
    observations,
    provinceHistory: observations.filter((o) => o.regionId === provinceId),
  }
}

/**
 * The newest figures per regency and segment up to asOf, for the first paint after a change of
 * province; exact unless a series stopped being reported long before the others (see
 * latestCoverageOf), and replaced by the full history as soon as that is read.
 */
export async function loadProvinceLatest(
  db: SimpulDexie,
  provinceId: string,
  asOf: string,
): Promise<ProvinceCoverage> {
  const regencies = await regenciesOf(db, provinceId)
  const [latest, provinceHistory] = await Promise.all([
    latestCoverageOf(
      db,
      regencies.map((r) => r.id),
      asOf,
    ),
    coverageOfRegions(db, [provinceId]),
  ])
  return {
    provinceId,
    asOf,
    observations: [...latest.observations, ...provinceHistory],
    provinceHistory,
  }
}

/** The model from whichever coverage read is at hand; null when none matches this province and date. */
export function modelFor(
  province: Region | null,
  scope: ProvinceScope | undefined,
  coverage: ProvinceCoverage | null | undefined,
  asOf: string,
  segment: Segment,
): DashboardModel | null {
  if (!province || scope?.provinceId !== province.id || coverage?.provinceId !== province.id)
    return null
  if (coverage.asOf !== null && coverage.asOf !== asOf) return null
  return buildDashboard({
    province,
    regencies: scope.regencies,
    observations: observationsUpTo(coverage.observations, asOf),
    provinceHistory: coverage.provinceHistory,
    targets: scope.targets,
    asOf,
    segment,
  })
}

export interface DashboardData {
  today: string
  asOf: string
  choices: string[]
  provinceOptions: { value: string; label: string }[]
  provinceName: string
  model: DashboardModel | null
  upcoming: Meeting[]
  lastMeeting: Meeting | null
  hasUserData: boolean
}

export const provinceOptions = (list: readonly Region[]) =>
  list.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` }))

/** Everything the screen shows for one choice, in one call (the benchmark and tests). */
export async function loadDashboard(
  db: SimpulDexie,
  provinceId: string,
  choice: string,
  segment: Segment,
): Promise<DashboardData> {
  const shell = await loadDashboardShell(db)
  const asOf = asOfForChoice(choice, shell.today)
  const [scope, coverage] = await Promise.all([
    loadProvinceScope(db, provinceId, shell.today),
    loadProvinceHistory(db, provinceId),
  ])
  const province = shell.provinces.find((p) => p.id === provinceId) ?? null
  return {
    today: shell.today,
    asOf,
    choices: shell.choices,
    provinceOptions: provinceOptions(shell.provinces),
    provinceName: province?.name ?? provinceId,
    model: modelFor(province, scope, coverage, asOf, segment),
    upcoming: scope.upcoming,
    lastMeeting: scope.lastMeeting,
    hasUserData: shell.hasUserData,
  }
}
