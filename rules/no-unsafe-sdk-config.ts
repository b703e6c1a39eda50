import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Bindings } from '../src/ast/bindings.js';
import { createRule } from '../src/util/create-rule.js';
import { type ConfigMessageId, type ConfigSuggestionId, SdkConfigAnalysis, configIndex } from '../src/analyses/no-unsafe-sdk-config/config-analysis.js';
import { readSettings } from '../src/settings/settings.js';
import { SinkResolver } from '../src/sdk/sink-resolution.js';
import { ValueClassifier } from '../src/personal-data/value-classifier.js';
import { filePresence } from '../src/sdk/vendor-presence.js';

export type MessageIds = ConfigMessageId | ConfigSuggestionId;
export type Options = [{ ipCollection?: boolean }];

export default createRule<Options, MessageIds>({
  name: 'no-unsafe-sdk-config',
  meta: {
    type: 'problem',
    docs: {
      description: 'disallow SDK configuration that turns on the collection of personal data by analytics, replay, error-monitoring and feature-flag vendors',
      recommended: true,
      strict: [{ ipCollection: true }],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          ipCollection: {
            type: 'boolean',
            description: 'Also report SDKs left collecting IP addresses or geolocation by default (on in `strict`).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ipCollection: false }],
    messages: {
      unsafeOption: '{{option}}: {{value}} in {{vendor}} {{label}} {{collects}}',
      missingOption: '{{vendor}} {{label}} without {{option}}: {{safe}} {{collects}}',
      personalArgument: '{{category}} in {{vendor}} {{label}} {{collects}}',
      privateAttribute: '{{attribute}} in a {{vendor}} context {{collects}}',
      unmask: '{{marker}} {{collects}}',
      setSafe: 'Set {{option}} to {{safe}}.',
      addSafe: 'Add {{option}}: {{safe}}.',
      makePrivate: 'Mark {{attribute}} private in {{where}}.',
      removeMarker: 'Remove {{marker}}.',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{ ipCollection: false }],
  create(context, [options]) {
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
        analysis = new SdkConfigAnalysis(new SinkResolver(catalog, bindings), bindings, new ValueClassifier(bindings, { sanitizers }), sourceCode, index, {
          ipCollection: options.ipCollection === true,
        });
      }
      return analysis;
    };
    let reported = 0;
    const reportFindings = () => {
      const { findings } = engine();
      for (; reported < findings.length; reported++) {
        const finding = findings[reported];
        const { suggest } = finding;
        context.report({
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
  },
});
