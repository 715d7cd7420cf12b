/** Samples the page's used JS heap through the DevTools protocol while the bench runs. */
import type { CDPSession, Page } from 'playwright-core'

export class HeapSampler {
  private timer: ReturnType<typeof setInterval> | null = null
  private session: CDPSession | null = null
  peakBytes = 0
  samples = 0
  private phase = 'start'
  /** Peak per phase, so a 1 GB backup does not hide what the screens use. */
  readonly peakByPhase: Record<string, number> = {}

  mark(phase: string): void {
    this.phase = phase
  }

  async start(page: Page, everyMs = 200): Promise<void> {
    this.session = await page.context().newCDPSession(page)
    await this.session.send('Performance.enable')
    this.timer = setInterval(() => void this.sample(), everyMs)
  }

  async sample(): Promise<void> {
    if (!this.session) return
    try {
      const { metrics } = await this.session.send('Performance.getMetrics')
      const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
      this.samples++
      if (used > this.peakBytes) this.peakBytes = used
      if (used > (this.peakByPhase[this.phase] ?? 0)) this.peakByPhase[this.phase] = used
    } catch {
      // The page is navigating; the next sample will land.
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    await this.sample()
    await this.session?.detach().catch(() => undefined)
    this.session = null
  }
}
