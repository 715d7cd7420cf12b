import { APP_TIME_ZONE } from '../../../shared/format'

/** Today's calendar date in WITA, where the users work; call it outside render. */
export function todayInAppZone(now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: APP_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
  return parts
}
