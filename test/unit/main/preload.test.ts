import { beforeAll, describe, expect, it, vi } from 'vitest'
import { channels } from '../../../src/shared/bridge-contract'

// The real 'electron' module would try to download its binary; the preload only needs these two.
const exposed = new Map<string, unknown>()
const invoke = vi.fn(async (..._args: unknown[]) => 'result')
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: { invoke },
}))

type Api = Record<string, (...args: unknown[]) => Promise<unknown>> & {
  backups: Record<string, (...args: unknown[]) => Promise<unknown>>
  syncPassword: Record<string, (...args: unknown[]) => Promise<unknown>>
}
let api: Api

beforeAll(async () => {
  await import('../../../src/preload/index')
  api = exposed.get('simpul') as Api
})

describe('preload', () => {
  it('exposes window.simpul and nothing else', () => {
    expect([...exposed.keys()]).toEqual(['simpul'])
  })

  it('exposes exactly the contract methods, with no generic invoke or ipcRenderer', () => {
    expect(Object.keys(api).sort()).toEqual([
      'appInfo',
      'backups',
      'openExternal',
      'openFile',
      'saveFile',
      'setLanguage',
      'syncPassword',
    ])
    expect(Object.keys(api.backups).sort()).toEqual([
      'list',
      'openFolder',
      'read',
      'supported',
      'write',
    ])
  })

  it.each([
    ['appInfo', [], channels.appInfo],
    ['saveFile', [{ suggestedName: 'a.pdf' }], channels.saveFile],
    ['openFile', [{ filters: [] }], channels.openFile],
    ['openExternal', ['https://x/'], channels.openExternal],
    ['setLanguage', ['en'], channels.setLanguage],
    ['backups.supported', [], channels.backupsSupported],
    ['backups.write', [{ fileName: 'x' }], channels.backupsWrite],
    ['backups.list', [], channels.backupsList],
    ['backups.read', ['x'], channels.backupsRead],
    ['backups.openFolder', [], channels.backupsOpenFolder],
    ['syncPassword.read', [], channels.syncPasswordRead],
    ['syncPassword.keep', ['pw'], channels.syncPasswordKeep],
  ] as const)('%s forwards to its own channel', async (path, args, channel) => {
    invoke.mockClear()
    const [head, tail] = path.split('.') as [string, string | undefined]
    const fn =
      tail === undefined
        ? api[head]
        : head === 'syncPassword'
          ? api.syncPassword[tail]
          : api.backups[tail]
    expect(await fn?.(...args)).toBe('result')
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channel, ...args)
  })

  it('forwards no extra arguments the page might add', async () => {
    invoke.mockClear()
    await api.appInfo?.('extra', 'args')
    expect(invoke).toHaveBeenCalledExactlyOnceWith(channels.appInfo)
  })
})
