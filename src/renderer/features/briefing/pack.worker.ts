/// <reference lib="webworker" />
/**
 * The briefing screen's worker (one per open screen): reads the pack source from the app's
 * database itself, builds and keeps the pack model, posts the preview, and builds the PDF on
 * request. The protocol is pack-session.ts (tested without a Worker); this file only wires
 * it to Dexie, the model builder and pdfmake (about 3 MB with its fonts, loaded here only,
 * once the first preview is out).
 *
 * Data changes reach this worker as they reach any context of the origin: Dexie 4 broadcasts
 * every committed write's changed ranges on a BroadcastChannel, and the live query below
 * re-reads when they touch what the pack read.
 */
import { liveQuery } from 'dexie'
import { createDatabase, type SimpulDexie } from '../../db/database'
import { buildPackDocument } from './pack-document'
import { loadPackSource } from './pack-loader'
import { buildBriefingModel } from './pack-model'
import { createPackSession, type SessionReply, type SessionRequest } from './pack-session'

/** The reply of the one-shot PDF workers (notulen.worker.ts). */
export type WorkerReply =
  | { kind: 'progress'; value: number }
  | { kind: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'error'; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

const importPdfMake = () =>
  Promise.all([import('pdfmake/build/pdfmake'), import('pdfmake/build/vfs_fonts')]).then(
    ([{ default: pdfMake }, { default: vfs }]) => {
      pdfMake.addVirtualFileSystem(vfs)
      return pdfMake
    },
  )
let pdfMakePromise: ReturnType<typeof importPdfMake> | null = null
const loadPdfMake = () =>
  (pdfMakePromise ??= importPdfMake().catch((error: unknown) => {
    // Not kept: the next "Susun PDF" tries the import again.
    pdfMakePromise = null
    throw error
  }))

const databases = new Map<string, SimpulDexie>()
const database = (name: string) => {
  let db = databases.get(name)
  if (!db) databases.set(name, (db = createDatabase(name)))
  return db
}

const session = createPackSession({
  observe(dbName, meetingId, asOf, observer) {
    const db = database(dbName)
    const subscription = liveQuery(() => {
      observer.reading()
      return loadPackSource(db, meetingId, asOf)
    }).subscribe({ next: observer.source, error: observer.error })
    return () => subscription.unsubscribe()
  },
  buildModel: buildBriefingModel,
  async renderPdf(model, onProgress) {
    const pdfMake = await loadPdfMake()
    pdfMake.setProgressCallback(onProgress)
    const pdf = pdfMake.createPdf(buildPackDocument(model))
    return new Uint8Array((await pdf.getBuffer()) as unknown as Uint8Array)
  },
  post: (reply: SessionReply, transfer?: Transferable[]) =>
    scope.postMessage(reply, transfer ?? []),
  idle: () => void loadPdfMake().catch(() => undefined),
})

scope.onmessage = (event: MessageEvent<SessionRequest>) => session.handle(event.data)
