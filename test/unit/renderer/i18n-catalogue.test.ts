import { describe, expect, it } from 'vitest'
import { catalogue } from '../../../src/renderer/i18n/catalogue'

function keys(obj: unknown, prefix = ''): string[] {
  if (typeof obj !== 'object' || obj === null) return [prefix]
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

describe('the message catalogue', () => {
  for (const [ns, messages] of Object.entries(catalogue)) {
    it(`${ns}: English has exactly the Indonesian keys`, () => {
      expect(keys(messages.en).sort()).toEqual(keys(messages.id).sort())
    })
    it(`${ns}: no message is empty`, () => {
      const empty = keys(messages.id).filter(
        (k) =>
          k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], messages.id) ===
          '',
      )
      expect(empty).toEqual([])
    })
  }
})
