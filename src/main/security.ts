/**
 * The Electron security checklist, as plain functions: the window's web preferences, the
 * Content Security Policy, and the handlers that keep every web contents on app://simpul.
 * Electron objects come in as small structural types so that Vitest runs all of this in Node.
 */
import { parseAllowedExternalUrl } from '../shared/external-url'

export const APP_SCHEME = 'app'
export const APP_HOST = 'simpul'
/**
 * Permanent. Chromium ties IndexedDB (all of the user's data) to this origin: changing the
 * scheme or the host, like changing the app name (the userData folder), loses that data.
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

// Mantine injects <style> tags at run time, hence 'unsafe-inline' for styles only; scripts
// stay 'self'. Keep in step with scripts/serve-web.mjs, which serves the same renderer.
export const CONTENT_SECURITY_POLICY = [
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

export interface SecureWebPreferences {
  contextIsolation: true
  sandbox: true
  nodeIntegration: false
  nodeIntegrationInWorker: false
  nodeIntegrationInSubFrames: false
  webSecurity: true
  allowRunningInsecureContent: false
  webviewTag: false
  experimentalFeatures: false
  spellcheck: false
  preload: string
}

/** Every flag is stated even where it is Electron's default, so a weakened default cannot slip in. */
export function secureWebPreferences(preloadPath: string): SecureWebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    spellcheck: false,
    preload: preloadPath,
  }
}

/** True only for app://simpul/… as the WHATWG parser reads it (no credentials, no port). */
export function isAppUrl(raw: unknown): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 4096) return false
  // The URL parser silently drops leading/trailing spaces and tabs/newlines inside; refuse them.
  if (/[\u0000-\u0020\u007f-\u009f\\]/.test(raw)) return false
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return false
  }
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.hostname === APP_HOST &&
    url.username === '' &&
    url.password === '' &&
    url.port === ''
  )
}

export type OpenExternal = (url: string) => Promise<void>

/**
 * Hand a link to the user's browser or mail client if the guard allows it. Resolves to
 * whether it was handed over; never throws and never rejects for a refused or malformed
 * link. A failing openExternal (no browser, a synchronous throw) becomes `false`.
 */
export async function openAllowedExternal(
  raw: unknown,
  openExternal: OpenExternal,
): Promise<boolean> {
  const allowed = parseAllowedExternalUrl(raw)
  if (!allowed) return false
  try {
    await openExternal(allowed.href)
    return true
  } catch {
    return false
  }
}

interface PreventableEvent {
  preventDefault(): void
}

interface NavigationEvent extends PreventableEvent {
  url?: string
}

/**
 * will-navigate: the renderer is a single page with a hash router, so a real navigation is
 * either a reload of the app (allowed) or a link that should have gone to the user's browser.
 */
export function handleWillNavigate(
  event: NavigationEvent,
  url: string,
  openExternal: OpenExternal,
): void {
  const target = event.url ?? url
  if (isAppUrl(target)) return
  event.preventDefault()
  void openAllowedExternal(target, openExternal)
}

export interface FrameNavigationEvent extends PreventableEvent {
  url: string
  isMainFrame: boolean
}

/**
 * will-frame-navigate: the same rule as will-navigate, for the main frame and every subframe.
 * Electron emits it first and skips will-navigate once it is prevented, so the main frame's
 * allowed links are handed to the browser here (once). A subframe never opens anything: the
 * app has no frames of its own, and a hidden frame must not be able to launch the browser.
 */
export function handleWillFrameNavigate(
  event: FrameNavigationEvent,
  openExternal: OpenExternal,
): void {
  if (isAppUrl(event.url)) return
  event.preventDefault()
  if (event.isMainFrame === true) void openAllowedExternal(event.url, openExternal)
}

/** Redirects never leave the app, and are never handed to the browser either (no open redirects). */
export function handleWillRedirect(event: NavigationEvent, url: string): void {
  if (!isAppUrl(event.url ?? url)) event.preventDefault()
}

export function handleWillAttachWebview(event: PreventableEvent): void {
  event.preventDefault()
}

export interface WindowOpenDetails {
  url: string
}

/** No child windows, ever; allowed links go to the user's own browser or mail client. */
export function handleWindowOpen(
  details: WindowOpenDetails,
  openExternal: OpenExternal,
): { action: 'deny' } {
  void openAllowedExternal(details.url, openExternal)
  return { action: 'deny' }
}

/**
 * The one permission the app uses: navigator.storage.persist(), so that Chromium never evicts
 * the IndexedDB that holds all user data. Everything else (camera, location, notifications,
 * clipboard reads, HID…) is denied, and nothing is granted to any origin but the app's.
 */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['persistent-storage'])

export function isPermissionAllowed(permission: string, requestingUrl: unknown): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl)
}

export function handlePermissionRequest(
  _contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details?: { requestingUrl?: string },
): void {
  callback(isPermissionAllowed(permission, details?.requestingUrl))
}

export function handlePermissionCheck(
  _contents: unknown,
  permission: string,
  requestingOrigin: string,
): boolean {
  return isPermissionAllowed(permission, requestingOrigin)
}

/** USB, HID and serial devices: never granted, not even ones the user picked once before. */
export function handleDevicePermission(_details?: unknown): boolean {
  return false
}

/**
 * getDisplayMedia() (screen capture): always refused. null is Electron's way to refuse; the
 * callback throws if the requesting frame is already gone, which must not escape.
 */
export function handleDisplayMediaRequest(
  _request: unknown,
  callback: (streams: null) => void,
): void {
  try {
    callback(null)
  } catch {
    // The request died with its frame; nothing was granted.
  }
}

/** The slice of WebContents the handlers need. */
export interface HardenableWebContents {
  on(event: 'will-navigate', listener: (event: NavigationEvent, url: string) => void): unknown
  on(event: 'will-frame-navigate', listener: (event: FrameNavigationEvent) => void): unknown
  on(event: 'will-redirect', listener: (event: NavigationEvent, url: string) => void): unknown
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown
  setWindowOpenHandler(handler: (details: WindowOpenDetails) => { action: 'deny' }): void
}

/** Applied to every web contents Electron creates (app 'web-contents-created'), not just the main window. */
export function hardenWebContents(
  contents: HardenableWebContents,
  openExternal: OpenExternal,
): void {
  contents.on('will-navigate', (event, url) => handleWillNavigate(event, url, openExternal))
  contents.on('will-frame-navigate', (event) => handleWillFrameNavigate(event, openExternal))
  contents.on('will-redirect', (event, url) => handleWillRedirect(event, url))
  contents.on('will-attach-webview', (event) => handleWillAttachWebview(event))
  contents.setWindowOpenHandler((details) => handleWindowOpen(details, openExternal))
}

export interface HardenableSession {
  setPermissionRequestHandler(handler: typeof handlePermissionRequest): void
  setPermissionCheckHandler(handler: typeof handlePermissionCheck): void
  setDevicePermissionHandler(handler: typeof handleDevicePermission): void
  setDisplayMediaRequestHandler(handler: typeof handleDisplayMediaRequest): void
}

/**
 * Without these handlers Electron grants every permission to every page, keeps device grants
 * the user once made, and leaves screen capture to its defaults.
 */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler(handlePermissionRequest)
  session.setPermissionCheckHandler(handlePermissionCheck)
  session.setDevicePermissionHandler(handleDevicePermission)
  session.setDisplayMediaRequestHandler(handleDisplayMediaRequest)
}
