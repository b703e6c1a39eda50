/**
 * The per-file early exit: most files of a large codebase import no vendor SDK and touch no vendor
 * global, and must cost next to nothing. Reads only the top-level imports and the global scope's
 * unresolved references, which ESLint has already computed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { FLOW_DECLARATIONS, GLOBAL_OBJECTS, propertyName, staticString } from '../ast/bindings.js';
import type { Catalog } from '../catalog/index.js';

/** A top-level import of a vendor package, or a top-level typing of a vendor global (`declare const gtag: ...`). */
export function importsVendor(program: TSESTree.Program, catalog: Catalog): boolean {
  for (const statement of program.body) {
    switch (statement.type) {
      case T.ImportDeclaration:
        if (catalog.module(statement.source.value)) return true;
        break;
      case T.VariableDeclaration:
        if (
          statement.declare &&
          statement.declarations.some((d) => d.id.type === T.Identifier && catalog.hasGlobal(d.id.name))
        )
          return true;
        break;
      case T.TSDeclareFunction:
        if (statement.id && catalog.hasGlobal(statement.id.name)) return true;
        break;
      default: {
        // Flow: `declare var gtag: ...`, `declare function fbq(...): void`.
        const id = FLOW_DECLARATIONS.has(statement.type)
          ? (statement as { id?: { name?: unknown } }).id
          : undefined;
        if (typeof id?.name === 'string' && catalog.hasGlobal(id.name)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * Whether the file touches a vendor global (`gtag(...)`, `window.analytics`) or requires a vendor
 * package anywhere (`require('mixpanel')` in a function): both are references the scope manager has
 * already collected, unresolved or resolved to a declared global (`require` in CommonJS).
 */
export function touchesVendorGlobal(
  scopeManager: TSESLint.Scope.ScopeManager | null,
  catalog: Catalog,
): boolean {
  const globalScope = scopeManager?.globalScope;
  if (!globalScope) return false;
  for (const ref of globalScope.through) {
    const name = ref.identifier.name;
    if (catalog.hasGlobal(name)) return true;
    if (GLOBAL_OBJECTS.has(name) && reachesVendorGlobal(ref.identifier, catalog)) return true;
    if (name === 'require' && requiresVendor(ref.identifier, catalog)) return true;
  }
  // With TypeScript's libs, `globalThis` / `window` are declared variables rather than unresolved names;
  // in CommonJS, so is `require`.
  for (const name of GLOBAL_OBJECTS) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) {
      for (const ref of variable.references) if (reachesVendorGlobal(ref.identifier, catalog)) return true;
    }
  }
  const require = globalScope.set.get('require');
  if (require && require.defs.length === 0)
    for (const ref of require.references) if (requiresVendor(ref.identifier, catalog)) return true;
  return false;
}

/** `require('vendor')`, from the `require` identifier. */
function requiresVendor(id: TSESTree.Node, catalog: Catalog): boolean {
  const call = id.parent;
  if (call?.type !== T.CallExpression || call.callee !== id) return false;
  const source = staticString(call.arguments[0]);
  return source !== undefined && catalog.module(source) !== undefined;
}

/** Every reference to a vendor global: bare (`gtag`), or a member of `window` / `globalThis` / `self` / `global`. */
export function vendorGlobalReferences(
  scopeManager: TSESLint.Scope.ScopeManager | null,
  catalog: Catalog,
): { readonly node: TSESTree.Identifier | TSESTree.MemberExpression; readonly name: string }[] {
  const globalScope = scopeManager?.globalScope;
  const out: { node: TSESTree.Identifier | TSESTree.MemberExpression; name: string }[] = [];
  if (!globalScope) return out;
  const viaObject = (id: TSESTree.Identifier) => {
    const member = vendorGlobalMember(id, catalog);
    if (member) out.push(member);
  };
  for (const ref of globalScope.through) {
    const id = ref.identifier as TSESTree.Identifier;
    if (catalog.hasGlobal(id.name)) out.push({ node: id, name: id.name });
    else if (GLOBAL_OBJECTS.has(id.name)) viaObject(id);
  }
  for (const name of GLOBAL_OBJECTS) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0)
      for (const ref of variable.references) viaObject(ref.identifier as TSESTree.Identifier);
  }
  return out;
}

/** `window.x`, `(window as any).x`, `window!.x` where `x` is a vendor global. */
function reachesVendorGlobal(id: TSESTree.Node, catalog: Catalog): boolean {
  return vendorGlobalMember(id, catalog) !== undefined;
}

function vendorGlobalMember(
  id: TSESTree.Node,
  catalog: Catalog,
): { node: TSESTree.MemberExpression; name: string } | undefined {
  let child: TSESTree.Node = id;
  let parent = child.parent;
  while (
    parent &&
    (parent.type === T.TSAsExpression ||
      parent.type === T.TSNonNullExpression ||
      parent.type === T.TSSatisfiesExpression ||
      parent.type === T.TSTypeAssertion)
  ) {
    child = parent;
    parent = parent.parent;
  }
  if (parent?.type !== T.MemberExpression || parent.object !== child) return undefined;
  const key = propertyName(parent);
  return key !== undefined && catalog.hasGlobal(key) ? { node: parent, name: key } : undefined;
}

/** What every rule asks of a file first, computed once per file and catalog (rules share it). */
export interface FilePresence {
  /** Imports, requires or dynamically imports a vendor package, or touches / declares a vendor global. */
  readonly touchesVendor: boolean;
}

/**
 * The answer for the file being linted: ESLint runs every rule's `create` on one file before the
 * next, so one remembered entry serves the other rules (a weak map would cost more than it saves).
 */
let lastPresence:
  { readonly ast: TSESTree.Program; readonly catalog: Catalog; readonly presence: FilePresence } | undefined;

export function filePresence(
  sourceCode: {
    readonly ast: TSESTree.Program;
    readonly text: string;
    readonly scopeManager: TSESLint.Scope.ScopeManager | null;
  },
  catalog: Catalog,
): FilePresence {
  if (lastPresence?.ast === sourceCode.ast && lastPresence.catalog === catalog) return lastPresence.presence;
  const presence: FilePresence = {
    touchesVendor:
      importsVendor(sourceCode.ast, catalog) ||
      touchesVendorGlobal(sourceCode.scopeManager, catalog) ||
      importsVendorDynamically(sourceCode.text, catalog),
  };
  lastPresence = { ast: sourceCode.ast, catalog, presence };
  return presence;
}

/** The literal specifier right after `import(`. */
const SPECIFIER_AT = /\s{0,20}(['"`])([^'"`\n]{1,200})\1/y;

/**
 * Whether the text imports a vendor package at run time (`await import('posthog-js')`). Read from the
 * text rather than the tree, so that no rule needs a listener on every node to learn it; a match in
 * a comment or string only costs an analysis that then finds nothing.
 */
export function importsVendorDynamically(text: string, catalog: Catalog): boolean {
  for (let at = text.indexOf('import('); at !== -1; at = text.indexOf('import(', at + 7)) {
    SPECIFIER_AT.lastIndex = at + 7;
    const match = SPECIFIER_AT.exec(text);
    if (match && catalog.module(match[2])) return true;
  }
  return false;
}
