/**
 * Times one user action inside the page: performance.now() just before the click or change,
 * then the first animation frame at which every condition holds (the screen shows the
 * result). In-page timing leaves out the DevTools round trip; conditions are data, not code,
 * because the app's CSP forbids evaluating strings in the page.
 */
import type { ElementHandle } from 'playwright-core'

export interface Until {
  selector: string
  /** The element's text must include this. */
  text?: string
  /** The element's text must differ from this (it changed). */
  notText?: string
}

export type Action = { kind: 'click' } | { kind: 'select'; value: string }

export async function timeAction(
  el: ElementHandle,
  action: Action,
  until: Until[],
  timeoutMs = 60_000,
): Promise<number> {
  return el.evaluate(
    (node, [act, conds, timeout]) =>
      new Promise<number>((resolve, reject) => {
        const holds = () =>
          conds.every((c) => {
            const found = document.querySelector(c.selector)
            if (!found) return false
            const text = found.textContent ?? ''
            return (
              (c.text === undefined || text.includes(c.text)) &&
              (c.notText === undefined || text !== c.notText)
            )
          })
        if (holds()) {
          reject(
            new Error(
              `the screen already shows the result before the action: ${JSON.stringify(conds)}`,
            ),
          )
          return
        }
        const t0 = performance.now()
        if (act.kind === 'click') (node as HTMLElement).click()
        else {
          const select = node as HTMLSelectElement
          select.value = act.value
          select.dispatchEvent(new Event('change', { bubbles: true }))
        }
        const check = () => {
          if (holds()) resolve(performance.now() - t0)
          else if (performance.now() - t0 > timeout)
            reject(new Error(`no result after ${timeout} ms: ${JSON.stringify(conds)}`))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    [action, until, timeoutMs] as const,
  )
}
