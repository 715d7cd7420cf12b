/// <reference lib="webworker" />
/**
 * Builds the notulen PDF off the UI thread, as pack.worker.ts does for the pack: the model
 * comes in, the bytes go out. pdfmake is loaded only here, on first use.
 */
import { buildNotulenDocument, type NotulenModel } from './notulen-document'
import type { WorkerReply } from './pack.worker'

const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = async (event: MessageEvent<{ model: NotulenModel }>) => {
  try {
    const [{ default: pdfMake }, { default: vfs }] = await Promise.all([
      import('pdfmake/build/pdfmake'),
      import('pdfmake/build/vfs_fonts'),
    ])
    pdfMake.addVirtualFileSystem(vfs)
    const pdf = pdfMake.createPdf(buildNotulenDocument(event.data.model))
    const bytes = new Uint8Array((await pdf.getBuffer()) as unknown as Uint8Array)
    scope.postMessage({ kind: 'done', bytes } satisfies WorkerReply, [bytes.buffer])
  } catch (error) {
    scope.postMessage({
      kind: 'error',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply)
  }
}
