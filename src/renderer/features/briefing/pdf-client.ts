/** Runs the PDF worker once per pack, reporting progress (0..1). */
import type { BriefingModel } from './pack-model'
import type { WorkerReply } from './pack.worker'

export function buildPdfInWorker(
  model: BriefingModel,
  onProgress: (value: number) => void,
): Promise<Uint8Array<ArrayBuffer>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module' })
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data
      if (reply.kind === 'progress') return onProgress(reply.value)
      worker.terminate()
      if (reply.kind === 'done') resolve(reply.bytes)
      else reject(new Error(reply.message))
    }
    worker.onerror = (event) => {
      worker.terminate()
      reject(new Error(event.message || 'Gagal menyusun PDF'))
    }
    worker.postMessage({ model })
  })
}
