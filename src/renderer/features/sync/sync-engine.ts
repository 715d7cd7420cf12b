/**
 * The replica beside Dexie and its replication with the office's CouchDB server.
 *
 * Dexie stays the app's store. The local PouchDB database is the outbox and the inbox:
 *  - outbox: every batch the one write path commits (db/write.ts onCommitted) is written to
 *    the replica as one document per record (sync-doc.ts), with its lineage;
 *  - inbox: documents replication brings into the replica are merged into Dexie with the
 *    exchange packages' merge (data/exchange-db.ts prepareImport/applyImport), so the same
 *    rules (newer wins, older is kept out, both changed = a conflict shown side by side) and
 *    the same write path (schemas, references, audit) apply. A document that fails them is
 *    refused and listed; Dexie stays as it was.
 * Replication (PouchDB.sync, live, retrying with back-off) runs while the server answers and
 * resumes by itself after being offline; working offline never waits for it.
 *
 * State kept in the replica's local document `_local/simpul-sync` (not replicated): how far
 * the inbox has read, which documents wait to be sent, which are in conflict, the last sync.
 */
import PouchDB, { type PouchDoc, type PouchSync } from 'pouchdb-browser'
import type { SimpulDexie } from '../../db/database'
import type { Actor } from '../../db/device'
import { describeFirstIssue, parseStoredRow } from '../../db/rows'
import { USER_TABLES, type UserTableName } from '../../db/types'
import { onCommitted } from '../../db/write'
import {
  applyImport,
  LINEAGE_KEY,
  prepareImport,
  type MergeConflict,
  type PreparedImport,
  type Resolution,
} from '../data'
import { FILTER_NAME } from '../../../shared/sync-design'
import { recordRegions, parentsNeeded, type Lookup } from './record-regions'
import { checkServerUrl } from './server-url'
import {
  checkIncomingDoc,
  docId,
  nextDoc,
  refusalBeforeSending,
  sendableBy,
  aboveRegions,
  scopeOf,
  stampOf,
  type Row,
  type SyncDoc,
} from './sync-doc'

export interface SyncConfig {
  /** URL of the CouchDB database. */
  server: string
  account: string
  /** Region codes this office holds (its replication filter and what it may write). */
  regions: string[]
}

export type SyncPhase = 'off' | 'connecting' | 'syncing' | 'synced' | 'offline' | 'error'

export interface Refusal {
  docId: string
  message: string
  at: string
  /** Who refused a write: this app before sending (the server's rule), or the server itself. */
  by?: 'app' | 'server'
}

/**
 * One step of sync that ran: a replication round (push and pull), or the inbox or outbox pass
 * around it. Failing steps keep the error as the engine or the server said it (technical, for
 * whoever investigates), beside the classified reason the screen words for the user.
 */
export interface SyncStep {
  at: string
  step: 'round' | 'inbox' | 'outbox'
  ok: boolean
  /** Documents sent to the server / received from it in this round. */
  pushed: number
  pulled: number
  error?: string
  kind?: SyncError['kind']
}

/** How many steps the status keeps (newest first). */
export const STEP_LOG_SIZE = 30

export interface SyncConflict {
  key: string
  conflict: MergeConflict
}

export interface SyncStatus {
  phase: SyncPhase
  lastSyncedAt: string | null
  /** Documents written here that the server has not confirmed yet. */
  pending: number
  conflicts: SyncConflict[]
  /** Documents from the server refused by the app's schemas or references. */
  refused: Refusal[]
  /** Writes the server refused (validate_doc_update): kept here, shown, not lost. */
  denied: Refusal[]
  /** What the last failure was, in Indonesian (the screen words it in the user's language). */
  error: SyncError | null
  /** The latest steps, newest first; every failing one with its error. */
  steps: SyncStep[]
}

export type SyncError =
  | { kind: 'unreachable' }
  | { kind: 'unauthorized' }
  | { kind: 'notFound' }
  | { kind: 'garbage'; detail: string }
  | { kind: 'url' }

const STATE_ID = '_local/simpul-sync'

/** Records compared with the replica per step of reconcile(), with a pause between steps. */
const RECONCILE_SLICE = 2000
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
/** Not an office: the peer name the exchange's bookkeeping records for changes from the server. */
export const SYNC_PEER = 'sync-server'

interface SavedState {
  inboxSeq: number | string
  pending: string[]
  unsettled: string[]
  lastSyncedAt: string | null
  /** Versions written here that this office may not send (or the server refused). */
  denied: Refusal[]
}

/** Retry after 1 s, then doubling up to this: a server back online is found within seconds. */
export const MAX_RETRY_MS = 8000
/** How often a round of replication runs while nothing changes here. */
export const SYNC_INTERVAL_MS = 3000

/** An error as the engine, the browser or the server put it, in one line. */
export function describeError(err: unknown): string {
  if (err === null || err === undefined) return 'unknown error'
  if (typeof err !== 'object') return String(err)
  const e = err as {
    status?: number
    name?: string
    error?: unknown
    message?: string
    reason?: string
    id?: string
  }
  const parts = [
    e.status ? String(e.status) : '',
    e.name && e.name !== 'Error' ? e.name : '',
    typeof e.error === 'string' ? e.error : '',
    e.message ?? '',
    e.reason && e.reason !== e.message ? e.reason : '',
    e.id ? `(${e.id})` : '',
  ].filter(Boolean)
  return (parts.length ? parts.join(' ') : JSON.stringify(err)).slice(0, 500)
}

function classify(err: unknown): SyncError {
  const e = err as { status?: number; name?: string; message?: string; reason?: string } | null
  const status = e?.status
  if (status === 401 || status === 403) return { kind: 'unauthorized' }
  if (status === 404) return { kind: 'notFound' }
  const text = `${e?.name ?? ''} ${e?.message ?? ''} ${e?.reason ?? ''}`
  if (!status || /fetch|network|ECONNREFUSED|Failed/i.test(text)) {
    if (/JSON|Unexpected token|is not valid/i.test(text))
      return { kind: 'garbage', detail: text.trim().slice(0, 160) }
    return { kind: 'unreachable' }
  }
  return { kind: 'garbage', detail: `${status} ${text.trim()}`.slice(0, 160) }
}

export class SyncEngine {
  readonly local: PouchDB
  private replication: PouchSync | null = null
  private session = { stopped: true }
  private roundTimer: ReturnType<typeof setTimeout> | null = null
  private wake: (() => void) | null = null
  private config: SyncConfig | null = null
  private queue: Promise<unknown> = Promise.resolve()
  private listeners = new Set<() => void>()
  private state: SavedState = {
    inboxSeq: 0,
    pending: [],
    unsettled: [],
    lastSyncedAt: null,
    denied: [],
  }
  private status: SyncStatus = {
    phase: 'off',
    lastSyncedAt: null,
    pending: 0,
    conflicts: [],
    refused: [],
    denied: [],
    error: null,
    steps: [],
  }
  private prepared = new Map<string, PreparedImport>()
  private inboxTimer: ReturnType<typeof setTimeout> | null = null
  private detach: (() => void) | null = null
  private ready: Promise<void> | null = null
  private stateLoaded: Promise<void> | null = null

  constructor(
    private readonly db: SimpulDexie,
    private readonly actor: () => Actor,
    name = `simpul-sync-${db.name}`,
  ) {
    this.local = new PouchDB(name, { auto_compaction: true })
  }

  // ---- status ---------------------------------------------------------------------------

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getStatus = (): SyncStatus => this.status

  private set(patch: Partial<SyncStatus>) {
    this.status = { ...this.status, ...patch }
    for (const l of this.listeners) l()
  }

  private serial<T>(work: () => Promise<T>, step?: 'inbox' | 'outbox'): Promise<T> {
    const next = this.queue.then(work, work)
    this.queue = next.catch((error: unknown) => {
      console.error(error)
      if (step) this.logStep({ step, ok: false, pushed: 0, pulled: 0, error: describeError(error) })
    })
    return next
  }

  private logStep(step: Omit<SyncStep, 'at'>) {
    const entry: SyncStep = { at: new Date().toISOString(), ...step }
    if (!entry.ok) console.error(`sync ${entry.step} failed: ${entry.error ?? ''}`)
    this.set({ steps: [entry, ...this.status.steps].slice(0, STEP_LOG_SIZE) })
  }

  private async saveState() {
    let rev: string | undefined
    try {
      rev = (await this.local.get(STATE_ID))._rev
    } catch {
      rev = undefined
    }
    await this.local.put({ _id: STATE_ID, ...(rev ? { _rev: rev } : {}), ...this.state })
    this.set({
      pending: this.state.pending.length,
      lastSyncedAt: this.state.lastSyncedAt,
      denied: this.state.denied,
    })
  }

  /** Loads the saved state, listens to the write path and sends what Dexie holds that the replica lacks. */
  init(): Promise<void> {
    this.ready ??= (async () => {
      await this.loadState()
      this.detach = onCommitted((batch) => {
        if (batch.db !== this.db) return
        void this.serial(
          () => (batch.replaced ? this.reconcile() : this.outbox(batch.written)),
          'outbox',
        )
      })
      await this.serial(() => this.reconcile(), 'outbox')
    })()
    return this.ready
  }

  /**
   * Reads the saved state (what waits to be sent, conflicts, refusals, the last sync) so the
   * Sinkron page can show it while sync is off; one read, nothing compared or sent.
   */
  loadState(): Promise<void> {
    this.stateLoaded ??= (async () => {
      try {
        const saved = (await this.local.get(STATE_ID)) as unknown as SavedState
        this.state = {
          inboxSeq: saved.inboxSeq ?? 0,
          pending: saved.pending ?? [],
          unsettled: saved.unsettled ?? [],
          lastSyncedAt: saved.lastSyncedAt ?? null,
          denied: Array.isArray(saved.denied) ? saved.denied : [],
        }
      } catch {
        // first start of the replica
      }
      this.set({
        pending: this.state.pending.length,
        lastSyncedAt: this.state.lastSyncedAt,
        denied: this.state.denied,
      })
    })()
    return this.stateLoaded
  }

  // ---- outbox ---------------------------------------------------------------------------

  private officeRegions(): string[] {
    return this.config?.regions ?? []
  }

  /** Writes the given committed rows to the replica (a document a record, with lineage). */
  async outbox(written: ReadonlyMap<UserTableName, readonly Row[]>): Promise<number> {
    const lineage = ((await this.db.settings.get(LINEAGE_KEY))?.value ?? {}) as Record<
      string,
      string[]
    >
    const parents = new Map<string, Row>()
    for (const [table, rows] of written) {
      const need = parentsNeeded(table, rows)
      if (!need || !need.ids.length) continue
      const found = (await this.db.table(need.table).bulkGet(need.ids)) as (Row | undefined)[]
      need.ids.forEach((id, i) => {
        if (found[i]) parents.set(`${need.table}/${id}`, found[i])
      })
    }
    const lookup: Lookup = (t, id) => parents.get(`${t}/${id}`)
    const docs: PouchDoc[] = []
    const held = this.officeRegions()
    const refusals = new Map<string, string | null>()
    for (const [table, rows] of written) {
      if (!rows.length) continue
      const ids = rows.map((r) => docId(table, r.id))
      const existing = await this.local.allDocs({ keys: ids, include_docs: true, conflicts: true })
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i]!
        const prev = existing.rows[i]?.doc as unknown as SyncDoc | undefined
        const known = lineage[`${table}/${row.id}`] ?? []
        const doc = nextDoc(
          table,
          row,
          prev,
          recordRegions(table, row, lookup, this.officeRegions()),
          known,
        )
        const superseded = new Set([
          ...(doc?.ancestors ?? prev?.ancestors ?? []),
          ...known,
          stampOf(row),
        ])
        // Conflict branches this version settles are removed from the replica (and the server).
        for (const rev of prev?._conflicts ?? []) {
          const leaf = (await this.local.get(ids[i]!, { rev })) as unknown as SyncDoc
          if (leaf.record && superseded.has(stampOf(leaf.record)))
            docs.push({
              _id: ids[i]!,
              _rev: rev,
              _deleted: true,
              regions: leaf.regions,
              scope: leaf.scope,
            })
        }
        if (doc) {
          // Asked before sending: a version this office may not write stays here, listed.
          if (held.length) refusals.set(doc._id, refusalBeforeSending(doc, prev, held))
          docs.push({ ...doc, ...(prev?._rev ? { _rev: prev._rev } : {}) } as unknown as PouchDoc)
        }
      }
    }
    if (!docs.length) return 0
    const results = await this.local.bulkDocs(docs)
    const pending = new Set(this.state.pending)
    const at = new Date().toISOString()
    const denied = new Map(this.state.denied.map((d) => [d.docId, d]))
    for (const r of results) {
      if (r.ok === false || r.error) continue
      const refusal = refusals.get(r.id)
      if (refusal) {
        pending.delete(r.id)
        denied.set(r.id, { docId: r.id, message: refusal, at, by: 'app' })
      } else {
        pending.add(r.id)
        if (refusals.has(r.id)) denied.delete(r.id)
      }
    }
    this.state.pending = [...pending]
    this.state.denied = [...denied.values()]
    await this.saveState()
    this.nudge()
    return docs.length
  }

  /** Every record Dexie holds that the replica lacks (or holds older): a restore, a crash. */
  async reconcile(): Promise<number> {
    let sent = 0
    for (const table of USER_TABLES) {
      const rows = (await this.db.table(table).toArray()) as Row[]
      // In slices, with a pause between them, so the screens' own reads and clicks go on
      // while a big database is compared (and sent) at start-up.
      for (let from = 0; from < rows.length; from += RECONCILE_SLICE) {
        const slice = rows.slice(from, from + RECONCILE_SLICE)
        const docs = await this.local.allDocs({
          keys: slice.map((r) => docId(table, r.id)),
          include_docs: true,
        })
        const differ = slice.filter((r, i) => {
          const d = docs.rows[i]?.doc as unknown as SyncDoc | undefined
          return !d || !d.record || stampOf(d.record) !== stampOf(r)
        })
        if (differ.length) sent += await this.outbox(new Map([[table, differ]]))
        await pause()
      }
    }
    return sent
  }

  /**
   * Before the first round with these regions: documents written with no region (none known
   * yet) get the office's regions, and what waits to be sent is checked against them — a
   * version this office may not write leaves the queue for the refused list, and one refused
   * under other regions that is now allowed joins it again.
   */
  async rescope(): Promise<number> {
    const regions = this.officeRegions()
    if (!regions.length) return 0
    const all = await this.local.allDocs({ include_docs: true })
    const docs: PouchDoc[] = []
    for (const row of all.rows) {
      const doc = row.doc as unknown as SyncDoc | undefined
      if (!doc || row.id.startsWith('_') || !Array.isArray(doc.regions) || doc.regions.length)
        continue
      docs.push({
        ...doc,
        regions: [...regions].sort(),
        scope: scopeOf(regions),
      } as unknown as PouchDoc)
    }
    if (docs.length) await this.local.bulkDocs(docs)
    const rescoped = new Set(docs.map((d) => d._id))
    const waiting = new Set([...this.state.pending, ...rescoped])
    // What the server itself refused stays refused until its next version is sent.
    const byServer = this.state.denied.filter((d) => d.by === 'server')
    const wasDenied = new Map(
      this.state.denied.filter((d) => d.by !== 'server').map((d) => [d.docId, d]),
    )
    const check = [...new Set([...waiting, ...wasDenied.keys()])].filter(
      (id) => !byServer.some((d) => d.docId === id),
    )
    const current = check.length
      ? await this.local.allDocs({ keys: check, include_docs: true })
      : null
    const pending: string[] = []
    const denied: Refusal[] = []
    const at = new Date().toISOString()
    check.forEach((id, i) => {
      const doc = current?.rows[i]?.doc as unknown as SyncDoc | undefined
      if (!doc) return
      const refusal = refusalBeforeSending(doc, undefined, regions)
      if (!refusal) pending.push(id)
      else
        denied.push(
          wasDenied.get(id)?.message === refusal
            ? wasDenied.get(id)!
            : { docId: id, message: refusal, at, by: 'app' },
        )
    })
    this.state.pending = pending
    this.state.denied = [...byServer, ...denied]
    await this.saveState()
    return docs.length
  }

  // ---- replication ----------------------------------------------------------------------

  /** Starts live replication with the server; stops a previous one first. */
  start(config: SyncConfig, password: string): void {
    this.stop()
    const url = checkServerUrl(config.server)
    if (!url.ok) {
      this.set({ phase: 'error', error: { kind: 'url' } })
      return
    }
    this.config = config
    const remote = new PouchDB(url.url, {
      skip_setup: true,
      auth: { username: config.account, password },
      // Never the browser's HTTP cache: a revalidated, stale checkpoint (_local) document makes
      // the next checkpoint write conflict and the round fail.
      fetch: (url: string, init: RequestInit) => fetch(url, { ...init, cache: 'no-store' }),
    })
    this.set({ phase: 'connecting', error: null })
    const options = {
      // What this office may not write is never sent (refusalBeforeSending listed it). The
      // regions travel as query_params, so they are part of the replication's id: other
      // regions, a new checkpoint, and what they now allow is sent.
      push: {
        filter: (doc: PouchDoc, req: { query?: { regions?: string } }) =>
          sendableBy(doc.regions, JSON.parse(req.query?.regions ?? '[]') as string[]),
        query_params: { regions: JSON.stringify(config.regions) },
      },
      pull: {
        filter: FILTER_NAME,
        query_params: {
          regions: JSON.stringify(config.regions),
          above: JSON.stringify(aboveRegions(config.regions)),
        },
      },
    }
    // Rounds of one-shot replication (both ways, from the checkpoints CouchDB keeps), one
    // every SYNC_INTERVAL_MS, and sooner after a local change. Not PouchDB's live mode: the
    // test server (pouchdb-server) does not wake a filtered long-poll feed when documents
    // arrive, and rounds make "offline", "resumed" and "up to date" plain to tell.
    const session = { stopped: false }
    this.session = session
    let failures = 0
    const round = () => {
      if (session.stopped) return
      this.wake = null
      this.set({ phase: this.status.phase === 'synced' ? 'synced' : 'syncing' })
      const sync = PouchDB.sync(this.local, remote, options)
      this.replication = sync
      let failed: unknown = null
      let pushed = 0
      let pulled = 0
      sync
        .on('change', (info: { direction: 'push' | 'pull'; change: { docs: PouchDoc[] } }) => {
          if (info.direction === 'pull') {
            pulled += info.change.docs.length
            this.scheduleInbox()
          } else {
            pushed += info.change.docs.length
            const sent = new Set(info.change.docs.map((d) => d._id))
            this.state.pending = this.state.pending.filter((id) => !sent.has(id))
            this.state.denied = this.state.denied.filter((d) => !sent.has(d.docId))
            void this.serial(() => this.saveState())
          }
        })
        .on('denied', (err: { id?: string; reason?: string; message?: string }) => {
          const refusal: Refusal = {
            docId: err?.id ?? '?',
            message: err?.reason ?? err?.message ?? 'ditolak server',
            at: new Date().toISOString(),
            by: 'server',
          }
          this.state.denied = [
            ...this.state.denied.filter((d) => d.docId !== refusal.docId),
            refusal,
          ]
          this.state.pending = this.state.pending.filter((id) => id !== refusal.docId)
          void this.serial(() => this.saveState())
        })
        .on('error', (err: unknown) => {
          failed = err ?? new Error('replication failed')
        })
        .on('complete', (info: { push?: { ok?: boolean }; pull?: { ok?: boolean } }) => {
          if (info && (info.push?.ok === false || info.pull?.ok === false))
            failed ??= new Error('replication incomplete')
        })
      let settled = false
      const settle = () => {
        if (session.stopped || settled) return
        settled = true
        if (failed) {
          failures++
          const error = classify(failed)
          this.set({ phase: error.kind === 'unreachable' ? 'offline' : 'error', error })
          this.logStep({
            step: 'round',
            ok: false,
            pushed,
            pulled,
            error: describeError(failed),
            kind: error.kind,
          })
        } else {
          if (pushed || pulled) this.logStep({ step: 'round', ok: true, pushed, pulled })
          failures = 0
          this.state.lastSyncedAt = new Date().toISOString()
          this.set({ phase: 'synced', error: null })
          void this.serial(() => this.settlePending(remote), 'outbox')
          this.scheduleInbox()
        }
        const wait = failed
          ? Math.min(1000 * 2 ** Math.min(failures - 1, 5), MAX_RETRY_MS)
          : SYNC_INTERVAL_MS
        this.wake = round
        this.roundTimer = setTimeout(round, wait)
      }
      sync.on('complete', settle)
      sync.on('error', settle)
    }
    // Records written before the office's regions were known take them now.
    void this.serial(() => this.rescope()).then(round, round)
    this.scheduleInbox()
  }

  /**
   * After a round: what still counts as waiting but the server already holds. The push sends
   * only revisions the server lacks, so a version another office (or a package) brought there
   * first is never "sent" from here; asking the server (_revs_diff) settles it.
   */
  private async settlePending(remote: PouchDB): Promise<void> {
    const ids = this.state.pending.slice(0, 500)
    if (ids.length) {
      const ask: Record<string, string[]> = {}
      for (const id of ids) {
        const leaves = (await this.local.get(id, { open_revs: 'all' })) as unknown as {
          ok?: PouchDoc
        }[]
        ask[id] = leaves.flatMap((l) => (l.ok?._rev ? [l.ok._rev] : []))
      }
      const missing = await remote.revsDiff(ask)
      const held = new Set(ids.filter((id) => !missing[id]))
      this.state.pending = this.state.pending.filter((id) => !held.has(id))
    }
    await this.saveState()
  }

  /** A local change: send it in the next round, soon. */
  private nudge() {
    if (!this.wake || !this.roundTimer) return
    clearTimeout(this.roundTimer)
    const wake = this.wake
    this.roundTimer = setTimeout(wake, 300)
  }

  stop(): void {
    this.session.stopped = true
    if (this.roundTimer) clearTimeout(this.roundTimer)
    this.roundTimer = null
    this.wake = null
    this.replication?.cancel()
    this.replication = null
    this.set({ phase: 'off' })
  }

  async close(): Promise<void> {
    this.stop()
    this.detach?.()
    await this.queue.catch(() => undefined)
    await this.local.close()
  }

  // ---- inbox ----------------------------------------------------------------------------

  private scheduleInbox() {
    if (this.inboxTimer) return
    this.inboxTimer = setTimeout(() => {
      this.inboxTimer = null
      void this.serial(() => this.inbox(), 'inbox')
    }, 150)
  }

  /** Merges what the replica received since the last pass (and unsettled conflicts) into Dexie. */
  async inbox(): Promise<void> {
    for (;;) {
      const changes = await this.local.changes({ since: this.state.inboxSeq, limit: 500 })
      const ids = new Set(this.state.unsettled)
      for (const c of changes.results) if (!c.id.startsWith('_')) ids.add(c.id)
      if (ids.size) await this.merge([...ids])
      const done = changes.results.length < 500
      this.state.inboxSeq = changes.last_seq
      await this.saveState()
      if (done) return
    }
  }

  private async merge(ids: string[]) {
    const refused: Refusal[] = []
    const at = new Date().toISOString()
    const byTable = new Map<UserTableName, Row[]>()
    const ancestors: Record<string, string[]> = {}
    const unsettled = new Set<string>()
    const closed: PouchDoc[] = []
    for (const id of ids) {
      let winner: PouchDoc
      try {
        winner = await this.local.get(id, { conflicts: true })
      } catch {
        continue
      }
      const leaves: PouchDoc[] = [winner]
      for (const rev of winner._conflicts ?? []) leaves.push(await this.local.get(id, { rev }))
      const candidates: SyncDoc[] = []
      for (const leaf of leaves) {
        const checked = checkIncomingDoc(leaf)
        if (!checked.ok) {
          refused.push({ docId: id, message: checked.message, at })
          continue
        }
        const parsed = parseStoredRow(checked.doc.table, checked.doc.record)
        if (!parsed.ok) {
          refused.push({
            docId: id,
            message: describeFirstIssue(parsed.issues),
            at,
          })
          continue
        }
        candidates.push(checked.doc)
      }
      if (!candidates.length) continue
      // The same version reached the server twice, as two revisions (it came here by a package
      // and went out again, while its own office synced it too): not a conflict. One revision
      // stays, the others are closed here, and the server learns it with the next round.
      // Every office closes them the same way (deterministic revisions), so the tombstones agree.
      if (
        leaves.length > 1 &&
        candidates.length === leaves.length &&
        candidates.every((d) => sameVersion(d.record, candidates[0]!.record))
      ) {
        for (const leaf of leaves.slice(1))
          if (sendableBy(leaf.regions, this.officeRegions()))
            closed.push({
              _id: id,
              _rev: leaf._rev,
              _deleted: true,
              regions: leaf.regions,
              scope: leaf.scope,
            })
        leaves.splice(1)
      }
      const table = candidates[0]!.table
      const current = (await this.db.table(table).get(candidates[0]!.record.id)) as Row | undefined
      const incoming = candidates.filter((d) => !current || stampOf(d.record) !== stampOf(current))
      if (!incoming.length) continue
      const chosen = incoming[0]!
      if (!byTable.has(table)) byTable.set(table, [])
      byTable.get(table)!.push(chosen.record)
      ancestors[`${table}/${chosen.record.id}`] = chosen.ancestors
      if (leaves.length > 1) unsettled.add(id)
    }
    if (closed.length) {
      const results = await this.local.bulkDocs(closed)
      const sent = results.filter((r) => r.ok !== false && !r.error).map((r) => r.id)
      this.state.pending = [...new Set([...this.state.pending, ...sent])]
      this.nudge()
    }
    const conflicts: SyncConflict[] = []
    if (byTable.size) {
      const pkg = packageOf(byTable, ancestors)
      const prepared = await prepareImport(this.db, pkg, this.actor())
      const { plan } = prepared
      for (const c of plan.conflicts) {
        const key = `${c.table}/${c.local.id}`
        conflicts.push({ key, conflict: c })
        unsettled.add(docId(c.table, c.local.id))
        this.prepared.set(key, {
          ...prepared,
          plan: { takes: [], learned: {}, conflicts: [c], unchanged: 0, keptNewerLocal: 0 },
        })
      }
      if (plan.takes.length || Object.keys(plan.learned).length) {
        const withoutConflicts = { ...prepared, plan: { ...plan, conflicts: [] } }
        try {
          await applyImport(this.db, withoutConflicts, {}, this.actor())
        } catch {
          // One bad record refuses a batch: apply the records one by one, in passes, so a
          // record whose parent lands later in the same pass gets another try; what still
          // fails is refused and named. Dexie holds no part of a refused record.
          let left = plan.takes
          let errors = new Map<string, string>()
          while (left.length) {
            const next: typeof left = []
            errors = new Map()
            for (const take of left) {
              const key = `${take.table}/${take.incoming.id}`
              try {
                await applyImport(
                  this.db,
                  {
                    ...prepared,
                    plan: {
                      takes: [take],
                      learned: plan.learned[key] ? { [key]: plan.learned[key] } : {},
                      conflicts: [],
                      unchanged: 0,
                      keptNewerLocal: 0,
                    },
                  },
                  {},
                  this.actor(),
                )
              } catch (error) {
                next.push(take)
                errors.set(key, String((error as Error).message ?? error))
              }
            }
            if (next.length === left.length) break
            left = next
          }
          for (const take of left)
            refused.push({
              docId: docId(take.table, take.incoming.id),
              message: errors.get(`${take.table}/${take.incoming.id}`) ?? '',
              at,
            })
        }
      }
    }
    const asked = new Set(ids)
    const keep = this.status.conflicts.filter(
      (c) => !asked.has(docId(c.conflict.table, c.conflict.local.id)),
    )
    // Conflicts wait for a choice; refused documents are tried again on every pass (a parent
    // may still arrive), so both stay unsettled.
    this.state.unsettled = [
      ...new Set([
        ...this.state.unsettled.filter((id) => !asked.has(id)),
        ...unsettled,
        ...refused.map((r) => r.docId),
      ]),
    ]
    this.set({
      conflicts: [...keep, ...conflicts],
      refused: [...this.status.refused.filter((r) => !asked.has(r.docId)), ...refused],
    })
  }

  /** The user's choice for a conflict: written through the exchange's merge, then sent. */
  async resolve(key: string, choice: Resolution): Promise<void> {
    const prepared = this.prepared.get(key)
    if (!prepared) return
    await this.serial(async () => {
      await applyImport(this.db, prepared, { [key]: choice }, this.actor())
      this.prepared.delete(key)
      // The write path's listener queued the outbox behind this; settle after it.
    })
    await this.serial(async () => {
      const [table, id] = key.split('/') as [UserTableName, string]
      await this.merge([docId(table, id)])
      await this.saveState()
    })
  }
}

/** Two records are one version: the same stamp (device and instant of the change) and rev. */
function sameVersion(a: Row, b: Row): boolean {
  return stampOf(a) === stampOf(b) && a.rev === b.rev
}

function packageOf(
  byTable: ReadonlyMap<UserTableName, Row[]>,
  ancestors: Record<string, string[]>,
): PreparedImport['pkg'] {
  const records = Object.fromEntries(USER_TABLES.map((t) => [t, byTable.get(t) ?? []]))
  return {
    format: 'simpul-exchange',
    formatVersion: 1,
    schemaVersion: 0,
    packageId: `sync-${new Date().toISOString()}-${Math.random().toString(36).slice(2)}`,
    createdAt: new Date().toISOString(),
    deviceId: SYNC_PEER,
    userName: 'server',
    selection: { regionIds: [], fromYear: null, toYear: null },
    checksum: '',
    regions: [],
    records: records as unknown as PreparedImport['pkg']['records'],
    ancestors,
  }
}
