// Serves the built renderer (out/renderer) on 127.0.0.1 for use in a plain browser, with the
// same Content Security Policy the Electron shell sends. No dependencies: plain node:http.
import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = fileURLToPath(new URL('..', import.meta.url))
// SIMPUL_WEB_ROOT lets parallel test runs serve their own build folder.
const root = resolve(projectRoot, process.env.SIMPUL_WEB_ROOT ?? 'out/renderer')
const port = Number(process.env.SIMPUL_PORT ?? 5199)
const host = '127.0.0.1'

export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Sync talks to the office's CouchDB: any https: server (the address is the user's
  // setting), or http: on this machine's loopback only (features/sync/server-url.ts).
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
}

async function resolveFile(urlPath) {
  let decoded
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0])
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const rel = normalize(decoded === '/' ? '/index.html' : decoded)
  const full = resolve(join(root, rel))
  if (full !== root && !full.startsWith(root + sep)) return null
  try {
    const s = await stat(full)
    return s.isFile() ? full : null
  } catch {
    return null
  }
}

try {
  await stat(join(root, 'index.html'))
} catch {
  console.error(`${root}/index.html tidak ada: jalankan \`npm run build\` dahulu.`)
  process.exit(1)
}

const server = createServer(async (req, res) => {
  const file = await resolveFile(req.url ?? '/')
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' })
    res.end('Tidak ditemukan')
    return
  }
  const body = await readFile(file)
  res.writeHead(200, {
    'Content-Type': types[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  })
  res.end(body)
})

server.listen(port, host, () => {
  console.log(`Simpul (versi web) berjalan di http://${host}:${port}/`)
})
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)))
