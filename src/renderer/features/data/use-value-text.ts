/** The ValueFormatter for the current language, with region names from the database. */
import { useLiveQuery } from 'dexie-react-hooks'
import { useTranslation } from 'react-i18next'
import { useServices } from '../../app/services'
import { useFormat } from '../../ui/use-format'
import type { LabelGroup, ValueFormatter } from './value-text'

// Labels other features already own; the import preview and conflict view reuse them.
const LABEL_KEYS: Record<LabelGroup, string> = {
  segments: 'common:segments',
  measures: 'common:measures',
  baseKinds: 'common:baseKinds',
  setters: 'coverage:setters',
  units: 'data:units',
  commitmentKinds: 'commitments:kinds',
  meetingKinds: 'meetings:kinds',
  lifecycle: 'commitments:lifecycle',
}

export function useValueFormatter(): ValueFormatter {
  const { db } = useServices()
  const { t, i18n } = useTranslation('data')
  const fmt = useFormat()
  const regions = useLiveQuery(
    async () => new Map((await db.regions.toArray()).map((r) => [r.id, r.name])),
    [db],
  )
  return {
    label: (group, code) => {
      const key = `${LABEL_KEYS[group]}.${code}`
      return i18n.exists(key) ? String(t(key as never)) : code
    },
    number: fmt.number,
    percent: (v) => fmt.percent(v),
    date: fmt.date,
    dateTime: fmt.dateTime,
    period: fmt.period,
    region: (id) => {
      const name = regions?.get(id)
      return name ? `${id} ${name}` : id
    },
  }
}
