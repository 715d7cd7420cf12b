import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

const root = fileURLToPath(new URL('.', import.meta.url))

/** The renderer alone: also used by vite.web.config.ts for the browser build (npm run web). */
export const rendererConfig = {
  root: resolve(root, 'src/renderer'),
  base: './',
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [react()],
  build: {
    outDir: resolve(root, 'out/renderer'),
    emptyOutDir: true,
    // electron-vite leaves the renderer unminified by default; the app parses it at every start.
    minify: true,
    // pdfmake with its fonts (about 3 MB) and exceljs (about 1,3 MB) are loaded only when a pack
    // or a spreadsheet is made; the start-up chunk is about 165 KB gzipped (see npm run bench).
    chunkSizeWarningLimit: 3500,
    rollupOptions: { input: { index: resolve(root, 'src/renderer/index.html') } },
  },
  worker: { format: 'es' as const },
}

// The renderer is a plain web app: the same build runs inside Electron (app://simpul/)
// and in any Chromium served over http (npm run web). Paths are relative for that reason.
export default defineConfig({
  // Main and preload bundle their few dependencies (zod) instead of importing them from
  // node_modules at run time, so the packaged app needs nothing outside out/ (see
  // electron-builder.config.ts). electron and Node built-ins stay external.
  main: {
    build: {
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(root, 'src/preload/index.ts') },
        // A sandboxed preload cannot `require` local files: one self-contained CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: rendererConfig,
})
