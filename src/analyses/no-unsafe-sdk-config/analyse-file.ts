/**
 * `no-unsafe-sdk-config` on one linted file: the early exit (no vendor in reach: only the selectors
 * of unmasking markup), the calls and assignments collected while ESLint walks the tree, the check at
 * `Program:exit`, and each finding reported with its suggestion. `rules/no-unsafe-sdk-config.ts`
 * holds the rule's meta and hands its context here.
 */
import type { Finding } from '../../util/create-rule.js';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Bindings } from '../../ast/bindings.js';
import { valueClassifier } from '../../personal-data/value-classifier.js';
import { SinkResolver } from '../../sdk/sink-resolution.js';
import { filePresence } from '../../sdk/vendor-presence.js';
import { readSettings } from '../../settings/settings.js';
import {
  type ConfigMessageId,
  type ConfigSuggestionId,
  SdkConfigAnalysis,
  configIndex,
} from './config-analysis.js';

export type NoUnsafeSdkConfigMessageId = ConfigMessageId | ConfigSuggestionId;

export interface NoUnsafeSdkConfigOptions {
  /** Also report SDKs left collecting IP addresses or geolocation by default. */
  readonly ipCollection?: boolean;
}

/** What the rule reports. */
export type NoUnsafeSdkConfigFinding = Finding<NoUnsafeSdkConfigMessageId>;

/** The listeners of `no-unsafe-sdk-config` for the file of `context`; each finding is handed to `report`. */
export function analyseFile(
  context: Readonly<TSESLint.RuleContext<NoUnsafeSdkConfigMessageId, [NoUnsafeSdkConfigOptions]>>,
  options: NoUnsafeSdkConfigOptions,
  report: (finding: NoUnsafeSdkConfigFinding) => void,
): TSESLint.RuleListener {
  const { catalog, sanitizers } = readSettings(context.settings);
  const index = configIndex(catalog);
  const sourceCode = context.sourceCode;
  const scopeManager = sourceCode.scopeManager;
  if (!scopeManager) return {};
  // The early exit: SDK configuration needs a vendor import, global or dynamic load. Unmasking markup
  // is found by ESLint's selectors, which call this rule only on the attributes that carry it.
  const active = filePresence(sourceCode, catalog).touchesVendor;

  let analysis: SdkConfigAnalysis | undefined;
  const engine = (): SdkConfigAnalysis => {
    if (!analysis) {
      const bindings = new Bindings(scopeManager);
      analysis = new SdkConfigAnalysis(
        new SinkResolver(catalog, bindings),
        bindings,
        valueClassifier(bindings, sanitizers),
        sourceCode,
        index,
        {
          ipCollection: options.ipCollection === true,
        },
      );
    }
    return analysis;
  };
  let reported = 0;
  const reportFindings = () => {
    const { findings } = engine();
    for (; reported < findings.length; reported++) {
      const finding = findings[reported];
      const { suggest } = finding;
      report({
        node: finding.node,
        messageId: finding.messageId,
        data: finding.data,
        suggest: suggest ? [{ messageId: suggest.messageId, data: suggest.data, fix: suggest.fix }] : [],
      });
    }
  };

  const listeners: TSESLint.RuleListener = {};
  for (const selector of index.markupSelectors) {
    listeners[selector] = (node: TSESTree.JSXAttribute) => {
      engine().jsxAttribute(node);
      // Without SDK configuration to wait for, markup is reported as it is met.
      if (!active) reportFindings();
    };
  }
  if (!active) return listeners;

  const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
  const assignments: TSESTree.AssignmentExpression[] = [];
  listeners.CallExpression = (node: TSESTree.CallExpression) => void calls.push(node);
  listeners.NewExpression = (node: TSESTree.NewExpression) => void calls.push(node);
  listeners.AssignmentExpression = (node: TSESTree.AssignmentExpression) => void assignments.push(node);
  listeners['Program:exit'] = () => {
    const configs = engine();
    for (const call of calls) configs.call(call);
    for (const assignment of assignments) configs.assignment(assignment);
    configs.run();
    reportFindings();
  };
  return listeners;
}
