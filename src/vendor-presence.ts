/**
 * The per-file early exit: most files of a large codebase import no vendor SDK and touch no vendor
 * global, and must cost next to nothing. Reads only the top-level imports and the global scope's
 * unresolved references, which ESLint has already computed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { propertyName, staticString } from './bindings.js';
import type { Catalog } from './catalog/index.js';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

export function importsVendor(program: TSESTree.Program, catalog: Catalog): boolean {
  for (const statement of program.body) {
    if (statement.type === T.ImportDeclaration && catalog.module(statement.source.value)) return true;
  }
  return false;
}

export function touchesVendorGlobal(scopeManager: TSESLint.Scope.ScopeManager | null, catalog: Catalog): boolean {
  const globalScope = scopeManager?.globalScope;
  if (!globalScope) return false;
  for (const ref of globalScope.through) {
    const name = ref.identifier.name;
    if (catalog.hasGlobal(name)) return true;
    if (GLOBAL_OBJECTS.has(name)) {
      const parent = ref.identifier.parent;
      if (parent?.type === T.MemberExpression && parent.object === ref.identifier) {
        const key = propertyName(parent);
        if (key !== undefined && catalog.hasGlobal(key)) return true;
      }
    }
  }
  return false;
}

/** `require('vendor')` or `import('vendor')`. */
export function loadsVendor(node: TSESTree.CallExpression | TSESTree.ImportExpression, catalog: Catalog): boolean {
  if (node.type === T.ImportExpression) {
    const source = staticString(node.source);
    return source !== undefined && catalog.module(source) !== undefined;
  }
  if (node.callee.type !== T.Identifier || node.callee.name !== 'require') return false;
  const source = staticString(node.arguments[0]);
  return source !== undefined && catalog.module(source) !== undefined;
}
