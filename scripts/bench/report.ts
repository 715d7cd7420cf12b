/** The one printed table and the JSON file. */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { BenchResult } from './run'
import { verdict, type ResultRow } from './stats'

const fmt = (v: number, unit: string) =>
  unit === 'ms'
    ? `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`
    : `${v.toFixed(unit === 'KB' ? 0 : 0)} ${unit}`

function targetText(r: ResultRow): string {
  return r.target === null ? '' : `< ${fmt(r.target, r.unit)}`
}

export function formatTable(result: BenchResult): string {
  const lines: string[][] = [
    ['figure', 'median', 'runs', 'target', 'floor (raw IDB)', 'ratio', 'verdict'],
  ]
  for (const r of result.rows) {
    const allowed = r.ratioTarget ?? 2
    const ratioVerdict =
      r.ratio === undefined
        ? ''
        : r.ratio <= allowed
          ? `ok (≤ ${allowed}x floor)`
          : `MISSED (${r.ratio.toFixed(1)}x floor, ≤ ${allowed}x)`
    lines.push([
      r.label,
      fmt(r.value, r.unit),
      String(r.runs.length),
      targetText(r),
      r.floorMs === undefined ? '' : fmt(r.floorMs, 'ms'),
      r.ratio === undefined ? '' : `${r.ratio.toFixed(2)}x`,
      [verdict(r), ratioVerdict].filter(Boolean).join('; '),
    ])
  }
  const widths = lines[0]!.map((_, c) => Math.max(...lines.map((l) => l[c]!.length)))
  const render = (l: string[]) =>
    l
      .map((cell, c) => cell.padEnd(widths[c]!))
      .join(' | ')
      .trimEnd()
  const out = [render(lines[0]!), widths.map((w) => '-'.repeat(w)).join('-|-')]
  for (const l of lines.slice(1)) out.push(render(l))
  const notes = result.rows.filter((r) => r.note).map((r) => `  ${r.label}: ${r.note}`)
  return [
    `Simpul bench: ${result.scale} data (seed ${result.seed}, ${result.history} audit history): ${Object.entries(
      result.counts,
    )
      .map(([t, n]) => `${t} ${n}`)
      .join(', ')}; loaded in ${(result.loadMs / 1000).toFixed(1)} s`,
    '',
    ...out,
    '',
    'Notes:',
    ...notes,
  ].join('\n')
}

export async function writeResults(
  file: string,
  result: BenchResult,
  extra: Record<string, unknown>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify({ ...extra, ...result }, null, 2) + '\n')
}
