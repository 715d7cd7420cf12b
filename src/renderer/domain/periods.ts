/**
 * The period selector's choices: "terkini" (today), each year with data, and the months of a
 * year where data is monthly. Pure; the as-of date of a choice is its last day, never later
 * than today.
 */
import { periodEnd } from './coverage-math'

export const LATEST = 'terkini'

export function periodChoices(periods: readonly string[]): string[] {
  const years = new Set<string>()
  const months = new Set<string>()
  for (const p of periods) {
    years.add(p.slice(0, 4))
    if (p.length === 7) months.add(p)
  }
  const out: string[] = [LATEST]
  for (const y of [...years].sort().reverse()) {
    out.push(y)
    out.push(
      ...[...months]
        .filter((m) => m.startsWith(y))
        .sort()
        .reverse(),
    )
  }
  return out
}

export function asOfForChoice(choice: string, today: string): string {
  if (choice === LATEST) return today
  const end = periodEnd(choice)
  return end < today ? end : today
}

/** Upper bound of the [regionId+period] key range holding every figure up to asOf. */
export function periodUpperBound(asOf: string): string {
  return asOf.slice(0, 7)
}
