import type { TSESLint } from '@typescript-eslint/utils';
import { CATEGORIES } from '../src/personal-data/categories.js';
import { createRule } from '../src/util/create-rule.js';
import { readSettings } from '../src/settings/settings.js';
import { typeServices } from '../src/ast/type-services.js';
import { typeClassifier } from '../src/personal-data/type-classifier.js';
import { UrlSites } from '../src/analyses/no-pii-in-urls/listeners.js';
import { ValueClassifier } from '../src/personal-data/value-classifier.js';

export type MessageIds = 'url' | 'title' | 'dropParameter';
export type Options = [{ ids?: boolean }];

export default createRule<Options, MessageIds>({
  name: 'no-pii-in-urls',
  meta: {
    type: 'problem',
    docs: {
      description: 'disallow personal data in URLs, query strings and page titles, which analytics SDKs record with every page view',
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
            description: 'Also report user and organization IDs in URLs and titles (`/users/${user.id}`); on in `strict`.',
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ ids: false }],
    messages: {
      url: '{{category}} in a URL ({{sink}}): analytics SDKs record page URLs and referrers; send it in a request body or keep it in client state instead.',
      title: '{{category}} in the page title ({{sink}}): analytics SDKs record page titles; leave personal data out of the title.',
      dropParameter: 'Remove the {{param}} query parameter.',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{ ids: false }],
  create(context, [options]) {
    const settings = readSettings(context.settings);
    const sourceCode = context.sourceCode;
    if (!sourceCode.scopeManager) return {};
    const sites = new UrlSites(
      sourceCode,
      (finding) => {
        const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] =
          finding.fix && finding.param !== undefined ? [{ messageId: 'dropParameter', data: { param: finding.param }, fix: finding.fix }] : [];
        context.report({ node: finding.node, messageId: finding.what, data: { category: CATEGORIES[finding.cat], sink: finding.sink }, suggest });
      },
      (bindings) => new ValueClassifier(bindings, { sanitizers: settings.sanitizers, types: typeClassifier(sourceCode.parserServices) }),
      { ids: options.ids === true, categories: settings.categories, allowedKeys: settings.allowedKeys },
      typeServices(sourceCode.parserServices) !== undefined,
    );
    return sites.listeners();
  },
});
