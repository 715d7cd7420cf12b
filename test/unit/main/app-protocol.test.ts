import { join, resolve, sep } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_SCHEME_PRIVILEGES,
  contentTypeFor,
  createAppProtocolHandler,
  resolveAppRequestPath,
} from '../../../src/main/app-protocol'
import { CONTENT_SECURITY_POLICY } from '../../../src/main/security'

const root = resolve('/opt/simpul/out/renderer')

describe('resolveAppRequestPath', () => {
  it('maps the origin and / to index.html', () => {
    expect(resolveAppRequestPath('app://simpul', root)).toBe(join(root, 'index.html'))
    expect(resolveAppRequestPath('app://simpul/', root)).toBe(join(root, 'index.html'))
  })

  it('maps asset paths inside the root, ignoring query and fragment', () => {
    expect(resolveAppRequestPath('app://simpul/index.html', root)).toBe(join(root, 'index.html'))
    expect(resolveAppRequestPath('app://simpul/assets/index-B9PU8403.js', root)).toBe(
      join(root, 'assets', 'index-B9PU8403.js'),
    )
    expect(resolveAppRequestPath('app://simpul/assets/a.css?v=2#x', root)).toBe(
      join(root, 'assets', 'a.css'),
    )
    expect(resolveAppRequestPath('app://simpul/fonts/Noto%20Sans.woff2', root)).toBe(
      join(root, 'fonts', 'Noto Sans.woff2'),
    )
  })

  it.each([
    'app://simpul/../../etc/passwd',
    'app://simpul/assets/../../../etc/passwd',
    'app://simpul/%2e%2e/%2e%2e/etc/passwd',
    'app://simpul/%2E%2E/etc/passwd',
    'app://simpul/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://simpul/assets%2f..%2f..%2fetc/passwd',
    'app://simpul/..%5c..%5cWindows/win.ini',
    'app://simpul/..\\..\\Windows\\win.ini',
    'app://simpul/%252e%252e/%252e%252e/etc/passwd',
    'app://simpul/%25%32%65%25%32%65/etc/passwd',
    'app://simpul/index.html%00.png',
    'app://simpul/index.html\u0000',
    'app://simpul//etc/passwd',
    'app://simpul/C:/Windows/win.ini',
    'app://simpul/C%3A%5CWindows%5Cwin.ini',
    'app://simpul/./index.html',
    'app://simpul/assets/',
    'app://simpul/%E0%A4%A',
    'app://simpul.evil.example/index.html',
    'app://simpul@evil/index.html',
    'app://user:pass@simpul/index.html',
    'app://simpul:8080/index.html',
    'app://evil/index.html',
    'file:///etc/passwd',
    'https://simpul/index.html',
    '/etc/passwd',
    ' app://simpul/index.html',
    '',
  ])('refuses %j', (url) => {
    expect(resolveAppRequestPath(url, root)).toBeNull()
  })

  it('never returns a path outside the root', () => {
    const attempts = [
      '..',
      '%2e%2e',
      '.%2e',
      '%2e.',
      '...',
      '....//',
      '%c0%ae%c0%ae',
      '..;',
      '%u002e%u002e',
    ]
    for (const a of attempts) {
      const result = resolveAppRequestPath(`app://simpul/${a}/${a}/etc/passwd`, root)
      if (result !== null) expect(result.startsWith(root + sep)).toBe(true)
    }
  })
})

describe('contentTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.CSS', 'text/css; charset=utf-8'],
    ['f.woff2', 'font/woff2'],
    ['x.unknown', 'application/octet-stream'],
  ])('%s is %s', (file, type) => expect(contentTypeFor(file)).toBe(type))
})

describe('createAppProtocolHandler', () => {
  const files = new Map<string, string>([
    [join(root, 'index.html'), '<!doctype html><title>Simpul</title>'],
    [join(root, 'assets', 'index.js'), 'console.log(1)'],
  ])
  const handler = createAppProtocolHandler({
    rootDir: root,
    readFile: async (path) => {
      const text = files.get(path)
      if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      return new TextEncoder().encode(text)
    },
  })

  it('serves index.html with the CSP and nosniff', async () => {
    const response = await handler(new Request('app://simpul/'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>Simpul</title>')
  })

  it('serves scripts as JavaScript', async () => {
    const response = await handler(new Request('app://simpul/assets/index.js'))
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await response.text()).toBe('console.log(1)')
  })

  it('answers 404 for a missing file, still with the CSP', async () => {
    const response = await handler(new Request('app://simpul/assets/missing.js'))
    expect(response.status).toBe(404)
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it('answers 403 for a refused path without reading anything', async () => {
    let reads = 0
    const guarded = createAppProtocolHandler({
      rootDir: root,
      readFile: async () => {
        reads += 1
        return new Uint8Array()
      },
    })
    // Request (like Chromium) already resolves `..` and `%2e%2e`; these forms survive it.
    for (const url of [
      'app://simpul/%252e%252e/%252e%252e/etc/passwd',
      'app://simpul/..%5c..%5cetc/passwd',
      'app://simpul/a%00',
    ]) {
      const response = await guarded(new Request(url))
      expect(response.status).toBe(403)
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    }
    expect(reads).toBe(0)
  })

  it('keeps a request that the URL parser already normalised inside the root', async () => {
    const read: string[] = []
    const guarded = createAppProtocolHandler({
      rootDir: root,
      readFile: async (path) => {
        read.push(path)
        throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' })
      },
    })
    const response = await guarded(new Request('app://simpul/%2e%2e/%2e%2e/etc/passwd'))
    expect(response.status).toBe(404)
    expect(read).toEqual([join(root, 'etc', 'passwd')])
  })

  it('refuses requests for another host', async () => {
    const response = await handler(new Request('app://evil/index.html'))
    expect(response.status).toBe(403)
  })

  it('answers 405 to anything but GET and HEAD', async () => {
    const response = await handler(
      new Request('app://simpul/index.html', { method: 'POST', body: 'x' }),
    )
    expect(response.status).toBe(405)
  })

  it('answers 500, not 404, when reading fails for another reason', async () => {
    const failing = createAppProtocolHandler({
      rootDir: root,
      readFile: async () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' })
      },
    })
    expect((await failing(new Request('app://simpul/index.html'))).status).toBe(500)
  })
})

describe('scheme privileges', () => {
  it('registers app: as standard and secure (a real, permanent origin for IndexedDB)', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      standard: true,
      secure: true,
      supportFetchAPI: true,
      stream: true,
    })
  })
})
