import {
  type NoPiiInUrlsMessageId,
  type NoPiiInUrlsOptions,
  analyseFile,
} from '../src/analyses/no-pii-in-urls/analyse-file.js';
import { createRule } from '../src/util/create-rule.js';

export type MessageIds = NoPiiInUrlsMessageId;
export type Options = [NoPiiInUrlsOptions];

export default createRule<Options, MessageIds>({
  name: 'no-pii-in-urls',
  meta: {
    type: 'problem',
    docs: {
      description:
        'disallow personal data in URLs, query strings and page titles, which analytics SDKs record with every page view',
      recommended: true,
      strict: [{ ids: true }],
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: {
          ids: {
            type: 'boolean',
            description:
              'Also report user and organization IDs in URLs and titles (`/users/${user.id}`); on in `strict`.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ids: false }],
    messages: {
      url: '{{category}} in a URL ({{sink}}): analytics SDKs record page URLs',
      title: '{{category}} in the page title ({{sink}}): analytics SDKs record page titles',
      dropParameter: 'Remove the {{param}} query parameter.',
    },
    languages: ['js/js'],
  },
  create(context, [options]) {
    return analyseFile(context, options, ({ node, messageId, data, suggest }) =>
      context.report({ node, messageId, data, suggest }),
    );
  },
});
