/**
 * The browser implementation of the platform contract: downloads for saving, a file input
 * for opening, window.open for links. Chosen at start-up when no Electron preload exposed
 * `window.simpul`, so the renderer is a complete app in plain Chromium.
 */
import type { OpenedFile, SimpulBridge } from '../../shared/bridge-contract'
import { parseAllowedExternalUrl } from '../../shared/external-url'

let tabPassword: string | null = null

export function createBrowserBridge(doc: Document = document): SimpulBridge {
  return {
    async appInfo() {
      return { version: __APP_VERSION__, shell: 'browser', platform: navigator.platform || 'web' }
    },
    async saveFile(request) {
      const blob = new Blob([request.data as BlobPart], {
        type: request.mimeType || 'application/octet-stream',
      })
      const url = URL.createObjectURL(blob)
      const a = doc.createElement('a')
      a.href = url
      a.download = request.suggestedName
      a.rel = 'noopener'
      a.style.display = 'none'
      doc.body.appendChild(a)
      a.click()
      a.remove()
      // Give the download a moment to start before the object URL is revoked.
      setTimeout(() => URL.revokeObjectURL(url), 10_000)
      return { saved: true, location: request.suggestedName }
    },
    openFile(request) {
      return new Promise<OpenedFile | null>((resolve) => {
        const input = doc.createElement('input')
        input.type = 'file'
        input.accept = request.filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',')
        input.style.display = 'none'
        input.addEventListener('change', async () => {
          const file = input.files?.[0]
          input.remove()
          if (!file) return resolve(null)
          resolve({ name: file.name, data: new Uint8Array(await file.arrayBuffer()) })
        })
        input.addEventListener('cancel', () => {
          input.remove()
          resolve(null)
        })
        doc.body.appendChild(input)
        input.click()
      })
    },
    async openExternal(url) {
      const parsed = parseAllowedExternalUrl(url)
      if (!parsed) return false
      window.open(parsed.href, '_blank', 'noopener,noreferrer')
      return true
    },
    async setLanguage(language) {
      doc.documentElement.lang = language
    },
    backups: {
      async supported() {
        return false
      },
      async write() {
        throw new Error(
          'Cadangan otomatis ke folder hanya tersedia di aplikasi desktop. Unduh cadangan dari menu Data.',
        )
      },
      async list() {
        return []
      },
      async read() {
        throw new Error('Cadangan otomatis ke folder hanya tersedia di aplikasi desktop.')
      },
      async openFolder() {
        throw new Error('Folder cadangan hanya tersedia di aplikasi desktop.')
      },
    },
    // A browser has no safe place for a secret: the password lives in this tab's memory only.
    syncPassword: {
      async read() {
        return tabPassword
      },
      async keep(password) {
        tabPassword = password === '' ? null : password
      },
    },
  }
}

/** The Electron preload's bridge when present, the browser's otherwise. */
export function chooseBridge(win: Window & { simpul?: SimpulBridge } = window): SimpulBridge {
  return win.simpul ?? createBrowserBridge(win.document)
}
