/**
 * Measures what sync costs at national scale (issue 17, docs/scale-out.md):
 *   npx tsx scripts/sync-measure.ts [--scale national|tiny] [--batch 100] [--province 63]
 *
 * 1. Generates the benchmark's national data set (src/renderer/bench/generate.ts, seed
 *    20210101) in Node and turns every record into the document the app's replica writes
 *    (sync-doc.ts nextDoc, record-regions.ts): records per regency office, per province office
 *    and nationally, and their size as JSON.
 * 2. Starts pouchdb-server on a free loopback port (same server as the e2e; the design
 *    document's filter only, see test/e2e/sync-server.ts), loads every document as the server's
 *    admin, then times the **initial sync** of a regency office (Balangan, 63.11) and of a
 *    province office (Kalimantan Selatan, 63) into an empty client: the app's filtered pull
 *    (filter simpul/by_regions with the same query parameters), counting requests and bytes.
 * 3. Times one idle round (push and pull, nothing changed) and one round carrying one changed
 *    record, for the steady-state estimate.
 *
 * The client is PouchDB 7 in Node with the in-memory adapter (pouchdb-core, -adapter-memory,
 * -adapter-http, -replication: pouchdb-server's own dependencies, not the app's). So the figures
 * are the replication protocol, the server and loopback; they leave out the browser's
 * IndexedDB writes and the app's merge into Dexie (the inbox), which come on top.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { createServer, type AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  benchContext,
  GENERATED_TABLES,
  generateSlice,
  NATIONAL,
  TINY,
  tableSize,
} from '../src/renderer/bench/generate'
import type { UserTableName } from '../src/renderer/db/types'
import { recordRegions, type Lookup } from '../src/renderer/features/sync/record-regions'
import {
  aboveRegions,
  nextDoc,
  type Row,
  type SyncDoc,
} from '../src/renderer/features/sync/sync-doc'
import { designDocument, FILTER_NAME } from '../src/shared/sync-design'

const args = process.argv.slice(2)
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback
}
const scaleName = opt('scale', 'national')
const scale = scaleName === 'tiny' ? TINY : NATIONAL
const batchSize = Number(opt('batch', '100'))
/** `--province 63`: the server holds only that province's documents (a database per province). */
const onlyProvince = opt('province', '')

const require = createRequire(import.meta.url)
// CommonJS packages of pouchdb-server, loaded with createRequire.
type Pouch = {
  new (name: string, options?: Record<string, unknown>): PouchInstance
  plugin(p: unknown): Pouch
  replicate(a: PouchInstance, b: PouchInstance, o?: Record<string, unknown>): Promise<RepResult>
  sync(a: PouchInstance, b: PouchInstance, o?: Record<string, unknown>): Promise<unknown>
}
type PouchInstance = {
  info(): Promise<{ doc_count: number }>
  get(id: string): Promise<Record<string, unknown> & { _rev: string }>
  put(doc: Record<string, unknown>): Promise<unknown>
  destroy(): Promise<unknown>
}
type RepResult = { docs_read: number; docs_written: number }
const PouchDB = (require('pouchdb-core') as Pouch)
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication'))

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('id-ID', { maximumFractionDigits: digits, minimumFractionDigits: digits })
const mb = (bytes: number) => `${fmt(bytes / 1_048_576, 1)} MB`

// ---- 1. the data set as replica documents ------------------------------------------------

const t0 = performance.now()
const ctx = benchContext(20210101, scale)
const rows = new Map<string, Row[]>()
for (const table of GENERATED_TABLES)
  rows.set(table, generateSlice(ctx, table, 0, tableSize(ctx, table)) as unknown as Row[])
const byId = (t: string) => new Map((rows.get(t) ?? []).map((r) => [r.id, r]))
const commitments = byId('commitments')
const meetings = byId('meetings')
const lookup: Lookup = (t, id) => (t === 'commitments' ? commitments : meetings).get(id)
const docs: SyncDoc[] = []
for (const [table, list] of rows)
  for (const row of list) {
    const regions = recordRegions(table as UserTableName, row, lookup, [])
    docs.push(nextDoc(table as UserTableName, row, undefined, regions)!)
  }
const bytes = docs.reduce((n, d) => n + JSON.stringify(d).length, 0)
const generatedMs = performance.now() - t0

/** What the by_regions filter sends an office holding `held` (the app's query). */
const holds = (d: SyncDoc, held: string[]) => {
  const above = aboveRegions(held)
  return held.some((h) => d.scope.includes(h)) || above.some((a) => d.regions.includes(a))
}
// Counted in one pass: a document goes to every code in its scope, and a province's own
// documents (regions naming the province) also to each regency below it.
const inScope = new Map<string, number>()
const ownOf = new Map<string, number>()
for (const d of docs) {
  for (const c of d.scope) inScope.set(c, (inScope.get(c) ?? 0) + 1)
  for (const c of d.regions) ownOf.set(c, (ownOf.get(c) ?? 0) + 1)
}
const regencies = ctx.regencies.map((r) => r.id)
const perRegency = regencies
  .map((code) => (inScope.get(code) ?? 0) + (ownOf.get(code.split('.')[0]!) ?? 0))
  .sort((a, b) => a - b)
const provinces = [...new Set(regencies.map((c) => c.split('.')[0]!))]
const perProvince = provinces.map((code) => inScope.get(code) ?? 0).sort((a, b) => a - b)
const median = (xs: number[]) => xs[Math.floor(xs.length / 2)] ?? 0

// ---- 2. a server with every document, and the initial syncs --------------------------------

async function freePort(): Promise<number> {
  const srv = createServer()
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r))
  const { port } = srv.address() as AddressInfo
  await new Promise((r) => srv.close(r))
  return port
}

const port = await freePort()
const dir = mkdtempSync(join(tmpdir(), 'simpul-sync-measure-'))
const server = spawn(
  resolve('node_modules/.bin/pouchdb-server'),
  ['--host', '127.0.0.1', '--port', String(port), '--dir', join(dir, 'data'), '--no-stdout-logs'],
  { cwd: dir, stdio: 'ignore' },
)
const origin = `http://127.0.0.1:${port}`
const dbUrl = `${origin}/simpul`

let requests = 0
let wire = 0
/** fetch that counts requests and bytes both ways (bodies as sent and received). */
const countingFetch = async (url: string, init: RequestInit = {}) => {
  requests++
  wire += url.length + (typeof init.body === 'string' ? init.body.length : 0)
  const res = await fetch(url, init)
  const body = await res.arrayBuffer()
  wire += body.byteLength
  return new Response(body, {
    status: res.status,
    statusText: res.statusText,
    headers: res.headers,
  })
}

try {
  for (let until = Date.now() + 60_000; ;) {
    try {
      if ((await fetch(origin)).ok) break
    } catch {
      // not listening yet
    }
    if (Date.now() > until) throw new Error('pouchdb-server did not start')
    await new Promise((r) => setTimeout(r, 200))
  }
  await fetch(dbUrl, { method: 'PUT' })
  const { validate_doc_update: _notEnforced, ...filterOnly } = designDocument()
  await fetch(`${dbUrl}/_design/simpul`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(filterOnly),
  })
  const l0 = performance.now()
  const served = onlyProvince ? docs.filter((d) => d.scope.includes(onlyProvince)) : docs
  for (let i = 0; i < served.length; i += 2000) {
    const r = await fetch(`${dbUrl}/_bulk_docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ docs: served.slice(i, i + 2000) }),
    })
    if (r.status !== 201) throw new Error(`_bulk_docs ${r.status}: ${await r.text()}`)
  }
  const loadMs = performance.now() - l0

  async function initialSync(held: string[]) {
    const client = new PouchDB(`client-${held.join('-')}-${Math.random()}`, { adapter: 'memory' })
    const remote = new PouchDB(dbUrl, { fetch: countingFetch, skip_setup: true })
    requests = 0
    wire = 0
    const s0 = performance.now()
    const result = await PouchDB.replicate(remote, client, {
      filter: FILTER_NAME,
      query_params: { regions: JSON.stringify(held), above: JSON.stringify(aboveRegions(held)) },
      batch_size: batchSize,
    })
    const ms = performance.now() - s0
    const out = { held, ms, docs: result.docs_written, requests, wire }
    return { out, client, remote }
  }

  const regency = await initialSync(['63.11'])
  const province = await initialSync(['63'])

  // ---- 3. steady state: an idle round and a round with one change ---------------------------
  const { client, remote } = regency
  const pushOpts = { batch_size: batchSize }
  const pullOpts = {
    filter: FILTER_NAME,
    query_params: { regions: '["63.11"]', above: '["63"]' },
    batch_size: batchSize,
  }
  const round = async () => {
    requests = 0
    wire = 0
    const r0 = performance.now()
    await PouchDB.replicate(client, remote, pushOpts)
    await PouchDB.replicate(remote, client, pullOpts)
    return { ms: performance.now() - r0, requests, wire }
  }
  await round() // the first push round reads the pulled documents once (checkpoints)
  const idle = await round()
  const one = docs.find((d) => d.regions[0] === '63.11' && d.table === 'coverage')!
  const current = await client.get(one._id)
  await client.put({
    ...current,
    record: { ...(current.record as Row), note: 'ubah', updatedAt: new Date().toISOString() },
  })
  const changed = await round()

  const result = {
    scale: scaleName,
    generatedMs,
    records: docs.length,
    bytes,
    perRegency: { min: perRegency[0], median: median(perRegency), max: perRegency.at(-1) },
    perProvince: { min: perProvince[0], median: median(perProvince), max: perProvince.at(-1) },
    kalsel: docs.filter((d) => holds(d, ['63'])).length,
    balangan: docs.filter((d) => holds(d, ['63.11'])).length,
    served: served.length,
    loadMs,
    regency: regency.out,
    province: province.out,
    idle,
    changed,
  }
  console.log(JSON.stringify(result, null, 2))
  console.log(`
Sync at ${scaleName} scale (pouchdb-server on 127.0.0.1, PouchDB 7 memory client, batch ${batchSize})
  server holds                    ${onlyProvince ? `province ${onlyProvince} only: ` : ''}${fmt(served.length)} documents
  documents nationally            ${fmt(docs.length)} (${mb(bytes)} as JSON, ${fmt(bytes / docs.length)} B each)
  per regency office              median ${fmt(result.perRegency.median)}, ${fmt(result.perRegency.min!)}–${fmt(result.perRegency.max!)}
  per province office             median ${fmt(result.perProvince.median)}, ${fmt(result.perProvince.min!)}–${fmt(result.perProvince.max!)}
  server load (admin _bulk_docs)  ${fmt(loadMs / 1000, 1)} s
  initial sync, Balangan (63.11)  ${fmt(regency.out.ms / 1000, 1)} s, ${fmt(regency.out.docs)} docs, ${fmt(regency.out.requests)} requests, ${mb(regency.out.wire)}
  initial sync, Kalsel (63)       ${fmt(province.out.ms / 1000, 1)} s, ${fmt(province.out.docs)} docs, ${fmt(province.out.requests)} requests, ${mb(province.out.wire)}
  idle round (push + pull)        ${fmt(idle.ms)} ms, ${idle.requests} requests, ${fmt(idle.wire)} B
  round with one change           ${fmt(changed.ms)} ms, ${changed.requests} requests, ${fmt(changed.wire)} B`)
  await regency.client.destroy()
  await province.client.destroy()
} finally {
  server.kill('SIGKILL')
  rmSync(dir, { recursive: true, force: true })
}
