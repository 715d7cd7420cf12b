import { afterEach } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import 'fake-indexeddb/auto'

afterEach(() => {
  cleanup()
})

// findBy*/waitFor give up after 1 s by default, which a loaded machine can exceed while a
// Mantine form renders; 10 s is still well short of the test timeout.
configure({ asyncUtilTimeout: 10_000 })

// jsdom lacks these; Mantine reads them.
if (!window.matchMedia) {
  window.matchMedia = (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList
}
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver
// Mantine's autosize Textarea listens for web fonts loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: {
      ready: Promise.resolve(),
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    },
  })
}
