/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions', 'requiresTypeChecking'],
  urlRuleDoc: 'https://github.com/eslint-plugin-analytics-privacy/eslint-plugin-analytics-privacy/blob/main/docs/rules/{name}.md',
};
