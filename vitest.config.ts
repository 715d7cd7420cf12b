import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import pkg from './package.json' with { type: 'json' }

// Two projects: Node for main-process and pure domain logic (including Dexie over
// fake-indexeddb), jsdom for React components. TZ is pinned in test/setup-env.ts.
export default defineConfig({
  plugins: [react()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  test: {
    globals: false,
    // Generous on purpose: the 2-core build machine is shared, and under load a component
    // test that takes 1 s quiet takes 5 to 10 s. A real hang still fails.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
          setupFiles: ['test/setup-env.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/unit/**/*.test.tsx'],
          setupFiles: ['test/setup-env.ts', 'test/setup-dom.ts'],
        },
      },
    ],
  },
})
