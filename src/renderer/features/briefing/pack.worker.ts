/// <reference lib="webworker" />
/**
 * The briefing screen's worker (one per open screen): reads the pack source from the app's
 * database itself, builds and keeps the pack model, posts the preview, and builds the PDF on
 * request. The protocol is pack-session.ts (tested without a Worker); this file only wires
 * it to Dexie, the model builder and pdfmake (about 3 MB with its fonts, loaded here only,
 * once the first preview is out).
 *
 * Data changes reach this worker as they reach any context of the origin: Dexie 4 broadcasts
 * every committed write's changed parts on a BroadcastChannel and fires 'storagemutated'
 * here; a write to any table the pack reads re-reads the source (observeByChanges: a plain
 * read, not a live query, which cost more than the read itself nationally).
 */
import Dexie, { type ObservabilitySet } from 'dexie'
import { createDatabase, type SimpulDexie } from '../../db/database'
import { buildPackDocument } from './pack-document'
import { loadPackSource } from './pack-loader'
import { buildBriefingModel } from './pack-model'
import {
  createPackSession,
  observeByChanges,
  touchesTables,
  type SessionReply,
  type SessionRequest,
} from './pack-session'
import { PACK_SOURCE_TABLES } from './pack-source'

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
    return observeByChanges(
      () => loadPackSource(db, meetingId, asOf),
      (changed) => {
        const listener = (parts: ObservabilitySet) => {
          if (touchesTables(parts, dbName, PACK_SOURCE_TABLES)) changed()
        }
        Dexie.on('storagemutated', listener)
        return () => Dexie.on.storagemutated.unsubscribe(listener)
      },
      observer,
    )
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
