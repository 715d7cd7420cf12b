/** Reads what the Ringkasan needs through the indexes, then builds the model once per change. */
import type { SimpulDexie } from '../../db/database'
import type { Meeting, Segment } from '../../db/types'
import { todayInAppZone } from '../commitments/today'
import { coverageOfRegion, coverageUpTo, periodsWithData, provinces, regenciesOf, targetsOfRegion } from '../coverage/coverage-queries'
import { asOfForChoice, periodChoices } from '../coverage/periods'
import { buildDashboard, type DashboardModel } from './dashboard-model'

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

export async function loadDashboard(db: SimpulDexie, provinceId: string, choice: string, segment: Segment): Promise<DashboardData> {
  const today = todayInAppZone(new Date())
  const asOf = asOfForChoice(choice, today)
  const [provinceList, periods, regencies, counts] = await Promise.all([
    provinces(db),
    periodsWithData(db),
    regenciesOf(db, provinceId),
    Promise.all([db.coverage.count(), db.commitments.count(), db.meetings.count(), db.targets.count()]),
  ])
  const province = provinceList.find((p) => p.id === provinceId) ?? null
  const regionIds = [provinceId, ...regencies.map((r) => r.id)]
  const inProvince = new Set(regionIds)
  const [observations, provinceHistory, targets, upcomingAll, lastMeetings] = await Promise.all([
    coverageUpTo(db, regionIds, asOf),
    coverageOfRegion(db, provinceId),
    Promise.all(regionIds.map((id) => targetsOfRegion(db, id))).then((lists) => lists.flat()),
    db.meetings.where('startsAt').aboveOrEqual(today).limit(200).toArray(),
    db.meetings.where('startsAt').below(today).reverse().limit(50).toArray(),
  ])
  const touches = (m: Meeting) => !m.deletedAt && (m.regionIds.length === 0 || m.regionIds.some((id) => inProvince.has(id)))
  return {
    today,
    asOf,
    choices: periodChoices(periods),
    provinceOptions: provinceList.map((p) => ({ value: p.id, label: `${p.name} (${p.id})` })),
    provinceName: province?.name ?? provinceId,
    model: province ? buildDashboard({ province, regencies, observations, provinceHistory, targets, asOf, segment }) : null,
    upcoming: upcomingAll.filter(touches).slice(0, 5),
    lastMeeting: lastMeetings.find(touches) ?? null,
    hasUserData: counts.some((n) => n > 0),
  }
}
