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

export interface NavigationOptions {
  /**
   * A new document (the app started afresh): first load. Otherwise a route change inside the
   * running app, as a click in the menu does.
   */
  fresh?: boolean
  /**
   * Where to go first, untimed, when the ready marker is already on screen (the same screen
   * open, or another meeting's pack): a route without it (default the settings screen).
   */
  via?: string
}

/**
 * Navigates and returns the milliseconds from the navigation's start to the first frame
 * where `readySelector` matches; throws ScreenNotReady naming `what` when it never does.
 *
 * Playwright's goto to a URL that differs only in its hash (every screen: the app uses hash
 * routes) does not load a new document, and performance.now() keeps counting from the
 * document's first load. The bench used to report that as the screen's time, so a screen
 * measured after other sections "took" as long as those sections had run. A route change is
 * therefore timed from the moment the hash is set, inside the page; `fresh` loads a new
 * document, whose performance.now() starts at its own navigation.
 */
export async function navigationToReady(
  page: Page,
  url: string,
  readySelector: string,
  what: string,
  timeoutMs: number,
  options: NavigationOptions = {},
): Promise<number> {
  let start = 0
  const here = page.url()
  const target = new URL(url, here.startsWith('http') ? here : undefined)
  const current = here.startsWith('http') ? new URL(here) : null
  const sameDocument =
    !options.fresh &&
    current !== null &&
    current.origin === target.origin &&
    current.pathname === target.pathname &&
    current.search === target.search
  try {
    if (sameDocument) {
      if (await page.evaluate((sel) => Boolean(document.querySelector(sel)), readySelector)) {
        await page.evaluate((hash) => {
          location.hash = hash
        }, options.via ?? '#/pengaturan')
        await page.waitForFunction((sel) => !document.querySelector(sel), readySelector, {
          polling: 'raf',
          timeout: timeoutMs,
        })
      }
      start = await page.evaluate((hash) => {
        const t = performance.now()
        location.hash = hash
        return t
      }, target.hash)
    } else {
      // about:blank first, so that even the same address loads a new document.
      if (options.fresh) await page.goto('about:blank')
      await page.goto(url, { waitUntil: 'commit' })
    }
    const handle = await page.waitForFunction(
      (sel) => (document.querySelector(sel) ? performance.now() : null),
      readySelector,
      { polling: 'raf', timeout: timeoutMs },
    )
    return ((await handle.jsonValue()) as number) - start
  } catch (error) {
    // What the screen showed instead tells a missing marker from a screen still loading.
    const showing = await page
      .evaluate(() => (document.querySelector('main') ?? document.body).innerText.slice(0, 400))
      .catch(() => '(the page did not answer)')
    throw new ScreenNotReady(
      `${notReadyMessage(`${what} (${readySelector})`, timeoutMs, error)}; the screen showed: ${JSON.stringify(showing)}`,
    )
  }
}
