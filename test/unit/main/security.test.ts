import { readFileSync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { parseAllowedExternalUrl } from '../../../src/shared/external-url'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  handleDevicePermission,
  handleDisplayMediaRequest,
  handlePermissionCheck,
  handlePermissionRequest,
  handleWillAttachWebview,
  handleWillFrameNavigate,
  handleWillNavigate,
  handleWillRedirect,
  handleWindowOpen,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  secureWebPreferences,
  type HardenableWebContents,
} from '../../../src/main/security'

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences('/app/out/preload/index.cjs')

  // One assertion per flag: weakening any of them must fail a test that names it.
  it.each([
    ['contextIsolation', true],
    ['sandbox', true],
    ['nodeIntegration', false],
    ['nodeIntegrationInWorker', false],
    ['nodeIntegrationInSubFrames', false],
    ['webSecurity', true],
    ['allowRunningInsecureContent', false],
    ['webviewTag', false],
    ['experimentalFeatures', false],
    ['spellcheck', false],
  ] as const)('sets %s to %s', (key, value) => {
    expect(prefs[key]).toBe(value)
  })

  it('uses the given preload and adds nothing else', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
      ].sort(),
    )
  })
})

describe('Content Security Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/)
      return [name, values.join(' ')] as const
    }),
  )

  it('allows scripts only from the app itself', () => {
    expect(directives.get('script-src')).toBe("'self'")
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(directives.get('default-src')).toBe("'self'")
  })

  it('allows inline styles only (Mantine injects style tags)', () => {
    expect(directives.get('style-src')).toBe("'self' 'unsafe-inline'")
    expect(
      [...directives.entries()].filter(([, v]) => v.includes('unsafe-inline')).map(([k]) => k),
    ).toEqual(['style-src'])
  })

  it('closes plugins, base, forms and framing; only sync may connect out (https:, or http: on loopback)', () => {
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('base-uri')).toBe("'none'")
    expect(directives.get('form-action')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
    expect(directives.get('connect-src')).toBe(
      "'self' https: http://127.0.0.1:* http://localhost:*",
    )
    // No other directive names a remote host or a wildcard.
    const others = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('connect-src'))
    expect(others.join('; ')).not.toMatch(/https?:|\*/)
  })
})

describe('isAppUrl', () => {
  it.each([
    'app://simpul/',
    'app://simpul/index.html',
    'app://simpul/index.html#/rapat',
    `${APP_ORIGIN}/assets/x.js?v=1`,
  ])('accepts %s', (url) => expect(isAppUrl(url)).toBe(true))

  it.each([
    'app://simpul.evil.example/',
    'app://simpul@evil/',
    'app://user:pass@simpul/',
    'app://simpul:8080/',
    'app://evil/?next=app://simpul/',
    'https://evil.example/?next=app://simpul',
    'http://simpul/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    ' app://simpul/',
    'app://simpul/\u0000',
    'app://simpul\\evil/',
    'app:simpul/',
    '',
    'not a url',
  ])('refuses %j', (url) => expect(isAppUrl(url)).toBe(false))

  it('refuses non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false)
    expect(isAppUrl({ toString: () => 'app://simpul/' })).toBe(false)
  })
})

describe('parseAllowedExternalUrl (the guard main uses for links)', () => {
  it.each([
    'https://bpjsketenagakerjaan.go.id/',
    'https://kalselprov.go.id/berita?id=1#a',
    'mailto:dinas@kalselprov.go.id',
  ])('allows %s', (url) => expect(parseAllowedExternalUrl(url)).not.toBeNull())

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://x',
    'https://user:pass@host',
    'https://host:8443/',
    ' https://x',
    'https://x\u0000',
    'https://evil.example\u0000.good',
    'app://simpul/',
    'data:text/html,<script>alert(1)</script>',
    'mailto:',
    'mailto:not-an-address',
    'mailto:a@b@c',
    'mailto:x@y/../z',
    'vbscript:msgbox(1)',
    'https://',
  ])('refuses %j', (url) => expect(parseAllowedExternalUrl(url)).toBeNull())

  it('reads https://evil.example/?next=app://simpul as evil.example, not as the app', () => {
    const url = 'https://evil.example/?next=app://simpul'
    expect(isAppUrl(url)).toBe(false)
    expect(parseAllowedExternalUrl(url)?.hostname).toBe('evil.example')
  })
})

function preventable(url?: string) {
  return { preventDefault: vi.fn(), ...(url === undefined ? {} : { url }) }
}

describe('navigation and window handlers', () => {
  it('lets the app reload itself', () => {
    const open = vi.fn(async () => undefined)
    const event = preventable('app://simpul/index.html')
    handleWillNavigate(event, 'app://simpul/index.html', open)
    expect(event.preventDefault).not.toHaveBeenCalled()
    expect(open).not.toHaveBeenCalled()
  })

  it('stops navigation away from the app and sends allowed links to the browser', () => {
    const open = vi.fn(async () => undefined)
    const event = preventable('https://bpjsketenagakerjaan.go.id/')
    handleWillNavigate(event, 'https://bpjsketenagakerjaan.go.id/', open)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(open).toHaveBeenCalledWith('https://bpjsketenagakerjaan.go.id/')
  })

  it('stops navigation to file: and http: without opening anything', () => {
    for (const url of ['file:///etc/passwd', 'http://x/', 'javascript:alert(1)']) {
      const open = vi.fn(async () => undefined)
      const event = preventable(url)
      handleWillNavigate(event, url, open)
      expect(event.preventDefault).toHaveBeenCalledOnce()
      expect(open).not.toHaveBeenCalled()
    }
  })

  it('reads the URL from the event details when present (the deprecated argument may differ)', () => {
    const open = vi.fn(async () => undefined)
    const event = preventable('https://evil.example/')
    handleWillNavigate(event, 'app://simpul/', open)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('will-frame-navigate lets the app reload itself, in any frame', () => {
    for (const isMainFrame of [true, false]) {
      const open = vi.fn(async () => undefined)
      const event = { ...preventable(), url: 'app://simpul/index.html', isMainFrame }
      handleWillFrameNavigate(event, open)
      expect(event.preventDefault).not.toHaveBeenCalled()
      expect(open).not.toHaveBeenCalled()
    }
  })

  it('will-frame-navigate stops the main frame leaving and sends allowed links to the browser', () => {
    const open = vi.fn(async () => undefined)
    const event = { ...preventable(), url: 'https://bpjsketenagakerjaan.go.id/', isMainFrame: true }
    handleWillFrameNavigate(event, open)
    expect(event.preventDefault).toHaveBeenCalledOnce()
    expect(open).toHaveBeenCalledExactlyOnceWith('https://bpjsketenagakerjaan.go.id/')
  })

  it('will-frame-navigate stops a subframe leaving and never opens anything for it', () => {
    for (const url of [
      'https://bpjsketenagakerjaan.go.id/',
      'mailto:dinas@kalselprov.go.id',
      'file:///etc/passwd',
      'http://x/',
      'javascript:alert(1)',
      'app://simpul.evil/',
    ]) {
      const open = vi.fn(async () => undefined)
      const event = { ...preventable(), url, isMainFrame: false }
      handleWillFrameNavigate(event, open)
      expect(event.preventDefault, url).toHaveBeenCalledOnce()
      expect(open, url).not.toHaveBeenCalled()
    }
  })

  it('will-frame-navigate stops file:, http: and javascript: in the main frame without opening them', () => {
    for (const url of ['file:///etc/passwd', 'http://x/', 'javascript:alert(1)']) {
      const open = vi.fn(async () => undefined)
      const event = { ...preventable(), url, isMainFrame: true }
      handleWillFrameNavigate(event, open)
      expect(event.preventDefault).toHaveBeenCalledOnce()
      expect(open).not.toHaveBeenCalled()
    }
  })

  it('refuses redirects out of the app', () => {
    const out = preventable('https://evil.example/')
    handleWillRedirect(out, 'https://evil.example/')
    expect(out.preventDefault).toHaveBeenCalledOnce()
    const inside = preventable('app://simpul/index.html')
    handleWillRedirect(inside, 'app://simpul/index.html')
    expect(inside.preventDefault).not.toHaveBeenCalled()
  })

  it('never attaches a webview', () => {
    const event = preventable()
    handleWillAttachWebview(event)
    expect(event.preventDefault).toHaveBeenCalledOnce()
  })

  it('denies every new window, opening only allowed links externally', () => {
    const open = vi.fn(async () => undefined)
    expect(handleWindowOpen({ url: 'https://kalselprov.go.id/' }, open)).toEqual({ action: 'deny' })
    expect(handleWindowOpen({ url: 'app://simpul/index.html' }, open)).toEqual({ action: 'deny' })
    expect(handleWindowOpen({ url: 'file:///etc/passwd' }, open)).toEqual({ action: 'deny' })
    expect(open.mock.calls).toEqual([['https://kalselprov.go.id/']])
  })

  it('does not let a failing openExternal escape as an unhandled rejection', async () => {
    const open = vi.fn(async () => {
      throw new Error('no browser')
    })
    expect(handleWindowOpen({ url: 'https://kalselprov.go.id/' }, open)).toEqual({ action: 'deny' })
    await new Promise((r) => setImmediate(r))
    expect(open).toHaveBeenCalledOnce()
  })

  it.each([
    'media',
    'geolocation',
    'notifications',
    'clipboard-read',
    'openExternal',
    'hid',
    'fullscreen',
    'unknown',
  ])('denies %s, even to the app', (permission) => {
    const callback = vi.fn()
    handlePermissionRequest(null, permission, callback, {
      requestingUrl: 'app://simpul/index.html',
    })
    expect(callback).toHaveBeenCalledExactlyOnceWith(false)
    expect(handlePermissionCheck(null, permission, 'app://simpul')).toBe(false)
  })

  it('grants persistent storage to the app only, so its data is never evicted', () => {
    const granted = vi.fn()
    handlePermissionRequest(null, 'persistent-storage', granted, {
      requestingUrl: 'app://simpul/index.html',
    })
    expect(granted).toHaveBeenCalledExactlyOnceWith(true)
    expect(handlePermissionCheck(null, 'persistent-storage', 'app://simpul')).toBe(true)

    for (const url of ['https://evil.example/', 'app://simpul.evil/', 'file:///x']) {
      const denied = vi.fn()
      handlePermissionRequest(null, 'persistent-storage', denied, { requestingUrl: url })
      expect(denied).toHaveBeenCalledExactlyOnceWith(false)
      expect(handlePermissionCheck(null, 'persistent-storage', url)).toBe(false)
    }
    const noDetails = vi.fn()
    handlePermissionRequest(null, 'persistent-storage', noDetails)
    expect(noDetails).toHaveBeenCalledExactlyOnceWith(false)
  })
})

describe('device and screen-capture handlers', () => {
  it.each(['hid', 'serial', 'usb'])('denies %s devices, even to the app', (deviceType) => {
    expect(handleDevicePermission({ deviceType, origin: 'app://simpul', device: {} })).toBe(false)
    expect(handleDevicePermission({ deviceType, origin: 'https://evil.example', device: {} })).toBe(
      false,
    )
  })

  it('refuses every screen capture by answering null', () => {
    for (const request of [
      { securityOrigin: 'app://simpul', videoRequested: true, audioRequested: false },
      { securityOrigin: 'app://simpul', videoRequested: true, audioRequested: true },
      { securityOrigin: 'https://evil.example', videoRequested: false, audioRequested: true },
    ]) {
      const callback = vi.fn()
      handleDisplayMediaRequest({ ...request, frame: null, userGesture: true }, callback)
      expect(callback).toHaveBeenCalledExactlyOnceWith(null)
    }
  })

  it('does not let a callback that throws (frame already gone) escape', () => {
    const callback = vi.fn(() => {
      throw new Error('Render frame was disposed')
    })
    expect(() => handleDisplayMediaRequest({}, callback)).not.toThrow()
    expect(callback).toHaveBeenCalledExactlyOnceWith(null)
  })
})

/**
 * A web contents that emits navigation events the way Electron's navigation throttle does:
 * will-frame-navigate first; will-navigate only for the main frame and only if the first was
 * not prevented.
 */
function fakeWebContents() {
  const listeners = new Map<string, (...args: never[]) => void>()
  const contents = {
    on(event: string, listener: (...args: never[]) => void) {
      listeners.set(event, listener)
      return contents
    },
    setWindowOpenHandler: () => undefined,
  } as HardenableWebContents
  const emit = (event: string, ...args: unknown[]): void =>
    (listeners.get(event) as ((...a: unknown[]) => void) | undefined)?.(...args)
  /** Returns whether the navigation went ahead. */
  const navigate = (url: string, isMainFrame: boolean): boolean => {
    const frameEvent = { ...preventable(), url, isMainFrame }
    emit('will-frame-navigate', frameEvent)
    if (frameEvent.preventDefault.mock.calls.length > 0) return false
    if (!isMainFrame) return true
    const event = { ...preventable(), url }
    emit('will-navigate', event, url)
    return event.preventDefault.mock.calls.length === 0
  }
  return { contents, navigate }
}

describe('hardenWebContents and hardenSession', () => {
  it('opens a main-frame link in the browser exactly once, as Electron emits the events', () => {
    const fake = fakeWebContents()
    const open = vi.fn(async () => undefined)
    hardenWebContents(fake.contents, open)
    expect(fake.navigate('https://kalselprov.go.id/', true)).toBe(false)
    expect(open).toHaveBeenCalledExactlyOnceWith('https://kalselprov.go.id/')
    expect(fake.navigate('https://kalselprov.go.id/', false)).toBe(false)
    expect(open).toHaveBeenCalledOnce()
    expect(fake.navigate('app://simpul/index.html', true)).toBe(true)
    expect(fake.navigate('app://simpul/index.html', false)).toBe(true)
    expect(fake.navigate('file:///etc/passwd', true)).toBe(false)
    expect(fake.navigate('mailto:%', true)).toBe(false)
    expect(open).toHaveBeenCalledOnce()
  })

  it('installs every guard on a web contents', () => {
    const listeners = new Map<string, (...args: never[]) => void>()
    let windowOpen: ((d: { url: string }) => { action: 'deny' }) | undefined
    const contents = {
      on(event: string, listener: (...args: never[]) => void) {
        listeners.set(event, listener)
        return contents
      },
      setWindowOpenHandler(handler: (d: { url: string }) => { action: 'deny' }) {
        windowOpen = handler
      },
    } as HardenableWebContents
    const open = vi.fn(async () => undefined)
    hardenWebContents(contents, open)

    expect([...listeners.keys()].sort()).toEqual([
      'will-attach-webview',
      'will-frame-navigate',
      'will-navigate',
      'will-redirect',
    ])
    expect(windowOpen?.({ url: 'https://kalselprov.go.id/' })).toEqual({ action: 'deny' })

    const nav = preventable('file:///etc/passwd')
    ;(listeners.get('will-navigate') as (e: typeof nav, url: string) => void)(
      nav,
      'file:///etc/passwd',
    )
    expect(nav.preventDefault).toHaveBeenCalledOnce()
    const webview = preventable()
    ;(listeners.get('will-attach-webview') as (e: typeof webview) => void)(webview)
    expect(webview.preventDefault).toHaveBeenCalledOnce()
  })

  it('installs the permission, device and screen-capture handlers on the session', () => {
    const session = {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setDisplayMediaRequestHandler: vi.fn(),
    }
    hardenSession(session)
    expect(session.setPermissionRequestHandler).toHaveBeenCalledExactlyOnceWith(
      handlePermissionRequest,
    )
    expect(session.setPermissionCheckHandler).toHaveBeenCalledExactlyOnceWith(handlePermissionCheck)
    expect(session.setDevicePermissionHandler).toHaveBeenCalledExactlyOnceWith(
      handleDevicePermission,
    )
    expect(session.setDisplayMediaRequestHandler).toHaveBeenCalledExactlyOnceWith(
      handleDisplayMediaRequest,
    )
  })
})

describe('one policy for both shells', () => {
  it('matches the CSP the web server (scripts/serve-web.mjs) sends', () => {
    const source = readFileSync(new URL('../../../scripts/serve-web.mjs', import.meta.url), 'utf8')
    const block = /export const CSP = \[([\s\S]*?)\]\.join\('; '\)/.exec(source)?.[1]
    expect(block, 'CSP array in scripts/serve-web.mjs').toBeDefined()
    const directives = [...(block ?? '').matchAll(/"([^"]+)"/g)].map((m) => m[1])
    expect(directives.join('; ')).toBe(CONTENT_SECURITY_POLICY)
  })
})
