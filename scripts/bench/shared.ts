/**
 * What run.ts and features.ts share: the options of a pass, the context a screen's
 * measurement gets, the ready markers, and the one way the bench waits for something on
 * screen. Kept apart so that neither of the two imports the other.
 */
import type { ElementHandle, Locator, Page } from 'playwright-core'

/** The sections of a pass, in the order they run (`--only` takes these names). */
export const BENCH_SECTIONS = [
  'firstload',
  'dashboard',
  'commitments',
  'briefing',
  'backup',
  'reads',
  'import',
] as const
export type BenchSection = (typeof BENCH_SECTIONS)[number]

export interface BenchOptions {
  scale: 'national' | 'tiny'
  seed: number
  /**
   * The audit history the data set is loaded with: 'bulk' (default), one entry per table and
   * import, as the app records an import since schema v4; 'per-record', one entry per record,
   * as imports did before (half of all rows), to compare.
   */
  history?: 'bulk' | 'per-record'
  /** Runs per figure (the median is reported); cheap figures use `runs`, costly ones fewer. */
  runs: number
  costlyRuns: number
  /** Stop repeating a costly figure once it has taken this long (default 60 s). */
  costlyBudgetMs?: number
  /** The built web root served at baseURL, for the first-chunk size. */
  webRoot: string
  hookSource: string
  log?: (line: string) => void
  /** Sections to run; all when absent. For iterating on one figure without the full run. */
  only?: ReadonlySet<string>
  /**
   * Also build the national briefing pack (514 kab/kota, default true). The smoke builds
   * only Kalsel's: the same screen and code path, without half a minute of PDF pages.
   */
  nationalPack?: boolean
  /** One untimed run of each read pair before the timed ones (default true). */
  readWarmup?: boolean
  /**
   * How long a screen may take to show what a figure waits for (default 120 s: the national
   * briefing screen has taken 29 s). Past it the bench stops with a message naming the screen.
   */
  readyTimeoutMs?: number
}

export const wanted = (opts: BenchOptions, section: BenchSection): boolean =>
  !opts.only || opts.only.has(section)

export const readyTimeout = (opts: BenchOptions): number => opts.readyTimeoutMs ?? 120_000

export interface FeatureContext {
  page: Page
  opts: BenchOptions
  log: (line: string) => void
}

/** The ready markers: each screen shows one once it shows its data. */
export const DASHBOARD_READY = '[data-testid="regency-table"] tbody tr'
export const COMMITMENTS_READY = '[data-testid="commitment-row"]'
export const BRIEFING_READY = '[data-testid="pack-preview"]'

/**
 * Raised when a screen never shows what a figure needs: a renamed component or test id
 * must stop the bench (and fail the smoke test), never quietly turn a figure off.
 */
export class ScreenNotReady extends Error {
  override name = 'ScreenNotReady'
}

export function notReadyMessage(what: string, timeoutMs: number, cause?: unknown): string {
  const why = cause instanceof Error ? `: ${cause.message.split('\n')[0]}` : ''
  return (
    `bench: ${what} did not appear within ${Math.round(timeoutMs / 1000)} s. ` +
    `The screen, its component or its test id is missing or renamed; ` +
    `update scripts/bench to match the screen${why}`
  )
}

/** Waits for the first element of `locator`; throws ScreenNotReady naming `what` otherwise. */
export async function need(
  locator: Locator,
  what: string,
  timeoutMs: number,
): Promise<ElementHandle<HTMLElement | SVGElement>> {
  try {
    const first = locator.first()
    await first.waitFor({ state: 'attached', timeout: timeoutMs })
    return await first.elementHandle({ timeout: timeoutMs })
  } catch (error) {
    throw new ScreenNotReady(notReadyMessage(what, timeoutMs, error))
  }
}

/**
 * Navigates and returns performance.now() (ms since navigation start) at the first frame
 * where `readySelector` matches; throws ScreenNotReady naming `what` when it never does.
 */
export async function navigationToReady(
  page: Page,
  url: string,
  readySelector: string,
  what: string,
  timeoutMs: number,
): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' })
  try {
    const handle = await page.waitForFunction(
      (sel) => (document.querySelector(sel) ? performance.now() : null),
      readySelector,
      { polling: 'raf', timeout: timeoutMs },
    )
    return (await handle.jsonValue()) as number
  } catch (error) {
    throw new ScreenNotReady(notReadyMessage(`${what} (${readySelector})`, timeoutMs, error))
  }
}
