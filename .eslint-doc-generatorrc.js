// The rule docs URL comes from the built src/util/repository.ts (`npm run docs` builds first).
import { DOCS_BASE } from './dist/src/util/repository.js';

/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'requiresTypeChecking'],
  urlRuleDoc: `${DOCS_BASE}/{name}.md`,
};
