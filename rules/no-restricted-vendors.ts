import {
  type NoRestrictedVendorsMessageId,
  type NoRestrictedVendorsOptions,
  analyseFile,
} from '../src/analyses/no-restricted-vendors/analyse-file.js';
import { createRule } from '../src/util/create-rule.js';

export type MessageIds = NoRestrictedVendorsMessageId;
export type Options = [NoRestrictedVendorsOptions];

const vendorList = (description: string) =>
  ({
    type: 'array',
    description,
    // Ids are checked when the rule starts, with an error that names the option and the id.
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
  }) as const;

export default createRule<Options, MessageIds>({
  name: 'no-restricted-vendors',
  meta: {
    type: 'problem',
    docs: {
      description:
        'disallow analytics, telemetry, replay, error-monitoring, marketing and feature-flag vendors the project has not approved',
      recommended: false,
      strict: false,
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: vendorList('Catalog ids of the only vendors allowed; every other vendor is reported.'),
          deny: vendorList('Catalog ids of the vendors to report.'),
          message: {
            type: 'string',
            minLength: 1,
            description: 'Added to every report (why, and what to use instead).',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    messages: {
      restricted: '{{vendor}} is not allowed ({{how}} {{what}})',
      restrictedWithMessage: '{{vendor}} is not allowed ({{how}} {{what}}): {{message}}',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    return analyseFile(context, options, ({ node, messageId, data }) =>
      context.report({ node, messageId, data }),
    );
  },
});
