/**
 * Window position and size across restarts, stored as JSON in userData/window-state.json.
 * The file is untrusted (hand-edited, truncated by a crash, written on another monitor
 * layout), so it is parsed defensively and the result is always clamped to a screen the user
 * can see now.
 */
export const WINDOW_STATE_FILE = 'window-state.json'
export const DEFAULT_WIDTH = 1280
export const DEFAULT_HEIGHT = 800
export const MIN_WIDTH = 960
export const MIN_HEIGHT = 600
/** How much of the window must lie on a display for the stored position to be kept. */
const MIN_VISIBLE = 100

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState extends Rect {
  maximized: boolean
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

/** The stored state, or null for anything that is not a plausible window. */
export function parseWindowState(raw: string | null | undefined): WindowState | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 10_000) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const { x, y, width, height, maximized } = value as Record<string, unknown>
  if (![x, y, width, height].every(isFiniteNumber)) return null
  const w = width as number
  const h = height as number
  if (w <= 0 || h <= 0 || w > 100_000 || h > 100_000) return null
  if (Math.abs(x as number) > 1_000_000 || Math.abs(y as number) > 1_000_000) return null
  return {
    x: Math.round(x as number),
    y: Math.round(y as number),
    width: Math.round(w),
    height: Math.round(h),
    maximized: maximized === true,
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

function clampSize(value: number, min: number, max: number): number {
  return Math.max(Math.min(min, max), Math.min(value, max))
}

function centred(area: Rect, maximized: boolean): WindowState {
  const width = clampSize(DEFAULT_WIDTH, MIN_WIDTH, area.width)
  const height = clampSize(DEFAULT_HEIGHT, MIN_HEIGHT, area.height)
  return {
    x: Math.round(area.x + (area.width - width) / 2),
    y: Math.round(area.y + (area.height - height) / 2),
    width,
    height,
    maximized,
  }
}

/**
 * Where to open the window. `workAreas` are the displays' work areas (screen minus task bar),
 * the primary display first. A stored window that no longer shows enough of itself on any
 * display (a monitor was unplugged) opens centred on the primary display at the default size.
 */
export function resolveWindowState(
  stored: WindowState | null,
  workAreas: readonly Rect[],
): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_WIDTH, height: DEFAULT_HEIGHT }
  if (stored === null) return centred(primary, false)

  let best: { area: Rect; visible: number } | null = null
  for (const area of workAreas) {
    const o = overlap(stored, area)
    if (
      o.width >= Math.min(MIN_VISIBLE, stored.width) &&
      o.height >= Math.min(MIN_VISIBLE, stored.height)
    ) {
      const visible = o.width * o.height
      if (best === null || visible > best.visible) best = { area, visible }
    }
  }
  if (best === null) return centred(primary, stored.maximized)

  const { area } = best
  const width = clampSize(stored.width, MIN_WIDTH, area.width)
  const height = clampSize(stored.height, MIN_HEIGHT, area.height)
  // Pull the whole window onto the display it mostly sits on, so its title bar is reachable.
  const x = Math.min(Math.max(stored.x, area.x), area.x + area.width - width)
  const y = Math.min(Math.max(stored.y, area.y), area.y + area.height - height)
  return { x, y, width, height, maximized: stored.maximized }
}

export interface WindowStateSaverDeps {
  write(json: string): void | Promise<void>
  delayMs?: number
  setTimer?: (callback: () => void, ms: number) => unknown
  clearTimer?: (handle: unknown) => void
  onError?: (error: unknown) => void
}

export interface WindowStateSaver {
  /** Remember the latest state; written once moves and resizes have paused. */
  schedule(state: WindowState): void
  /** Write the pending state now (on close). */
  flush(): void
}

/** Resizing fires dozens of events a second; write only after they settle. */
export function createWindowStateSaver(deps: WindowStateSaverDeps): WindowStateSaver {
  const delay = deps.delayMs ?? 500
  const setTimer = deps.setTimer ?? ((callback, ms) => setTimeout(callback, ms))
  const clearTimer =
    deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>))
  let pending: WindowState | null = null
  let timer: unknown = null

  const write = (): void => {
    if (timer !== null) clearTimer(timer)
    timer = null
    if (pending === null) return
    const json = JSON.stringify(pending)
    pending = null
    try {
      const result = deps.write(json)
      if (result instanceof Promise) result.catch((error: unknown) => deps.onError?.(error))
    } catch (error) {
      // Losing the window position is not worth interrupting the user for.
      deps.onError?.(error)
    }
  }

  return {
    schedule(state) {
      pending = { ...state }
      if (timer !== null) clearTimer(timer)
      timer = setTimer(write, delay)
    },
    flush: write,
  }
}
