/**
 * The briefing screen's worker session, as plain logic (pack.worker.ts wires it to the
 * Worker, Dexie and pdfmake; the unit tests wire it to fakes). One session lives as long as
 * the screen: it reads the meeting's pack source itself, builds the pack model, keeps it,
 * and posts back only the small preview the screen shows. "Susun PDF" then asks for the PDF
 * with the chosen sections and preparer: the model is never cloned between threads.
 *
 * The source is observed (a live query in the worker): a change to the data the pack reads,
 * made in any context of the app, rebuilds the model and posts a new preview. A new `open`
 * (another meeting or date) replaces the observation; replies of an older one are dropped,
 * each reply naming the `generation` of the open it belongs to.
 */
import type { FigureView, BriefingModel, SectionChoice } from './pack-model'
import { ALL_SECTIONS } from './pack-model'
import type { PackSource } from './pack-source'
import type { Meeting } from '../../db/types'

/** What the screen shows of a pack: a few hundred bytes whatever the scope. */
export interface PackPreview {
  meeting: Meeting
  headlines: FigureView[]
  talkingPoints: string[]
}

/** Steps of building the preview, in order: 1 of 2 and 2 of 2 on screen. */
export type PreviewStage = 'reading' | 'building'
export const PREVIEW_STAGES: readonly PreviewStage[] = ['reading', 'building']

/** Failures the screen explains in its own words; anything else carries the thrown message. */
export type SessionErrorCode = 'notReady' | 'failed'

export type SessionRequest =
  | { type: 'open'; dbName: string; meetingId: string; asOf: string }
  | { type: 'pdf'; id: number; sections: SectionChoice; preparedBy: string }
  | { type: 'close' }

export type SessionReply =
  | { type: 'stage'; generation: number; stage: PreviewStage }
  /** preview null: the meeting does not exist (or was deleted). */
  | { type: 'preview'; generation: number; preview: PackPreview | null }
  | { type: 'previewError'; generation: number; message: string }
  | { type: 'pdfProgress'; id: number; value: number }
  | { type: 'pdfDone'; id: number; bytes: Uint8Array<ArrayBuffer> }
  | { type: 'pdfError'; id: number; code: SessionErrorCode; message: string }

export interface SourceObserver {
  /** A (re)read of the source starts. */
  reading(): void
  source(source: PackSource | null): void
  error(error: unknown): void
}

export interface PackSessionDeps {
  /** Observes the source of one meeting's pack as of asOf; returns the unsubscribe. */
  observe(dbName: string, meetingId: string, asOf: string, observer: SourceObserver): () => void
  buildModel(source: PackSource, options: { meetingId: string; asOf: string }): BriefingModel
  renderPdf(
    model: BriefingModel,
    onProgress: (value: number) => void,
  ): Promise<Uint8Array<ArrayBuffer>>
  post(reply: SessionReply, transfer?: Transferable[]): void
  /** Called once the first preview is out: a chance to load the PDF library before the click. */
  idle?(): void
}

export interface PackSession {
  handle(request: SessionRequest): void
  /** The model kept for the PDF (tests and the worker's own checks). */
  readonly model: BriefingModel | null
}

export const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/** The model the PDF is built from: the kept model relabelled with the screen's choices. */
export function pdfModel(
  model: BriefingModel,
  sections: SectionChoice,
  preparedBy: string,
): BriefingModel {
  return { ...model, sections: { ...ALL_SECTIONS, ...sections }, preparedBy }
}

export function previewOf(source: PackSource, model: BriefingModel): PackPreview | null {
  const meeting = source.meetings.find((m) => m.id === model.meeting.id)
  if (!meeting) return null
  return { meeting, headlines: model.headlines.slice(0, 4), talkingPoints: model.talkingPoints }
}

export function createPackSession(deps: PackSessionDeps): PackSession {
  let generation = 0
  let unsubscribe: (() => void) | null = null
  let model: BriefingModel | null = null
  let idled = false

  const stop = () => {
    unsubscribe?.()
    unsubscribe = null
  }

  const open = (dbName: string, meetingId: string, asOf: string) => {
    stop()
    const mine = ++generation
    model = null
    const current = () => mine === generation
    unsubscribe = deps.observe(dbName, meetingId, asOf, {
      reading: () => {
        if (current()) deps.post({ type: 'stage', generation: mine, stage: 'reading' })
      },
      source: (source) => {
        if (!current()) return
        if (!source) {
          model = null
          deps.post({ type: 'preview', generation: mine, preview: null })
          return
        }
        deps.post({ type: 'stage', generation: mine, stage: 'building' })
        try {
          const built = deps.buildModel(source, { meetingId, asOf })
          model = built
          deps.post({ type: 'preview', generation: mine, preview: previewOf(source, built) })
        } catch (error) {
          model = null
          deps.post({ type: 'previewError', generation: mine, message: messageOf(error) })
          return
        }
        if (!idled && deps.idle) {
          idled = true
          deps.idle()
        }
      },
      error: (error) => {
        if (!current()) return
        model = null
        deps.post({ type: 'previewError', generation: mine, message: messageOf(error) })
      },
    })
  }

  const pdf = (id: number, sections: SectionChoice, preparedBy: string) => {
    if (!model) {
      deps.post({ type: 'pdfError', id, code: 'notReady', message: 'no pack model yet' })
      return
    }
    // The model of this moment: a rebuild while pdfmake works does not change this PDF.
    const chosen = pdfModel(model, sections, preparedBy)
    deps
      .renderPdf(chosen, (value) => deps.post({ type: 'pdfProgress', id, value }))
      .then(
        (bytes) => deps.post({ type: 'pdfDone', id, bytes }, [bytes.buffer]),
        (error: unknown) =>
          deps.post({ type: 'pdfError', id, code: 'failed', message: messageOf(error) }),
      )
  }

  return {
    handle(request) {
      switch (request.type) {
        case 'open':
          return open(request.dbName, request.meetingId, request.asOf)
        case 'pdf':
          return pdf(request.id, request.sections, request.preparedBy)
        case 'close':
          stop()
          generation++
          model = null
          return
      }
    },
    get model() {
      return model
    },
  }
}

/** What the screen knows of its preview, from the session's replies. */
export type PreviewState =
  /** No valid date yet, or the worker has not answered. */
  | { kind: 'waiting'; preview: PackPreview | null; stage: PreviewStage | null }
  | { kind: 'ready'; preview: PackPreview }
  | { kind: 'notFound' }
  | { kind: 'error'; message: string; preview: PackPreview | null }

export const INITIAL_PREVIEW: PreviewState = { kind: 'waiting', preview: null, stage: null }

const shownPreview = (state: PreviewState): PackPreview | null =>
  state.kind === 'notFound' ? null : state.preview

/**
 * The screen's preview after a reply of the open numbered `generation` (the screen's latest).
 * A re-read after a data change keeps the preview on screen while the new one is built.
 */
export function nextPreviewState(
  state: PreviewState,
  reply: SessionReply,
  generation: number,
): PreviewState {
  if (!('generation' in reply) || reply.generation !== generation) return state
  switch (reply.type) {
    case 'stage':
      return { kind: 'waiting', preview: shownPreview(state), stage: reply.stage }
    case 'preview':
      return reply.preview ? { kind: 'ready', preview: reply.preview } : { kind: 'notFound' }
    case 'previewError':
      return { kind: 'error', message: reply.message, preview: shownPreview(state) }
  }
}

/**
 * Whether a committed write's changed parts (Dexie's `storagemutated` parts, keyed
 * `idb://<database>/<table>/<index>`) touch a table the pack reads.
 */
export function touchesTables(
  parts: Record<string, unknown>,
  dbName: string,
  tables: readonly string[],
): boolean {
  const prefix = `idb://${dbName}/`
  const wanted = new Set(tables)
  return Object.keys(parts).some(
    (part) => part.startsWith(prefix) && wanted.has(part.slice(prefix.length).split('/')[0]!),
  )
}

/**
 * Reads now, and again after every change signal, one read at a time: signals that come
 * during a read make one more read once it ends; every read's result is delivered. This replaces a Dexie live query for the pack: a live query records every row
 * it reads (the primary key of each of the ~140 000 rows of the national pack goes into its
 * observed key ranges), which made the national read many times slower than the plain read.
 * Returns the stop, after which nothing is delivered.
 */
export function observeByChanges<T>(
  read: () => Promise<T>,
  subscribe: (changed: () => void) => () => void,
  observer: { reading(): void; source(value: T): void; error(error: unknown): void },
): () => void {
  let stopped = false
  let running = false
  let again = false
  const run = async () => {
    if (running) {
      again = true
      return
    }
    running = true
    try {
      do {
        again = false
        observer.reading()
        const value = await read()
        if (stopped) return
        // Delivered even when a change came during the read: with writes arriving faster
        // than a read takes, holding results back would never show anything.
        observer.source(value)
      } while (again && !stopped)
    } catch (error) {
      if (!stopped) observer.error(error)
    } finally {
      running = false
    }
  }
  const unsubscribe = subscribe(() => {
    if (!stopped) void run()
  })
  void run()
  return () => {
    stopped = true
    unsubscribe()
  }
}
