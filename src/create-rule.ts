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

const withDocsUrl = ESLintUtils.RuleCreator<PluginDocs>((name) => `${DOCS_BASE}/${name}.md`);

/** How many distinct option sets one rule keeps merged with its defaults (a config has a handful). */
const MAX_OPTION_SETS = 64;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * typescript-eslint's `RuleCreator` (docs URL, typed meta), except that options merged with their
 * defaults are computed once per distinct option set rather than cloned anew for every linted file:
 * `create` runs for every file, and a rule that exits early must cost next to nothing.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>>,
): ReturnType<typeof withDocsUrl<Options, MessageIds>> {
  const created = withDocsUrl(rule);
  // The same fallback as RuleCreator's (the rule-level `defaultOptions` is deprecated).
  const defaults = (rule.meta.defaultOptions ?? rule.defaultOptions ?? []) as Options;
  const merged = new Map<string, Readonly<Options>>();
  return {
    ...created,
    create(context) {
      const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
      let options = merged.get(key);
      if (options === undefined) {
        if (merged.size >= MAX_OPTION_SETS) merged.clear();
        options = deepFreeze(ESLintUtils.applyDefault<Options, Options>(defaults, context.options));
        merged.set(key, options);
      }
      return rule.create(context, options);
    },
  };
}
