/// <reference lib="webworker" />
/**
 * Builds the briefing PDF off the UI thread: the model comes in, progress and the bytes go
 * out. pdfmake (about 3 MB with its fonts) is loaded only here, on first use.
 */
import type { BriefingModel } from './pack-model'
import { buildPackDocument } from './pack-document'

export type WorkerRequest = { model: BriefingModel }
export type WorkerReply =
  | { kind: 'progress'; value: number }
  | { kind: 'done'; bytes: Uint8Array<ArrayBuffer> }
  | { kind: 'error'; message: string }

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  try {
    const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      import('pdfmake/build/vfs_fonts'),
    ])
    pdfMake.addVirtualFileSystem(vfs)
    const doc = buildPackDocument(event.data.model)
    pdfMake.setProgressCallback((value: number) =>
      scope.postMessage({ kind: 'progress', value } satisfies WorkerReply),
    )
    const pdf = pdfMake.createPdf(doc)
    const buffer = (await pdf.getBuffer()) as unknown as Uint8Array
    const bytes = new Uint8Array(buffer)
    scope.postMessage({ kind: 'done', bytes } satisfies WorkerReply, [bytes.buffer])
  } catch (error) {
    scope.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply)
  }
}
