import type { Rule } from 'eslint'
declare const plugin: {
  rules: { 'feature-public-face': Rule.RuleModule; 'no-tables-in-screens': Rule.RuleModule }
}
export default plugin
