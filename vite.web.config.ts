import { defineConfig } from 'vite'
import { rendererConfig } from './electron.vite.config'

// The same renderer build without the Electron processes: `vite build -c vite.web.config.ts`.
export default defineConfig(rendererConfig)
