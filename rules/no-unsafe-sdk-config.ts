import {
  type NoUnsafeSdkConfigMessageId,
  type NoUnsafeSdkConfigOptions,
  analyseFile,
} from '../src/analyses/no-unsafe-sdk-config/analyse-file.js';
import { createRule } from '../src/util/create-rule.js';

export type MessageIds = NoUnsafeSdkConfigMessageId;
export type Options = [NoUnsafeSdkConfigOptions];

export default createRule<Options, MessageIds>({
  name: 'no-unsafe-sdk-config',
  meta: {
    type: 'problem',
    docs: {
      description:
        'disallow SDK configuration that turns on the collection of personal data by analytics, replay, error-monitoring and feature-flag vendors',
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
            description:
              'Also report SDKs left collecting IP addresses or geolocation by default (on in `strict`).',
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
  create(context, [options]) {
    return analyseFile(context, options, ({ node, messageId, data, suggest }) =>
      context.report({ node, messageId, data, suggest }),
    );
  },
});
