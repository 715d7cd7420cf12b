import { describe, expect, it, vi } from 'vitest'
import {
  createWindowStateSaver,
  DEFAULT_HEIGHT,
  DEFAULT_WIDTH,
  MIN_HEIGHT,
  MIN_WIDTH,
  parseWindowState,
  resolveWindowState,
  type Rect,
} from '../../../src/main/window-state'

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('parseWindowState', () => {
  it('reads a stored state', () => {
    expect(parseWindowState('{"x":10,"y":20,"width":1300,"height":850,"maximized":true}')).toEqual({
      x: 10,
      y: 20,
      width: 1300,
      height: 850,
      maximized: true,
    })
  })

  it('treats a missing or non-boolean maximized as not maximized and rounds fractions', () => {
    expect(
      parseWindowState('{"x":10.4,"y":20.6,"width":1300,"height":850,"maximized":"yes"}'),
    ).toEqual({
      x: 10,
      y: 21,
      width: 1300,
      height: 850,
      maximized: false,
    })
  })

  it.each([
    null,
    undefined,
    '',
    '{',
    'null',
    '[]',
    '"x"',
    '42',
    '{"x":0,"y":0,"width":1280}',
    '{"x":"0","y":0,"width":1280,"height":800}',
    '{"x":0,"y":0,"width":-5,"height":800}',
    '{"x":0,"y":0,"width":0,"height":800}',
    '{"x":0,"y":0,"width":1e9,"height":800}',
    '{"x":1e12,"y":0,"width":1280,"height":800}',
    '{"x":0,"y":0,"width":1280,"height":null}',
  ])('ignores %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull()
  })
})

describe('resolveWindowState', () => {
  it('opens centred at 1280x800 on the primary display the first time', () => {
    expect(resolveWindowState(null, [laptop, rightMonitor])).toEqual({
      x: (1920 - DEFAULT_WIDTH) / 2,
      y: (1040 - DEFAULT_HEIGHT) / 2,
      width: DEFAULT_WIDTH,
      height: DEFAULT_HEIGHT,
      maximized: false,
    })
  })

  it('keeps a window that is fully visible', () => {
    const stored = { x: 100, y: 50, width: 1400, height: 900, maximized: false }
    expect(resolveWindowState(stored, [laptop])).toEqual(stored)
  })

  it('keeps a window on a second monitor', () => {
    const stored = { x: 2200, y: 100, width: 1600, height: 1000, maximized: true }
    expect(resolveWindowState(stored, [laptop, rightMonitor])).toEqual(stored)
  })

  it('recentres a window whose monitor was unplugged, keeping maximized', () => {
    const stored = { x: 2200, y: 100, width: 1600, height: 1000, maximized: true }
    expect(resolveWindowState(stored, [laptop])).toEqual({
      ...resolveWindowState(null, [laptop]),
      maximized: true,
    })
  })

  it('pulls a window hanging off the edge back onto the display', () => {
    const stored = { x: 1500, y: -200, width: 1280, height: 800, maximized: false }
    expect(resolveWindowState(stored, [laptop])).toEqual({
      x: 1920 - 1280,
      y: 0,
      width: 1280,
      height: 800,
      maximized: false,
    })
  })

  it('shrinks a window larger than the display to fit', () => {
    const stored = { x: 0, y: 0, width: 3000, height: 2000, maximized: false }
    expect(resolveWindowState(stored, [laptop])).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
      maximized: false,
    })
  })

  it('grows a window below the minimum size', () => {
    const stored = { x: 10, y: 10, width: 300, height: 200, maximized: false }
    const result = resolveWindowState(stored, [laptop])
    expect(result.width).toBe(MIN_WIDTH)
    expect(result.height).toBe(MIN_HEIGHT)
  })

  it('recentres a window with only a sliver on screen', () => {
    const stored = { x: 1900, y: 100, width: 1280, height: 800, maximized: false }
    expect(resolveWindowState(stored, [laptop])).toEqual(resolveWindowState(null, [laptop]))
  })

  it('fits the default into a small screen', () => {
    const small = { x: 0, y: 0, width: 1024, height: 700 }
    expect(resolveWindowState(null, [small])).toEqual({
      x: 0,
      y: 0,
      width: 1024,
      height: 700,
      maximized: false,
    })
  })

  it('copes with no displays reported', () => {
    expect(resolveWindowState(null, [])).toMatchObject({
      width: DEFAULT_WIDTH,
      height: DEFAULT_HEIGHT,
    })
  })
})

describe('createWindowStateSaver', () => {
  function fakeTimers() {
    const timers = new Map<number, () => void>()
    let next = 1
    return {
      timers,
      setTimer: (callback: () => void) => {
        timers.set(next, callback)
        return next++
      },
      clearTimer: (handle: unknown) => void timers.delete(handle as number),
      fire: () => {
        const pending = [...timers.values()]
        timers.clear()
        for (const cb of pending) cb()
      },
    }
  }
  const state = (x: number) => ({ x, y: 0, width: 1280, height: 800, maximized: false })

  it('writes once after a burst of changes, with the latest state', () => {
    const clock = fakeTimers()
    const write = vi.fn()
    const saver = createWindowStateSaver({
      write,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    })
    for (let x = 0; x < 20; x++) saver.schedule(state(x))
    expect(write).not.toHaveBeenCalled()
    expect(clock.timers.size).toBe(1)
    clock.fire()
    expect(write).toHaveBeenCalledOnce()
    expect(JSON.parse(write.mock.calls[0]?.[0] as string)).toEqual(state(19))
  })

  it('flush writes the pending state at once, and only once', () => {
    const clock = fakeTimers()
    const write = vi.fn()
    const saver = createWindowStateSaver({
      write,
      setTimer: clock.setTimer,
      clearTimer: clock.clearTimer,
    })
    saver.schedule(state(5))
    saver.flush()
    saver.flush()
    clock.fire()
    expect(write).toHaveBeenCalledOnce()
  })

  it('reports a failed write instead of throwing', async () => {
    const onError = vi.fn()
    const saver = createWindowStateSaver({
      write: () => {
        throw new Error('EACCES')
      },
      onError,
    })
    saver.schedule(state(1))
    expect(() => saver.flush()).not.toThrow()
    expect(onError).toHaveBeenCalledOnce()

    const asyncError = vi.fn()
    const asyncSaver = createWindowStateSaver({
      write: async () => Promise.reject(new Error('ENOSPC')),
      onError: asyncError,
    })
    asyncSaver.schedule(state(2))
    asyncSaver.flush()
    await new Promise((resolve) => setImmediate(resolve))
    expect(asyncError).toHaveBeenCalledOnce()
  })

  it('round-trips through parseWindowState', () => {
    let written = ''
    const saver = createWindowStateSaver({ write: (json) => void (written = json) })
    saver.schedule({ x: 12, y: 34, width: 1300, height: 820, maximized: true })
    saver.flush()
    expect(parseWindowState(written)).toEqual({
      x: 12,
      y: 34,
      width: 1300,
      height: 820,
      maximized: true,
    })
  })
})
