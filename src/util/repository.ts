/**
 * The project's one repository URL. The rule docs' URLs (`meta.docs.url`, and so SARIF's help
 * links), the CLI's SARIF `informationUri` and the README's rules table (eslint-doc-generator's
 * `urlRuleDoc`) derive from it; package.json's `repository`, `homepage` and `bugs` must match it
 * (test/meta.test.ts checks them).
 */
export const REPOSITORY_URL =
  'https://github.com/eslint-plugin-analytics-privacy/eslint-plugin-analytics-privacy';

/** Where the rule docs are: `${DOCS_BASE}/<rule>.md`. */
export const DOCS_BASE = `${REPOSITORY_URL}/blob/main/docs/rules`;
