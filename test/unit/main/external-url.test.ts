import { describe, expect, it, vi } from 'vitest'
import { parseAllowedExternalUrl } from '../../../src/shared/external-url'
import {
  handlePermissionCheck,
  handlePermissionRequest,
  handleWillFrameNavigate,
  handleWillNavigate,
  handleWillRedirect,
  handleWindowOpen,
  isAppUrl,
  openAllowedExternal,
} from '../../../src/main/security'

/**
 * Strings a page can put into a link, window.open() or location.href. None of them is an
 * acceptable external link, and none may make the guard (or a handler built on it) throw:
 * an exception in a main-process event handler is an uncaught exception in Electron.
 */
const MALFORMED: readonly string[] = [
  // Bad percent-encoding: a lone %, a % without two hex digits, a truncated sequence.
  'mailto:%',
  'mailto:%%',
  'mailto:%zz@example.go.id',
  'mailto:%E0%A4%A',
  'mailto:%E0%A4%A@example.go.id',
  'mailto:dinas@kalselprov.go.id%',
  'mailto:dinas%4@kalselprov.go.id',
  'https://%zz',
  'https://%',
  'https://%E0%A4%A/',
  'https://kalselprov.go.id/%',
  'https://kalselprov.go.id/%zz',
  'https://kalselprov.go.id/berita?q=%E0%A4%A',
  'https://kalselprov.go.id/#%G0',
  // Well-formed percent syntax that does not decode to valid UTF-8.
  'mailto:%FF@example.go.id',
  'mailto:%C0%80@example.go.id',
  'mailto:%ED%A0%80@example.go.id',
  'mailto:%80@example.go.id',
  // Decodes to control characters or whitespace inside the address.
  'mailto:%00dinas@kalselprov.go.id',
  'mailto:dinas%0A@kalselprov.go.id',
  'mailto:dinas@kalselprov.go.id%0D%0ABcc:x@evil.example',
  'mailto:dinas%7F@kalselprov.go.id',
  // Lone surrogates (the URL parser would silently turn them into U+FFFD).
  '\uD800',
  '\uDC00',
  'https://kalselprov.go.id/\uD800',
  'https://kalselprov.go.id/\uDFFF',
  'https://kalselprov.go.id/?q=\uDBFFx',
  'https://\uD83D',
  'mailto:\uD800@example.go.id',
  'mailto:dinas@kalselprov.go.id\uDC00',
  // Null bytes and other control characters.
  '\u0000',
  'https://kalselprov.go.id\u0000',
  'https://kalselprov.go.id/\u0000x',
  'mailto:dinas\u0000@kalselprov.go.id',
  '\u0000https://kalselprov.go.id/',
  'https://kalselprov.go.id/\u0085',
  // Very long strings.
  `https://kalselprov.go.id/${'a'.repeat(5000)}`,
  `https://kalselprov.go.id/${'%'.repeat(100_000)}`,
  `mailto:${'%'.repeat(2000)}`,
  `mailto:${'%E0'.repeat(600)}@x.id`,
  '%'.repeat(1_000_000),
  `mailto:${'a'.repeat(10_000)}@example.go.id`,
  // Broken hosts and schemes.
  'https://[::1',
  'https://xn--/',
  'mailto',
  'mailto:',
  '%6D%61%69%6C%74%6F:dinas@kalselprov.go.id',
  'javascript:%',
  '%',
  '',
]

/** A reproducible stream of awkward strings built from the pieces that break decoders. */
function* fuzzStrings(count: number): Generator<string> {
  const pieces = [
    '%',
    '%2',
    '%25',
    '%zz',
    '%E0',
    '%A4',
    '%ED%A0%80',
    '%C0%80',
    '%FF',
    '%00',
    '\uD800',
    '\uDC00',
    '\u0000',
    '@',
    '/',
    ':',
    '#',
    '?',
    '[',
    ']',
    'a',
    '.',
    'xn--',
    'mailto:',
    'https://',
    'app://simpul/',
  ]
  let seed = 0x5eed
  const next = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed
  }
  for (let i = 0; i < count; i++) {
    const prefix = ['mailto:', 'https://', 'https://kalselprov.go.id/', 'app://simpul/', ''][
      next() % 5
    ]
    let s = prefix ?? ''
    const length = next() % 12
    for (let j = 0; j < length; j++) s += pieces[next() % pieces.length]
    yield s
  }
}

const FUZZ = [...fuzzStrings(3000)]

describe('parseAllowedExternalUrl never throws', () => {
  it.each(MALFORMED.map((s) => [JSON.stringify(s).slice(0, 60), s] as const))(
    'refuses %s',
    (_label, raw) => {
      expect(() => parseAllowedExternalUrl(raw)).not.toThrow()
      expect(parseAllowedExternalUrl(raw)).toBeNull()
    },
  )

  it('returns null or an https:/mailto: URL for thousands of generated strings', () => {
    for (const raw of FUZZ) {
      let result: URL | null = null
      expect(() => (result = parseAllowedExternalUrl(raw)), JSON.stringify(raw)).not.toThrow()
      const url = result as URL | null
      if (url) expect(['https:', 'mailto:'], JSON.stringify(raw)).toContain(url.protocol)
    }
  })

  it('still allows ordinary links, including well-formed percent-encoding', () => {
    for (const raw of [
      'https://kalselprov.go.id/berita?q=jaminan%20sosial',
      'https://kalselprov.go.id/100%25',
      'https://id.wikipedia.org/wiki/Banjarmasin#Sejarah',
      'mailto:dinas@kalselprov.go.id',
      'mailto:dinas.tenaga%2Bkerja@kalselprov.go.id',
      'mailto:dinas@kalselprov.go.id?subject=Rakor%20Jamsostek',
    ]) {
      expect(parseAllowedExternalUrl(raw), raw).not.toBeNull()
    }
  })

  it('refuses anything that is not a string', () => {
    for (const value of [undefined, null, 0, {}, [], new String('https://x.id/'), Symbol('x')]) {
      expect(parseAllowedExternalUrl(value)).toBeNull()
    }
  })
})

const ALL = [...MALFORMED, ...FUZZ]

function preventable(url?: string) {
  return { preventDefault: vi.fn(), ...(url === undefined ? {} : { url }) }
}

describe('the main-process handlers never throw for malformed URLs', () => {
  const openers = {
    resolving: () => vi.fn(async () => undefined),
    rejecting: () =>
      vi.fn(async () => {
        throw new Error('no browser')
      }),
    'throwing synchronously': () =>
      vi.fn((): Promise<void> => {
        throw new Error('no browser')
      }),
  }

  for (const [name, makeOpener] of Object.entries(openers)) {
    it(`will-navigate stops every one of them (openExternal ${name})`, async () => {
      const open = makeOpener()
      for (const raw of ALL) {
        const event = preventable(raw)
        expect(() => handleWillNavigate(event, raw, open), JSON.stringify(raw)).not.toThrow()
        if (!isAppUrl(raw)) expect(event.preventDefault).toHaveBeenCalledOnce()
        const noDetails = preventable()
        expect(() => handleWillNavigate(noDetails, raw, open)).not.toThrow()
      }
      for (const [url] of open.mock.calls as unknown as [string][]) {
        expect(parseAllowedExternalUrl(url)).not.toBeNull()
      }
      await new Promise((r) => setImmediate(r))
    })

    it(`will-frame-navigate stops every one of them, in any frame (openExternal ${name})`, async () => {
      const open = makeOpener()
      for (const raw of ALL) {
        for (const isMainFrame of [true, false]) {
          const event = { ...preventable(), url: raw, isMainFrame }
          expect(() => handleWillFrameNavigate(event, open), JSON.stringify(raw)).not.toThrow()
          if (!isAppUrl(raw)) expect(event.preventDefault).toHaveBeenCalledOnce()
        }
      }
      for (const [url] of open.mock.calls as unknown as [string][]) {
        expect(parseAllowedExternalUrl(url)).not.toBeNull()
      }
      await new Promise((r) => setImmediate(r))
    })

    it(`window open denies every one of them (openExternal ${name})`, async () => {
      const open = makeOpener()
      for (const raw of ALL) {
        let result: unknown
        expect(() => (result = handleWindowOpen({ url: raw }, open))).not.toThrow()
        expect(result).toEqual({ action: 'deny' })
      }
      await new Promise((r) => setImmediate(r))
    })
  }

  it('will-redirect refuses every one of them that is not the app', () => {
    for (const raw of ALL) {
      const event = preventable(raw)
      expect(() => handleWillRedirect(event, raw)).not.toThrow()
      if (!isAppUrl(raw)) expect(event.preventDefault).toHaveBeenCalledOnce()
    }
  })

  it('permission handlers deny every one of them', () => {
    for (const raw of ALL) {
      const callback = vi.fn()
      expect(() =>
        handlePermissionRequest(null, 'media', callback, { requestingUrl: raw }),
      ).not.toThrow()
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(handlePermissionCheck(null, 'media', raw)).toBe(false)
    }
  })
})

describe('openAllowedExternal (the IPC openExternal handler)', () => {
  it('resolves to false, without calling the shell, for every malformed string', async () => {
    const open = vi.fn(async () => undefined)
    for (const raw of ALL) {
      if (parseAllowedExternalUrl(raw)) continue
      await expect(openAllowedExternal(raw, open), JSON.stringify(raw)).resolves.toBe(false)
    }
    expect(open).not.toHaveBeenCalled()
  })

  it('hands allowed links over as the parser normalised them', async () => {
    const open = vi.fn(async () => undefined)
    await expect(openAllowedExternal('https://KALSELPROV.go.id', open)).resolves.toBe(true)
    expect(open).toHaveBeenCalledExactlyOnceWith('https://kalselprov.go.id/')
  })

  it('resolves to false when the shell fails, synchronously or not', async () => {
    const rejecting = vi.fn(async () => {
      throw new Error('no browser')
    })
    const throwing = vi.fn((): Promise<void> => {
      throw new Error('no browser')
    })
    await expect(openAllowedExternal('https://kalselprov.go.id/', rejecting)).resolves.toBe(false)
    await expect(openAllowedExternal('mailto:dinas@kalselprov.go.id', throwing)).resolves.toBe(
      false,
    )
  })
})
