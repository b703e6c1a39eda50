import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Bindings } from '../src/ast/bindings.js';
import type { Catalog } from '../src/catalog/index.js';
import { CATEGORIES, IDENTIFIER_CATEGORIES } from '../src/personal-data/categories.js';
import { createRule } from '../src/util/create-rule.js';
import { dropFix } from '../src/ast/fixes.js';
import { pseudonymizeFix } from '../src/analyses/no-pii/pseudonymize-fix.js';
import { LeakAnalysis } from '../src/analyses/no-pii/leak-analysis.js';
import type { ProjectModules } from '../src/analyses/no-pii/wrapper-summaries.js';
import { projectModules } from '../src/analyses/no-pii/wrapper-summaries.js';
import { readSettings } from '../src/settings/settings.js';
import { SinkResolver } from '../src/sdk/sink-resolution.js';
import { typeServices } from '../src/ast/type-services.js';
import { typeClassifier } from '../src/personal-data/type-classifier.js';
import { resolveProjectImport, setFallbackResolver } from '../src/project/import-resolution.js';
import { checkerImportResolver } from '../src/project/checker-resolution.js';
import { ValueClassifier } from '../src/personal-data/value-classifier.js';
import { someCallThroughOwnImports } from '../src/project/own-imports.js';
import { filePresence } from '../src/sdk/vendor-presence.js';
import { argumentsLookPersonal } from '../src/personal-data/looks-personal.js';

/** How many of the project's other modules one linted file may read to learn whether its imports reach a vendor. */
const FILES_READ_PER_LINTED_FILE = 20;

/**
 * The cross-file trigger: a call through one of the file's own imports passes personal-looking data,
 * and the module it comes from may reach a vendor (read from its text, cached, a bounded number of files).
 */
function wrapperCallLooksPersonal(file: string, program: TSESTree.Program, scopeManager: TSESLint.Scope.ScopeManager, catalog: Catalog, modules: ProjectModules): boolean {
  const reaches = new Map<string, boolean>();
  const budget = { left: FILES_READ_PER_LINTED_FILE };
  // A package import is followed only when it resolves into the project (tsconfig paths, workspaces, `#imports`).
  const isProjectPackage = (specifier: string) => resolveProjectImport(file, specifier) !== undefined;
  return someCallThroughOwnImports(program, scopeManager, catalog, (call, specifier) => {
    let ok = reaches.get(specifier);
    if (ok === false || !argumentsLookPersonal(call)) return false;
    if (ok === undefined) reaches.set(specifier, (ok = modules.specifierReachesVendor(file, specifier, budget)));
    return ok;
  }, isProjectPackage);
}

export type MessageIds = 'leak' | 'adMatching' | 'drop' | 'dropConfigureHelper' | 'pseudonymize';

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
      adMatching:
        "identity matching for ads: {{category}} reaches {{vendor}} {{method}}, which discloses the person's identity to {{vendor}} on purpose; send only the SHA-256 hash of the normalised value, as {{vendor}} asks, or leave it out",
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
    // The early exit: a file that imports, requires or loads no vendor and touches no vendor global
    // gets no listeners at all, unless a call through one of its own imports passes personal-looking
    // data to a module that may reach a vendor (decided here, from the scope manager and the text of
    // those modules, so that no listener runs on every call of every file).
    const scopeManager = sourceCode.scopeManager;
    if (!scopeManager) return {};
    const file = context.physicalFilename;
    const modules = projectModules(settings);
    // In a typed run, imports the paths cannot explain are resolved through the program.
    const typed = typeServices(sourceCode.parserServices);
    setFallbackResolver(typed ? checkerImportResolver(typed.program) : undefined);
    if (!filePresence(sourceCode, catalog).touchesVendor && !wrapperCallLooksPersonal(file, sourceCode.ast, scopeManager, catalog, modules)) return {};

    const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
    const assignments: TSESTree.AssignmentExpression[] = [];
    const elements: TSESTree.JSXOpeningElement[] = [];
    const listeners: TSESLint.RuleListener = {
      CallExpression: (node) => void calls.push(node),
      NewExpression: (node) => void calls.push(node),
      AssignmentExpression: (node) => {
        if (node.left.type === AST_NODE_TYPES.MemberExpression) assignments.push(node);
      },
      // Provider components of SDKs (`<StatsigProvider user={...}>`); only files that load a vendor get here.
      JSXOpeningElement: (node) => void elements.push(node),
    };
    listeners['Program:exit'] = () => {
      const bindings = new Bindings(scopeManager);
      const analysis = new LeakAnalysis(
        new SinkResolver(catalog, bindings, (specifier, name, path) => modules.sdkValue(file, specifier, name, path)),
        new ValueClassifier(bindings, { sanitizers: settings.sanitizers, types: typeClassifier(context.sourceCode.parserServices) }),
        bindings,
        { allowedKeys: settings.allowedKeys, categories: settings.categories },
        file,
        modules,
      );
      analysis.run(calls, assignments, elements);
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
        context.report({ node: leak.node, messageId: leak.matching ? 'adMatching' : 'leak', data, suggest });
      }
    };
    return listeners;
  },
});
