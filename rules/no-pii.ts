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
import { argumentsLookPersonal, calleeRoot, filePresence, importedNames, loadsVendor } from '../src/vendor-presence.js';

/** How many of the project's other modules one linted file may read to learn whether its imports reach a vendor. */
const FILES_READ_PER_LINTED_FILE = 40;

function calleeName(callee: TSESTree.Node): string {
  if (callee.type === AST_NODE_TYPES.Identifier) return callee.name;
  if (callee.type === AST_NODE_TYPES.MemberExpression && callee.property.type === AST_NODE_TYPES.Identifier) return callee.property.name;
  return '';
}

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
    const presence = filePresence(sourceCode, catalog);
    const loadsDynamically = presence.loadsDynamically;
    let active = presence.touchesVendor;
    // Names imported from the project's own modules that may reach a vendor (read from their text, cached).
    const file = context.physicalFilename;
    const modules = projectModules(settings);
    const importedFrom = active ? undefined : importedNames(sourceCode.ast, catalog);
    const imported = importedFrom && new Set(importedFrom.keys());
    if (!active && !loadsDynamically && imported?.size === 0) return {};

    /** Names bound from calls of imported functions (`const { track } = useAnalytics()`), to their module. */
    const derivedFrom = new Map<string, string>();
    const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
    const assignments: TSESTree.AssignmentExpression[] = [];

    /** Listeners a file needs: all of them once it touches a vendor; fewer while only its imports might. */
    const full = active || loadsDynamically;
    const listeners: TSESLint.RuleListener = {
      CallExpression(node) {
        calls.push(node);
        if (!active && loadsDynamically && loadsVendor(node, catalog)) active = true;
      },
    };
    if (full) {
      listeners.NewExpression = (node) => void calls.push(node);
      listeners.ImportExpression = (node) => {
        if (!active && loadsVendor(node, catalog)) active = true;
      };
      listeners.AssignmentExpression = (node) => {
        if (node.left.type === AST_NODE_TYPES.MemberExpression) assignments.push(node);
      };
    }
    if (!active && imported && imported.size > 0) {
      // `const { track } = useAnalytics()`, `const analytics = await getClient()`: names that come from an import.
      listeners['VariableDeclarator[init]'] = (node: TSESTree.VariableDeclarator) => {
        if (active || !node.init) return;
        const root = node.init.type === AST_NODE_TYPES.CallExpression || node.init.type === AST_NODE_TYPES.AwaitExpression || node.init.type === AST_NODE_TYPES.MemberExpression ? calleeRoot(node.init.type === AST_NODE_TYPES.CallExpression ? node.init.callee : node.init) : undefined;
        const specifier = root === undefined ? undefined : importedFrom?.get(root) ?? derivedFrom.get(root);
        if (specifier === undefined) return;
        const add = (name: string) => {
          imported.add(name);
          derivedFrom.set(name, specifier);
        };
        // A client or a set of callbacks: destructured, or named from a hook or factory (`useAnalytics()`, `getClient()`).
        const factory = node.init.type === AST_NODE_TYPES.CallExpression && /^(?:use|get|create|make|init|new)[A-Z_]/.test(calleeName(node.init.callee));
        if (node.id.type === AST_NODE_TYPES.Identifier && factory) add(node.id.name);
        else if (node.id.type === AST_NODE_TYPES.ObjectPattern) {
          for (const p of node.id.properties) if (p.type === AST_NODE_TYPES.Property && p.value.type === AST_NODE_TYPES.Identifier) add(p.value.name);
        }
      };
    }
    listeners['Program:exit'] = () => {
      // A file that only calls its own modules is analysed when a call through one of them passes personal-looking data.
      // Only then are those modules read (their text, cached): do they reach a vendor at all?
      if (!active && imported && imported.size > 0) {
        const reaches = new Map<string, boolean>();
        const budget = { left: FILES_READ_PER_LINTED_FILE };
        const reachesVendor = (root: string): boolean => {
          const specifier = importedFrom?.get(root) ?? derivedFrom.get(root);
          if (specifier === undefined) return false;
          let ok = reaches.get(specifier);
          if (ok === undefined) reaches.set(specifier, (ok = modules.specifierReachesVendor(file, specifier, budget)));
          return ok;
        };
        active = calls.some((call) => {
          const root = calleeRoot(call.callee);
          return root !== undefined && imported.has(root) && argumentsLookPersonal(call) && reachesVendor(root);
        });
      }
      if (!active || !sourceCode.scopeManager) return;
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
    };
    return listeners;
  },
});
