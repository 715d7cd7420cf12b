import path from 'node:path'
import { RuleTester } from 'eslint'
import { describe, it } from 'vitest'
import simpul from '../../../scripts/lint/simpul-rules.js'

RuleTester.describe = describe
RuleTester.it = it
const tester = new RuleTester({
  languageOptions: {
    ecmaVersion: 2024,
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
})
const feature = (area: string, file: string) => path.resolve('src/renderer/features', area, file)

tester.run('feature-public-face', simpul.rules['feature-public-face'], {
  valid: [
    { filename: feature('regions', 'page.tsx'), code: "import { x } from '../coverage'" },
    { filename: feature('regions', 'page.tsx'), code: "import { x } from '../coverage/index'" },
    { filename: feature('regions', 'page.tsx'), code: "import { x } from './queries'" },
    { filename: feature('regions', 'page.tsx'), code: "import { x } from '../../domain/progress'" },
    {
      filename: path.resolve('src/renderer/app/routes.tsx'),
      code: "const p = import('../features/trash/routes')",
    },
  ],
  invalid: [
    {
      filename: feature('regions', 'page.tsx'),
      code: "import { CoverageGrid } from '../coverage/coverage-grid'",
      errors: [{ messageId: 'deep' }],
    },
    {
      filename: path.resolve('src/renderer/app/app.tsx'),
      code: "export { AutoBackup } from '../features/data/auto-backup'",
      errors: [{ messageId: 'deep' }],
    },
    {
      filename: path.resolve('src/renderer/app/routes.tsx'),
      code: "const p = import('../features/trash/trash-page')",
      errors: [{ messageId: 'deep' }],
    },
  ],
})

tester.run('no-tables-in-screens', simpul.rules['no-tables-in-screens'], {
  valid: [
    { code: 'const rows = useCoverage(db, regionId)' },
    { code: 'const n = services.coverage' },
    { code: 'const { db } = useServices(); createRecord(db, "coverage", input, { actor })' },
  ],
  invalid: [
    { code: 'db.coverage.toArray()', errors: [{ messageId: 'table' }] },
    { code: 'services.db.meetings.get(id)', errors: [{ messageId: 'table' }] },
    { code: "db.table('targets').toArray()", errors: [{ messageId: 'table' }] },
    { code: "db.transaction('rw', x, f)", errors: [{ messageId: 'table' }] },
  ],
})
