/**
 * The screen's side of the pack worker (pack.worker.ts, protocol in pack-session.ts): one
 * worker for as long as the briefing screen is open. It is told which meeting and date to
 * show; the preview comes back small, and the PDF is asked of the same worker, which kept
 * the model.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SectionChoice } from './pack-model'
import {
  INITIAL_PREVIEW,
  nextPreviewState,
  type PreviewState,
  type SessionErrorCode,
  type SessionReply,
  type SessionRequest,
} from './pack-session'

/** A PDF request that failed in the worker; the code lets the screen explain it in its words. */
export class PackSessionError extends Error {
  constructor(
    readonly code: SessionErrorCode | 'worker',
    message: string,
  ) {
    super(message)
  }
}

interface Pending {
  resolve(bytes: Uint8Array<ArrayBuffer>): void
  reject(error: Error): void
  onProgress(value: number): void
}

interface Connection {
  worker: Worker
  /** Opens sent so far: the worker numbers them the same way. */
  generation: number
  /** The meeting and date of the latest open (the screen's key for its preview). */
  key: string
  pending: Map<number, Pending>
  nextId: number
}

const keyOf = (meetingId: string, asOf: string | null) => `${meetingId}|${asOf ?? ''}`

export interface PackSessionHandle {
  preview: PreviewState
  buildPdf(
    sections: SectionChoice,
    preparedBy: string,
    onProgress: (value: number) => void,
  ): Promise<Uint8Array<ArrayBuffer>>
}

/** asOf null: no valid date (the preview waits). */
export function usePackSession(
  dbName: string,
  meetingId: string,
  asOf: string | null,
): PackSessionHandle {
  const connection = useRef<Connection | null>(null)
  const [state, setState] = useState<{ key: string; preview: PreviewState }>({
    key: '',
    preview: INITIAL_PREVIEW,
  })

  useEffect(() => {
    const worker = new Worker(new URL('./pack.worker.ts', import.meta.url), { type: 'module' })
    const conn: Connection = { worker, generation: 0, key: '', pending: new Map(), nextId: 1 }
    connection.current = conn
    const failAll = (error: Error) => {
      for (const p of conn.pending.values()) p.reject(error)
      conn.pending.clear()
    }
    worker.onmessage = (event: MessageEvent<SessionReply>) => {
      const reply = event.data
      if ('id' in reply) {
        const pending = conn.pending.get(reply.id)
        if (!pending) return
        if (reply.type === 'pdfProgress') return pending.onProgress(reply.value)
        conn.pending.delete(reply.id)
        if (reply.type === 'pdfDone') pending.resolve(reply.bytes)
        else pending.reject(new PackSessionError(reply.code, reply.message))
        return
      }
      const key = conn.key
      setState((s) => ({
        key,
        preview: nextPreviewState(
          s.key === key ? s.preview : INITIAL_PREVIEW,
          reply,
          conn.generation,
        ),
      }))
    }
    worker.onerror = (event) => {
      const message = event.message || 'worker'
      const key = conn.key
      setState((s) => ({
        key,
        preview: {
          kind: 'error',
          message,
          preview: s.key === key && s.preview.kind !== 'notFound' ? s.preview.preview : null,
        },
      }))
      failAll(new PackSessionError('worker', message))
    }
    return () => {
      worker.terminate()
      failAll(new PackSessionError('worker', 'closed'))
      if (connection.current === conn) connection.current = null
    }
  }, [])

  useEffect(() => {
    const conn = connection.current
    if (!conn) return
    conn.generation++
    conn.key = keyOf(meetingId, asOf)
    conn.worker.postMessage(
      (asOf
        ? { type: 'open', dbName, meetingId, asOf }
        : { type: 'close' }) satisfies SessionRequest,
    )
  }, [dbName, meetingId, asOf])

  const buildPdf = useCallback<PackSessionHandle['buildPdf']>(
    (sections, preparedBy, onProgress) =>
      new Promise((resolve, reject) => {
        const conn = connection.current
        if (!conn) return reject(new PackSessionError('worker', 'closed'))
        const id = conn.nextId++
        conn.pending.set(id, { resolve, reject, onProgress })
        conn.worker.postMessage({ type: 'pdf', id, sections, preparedBy } satisfies SessionRequest)
      }),
    [],
  )

  const key = keyOf(meetingId, asOf)
  return { preview: state.key === key ? state.preview : INITIAL_PREVIEW, buildPdf }
}
