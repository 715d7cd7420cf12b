import { describe, expect, it, vi } from 'vitest'
import { channels } from '../../../src/shared/bridge-contract'
import {
  isTrustedSender,
  isTrustedSenderUrl,
  registerIpcHandlers,
  type InvokeEventLike,
  type MainHandlers,
} from '../../../src/main/ipc'

type Listener = (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>

function fakeIpcMain() {
  const handlers = new Map<string, Listener[]>()
  return {
    handlers,
    handle(channel: string, listener: Listener) {
      handlers.set(channel, [...(handlers.get(channel) ?? []), listener])
    },
    invoke(channel: string, event: InvokeEventLike, ...args: unknown[]) {
      const listener = handlers.get(channel)?.[0]
      if (!listener) throw new Error(`no handler for ${channel}`)
      return listener(event, ...args)
    },
  }
}

function fakeHandlers(): { [K in keyof MainHandlers]: ReturnType<typeof vi.fn> } & MainHandlers {
  return {
    appInfo: vi.fn(async () => ({
      version: '0.1.0',
      shell: 'electron' as const,
      platform: 'linux',
    })),
    saveFile: vi.fn(async () => ({ saved: false as const })),
    openFile: vi.fn(async () => null),
    openExternal: vi.fn(async () => true),
    setLanguage: vi.fn(async () => undefined),
    backupsSupported: vi.fn(async () => true),
    backupsWrite: vi.fn(async () => ({ fileName: 'x', sizeBytes: 1, modifiedAt: '' })),
    backupsList: vi.fn(async () => []),
    backupsRead: vi.fn(async () => new Uint8Array([1])),
    backupsOpenFolder: vi.fn(async () => undefined),
    syncPasswordRead: vi.fn(async () => null),
    syncPasswordKeep: vi.fn(async () => undefined),
  }
}

const app: InvokeEventLike = { senderFrame: { url: 'app://simpul/index.html#/rapat' } }

function setup() {
  const ipc = fakeIpcMain()
  const handlers = fakeHandlers()
  registerIpcHandlers(ipc, handlers)
  return { ipc, handlers }
}

describe('isTrustedSenderUrl', () => {
  it.each(['app://simpul/', 'app://simpul/index.html', 'app://simpul/index.html#/data'])(
    'trusts %s',
    (url) => {
      expect(isTrustedSenderUrl(url)).toBe(true)
    },
  )

  it.each([
    'https://evil.example/?next=app://simpul',
    'https://evil.example/#app://simpul/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'http://x',
    'http://127.0.0.1:5199/',
    'https://user:pass@host',
    'https://host:8443/',
    ' app://simpul/',
    'app://simpul/\u0000',
    'app://simpul.evil.example/',
    'app://simpul@evil/',
    'app://simpul:1/',
    'about:blank',
    'devtools://devtools/bundled/inspector.html',
    'chrome-error://chromewebdata/',
    '',
  ])('does not trust %j', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false)
  })

  it('does not trust a destroyed frame', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false)
    expect(isTrustedSender({})).toBe(false)
  })
})

describe('registerIpcHandlers', () => {
  it('registers exactly one handler for every channel of the contract, and nothing else', () => {
    const { ipc } = setup()
    expect([...ipc.handlers.keys()].sort()).toEqual(Object.values(channels).sort())
    for (const listeners of ipc.handlers.values()) expect(listeners).toHaveLength(1)
  })

  it('refuses every channel to an untrusted sender, without calling the handler', async () => {
    const { ipc, handlers } = setup()
    const evil: InvokeEventLike = { senderFrame: { url: 'https://evil.example/' } }
    for (const channel of Object.values(channels)) {
      await expect(ipc.invoke(channel, evil)).rejects.toThrow(
        `Permintaan ${channel} ditolak: pengirim tidak dikenal.`,
      )
    }
    for (const fn of Object.values(handlers)) expect(fn).not.toHaveBeenCalled()
  })

  it('uses the sender check it is given', async () => {
    const ipc = fakeIpcMain()
    const handlers = fakeHandlers()
    registerIpcHandlers(ipc, handlers, () => false)
    await expect(ipc.invoke(channels.appInfo, app)).rejects.toThrow('pengirim tidak dikenal')
  })

  it('passes parsed arguments to the named handler', async () => {
    const { ipc, handlers } = setup()
    expect(await ipc.invoke(channels.appInfo, app)).toMatchObject({ shell: 'electron' })
    await ipc.invoke(channels.setLanguage, app, 'en')
    expect(handlers.setLanguage).toHaveBeenCalledWith('en')
    const data = new Uint8Array([1, 2, 3])
    await ipc.invoke(channels.saveFile, app, {
      suggestedName: 'laporan.pdf',
      data,
      mimeType: 'application/pdf',
    })
    expect(handlers.saveFile).toHaveBeenCalledWith({
      suggestedName: 'laporan.pdf',
      data,
      mimeType: 'application/pdf',
    })
    await ipc.invoke(channels.backupsRead, app, 'simpul-backup-2026-11-23.simpul.json')
    expect(handlers.backupsRead).toHaveBeenCalledWith('simpul-backup-2026-11-23.simpul.json')
  })

  it('strips properties the contract does not know', async () => {
    const { ipc, handlers } = setup()
    await ipc.invoke(channels.openFile, app, {
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      path: '/etc/passwd',
    })
    expect(handlers.openFile).toHaveBeenCalledWith({
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    })
  })

  it.each([
    [channels.setLanguage, ['fr']],
    [channels.setLanguage, [undefined]],
    [
      channels.saveFile,
      [{ suggestedName: '../../.bashrc', data: new Uint8Array(), mimeType: 'text/plain' }],
    ],
    [channels.saveFile, [{ suggestedName: 'x.txt', data: 'not bytes', mimeType: 'text/plain' }]],
    [channels.openFile, [{ filters: [] }]],
    [channels.openFile, [{ filters: [{ name: 'x', extensions: ['../exe'] }] }]],
    [channels.openExternal, [42]],
    [channels.openExternal, ['https://x/' + 'a'.repeat(3000)]],
    [channels.backupsRead, ['../../etc/passwd']],
    [channels.backupsRead, ['simpul-backup-x.simpul.json/../../secret']],
    [
      channels.backupsWrite,
      [{ fileName: 'simpul-backup-a.simpul.json', data: new Uint8Array(), keep: 0 }],
    ],
    [channels.backupsWrite, [{ fileName: 'evil.json', data: new Uint8Array(), keep: 5 }]],
    [channels.syncPasswordKeep, [42]],
    [channels.syncPasswordKeep, ['x'.repeat(2000)]],
  ])('rejects bad arguments on %s with an Indonesian message', async (channel, args) => {
    const { ipc, handlers } = setup()
    await expect(ipc.invoke(channel, app, ...args)).rejects.toThrow(
      `Permintaan ${channel} ditolak: data tidak sah`,
    )
    for (const fn of Object.values(handlers)) expect(fn).not.toHaveBeenCalled()
  })

  it('rejects the wrong number of arguments', async () => {
    const { ipc, handlers } = setup()
    await expect(ipc.invoke(channels.appInfo, app, 'extra')).rejects.toThrow(
      'jumlah argumen harus 0, diterima 1',
    )
    await expect(ipc.invoke(channels.setLanguage, app)).rejects.toThrow(
      'jumlah argumen harus 1, diterima 0',
    )
    await expect(ipc.invoke(channels.setLanguage, app, 'id', 'en')).rejects.toThrow(
      'jumlah argumen harus 1, diterima 2',
    )
    expect(handlers.appInfo).not.toHaveBeenCalled()
    expect(handlers.setLanguage).not.toHaveBeenCalled()
  })

  it('names the offending field in the message', async () => {
    const { ipc } = setup()
    await expect(
      ipc.invoke(channels.saveFile, app, {
        suggestedName: 'a/b',
        data: new Uint8Array(),
        mimeType: 'x',
      }),
    ).rejects.toThrow('(suggestedName)')
  })
})
