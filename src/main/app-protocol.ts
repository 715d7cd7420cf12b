/**
 * The app:// protocol: serves the built renderer (out/renderer) at app://simpul/ with the
 * Content Security Policy. Never file://, which would give the page a null-ish origin with
 * access to the whole disk and no CSP header. The origin app://simpul is permanent: IndexedDB,
 * where all user data lives, is tied to it.
 */
import { extname, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security'

export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  stream: true,
} as const

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
}

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

const APP_PREFIX = `${APP_SCHEME}://${APP_HOST}`

/**
 * Map an app://simpul/… request to a file inside rootDir, or null when it must be refused.
 *
 * Chromium normalises standard-scheme URLs before they reach the handler, and so does the
 * WHATWG parser, so `..` would already be gone. The guard still reads the raw path: anything
 * that looks like an attempt (dot segments, encoded or double-encoded separators, NUL,
 * drive letters) is refused outright rather than quietly normalised into something else.
 */
export function resolveAppRequestPath(requestUrl: string, rootDir: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > 4096) return null
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(requestUrl)) return null

  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null
  if (url.username !== '' || url.password !== '' || url.port !== '') return null

  // The raw path, as sent, between the origin and any query or fragment.
  if (
    !requestUrl.toLowerCase().startsWith(`${APP_PREFIX}/`) &&
    requestUrl.toLowerCase() !== APP_PREFIX
  )
    return null
  const rawPath = requestUrl.slice(APP_PREFIX.length).split(/[?#]/, 1)[0] ?? ''
  if (rawPath === '' || rawPath === '/') return resolveInside(rootDir, ['index.html'])

  const rawSegments = rawPath.split('/').slice(1)
  const segments: string[] = []
  for (const raw of rawSegments) {
    let decoded: string
    try {
      decoded = decodeURIComponent(raw)
    } catch {
      return null
    }
    if (decoded === '' || decoded === '.' || decoded === '..') return null
    // '%' after one decoding means double encoding (%252e…); ':' a drive letter or stream name.
    if (/[%/\\:\u0000-\u001f\u007f]/.test(decoded)) return null
    if (/^\.+$/.test(decoded.trim())) return null
    segments.push(decoded)
  }
  return resolveInside(rootDir, segments)
}

function resolveInside(rootDir: string, segments: string[]): string | null {
  const root = resolve(rootDir)
  const full = resolve(root, ...segments)
  return full.startsWith(root + sep) ? full : null
}

export interface AppProtocolDeps {
  rootDir: string
  readFile(path: string): Promise<Uint8Array>
}

function textResponse(status: number, body: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}

function isMissingFileError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR'
}

export function createAppProtocolHandler(
  deps: AppProtocolDeps,
): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return textResponse(405, 'Metode tidak diizinkan')
    const file = resolveAppRequestPath(request.url, deps.rootDir)
    if (file === null) return textResponse(403, 'Ditolak')
    let body: Uint8Array
    try {
      body = await deps.readFile(file)
    } catch (error) {
      if (isMissingFileError(error)) return textResponse(404, 'Tidak ditemukan')
      return textResponse(500, 'Gagal membaca berkas aplikasi')
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeFor(file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      },
    })
  }
}
