/**
 * `no-pii-in-urls` on one linted file: the listeners on the places that set a URL or a page title
 * (see listeners.ts), and each finding turned into a report with its suggestion.
 * `rules/no-pii-in-urls.ts` holds the rule's meta and hands its context here.
 */
import type { Finding } from '../../util/create-rule.js';
import type { TSESLint } from '@typescript-eslint/utils';
import { typeServices } from '../../ast/type-services.js';
import { CATEGORIES } from '../../personal-data/categories.js';
import { valueClassifier } from '../../personal-data/value-classifier.js';
import { readSettings } from '../../settings/settings.js';
import { UrlSites } from './listeners.js';

export type NoPiiInUrlsMessageId = 'url' | 'title' | 'dropParameter';

export interface NoPiiInUrlsOptions {
  /** Also report user and organization IDs. */
  readonly ids?: boolean;
}

/** What the rule reports. */
export type NoPiiInUrlsFinding = Finding<NoPiiInUrlsMessageId>;

/** The listeners of `no-pii-in-urls` for the file of `context`; each finding is handed to `report`. */
export function analyseFile(
  context: Readonly<TSESLint.RuleContext<NoPiiInUrlsMessageId, [NoPiiInUrlsOptions]>>,
  options: NoPiiInUrlsOptions,
  report: (finding: NoPiiInUrlsFinding) => void,
): TSESLint.RuleListener {
  const settings = readSettings(context.settings);
  const sourceCode = context.sourceCode;
  if (!sourceCode.scopeManager) return {};
  const sites = new UrlSites(
    sourceCode,
    (finding) => {
      const suggest: TSESLint.SuggestionReportDescriptor<NoPiiInUrlsMessageId>[] =
        finding.fix && finding.param !== undefined
          ? [{ messageId: 'dropParameter', data: { param: finding.param }, fix: finding.fix }]
          : [];
      report({
        node: finding.node,
        messageId: finding.what,
        data: { category: CATEGORIES[finding.category], sink: finding.sink },
        suggest,
      });
    },
    (bindings) => valueClassifier(bindings, settings.sanitizers, sourceCode.parserServices),
    { ids: options.ids === true, categories: settings.categories, allowedKeys: settings.allowedKeys },
    typeServices(sourceCode.parserServices) !== undefined,
    settings.catalog,
  );
  return sites.listeners();
}
