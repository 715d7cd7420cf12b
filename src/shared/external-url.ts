/**
 * Decide whether a link may leave the app for the user's own browser or mail client.
 * Parsed with the WHATWG URL parser, never by string matching: only https: (with a host and
 * no embedded credentials) and mailto: pass. Used by the Electron main process and by the
 * browser bridge alike.
 */
export function parseAllowedExternalUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null
  // Control characters and whitespace are stripped silently by the URL parser; refuse them.
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (url.protocol === 'mailto:') {
    return /^[^@\s/]+@[^@\s/]+$/.test(decodeURIComponent(url.pathname)) ? url : null
  }
  if (url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  if (url.hostname === '' || url.port !== '') return null
  return url
}
