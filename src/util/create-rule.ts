import { ESLintUtils, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { hasOwnKey } from './records.js';
import { DOCS_BASE } from './repository.js';

/** What a rule's analysis hands the rule to report: the node, the message and its data, and the suggestions. */
export interface Finding<MessageId extends string> {
  readonly node: TSESTree.Node;
  readonly messageId: MessageId;
  readonly data: Record<string, string>;
  readonly suggest?: TSESLint.SuggestionReportDescriptor<MessageId>[];
}

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

const withDocsUrl = ESLintUtils.RuleCreator<PluginDocs>((name) => `${DOCS_BASE}/${name}.md`);

/** `user` over `defaults`, objects merged key by key (typescript-eslint's `deepMerge`, which copies nothing it need not). */
function withDefaults(defaults: unknown, user: unknown): unknown {
  if (user === undefined) return defaults;
  return ESLintUtils.isObjectNotArray(defaults) && ESLintUtils.isObjectNotArray(user)
    ? ESLintUtils.deepMerge(defaults, user)
    : user;
}

/**
 * Whether `user` already has every key of `defaults`, objects key by key: then laying it over the
 * defaults gives `user` back, and nothing needs building. This is the usual case: ESLint 9.15 and
 * later lay `meta.defaultOptions` under the configured options before `create` runs.
 */
function covers(user: unknown, defaults: unknown): boolean {
  if (!ESLintUtils.isObjectNotArray(defaults)) return user !== undefined;
  if (!ESLintUtils.isObjectNotArray(user)) return false;
  for (const key of Object.keys(defaults)) {
    if (!hasOwnKey(user, key) || !covers(user[key], defaults[key])) return false;
  }
  return true;
}

function allCovered(user: readonly unknown[], defaults: readonly unknown[]): boolean {
  if (user.length < defaults.length) return false;
  for (let i = 0; i < defaults.length; i++) if (!covers(user[i], defaults[i])) return false;
  return true;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * typescript-eslint's `RuleCreator` (docs URL, typed meta), except for how options meet their
 * defaults: `create` runs for every linted file, and `RuleCreator` deep-clones the defaults each time
 * (`structuredClone`), which costs more than a rule that exits early. Here the defaults are frozen
 * once and the user's options laid over them without copying. The defaults are written once, as
 * `meta.defaultOptions` (what ESLint itself reads); the rule-level `defaultOptions` is filled from it.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<Omit<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, PluginDocs>, 'defaultOptions'>>,
): ReturnType<typeof withDocsUrl<Options, MessageIds>> {
  const defaults = deepFreeze(rule.meta.defaultOptions ?? ([] as unknown as Options));
  const created = withDocsUrl({ ...rule, defaultOptions: defaults });
  return {
    ...created,
    create(context) {
      const user = context.options;
      // ESLint 9.15+ has already laid `meta.defaultOptions` under the user's options; earlier versions have not.
      const options = (user.length === 0
        ? defaults
        : allCovered(user, defaults)
          ? user
          : Array.from({ length: Math.max(defaults.length, user.length) }, (_, i) =>
              withDefaults(defaults[i], user[i]),
            )) as unknown as Readonly<Options>;
      return rule.create(context, options);
    },
  };
}
