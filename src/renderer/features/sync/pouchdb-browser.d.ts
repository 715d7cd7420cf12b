/** The part of PouchDB 9 (pouchdb-browser) that the sync feature uses. */
declare module 'pouchdb-browser' {
  export interface PouchDoc {
    _id: string
    _rev?: string
    _deleted?: boolean
    _conflicts?: string[]
    [key: string]: unknown
  }
  export interface PouchChange {
    id: string
    seq: number | string
    doc?: PouchDoc
    deleted?: boolean
  }
  export interface PouchEmitter {
    on(event: string, listener: (info: never) => void): this
    cancel(): void
  }
  export interface PouchReplication extends PouchEmitter, PromiseLike<unknown> {}
  export interface PouchSync extends PouchEmitter {
    push: PouchEmitter
    pull: PouchEmitter
  }
  export interface PouchInfo {
    doc_count: number
    update_seq: number | string
  }
  export default class PouchDB {
    constructor(name: string, options?: Record<string, unknown>)
    name: string
    get(id: string, options?: Record<string, unknown>): Promise<PouchDoc>
    put(doc: PouchDoc, options?: Record<string, unknown>): Promise<{ ok: boolean; rev: string }>
    bulkDocs(
      docs: PouchDoc[],
      options?: Record<string, unknown>,
    ): Promise<{ ok?: boolean; id: string; rev?: string; error?: string; reason?: string }[]>
    allDocs(options?: Record<string, unknown>): Promise<{
      rows: { id: string; value: { rev: string }; doc?: PouchDoc }[]
      total_rows: number
    }>
    changes(options?: Record<string, unknown>): Promise<{
      results: PouchChange[]
      last_seq: number | string
    }>
    info(): Promise<PouchInfo>
    revsDiff(revs: Record<string, string[]>): Promise<Record<string, { missing: string[] }>>
    destroy(): Promise<unknown>
    close(): Promise<unknown>
    static sync(local: PouchDB, remote: PouchDB, options?: Record<string, unknown>): PouchSync
    static replicate(
      source: PouchDB,
      target: PouchDB,
      options?: Record<string, unknown>,
    ): PouchReplication
  }
}
