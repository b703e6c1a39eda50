import { type NoPiiMessageId, analyseFile } from '../src/analyses/no-pii/analyse-file.js';
import { createRule } from '../src/util/create-rule.js';

export type MessageIds = NoPiiMessageId;

export default createRule<[], MessageIds>({
  name: 'no-pii',
  meta: {
    type: 'problem',
    docs: {
      description:
        'disallow personal data in calls to third-party analytics, telemetry, replay, error-monitoring, marketing and feature-flag SDKs',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      leak: '{{category}} reaches {{vendor}} {{method}}',
      leakThrough: '{{category}} reaches {{vendor}} {{method}} through {{wrapper}}',
      identityArgument: '{{category}} reaches {{vendor}} {{method}} (identity argument)',
      adMatching: 'identity matching for ads: {{category}} reaches {{vendor}} {{method}}',
      specialCategory: '{{kind}} reaches {{vendor}} {{method}}',
      drop: 'Remove this {{category}} from the {{vendor}} call.',
      dropConfigureHelper: 'Remove this {{category}} from the {{vendor}} call (or configure pseudonymize).',
      pseudonymize: 'Pseudonymize this {{category}} with {{helper}}().',
      hashSha256: 'Replace with the SHA-256 hash of the trimmed, lower-cased {{category}}.',
    },
    languages: ['js/js'],
  },
  create(context) {
    return analyseFile(context, ({ node, messageId, data, suggest }) =>
      context.report({ node, messageId, data, suggest }),
    );
  },
});
