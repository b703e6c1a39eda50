import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Bindings } from '../src/bindings.js';
import { createRule } from '../src/create-rule.js';
import { type ConfigMessageId, type ConfigSuggestionId, SdkConfigAnalysis, configIndex } from '../src/sdk-config.js';
import { readSettings } from '../src/settings.js';
import { SinkResolver } from '../src/sink-resolution.js';
import { ValueClassifier } from '../src/value-classification.js';
import { filePresence } from '../src/vendor-presence.js';

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
    const { catalog } = readSettings(context.settings);
    const index = configIndex(catalog);
    const sourceCode = context.sourceCode;
    const text = sourceCode.text;
    // The early exit: SDK configuration needs a vendor import, global or dynamic load; unmasking markup
    // needs one of its attribute or class names in the text.
    const markup = index.markupNeedles.some((needle) => text.includes(needle));
    const active = filePresence(sourceCode, catalog).touchesVendor;
    if (!active && !markup) return {};

    const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
    const assignments: TSESTree.AssignmentExpression[] = [];
    const attributes: TSESTree.JSXAttribute[] = [];
    const listeners: TSESLint.RuleListener = {
      'Program:exit'() {
        if (!sourceCode.scopeManager || (!active && attributes.length === 0)) return;
        const bindings = new Bindings(sourceCode.scopeManager);
        const analysis = new SdkConfigAnalysis(
          new SinkResolver(catalog, bindings),
          bindings,
          new ValueClassifier(bindings, { sanitizers: readSettings(context.settings).sanitizers }),
          sourceCode,
          index,
          { ipCollection: options.ipCollection === true },
        );
        if (active) {
          for (const call of calls) analysis.call(call);
          for (const assignment of assignments) analysis.assignment(assignment);
          analysis.run();
        }
        for (const attribute of attributes) analysis.jsxAttribute(attribute);
        for (const finding of analysis.findings) {
          const { suggest } = finding;
          context.report({
            node: finding.node,
            messageId: finding.messageId,
            data: finding.data,
            suggest: suggest ? [{ messageId: suggest.messageId, data: suggest.data, fix: suggest.fix }] : [],
          });
        }
      },
    };
    if (active) {
      listeners.CallExpression = (node: TSESTree.CallExpression) => void calls.push(node);
      listeners.NewExpression = (node: TSESTree.NewExpression) => void calls.push(node);
      listeners.AssignmentExpression = (node: TSESTree.AssignmentExpression) => void assignments.push(node);
    }
    if (markup) {
      listeners.JSXAttribute = (node: TSESTree.JSXAttribute) => {
        attributes.push(node);
      };
    }
    return listeners;
  },
});
