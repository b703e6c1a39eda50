import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Bindings } from '../src/bindings.js';
import { CATEGORIES, IDENTIFIER_CATEGORIES } from '../src/categories.js';
import { createRule } from '../src/create-rule.js';
import { dropFix, pseudonymizeFix } from '../src/fixes.js';
import { LeakAnalysis } from '../src/leak-analysis.js';
import { projectModules } from '../src/project-modules.js';
import { readSettings } from '../src/settings.js';
import { SinkResolver } from '../src/sink-resolution.js';
import { typeClassifier } from '../src/type-info.js';
import { ValueClassifier } from '../src/value-classification.js';
import { argumentsLookPersonal, importedNames, importsVendor, loadsVendor, touchesVendorGlobal } from '../src/vendor-presence.js';

export type MessageIds = 'leak' | 'drop' | 'dropConfigureHelper' | 'pseudonymize';

export default createRule<[], MessageIds>({
  name: 'no-pii',
  meta: {
    type: 'problem',
    docs: {
      description: 'disallow personal data in calls to third-party analytics, telemetry, replay, error-monitoring, marketing and feature-flag SDKs',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      leak: '{{category}} reaches {{vendor}} {{method}}',
      drop: 'Remove this {{category}} from the {{vendor}} call.',
      dropConfigureHelper:
        'Remove this {{category}} from the {{vendor}} call (to send a pseudonymous identifier instead, configure settings["analytics-privacy"].pseudonymize).',
      pseudonymize: 'Pseudonymize this {{category}} with {{helper}}() before it reaches {{vendor}}.',
    },
    languages: ['js/js'],
  },
  defaultOptions: [],
  create(context) {
    const settings = readSettings(context.settings);
    const { catalog } = settings;
    const sourceCode = context.sourceCode;
    // The early exit: a file that imports no vendor, touches no vendor global, loads no module
    // dynamically and imports nothing of its own gets no listeners at all.
    const text = sourceCode.text;
    const loadsDynamically = text.includes('require(') || text.includes('import(');
    let active = importsVendor(sourceCode.ast, catalog) || touchesVendorGlobal(sourceCode.scopeManager, catalog);
    const imported = active ? undefined : importedNames(sourceCode.ast, catalog);
    if (!active && !loadsDynamically && imported?.size === 0) return {};

    const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
    const assignments: TSESTree.AssignmentExpression[] = [];

    return {
      CallExpression(node) {
        calls.push(node);
        if (!active && loadsVendor(node, catalog)) active = true;
      },
      NewExpression(node) {
        calls.push(node);
      },
      ImportExpression(node) {
        if (!active && loadsVendor(node, catalog)) active = true;
      },
      AssignmentExpression(node) {
        if (node.left.type === AST_NODE_TYPES.MemberExpression) assignments.push(node);
      },
      'Program:exit'() {
        // A file that only calls its own modules is analysed when some call passes personal-looking data.
        if (!active && imported && imported.size > 0) active = calls.some(argumentsLookPersonal);
        if (!active || !sourceCode.scopeManager) return;
        const file = context.physicalFilename;
        const modules = projectModules(settings);
        const bindings = new Bindings(sourceCode.scopeManager);
        const analysis = new LeakAnalysis(
          new SinkResolver(catalog, bindings, (specifier, name, path) => modules.sdkValue(file, specifier, name, path)),
          new ValueClassifier(bindings, { sanitizers: settings.sanitizers, types: typeClassifier(context.sourceCode.parserServices) }),
          bindings,
          { allowedKeys: settings.allowedKeys, categories: settings.categories },
          file,
          modules,
        );
        analysis.run(calls, assignments);
        for (const leak of analysis.leaks) {
          const data = { category: CATEGORIES[leak.cat], vendor: leak.vendor.name, method: leak.label };
          const suggest: TSESLint.SuggestionReportDescriptor<MessageIds>[] = [];
          const helper = settings.pseudonymize;
          const wrap = helper && leak.cat !== 'object' ? pseudonymizeFix(sourceCode, leak.node, helper) : undefined;
          if (wrap && helper) suggest.push({ messageId: 'pseudonymize', data: { ...data, helper: helper.name }, fix: wrap });
          const drop = dropFix(sourceCode, leak.node);
          if (drop) {
            const hint = !helper && IDENTIFIER_CATEGORIES.has(leak.cat);
            suggest.push({ messageId: hint ? 'dropConfigureHelper' : 'drop', data, fix: drop });
          }
          context.report({ node: leak.node, messageId: 'leak', data, suggest });
        }
      },
    };
  },
});
