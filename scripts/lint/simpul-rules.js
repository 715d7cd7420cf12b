/**
 * Simpul's own lint rules, the structure written down where the linter can hold it:
 * - feature-public-face: another area is reached through its public face only
 *   (features/<area>/index.ts, or routes.tsx for its screens), never a file inside it;
 * - no-tables-in-screens: a screen component (.tsx) reads through its area's query functions
 *   and writes through db/, never through a Dexie table or transaction of its own.
 */
import path from 'node:path'

const FEATURES = path.resolve('src/renderer/features')
const PUBLIC_FACES = new Set(['', 'index', 'index.ts', 'routes', 'routes.tsx'])

function featureOf(file) {
  const rel = path.relative(FEATURES, file)
  if (rel.startsWith('..') || path.isAbsolute(rel)) return null
  const [area, ...rest] = rel.split(path.sep)
  return { area, rest: rest.join('/') }
}

const featurePublicFace = {
  meta: {
    type: 'problem',
    docs: { description: 'Reach another feature only through its index.ts or routes.tsx' },
    messages: {
      deep: "'{{spec}}' reaches inside the {{area}} area: import it from '{{face}}' (its index.ts) and export what you need there.",
    },
    schema: [],
  },
  create(context) {
    const file = path.resolve(context.filename)
    const own = featureOf(file)
    function check(node, source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return
      const target = featureOf(path.resolve(path.dirname(file), source.value))
      if (!target || (own && own.area === target.area)) return
      if (PUBLIC_FACES.has(target.rest)) return
      const face = path
        .relative(path.dirname(file), path.join(FEATURES, target.area))
        .split(path.sep)
        .join('/')
      context.report({
        node: source,
        messageId: 'deep',
        data: {
          spec: source.value,
          area: target.area,
          face: face.startsWith('.') ? face : `./${face}`,
        },
      })
    }
    return {
      ImportDeclaration: (n) => check(n, n.source),
      ExportNamedDeclaration: (n) => check(n, n.source),
      ExportAllDeclaration: (n) => check(n, n.source),
      ImportExpression: (n) => check(n, n.source),
    }
  },
}

const TABLES = new Set([
  'regions',
  'coverage',
  'targets',
  'commitments',
  'measurements',
  'meetings',
  'agendaItems',
  'attendance',
  'decisions',
  'actionItems',
  'stakeholders',
  'committees',
  'audit',
  'settings',
  'table',
  'tables',
  'transaction',
])

const isDb = (node) =>
  (node.type === 'Identifier' && node.name === 'db') ||
  (node.type === 'MemberExpression' && !node.computed && node.property.name === 'db')

const noTablesInScreens = {
  meta: {
    type: 'problem',
    docs: { description: 'No Dexie table access in a screen component' },
    messages: {
      table:
        "A screen does not touch db.{{name}}: read through the area's query functions (queries.ts) and write through src/renderer/db (the one write path).",
    },
    schema: [],
  },
  create(context) {
    return {
      MemberExpression(node) {
        if (node.computed || node.property.type !== 'Identifier') return
        if (TABLES.has(node.property.name) && isDb(node.object))
          context.report({ node, messageId: 'table', data: { name: node.property.name } })
      },
    }
  },
}

export default {
  rules: {
    'feature-public-face': featurePublicFace,
    'no-tables-in-screens': noTablesInScreens,
  },
}
