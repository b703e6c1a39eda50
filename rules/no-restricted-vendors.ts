import { createRule } from '../src/util/create-rule.js';
import { vendors as builtInVendors } from '../src/catalog/vendors/index.js';
import { readSettings } from '../src/settings/settings.js';
import { VendorReachFinder, scriptUrlMatcher } from '../src/analyses/no-restricted-vendors/vendor-reach.js';

export type MessageIds = 'restricted' | 'restrictedWithMessage';
export type Options = [{ allow?: string[]; deny?: string[]; message?: string }];

const VENDOR_IDS = builtInVendors.map((v) => v.id).sort();
const BUILT_IN: ReadonlySet<string> = new Set(VENDOR_IDS);

const vendorList = (description: string) => ({
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
      description: 'disallow analytics, telemetry, replay, error-monitoring, marketing and feature-flag vendors the project has not approved',
      recommended: false,
      strict: false,
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: vendorList('Catalog ids of the only vendors allowed; every other vendor is reported.'),
          deny: vendorList('Catalog ids of the vendors to report.'),
          message: { type: 'string', minLength: 1, description: 'Added to every report (why, and what to use instead).' },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    messages: {
      restricted: '{{vendor}} is not allowed in this project ({{how}} {{what}})',
      restrictedWithMessage: '{{vendor}} is not allowed in this project ({{how}} {{what}}): {{message}}',
    },
    languages: ['js/js'],
  },
  defaultOptions: [{}],
  create(context, [options]) {
    const { allow, deny, message } = options;
    if ((allow === undefined) === (deny === undefined)) {
      throw new Error('analytics-privacy/no-restricted-vendors: give exactly one of the options "allow" (the only vendors allowed) or "deny" (the vendors to report).');
    }
    const { catalog } = readSettings(context.settings);
    const listed = new Set(allow ?? deny);
    for (const id of listed) {
      if (!BUILT_IN.has(id)) {
        throw new Error(
          `analytics-privacy/no-restricted-vendors: unknown vendor id "${id}" in "${allow ? 'allow' : 'deny'}" (vendor ids are listed in docs/sdk-coverage.md: ${VENDOR_IDS.join(', ')}).`,
        );
      }
    }
    const restricted = allow
      ? (vendor: { id: string }) => BUILT_IN.has(vendor.id) && !listed.has(vendor.id)
      : (vendor: { id: string }) => listed.has(vendor.id);
    const finder = new VendorReachFinder(catalog, scriptUrlMatcher(catalog), restricted);
    const sourceCode = context.sourceCode;
    if (!finder.mayReach(sourceCode.ast, sourceCode.scopeManager, sourceCode.text)) return {};

    return {
      CallExpression: (node) => finder.load(node),
      ImportExpression: (node) => finder.load(node),
      Literal: (node) => finder.string(node),
      TemplateLiteral: (node) => finder.string(node),
      'Program:exit'() {
        finder.program(sourceCode.ast, sourceCode.scopeManager);
        const reaches = [...finder.reaches].sort((a, b) => a.node.range[0] - b.node.range[0]);
        for (const reach of reaches) {
          const vendor = reach.vendor.name;
          const what = reach.how === 'global' ? reach.what : `'${reach.what}'`;
          if (message) context.report({ node: reach.node, messageId: 'restrictedWithMessage', data: { vendor, how: reach.how, what, message } });
          else context.report({ node: reach.node, messageId: 'restricted', data: { vendor, how: reach.how, what } });
        }
      },
    };
  },
});
