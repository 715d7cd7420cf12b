/**
 * The sync server's address: the URL of the CouchDB database (https://couch.kalselprov.go.id/simpul).
 * Anything but https: is refused unless the server is on this machine's loopback address
 * (a test server, or a CouchDB reached through a local tunnel). Pure.
 */
export type UrlCheck = { ok: true; url: string } | { ok: false; reason: UrlRefusal }
export type UrlRefusal = 'empty' | 'invalid' | 'insecure' | 'credentials' | 'noDatabase'

export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase()
  if (h === 'localhost' || h === '[::1]') return true
  const m = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h)
  return !!m && m.slice(1).every((p) => Number(p) <= 255)
}

export function checkServerUrl(input: string): UrlCheck {
  const text = input.trim()
  if (!text) return { ok: false, reason: 'empty' }
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return { ok: false, reason: 'invalid' }
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'invalid' }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return { ok: false, reason: 'insecure' }
  if (url.username || url.password) return { ok: false, reason: 'credentials' }
  if (url.search || url.hash) return { ok: false, reason: 'invalid' }
  const path = url.pathname.replace(/\/+$/, '')
  if (!path || path === '') return { ok: false, reason: 'noDatabase' }
  return { ok: true, url: `${url.origin}${path}` }
}
