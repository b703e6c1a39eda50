import { ESLintUtils } from '@typescript-eslint/utils';

export interface PluginDocs {
  /** In `recommended` (every rule is in `strict` unless it is off by default). */
  recommended: boolean;
  /**
   * The rule in `strict`: the options `strict` sets (default: on, without options), or `false` for
   * opt-in rules that only make sense with the project's own options (`no-restricted-vendors`).
   */
  strict?: false | readonly unknown[];
  requiresTypeChecking?: boolean;
}

export const DOCS_BASE = 'https://github.com/eslint-plugin-analytics-privacy/eslint-plugin-analytics-privacy/blob/main/docs/rules';

export const createRule = ESLintUtils.RuleCreator<PluginDocs>((name) => `${DOCS_BASE}/${name}.md`);
