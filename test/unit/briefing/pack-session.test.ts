/**
 * The briefing worker's protocol (pack-session.ts) without a Worker: the real model builder
 * over the sample data, a fake observation the test drives (as Dexie's live query would), a
 * fake PDF renderer, and the replies collected as the screen would receive them.
 */
import { describe, expect, it } from 'vitest'
import { SAMPLE_IDS } from '../../../src/renderer/db/sample-data'
import {
  ALL_SECTIONS,
  buildBriefingModel,
  type BriefingModel,
} from '../../../src/renderer/features/briefing/pack-model'
import {
  createPackSession,
  INITIAL_PREVIEW,
  nextPreviewState,
  observeByChanges,
  touchesTables,
  type PreviewState,
  type SessionReply,
  type SourceObserver,
} from '../../../src/renderer/features/briefing/pack-session'
import type { PackSource } from '../../../src/renderer/features/briefing/pack-source'
import { sampleSource } from './sample-source'

const asOf = '2026-11-23'
const meetingId = SAMPLE_IDS.meeting2023Rakor

function harness(options: { renderFails?: boolean } = {}) {
  const replies: SessionReply[] = []
  const transfers: (Transferable[] | undefined)[] = []
  const observations: {
    dbName: string
    meetingId: string
    asOf: string
    observer: SourceObserver
    closed: boolean
  }[] = []
  const rendered: BriefingModel[] = []
  const progress: ((v: number) => void)[] = []
  const finish: ((bytes: Uint8Array<ArrayBuffer>) => void)[] = []
  let builds = 0
  let idles = 0
  const session = createPackSession({
    observe(dbName, meetingId, asOf, observer) {
      const o = { dbName, meetingId, asOf, observer, closed: false }
      observations.push(o)
      return () => {
        o.closed = true
      }
    },
    buildModel(source, opts) {
      builds++
      return buildBriefingModel(source, opts)
    },
    renderPdf(model, onProgress) {
      rendered.push(model)
      progress.push(onProgress)
      if (options.renderFails) return Promise.reject(new Error('pdfmake broke'))
      return new Promise((resolve) => finish.push(resolve))
    },
    post(reply, transfer) {
      replies.push(reply)
      transfers.push(transfer)
    },
    idle: () => idles++,
  })
  /** Drives the latest observation as Dexie's live query would: a read starts, its result comes. */
  const emit = (source: PackSource | null, which = observations.length - 1) => {
    const o = observations[which]!
    o.observer.reading()
    o.observer.source(source)
  }
  return {
    session,
    replies,
    transfers,
    observations,
    rendered,
    progress,
    finish,
    emit,
    get builds() {
      return builds
    },
    get idles() {
      return idles
    },
  }
}

/** Folds replies into the screen's state, as pack-client.ts does for its latest open. */
const screenState = (replies: SessionReply[], generation: number): PreviewState =>
  replies.reduce((s, r) => nextPreviewState(s, r, generation), INITIAL_PREVIEW)

const open = (h: ReturnType<typeof harness>, date = asOf, id = meetingId) =>
  h.session.handle({ type: 'open', dbName: 'simpul-test', meetingId: id, asOf: date })

describe('pack session (the briefing worker’s protocol)', () => {
  it('reads the source itself, then posts a small preview: the meeting, four headlines and the talking points', () => {
    const h = harness()
    open(h)
    expect(h.observations).toEqual([
      expect.objectContaining({ dbName: 'simpul-test', meetingId, asOf, closed: false }),
    ])
    const source = sampleSource()
    h.emit(source)
    expect(h.replies.map((r) => r.type)).toEqual(['stage', 'stage', 'preview'])
    expect(h.replies.slice(0, 2)).toEqual([
      { type: 'stage', generation: 1, stage: 'reading' },
      { type: 'stage', generation: 1, stage: 'building' },
    ])
    const reply = h.replies[2]!
    if (reply.type !== 'preview' || !reply.preview) throw new Error('no preview')
    const model = buildBriefingModel(source, { meetingId, asOf })
    expect(reply.preview.meeting.id).toBe(meetingId)
    expect(reply.preview.headlines).toEqual(model.headlines.slice(0, 4))
    expect(reply.preview.headlines.length).toBeGreaterThan(0)
    expect(reply.preview.talkingPoints).toEqual(model.talkingPoints)
    // Only what the preview needs crosses: not the model's tables, charts or profiles.
    expect(Object.keys(reply.preview).sort()).toEqual(['headlines', 'meeting', 'talkingPoints'])
    expect(JSON.stringify(reply.preview).length).toBeLessThan(JSON.stringify(model).length / 4)
    expect(h.session.model).toEqual(model)
    expect(screenState(h.replies, 1)).toEqual({ kind: 'ready', preview: reply.preview })
    expect(h.idles).toBe(1)
  })

  it('builds the PDF from the kept model with the chosen sections and preparer, transferring the bytes', async () => {
    const h = harness()
    open(h)
    h.emit(sampleSource())
    const kept = h.session.model!
    const sections = { ...ALL_SECTIONS, minutes: false, attendanceSheet: false }
    h.session.handle({ type: 'pdf', id: 7, sections, preparedBy: 'Rina' })
    expect(h.builds).toBe(1)
    expect(h.rendered).toHaveLength(1)
    expect(h.rendered[0]).toEqual({ ...kept, sections, preparedBy: 'Rina' })
    // Relabelled, not changed: the kept model still has every section.
    expect(h.session.model!.sections).toEqual(ALL_SECTIONS)
    h.progress[0]!(0.5)
    const bytes = new Uint8Array([37, 80, 68, 70])
    h.finish[0]!(bytes)
    await Promise.resolve()
    await Promise.resolve()
    expect(h.replies.slice(-2)).toEqual([
      { type: 'pdfProgress', id: 7, value: 0.5 },
      { type: 'pdfDone', id: 7, bytes },
    ])
    expect(h.transfers.at(-1)).toEqual([bytes.buffer])
  })

  it('refuses a PDF before the model is built, and reports a renderer failure with its message', async () => {
    const h = harness({ renderFails: true })
    h.session.handle({ type: 'pdf', id: 1, sections: ALL_SECTIONS, preparedBy: '' })
    expect(h.replies).toEqual([
      { type: 'pdfError', id: 1, code: 'notReady', message: 'no pack model yet' },
    ])
    open(h)
    h.session.handle({ type: 'pdf', id: 2, sections: ALL_SECTIONS, preparedBy: '' })
    expect(h.replies.at(-1)).toMatchObject({ type: 'pdfError', id: 2, code: 'notReady' })
    h.emit(sampleSource())
    h.session.handle({ type: 'pdf', id: 3, sections: ALL_SECTIONS, preparedBy: '' })
    await Promise.resolve()
    await Promise.resolve()
    expect(h.replies.at(-1)).toEqual({
      type: 'pdfError',
      id: 3,
      code: 'failed',
      message: 'pdfmake broke',
    })
  })

  it('a data change re-reads and rebuilds; the screen keeps the old preview while the new one is built', () => {
    const h = harness()
    open(h)
    const source = sampleSource()
    h.emit(source)
    const first = screenState(h.replies, 1)
    expect(first.kind).toBe('ready')
    // The live query re-runs: a read starts.
    h.observations[0]!.observer.reading()
    const during = screenState(h.replies, 1)
    expect(during).toEqual({
      kind: 'waiting',
      stage: 'reading',
      preview: first.kind === 'ready' ? first.preview : null,
    })
    const renamed = sampleSource()
    renamed.meetings = renamed.meetings.map((m) =>
      m.id === meetingId ? { ...m, title: 'Rakor diganti judulnya' } : m,
    )
    h.observations[0]!.observer.source(renamed)
    expect(h.builds).toBe(2)
    const after = screenState(h.replies, 1)
    expect(after.kind === 'ready' && after.preview.meeting.title).toBe('Rakor diganti judulnya')
    expect(h.session.model!.meeting.title).toBe('Rakor diganti judulnya')
  })

  it('a new date replaces the observation; replies of the older one are dropped on both sides', () => {
    const h = harness()
    open(h)
    open(h, '2024-06-30')
    expect(h.observations.map((o) => [o.asOf, o.closed])).toEqual([
      [asOf, true],
      ['2024-06-30', false],
    ])
    // The old query answers late: the session ignores it (no build, no reply).
    h.emit(sampleSource(), 0)
    expect(h.builds).toBe(0)
    expect(h.replies).toEqual([])
    h.emit(sampleSource(), 1)
    expect(h.builds).toBe(1)
    expect(h.session.model!.asOf).toBe('2024-06-30')
    expect(h.replies.every((r) => 'generation' in r && r.generation === 2)).toBe(true)
    // The screen drops a reply of an open it has replaced.
    const stale: SessionReply = { type: 'preview', generation: 1, preview: null }
    expect(nextPreviewState(INITIAL_PREVIEW, stale, 2)).toBe(INITIAL_PREVIEW)
  })

  it('a missing meeting is "not found"; a failing read or build is an error that keeps the last preview', () => {
    const h = harness()
    open(h, asOf, 'no-such-meeting')
    h.emit(null)
    expect(screenState(h.replies, 1)).toEqual({ kind: 'notFound' })
    expect(h.session.model).toBeNull()

    const g = harness()
    open(g)
    g.emit(sampleSource())
    const ready = screenState(g.replies, 1)
    g.observations[0]!.observer.error(new Error('QuotaExceededError'))
    expect(screenState(g.replies, 1)).toEqual({
      kind: 'error',
      message: 'QuotaExceededError',
      preview: ready.kind === 'ready' ? ready.preview : null,
    })
    expect(g.session.model).toBeNull()

    // A source the builder cannot use (its meeting is not among the meetings read).
    const b = harness()
    open(b)
    const broken = sampleSource()
    broken.meetings = []
    b.emit(broken)
    expect(screenState(b.replies, 1).kind).toBe('error')
  })

  it('close stops observing and forgets the model', () => {
    const h = harness()
    open(h)
    h.emit(sampleSource())
    h.session.handle({ type: 'close' })
    expect(h.observations[0]!.closed).toBe(true)
    expect(h.session.model).toBeNull()
  })
})

describe('change signals (the worker re-reads after a write to a table the pack reads)', () => {
  it('touchesTables looks at the database and table of each changed part', () => {
    const tables = ['meetings', 'coverage']
    expect(touchesTables({ 'idb://simpul/meetings/': {} }, 'simpul', tables)).toBe(true)
    expect(touchesTables({ 'idb://simpul/coverage/[regionId+period]': {} }, 'simpul', tables)).toBe(
      true,
    )
    expect(touchesTables({ 'idb://simpul/audit/': {} }, 'simpul', tables)).toBe(false)
    // Another database (the safety copies, or a test's) and a table whose name only starts alike.
    expect(touchesTables({ 'idb://simpul-salinan-pengaman/meetings/': {} }, 'simpul', tables)).toBe(
      false,
    )
    expect(touchesTables({ 'idb://simpul/meetingsX/': {} }, 'simpul', tables)).toBe(false)
    expect(touchesTables({}, 'simpul', tables)).toBe(false)
  })

  it('observeByChanges reads once, re-reads after a change, and coalesces changes during a read', async () => {
    const reads: ((v: number) => void)[] = []
    let signal: () => void = () => undefined
    let unsubscribed = false
    const seen: (number | string)[] = []
    const stop = observeByChanges(
      () => new Promise<number>((resolve) => reads.push(resolve)),
      (changed) => {
        signal = changed
        return () => {
          unsubscribed = true
        }
      },
      {
        reading: () => seen.push('reading'),
        source: (v) => seen.push(v),
        error: (e) => seen.push(`error ${String(e)}`),
      },
    )
    const settle = async () => {
      for (let i = 0; i < 5; i++) await Promise.resolve()
    }
    expect(reads).toHaveLength(1)
    reads[0]!(1)
    await settle()
    expect(seen).toEqual(['reading', 1])
    // Two writes while the second read runs: its result is shown, and one more read follows.
    signal()
    expect(reads).toHaveLength(2)
    signal()
    signal()
    expect(reads).toHaveLength(2)
    reads[1]!(2)
    await settle()
    expect(reads).toHaveLength(3)
    reads[2]!(3)
    await settle()
    expect(seen).toEqual(['reading', 1, 'reading', 2, 'reading', 3])
    stop()
    expect(unsubscribed).toBe(true)
    signal()
    expect(reads).toHaveLength(3)
  })

  it('observeByChanges reports a failed read, and delivers nothing after the stop', async () => {
    const seen: string[] = []
    let fail: (e: Error) => void = () => undefined
    const observer = {
      reading: () => seen.push('reading'),
      source: () => seen.push('source'),
      error: (e: unknown) => seen.push(`error ${(e as Error).message}`),
    }
    observeByChanges(
      () => new Promise<number>((_, reject) => (fail = reject)),
      () => () => undefined,
      observer,
    )
    fail(new Error('baca gagal'))
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(seen).toEqual(['reading', 'error baca gagal'])

    let finish: (v: number) => void = () => undefined
    const late: string[] = []
    const stop = observeByChanges(
      () => new Promise<number>((resolve) => (finish = resolve)),
      () => () => undefined,
      { ...observer, source: () => late.push('source') },
    )
    stop()
    finish(1)
    for (let i = 0; i < 5; i++) await Promise.resolve()
    expect(late).toEqual([])
  })
})
