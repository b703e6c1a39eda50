/**
 * `no-restricted-vendors` on one linted file: checks the options against the catalog, exits early
 * when nothing in the file can reach a restricted vendor, and reports each way the file reaches one
 * (see vendor-reach.ts). `rules/no-restricted-vendors.ts` holds the rule's meta and hands its context here.
 */
import type { Finding } from '../../util/create-rule.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { vendors as builtInVendors } from '../../catalog/vendors/index.js';
import { readSettings } from '../../settings/settings.js';
import { VendorReachFinder, scriptUrlMatcher } from './vendor-reach.js';

export type NoRestrictedVendorsMessageId = 'restricted' | 'restrictedWithMessage';

export interface NoRestrictedVendorsOptions {
  /** Catalog ids of the only vendors allowed. */
  readonly allow?: string[];
  /** Catalog ids of the vendors to report. */
  readonly deny?: string[];
  /** Added to every report. */
  readonly message?: string;
}

/** Every vendor id of the built-in catalog, sorted (what `allow` and `deny` may name). */
const VENDOR_IDS: readonly string[] = builtInVendors.map((v) => v.id).sort();
const BUILT_IN: ReadonlySet<string> = new Set(VENDOR_IDS);

/** What the rule reports. */
export type NoRestrictedVendorsFinding = Finding<NoRestrictedVendorsMessageId>;

/** The listeners of `no-restricted-vendors` for the file of `context`; each finding is handed to `report`. */
export function analyseFile(
  context: Readonly<TSESLint.RuleContext<NoRestrictedVendorsMessageId, [NoRestrictedVendorsOptions]>>,
  options: NoRestrictedVendorsOptions,
  report: (finding: NoRestrictedVendorsFinding) => void,
): TSESLint.RuleListener {
  const { allow, deny, message } = options;
  if ((allow === undefined) === (deny === undefined)) {
    throw new Error(
      'analytics-privacy/no-restricted-vendors: give exactly one of the options "allow" (the only vendors allowed) or "deny" (the vendors to report).',
    );
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
        if (message)
          report({
            node: reach.node,
            messageId: 'restrictedWithMessage',
            data: { vendor, how: reach.how, what, message },
          });
        else report({ node: reach.node, messageId: 'restricted', data: { vendor, how: reach.how, what } });
      }
    },
  };
}
