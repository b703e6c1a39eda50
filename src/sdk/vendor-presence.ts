/**
 * The per-file early exit: most files of a large codebase import no vendor SDK and touch no vendor
 * global, and must cost next to nothing. Reads only the top-level imports, the global scope's
 * unresolved references and the references of the few declared globals that matter (the vendors'
 * and the global object's names), which ESLint has already computed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import {
  FLOW_DECLARATIONS,
  GLOBAL_OBJECTS,
  propertyName,
  someGlobalReference,
  staticString,
} from '../ast/bindings.js';
import type { Catalog } from '../catalog/index.js';

/**
 * A top-level import of a vendor package, or a typing of a vendor global (`declare const gtag: ...`,
 * `declare global { var fbq: ... }`, Flow's `declare var`).
 */
export function importsVendor(program: TSESTree.Program, catalog: Catalog): boolean {
  for (const statement of program.body)
    if (statement.type === T.ImportDeclaration && catalog.module(statement.source.value)) return true;
  return someGlobalTyping(program.body, false, (id) => catalog.hasGlobal(id.name));
}

/**
 * The typings of globals at the top level of a file (or exported from it), and in its `declare global
 * { }` blocks: `declare var/let/const x`, `declare function x`, Flow's `declare var x` / `declare
 * function x`. Each types the global of its name, not a local value.
 */
export function globalTypings(program: TSESTree.Program): { node: TSESTree.Identifier; name: string }[] {
  const out: { node: TSESTree.Identifier; name: string }[] = [];
  someGlobalTyping(program.body, false, (node) => {
    out.push({ node, name: node.name });
    return false;
  });
  return out;
}

/** Whether `visit` accepts the name of one of the typings of globals among `statements` (see `globalTypings`). */
function someGlobalTyping(
  statements: readonly TSESTree.ProgramStatement[],
  ambient: boolean,
  visit: (id: TSESTree.Identifier) => boolean,
): boolean {
  for (const statement of statements) {
    const s =
      statement.type === T.ExportNamedDeclaration && statement.declaration
        ? statement.declaration
        : statement;
    if (s.type === T.VariableDeclaration) {
      if (s.declare || ambient)
        for (const d of s.declarations) if (d.id.type === T.Identifier && visit(d.id)) return true;
    } else if (s.type === T.TSDeclareFunction) {
      if (s.id && visit(s.id)) return true;
    } else if (s.type === T.TSModuleDeclaration) {
      if (s.kind === 'global' && someGlobalTyping(s.body.body, true, visit)) return true;
    } else if (FLOW_DECLARATIONS.has(s.type)) {
      // Flow: `declare var gtag: ...`, `declare function fbq(...): void`.
      const id = (s as { id?: TSESTree.Node }).id;
      if (id?.type === T.Identifier && visit(id)) return true;
    }
  }
  return false;
}

/** The globals presence looks for: the vendors', the global object's names and `require`, per catalog. */
const globalNamesByCatalog = new WeakMap<Catalog, ReadonlySet<string>>();

function lookedUpGlobals(catalog: Catalog): ReadonlySet<string> {
  let names = globalNamesByCatalog.get(catalog);
  if (!names) {
    names = new Set([...catalog.globalNames, ...GLOBAL_OBJECTS, 'require']);
    globalNamesByCatalog.set(catalog, names);
  }
  return names;
}

/**
 * Whether the file touches a vendor global (`gtag(...)`, `window.analytics`, `const w = window;
 * w.heap`) or requires a vendor package anywhere (`require('mixpanel')` in a function): references
 * the scope manager has already collected, unresolved or resolved to a declared global (config and
 * comment globals, TypeScript's libs, `require` in CommonJS; see `isGlobalVariable`).
 */
export function touchesVendorGlobal(
  scopeManager: TSESLint.Scope.ScopeManager | null,
  catalog: Catalog,
): boolean {
  if (!scopeManager) return false;
  return someGlobalReference(scopeManager, lookedUpGlobals(catalog), (id) => {
    if (catalog.hasGlobal(id.name)) return true;
    if (GLOBAL_OBJECTS.has(id.name)) return someGlobalObjectMember(id, scopeManager, catalog, () => true);
    return id.name === 'require' && requiresVendor(id, catalog);
  });
}

/** `require('vendor')`, from the `require` identifier. */
function requiresVendor(id: TSESTree.Node, catalog: Catalog): boolean {
  const call = id.parent;
  if (call?.type !== T.CallExpression || call.callee !== id) return false;
  const source = staticString(call.arguments[0]);
  return source !== undefined && catalog.module(source) !== undefined;
}

/** Where a vendor global is reached: the bare name, `window.gtag`, `w.gtag` (an alias), `{ gtag }` (destructured). */
export type VendorGlobalNode = TSESTree.Identifier | TSESTree.MemberExpression | TSESTree.Property;

/**
 * Every reference to a vendor global: bare (`gtag`, declared or not), or read off `window` /
 * `globalThis` / `self` / `global` directly, through an alias or by destructuring.
 */
export function vendorGlobalReferences(
  scopeManager: TSESLint.Scope.ScopeManager | null,
  catalog: Catalog,
): { readonly node: VendorGlobalNode; readonly name: string }[] {
  const out: { node: VendorGlobalNode; name: string }[] = [];
  if (!scopeManager) return out;
  const seen = new Set<TSESTree.Node>();
  const add = (node: VendorGlobalNode, name: string) => {
    if (!seen.has(node)) out.push({ node, name });
    seen.add(node);
    return false;
  };
  someGlobalReference(scopeManager, lookedUpGlobals(catalog), (id) => {
    if (catalog.hasGlobal(id.name)) add(id, id.name);
    else if (GLOBAL_OBJECTS.has(id.name)) someGlobalObjectMember(id, scopeManager, catalog, add);
    return false;
  });
  return out;
}

/** How many aliases deep the global object is followed (`const w = window; const g = w;` is two). */
const MAX_ALIAS_DEPTH = 3;

/**
 * Whether `visit` accepts one of the vendor globals read off this use of the global object: a member
 * (`window.gtag`, `(window as any).fbq`, `window.self.analytics`), a member of an alias (`const w =
 * window; w.gtag`, `const w = typeof window !== 'undefined' ? window : undefined`) or a destructured
 * name (`const { gtag } = window`). Follows the alias's own references only: no walk of the tree.
 */
function someGlobalObjectMember(
  use: TSESTree.Node,
  scopeManager: TSESLint.Scope.ScopeManager,
  catalog: Catalog,
  visit: (node: TSESTree.MemberExpression | TSESTree.Property, name: string) => boolean,
  depth = 0,
): boolean {
  let child: TSESTree.Node = use;
  let parent = child.parent;
  while (parent && passesValueOf(parent, child)) {
    child = parent;
    parent = parent.parent;
  }
  if (parent?.type === T.MemberExpression && parent.object === child) {
    const key = propertyName(parent);
    if (key !== undefined && catalog.hasGlobal(key)) return visit(parent, key);
    // `window.self.gtag`, `globalThis.window.fbq`.
    return (
      key !== undefined &&
      GLOBAL_OBJECTS.has(key) &&
      depth < MAX_ALIAS_DEPTH &&
      someGlobalObjectMember(parent, scopeManager, catalog, visit, depth + 1)
    );
  }
  if (parent?.type !== T.VariableDeclarator || parent.init !== child) return false;
  if (parent.id.type === T.ObjectPattern) {
    for (const property of parent.id.properties) {
      const key = property.type === T.Property ? propertyName(property) : undefined;
      if (property.type === T.Property && key !== undefined && catalog.hasGlobal(key) && visit(property, key))
        return true;
    }
    return false;
  }
  if (parent.id.type !== T.Identifier || depth >= MAX_ALIAS_DEPTH) return false;
  for (const variable of scopeManager.getDeclaredVariables(parent)) {
    for (const ref of variable.references) {
      if (ref.isRead() && someGlobalObjectMember(ref.identifier, scopeManager, catalog, visit, depth + 1))
        return true;
    }
  }
  return false;
}

/**
 * Whether `parent` evaluates to `child` (or may): a cast, `!`, `satisfies`, a branch of `?:`, a side of
 * `||` / `??`, the right of `&&`.
 */
function passesValueOf(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case T.TSAsExpression:
    case T.TSNonNullExpression:
    case T.TSSatisfiesExpression:
    case T.TSTypeAssertion:
      return true;
    case T.ConditionalExpression:
      return parent.test !== child;
    case T.LogicalExpression:
      return parent.operator !== '&&' || parent.right === child;
    default:
      return false;
  }
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
