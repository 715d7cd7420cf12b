/**
 * Decide whether a link may leave the app for the user's own browser or mail client.
 * Parsed with the WHATWG URL parser, never by string matching: only https: (with a host and
 * no embedded credentials) and mailto: pass. Used by the Electron main process and by the
 * browser bridge alike.
 *
 * Total: returns null for every input it does not allow and never throws. The main process
 * calls it from navigation and new-window handlers, where an exception is an uncaught
 * exception of the whole app.
 */
export function parseAllowedExternalUrl(raw: unknown): URL | null {
  try {
    return parse(raw)
  } catch {
    // Nothing below is expected to throw; this is the backstop that keeps the guard total.
    return null
  }
}

// Control characters and whitespace are stripped silently by the URL parser; refuse them.
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f]/
// A lone surrogate is not text; the URL parser would silently turn it into U+FFFD.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
// A % that does not start a %XX escape: the link is broken, whatever each program makes of it.
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/
const MAIL_ADDRESS = /^[^@\s/\u0000-\u001f\u007f-\u009f]+@[^@\s/\u0000-\u001f\u007f-\u009f]+$/

function parse(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) return null
  if (CONTROL_OR_SPACE.test(raw) || LONE_SURROGATE.test(raw) || BAD_PERCENT.test(raw)) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return null
  }
  if (BAD_PERCENT.test(url.href)) return null
  if (url.protocol === 'mailto:') {
    const address = decodeOrNull(url.pathname)
    return address !== null && MAIL_ADDRESS.test(address) ? url : null
  }
  if (url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  if (url.hostname === '' || url.port !== '') return null
  return url
}

/** decodeURIComponent throws on %-sequences that are not UTF-8 (%FF, %C0%80, %ED%A0%80). */
function decodeOrNull(text: string): string | null {
  try {
    return decodeURIComponent(text)
  } catch {
    return null
  }
}
