/** Runs the notulen worker once per document. */
import type { NotulenModel } from './notulen-document'
import type { WorkerReply } from './pack.worker'

export function buildNotulenPdf(model: NotulenModel): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./notulen.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      if (reply.kind === 'progress') return
      worker.terminate()
      if (reply.kind === 'done') resolve(reply.bytes)
      else reject(new Error(reply.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'Gagal menyusun notulen'))
    }
    worker.postMessage({ model })
  })
}
