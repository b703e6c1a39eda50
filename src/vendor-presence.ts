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

/** A top-level import of a vendor package, or a top-level typing of a vendor global (`declare const gtag: ...`). */
export function importsVendor(program: TSESTree.Program, catalog: Catalog): boolean {
  for (const statement of program.body) {
    switch (statement.type) {
      case T.ImportDeclaration:
        if (catalog.module(statement.source.value)) return true;
        break;
      case T.VariableDeclaration:
        if (statement.declare && statement.declarations.some((d) => d.id.type === T.Identifier && catalog.hasGlobal(d.id.name))) return true;
        break;
      case T.TSDeclareFunction:
        if (statement.id && catalog.hasGlobal(statement.id.name)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

export function touchesVendorGlobal(scopeManager: TSESLint.Scope.ScopeManager | null, catalog: Catalog): boolean {
  const globalScope = scopeManager?.globalScope;
  if (!globalScope) return false;
  for (const ref of globalScope.through) {
    const name = ref.identifier.name;
    if (catalog.hasGlobal(name)) return true;
    if (GLOBAL_OBJECTS.has(name) && reachesVendorGlobal(ref.identifier, catalog)) return true;
  }
  // With TypeScript's libs, `globalThis` / `window` are declared variables rather than unresolved names.
  for (const name of GLOBAL_OBJECTS) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) {
      for (const ref of variable.references) if (reachesVendorGlobal(ref.identifier, catalog)) return true;
    }
  }
  return false;
}

/** `window.x`, `(window as any).x`, `window!.x` where `x` is a vendor global. */
function reachesVendorGlobal(id: TSESTree.Node, catalog: Catalog): boolean {
  let child: TSESTree.Node = id;
  let parent = child.parent;
  while (parent && (parent.type === T.TSAsExpression || parent.type === T.TSNonNullExpression || parent.type === T.TSSatisfiesExpression || parent.type === T.TSTypeAssertion)) {
    child = parent;
    parent = parent.parent;
  }
  if (parent?.type !== T.MemberExpression || parent.object !== child) return false;
  const key = propertyName(parent);
  return key !== undefined && catalog.hasGlobal(key);
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
