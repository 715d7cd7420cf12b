/**
 * A CouchDB-compatible server on 127.0.0.1 for the sync tests: pouchdb-server (express-pouchdb
 * over LevelDB) from this project's devDependencies, started from node_modules/.bin in a fresh
 * temporary folder and stopped by its own PID. Apache CouchDB is not packaged for Debian 12;
 * pouchdb-server speaks the same replication protocol. Its data lives on disk, so a server
 * killed with SIGKILL and started again on the same folder comes back with what it had committed.
 *
 * **This server cannot enforce validate_doc_update**, so the design document installed here has
 * the region filter only. pouchdb-server's validation (pouchdb-validation 4.2.0,
 * `validate()` in lib/index.js) sets `newDoc._revisions = oldDoc._revisions` before it writes:
 * a replicated update (`_bulk_docs` with `new_edits: false`) of a document the server already
 * has then names only revisions the server knows, and is dropped without a word (201, `[]`).
 * Every edit after a document's first upload was lost that way, whoever wrote it (an admin
 * too): that was issue 17's "regency → province fails". Apache CouchDB writes such updates.
 * The rule itself (src/shared/sync-design.ts) is tested in Node (test/unit/sync), and the app
 * applies the same rule before sending (sync-engine.ts), which the e2e sees.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { designDocument } from '../../src/shared/sync-design'

const BIN = resolve('node_modules/.bin/pouchdb-server')
export const DB = 'simpul'

export interface Office {
  name: string
  password: string
  regions: string[]
}

export class CouchServer {
  private child: ChildProcess | null = null
  private log = ''
  readonly dir = mkdtempSync(join(tmpdir(), 'simpul-couch-'))
  constructor(readonly port: number) {}

  get origin() {
    return `http://127.0.0.1:${this.port}`
  }
  get dbUrl() {
    return `${this.origin}/${DB}`
  }

  /** Starts the server (again, on the same folder) and waits until it answers. */
  async start(): Promise<void> {
    this.log = ''
    // CORS for the app's origin (the tests serve it from another port of 127.0.0.1).
    writeFileSync(
      join(this.dir, 'config.json'),
      JSON.stringify({
        httpd: { enable_cors: true },
        cors: {
          origins: '*',
          credentials: true,
          methods: 'GET, PUT, POST, HEAD, DELETE',
          headers: 'accept, authorization, content-type, origin, referer',
        },
        log: { file: join(this.dir, 'log.txt') },
      }),
    )
    const child = spawn(
      BIN,
      [
        '--host',
        '127.0.0.1',
        '--port',
        String(this.port),
        '--dir',
        join(this.dir, 'data'),
        '--config',
        join(this.dir, 'config.json'),
      ],
      { cwd: this.dir, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    child.stdout?.on('data', (d: Buffer) => (this.log += d.toString()))
    child.stderr?.on('data', (d: Buffer) => (this.log += d.toString()))
    this.child = child
    const until = Date.now() + 60_000
    for (;;) {
      if (child.exitCode !== null) throw new Error(`pouchdb-server exited: ${this.log}`)
      try {
        const r = await fetch(`${this.origin}/`)
        if (r.ok) return
      } catch {
        // not listening yet
      }
      if (Date.now() > until) throw new Error(`pouchdb-server did not start: ${this.log}`)
      await new Promise((r) => setTimeout(r, 200))
    }
  }

  /** What the server has logged since it started (one line a request). */
  requests(): string {
    return this.log
  }

  /** Kills the process at once (SIGKILL), as a crash or a pulled cable would. */
  async kill(): Promise<void> {
    const child = this.child
    if (!child || child.exitCode !== null) return
    const gone = new Promise((r) => child.once('exit', r))
    child.kill('SIGKILL')
    await gone
    this.child = null
  }

  async dispose(): Promise<void> {
    await this.kill()
    rmSync(this.dir, { recursive: true, force: true })
  }

  private async call(method: string, path: string, body?: unknown, auth?: string) {
    const r = await fetch(`${this.origin}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(auth ? { authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await r.json()) as Record<string, unknown>
    return { status: r.status, json }
  }

  /** The database, Simpul's design document (its filter: see above) and one CouchDB user per office (roles simpul:<code>). */
  async setUp(offices: readonly Office[]): Promise<void> {
    const db = await this.call('PUT', `/${DB}`)
    if (db.status >= 300) throw new Error(JSON.stringify(db.json))
    const { validate_doc_update: _cannotEnforce, ...filterOnly } = designDocument()
    const ddoc = await this.call('PUT', `/${DB}/_design/simpul`, filterOnly)
    if (ddoc.status >= 300) throw new Error(JSON.stringify(ddoc.json))
    for (const o of offices) {
      const u = await this.call('PUT', `/_users/org.couchdb.user:${o.name}`, {
        name: o.name,
        password: o.password,
        roles: o.regions.map((r) => `simpul:${r}`),
        type: 'user',
      })
      if (u.status >= 300) throw new Error(JSON.stringify(u.json))
    }
  }

  /** A document written straight into the server (as its admin), bypassing any office. */
  async putDoc(doc: Record<string, unknown>) {
    return this.call('PUT', `/${DB}/${encodeURIComponent(String(doc._id))}`, doc)
  }

  async getDoc(id: string, auth?: string) {
    return this.call('GET', `/${DB}/${encodeURIComponent(id)}?conflicts=true`, undefined, auth)
  }
}

/**
 * A server that answers every request with 200 and text that is not JSON, on a port the
 * system chooses (a fixed one beside the e2e port would meet another engineer's sync server).
 */
export async function garbageServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const cors = {
      'access-control-allow-origin': String(req.headers.origin ?? '*'),
      'access-control-allow-credentials': 'true',
      'access-control-allow-headers': 'accept, authorization, content-type',
      'access-control-allow-methods': 'GET, PUT, POST, DELETE, HEAD',
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors)
      res.end()
      return
    }
    res.writeHead(200, { ...cors, 'content-type': 'application/json' })
    res.end('<html>this is not CouchDB {')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/${DB}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  }
}
