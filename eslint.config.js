import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import simpul from './scripts/lint/simpul-rules.js'

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench-results/**',
      'resources/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    // One clock (src/shared/time.ts): a stored instant (createdAt, updatedAt, deletedAt,
    // startsAt, endsAt, audit `at`, any name ending in At) is never taken apart as a string:
    // its first characters are the UTC day or year, not the WITA one the users live in.
    files: ['**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['callee.object.property.name', 'callee.object.name'].map((object) => ({
          selector: `CallExpression[callee.type='MemberExpression'][callee.property.name=/^(slice|substring|substr|split|startsWith|endsWith|localeCompare|charAt|padStart|padEnd)$/][${object}=/^(at|[A-Za-z_$][\\w$]*At)$/]`,
          message:
            'Do not take a stored instant apart as a string (its characters are the UTC day, not the WITA one). Use src/shared/time.ts: witaDay/witaYear/witaMonth, instantToWitaInput, witaFileStamp, and compareInstants to sort.',
        })),
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { simpul },
    rules: { 'simpul/feature-public-face': 'error' },
  },
  {
    files: ['src/renderer/**/*.tsx'],
    plugins: { simpul },
    rules: { 'simpul/no-tables-in-screens': 'error' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
)
