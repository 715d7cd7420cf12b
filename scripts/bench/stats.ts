/** Small statistics and the shape of one result row. */

export const median = (xs: number[]): number => {
  if (!xs.length) return NaN
  const s = [...xs].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

export type Unit = 'ms' | 'MB' | 'KB'

export interface ResultRow {
  key: string
  label: string
  unit: Unit
  /** Median of `runs`, or the single figure. */
  value: number
  runs: number[]
  /** The target of issue 8 in the same unit, when it sets one. */
  target: number | null
  /** Raw IndexedDB time for the same read, and Simpul ÷ floor. */
  floorMs?: number
  ratio?: number
  /** The ratio the issue allows (restore 1,3×, import 1,5×…); reads are held to 2×. */
  ratioTarget?: number
  note?: string
}

export function row(
  key: string,
  label: string,
  unit: Unit,
  runs: number[],
  target: number | null,
  note?: string,
): ResultRow {
  return { key, label, unit, value: median(runs), runs, target, ...(note ? { note } : {}) }
}

/** 'ok', 'MISSED (x target)' or '' when there is no target. */
export function verdict(r: ResultRow): string {
  if (r.target === null) return ''
  if (r.value <= r.target) return 'ok'
  return `MISSED (${(r.value / r.target).toFixed(1)}x target)`
}

/** A row measured against a floor: its median, the floor's median and their ratio. */
export function withFloor(r: ResultRow, floorRuns: number[], ratioTarget: number): ResultRow {
  const floorMs = median(floorRuns)
  return { ...r, floorMs, ratio: r.value / floorMs, ratioTarget }
}
