import { describe, expect, it } from 'vitest'
import { classifyStorageError, requestPersistentStorage } from '../../../src/renderer/db/durability'

describe('storage failures become messages that say what to do', () => {
  it.each([
    [{ name: 'QuotaExceededError' }, 'dbQuota'],
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'dbQuota'],
    [{ name: 'VersionError' }, 'dbNewerVersion'],
    [{ name: 'MissingAPIError' }, 'dbUnavailable'],
    [{ name: 'InvalidStateError' }, 'dbUnavailable'],
    [{ name: 'UnknownError' }, 'dbOpenFailed'],
    [new Error('x'), 'dbOpenFailed'],
    [null, 'dbOpenFailed'],
  ])('%j -> %s', (error, problem) => {
    expect(classifyStorageError(error)).toBe(problem)
  })
})

describe('persistent storage', () => {
  it('asks once and reports the answer', async () => {
    let asked = 0
    const nav = {
      storage: { persisted: async () => false, persist: async () => (asked++, true) },
    } as unknown as Navigator
    expect(await requestPersistentStorage(nav)).toBe(true)
    expect(asked).toBe(1)
  })
  it('reports false where the API is missing or throws', async () => {
    expect(await requestPersistentStorage({} as Navigator)).toBe(false)
    const nav = {
      storage: {
        persisted: async () => {
          throw new Error('no')
        },
        persist: async () => true,
      },
    } as unknown as Navigator
    expect(await requestPersistentStorage(nav)).toBe(false)
  })
})
