/**
 * The calls a file makes through what it imports from its own modules (`track(user)` from
 * `./analytics`, `useAnalytics().identify(email)`), found before any node is visited: from the
 * top-level imports and the scope manager's references, which ESLint has already computed. This is
 * what lets a file that imports no vendor stay without listeners, whatever its size.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { staticString } from '../ast/bindings.js';
import type { Catalog } from '../catalog/index.js';
import { isPathSpecifier } from '../util/specifiers.js';

/** Told of each call and the import specifier its callee's root name comes from; `true` stops the search. */
export type OwnImportCallVisitor = (
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  specifier: string,
) => boolean;

type Variable = TSESLint.Scope.Variable;

/** Names of hooks and factories whose result is a client or a set of callbacks (`useAnalytics()`, `getClient()`). */
const FACTORY_NAME = /^(?:use|get|create|make|init|new)[A-Z_]/;
/** How many member / call / await steps a callee chain may take from its root name. */
const MAX_CHAIN = 8;

function isPackageOfNodeOrVendor(specifier: string, catalog: Catalog): boolean {
  return specifier.startsWith('node:') || catalog.module(specifier) !== undefined;
}

/** Whether a package specifier (`@acme/analytics`, `#lib/track`, `~/lib`) names one of the project's own modules. */
export type PackageFilter = (specifier: string) => boolean;

/** Relative and absolute specifiers name files; anything else is a package unless a filter says it is the project's. */
function isOwn(source: string, catalog: Catalog, ownPackage: PackageFilter | undefined): boolean {
  if (isPackageOfNodeOrVendor(source, catalog)) return false;
  return isPathSpecifier(source) || ownPackage === undefined || ownPackage(source);
}

/** Variables bound by top-level imports and requires of the project's own modules, with their specifier. */
function ownImportBindings(
  program: TSESTree.Program,
  scopeManager: TSESLint.Scope.ScopeManager,
  catalog: Catalog,
  ownPackage: PackageFilter | undefined,
): [Variable, string][] {
  const out: [Variable, string][] = [];
  for (const statement of program.body) {
    if (statement.type === T.ImportDeclaration) {
      const source = statement.source.value;
      if (statement.importKind === 'type' || !isOwn(source, catalog, ownPackage)) continue;
      for (const spec of statement.specifiers) {
        if ('importKind' in spec && spec.importKind === 'type') continue;
        for (const variable of scopeManager.getDeclaredVariables(spec)) out.push([variable, source]);
      }
    } else if (statement.type === T.VariableDeclaration) {
      for (const d of statement.declarations) {
        const source =
          d.init?.type === T.CallExpression &&
          d.init.callee.type === T.Identifier &&
          d.init.callee.name === 'require'
            ? staticString(d.init.arguments[0])
            : undefined;
        if (source === undefined || !isOwn(source, catalog, ownPackage)) continue;
        for (const variable of scopeManager.getDeclaredVariables(d)) out.push([variable, source]);
      }
    }
  }
  return out;
}

/**
 * The specifiers of the project's own modules that the file imports or requires at its top level
 * (type-only imports left out): what {@link someCallThroughOwnImports} may visit calls through.
 * Reads the top-level statements only.
 */
export function ownImportSpecifiers(
  program: TSESTree.Program,
  catalog: Catalog,
  ownPackage?: PackageFilter,
): Set<string> {
  const out = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === T.ImportDeclaration) {
      const source = statement.source.value;
      if (statement.importKind === 'type' || statement.specifiers.length === 0) continue;
      if (statement.specifiers.every((spec) => 'importKind' in spec && spec.importKind === 'type')) continue;
      if (!out.has(source) && isOwn(source, catalog, ownPackage)) out.add(source);
    } else if (statement.type === T.VariableDeclaration) {
      for (const d of statement.declarations) {
        const source =
          d.init?.type === T.CallExpression &&
          d.init.callee.type === T.Identifier &&
          d.init.callee.name === 'require'
            ? staticString(d.init.arguments[0])
            : undefined;
        if (source !== undefined && !out.has(source) && isOwn(source, catalog, ownPackage)) out.add(source);
      }
    }
  }
  return out;
}

function calleeName(callee: TSESTree.Node): string {
  if (callee.type === T.Identifier) return callee.name;
  if (callee.type === T.MemberExpression && callee.property.type === T.Identifier)
    return callee.property.name;
  return '';
}

/**
 * Visits every call whose callee starts from a name imported from the project's own modules (with
 * `ownPackage`, package specifiers count only when it says they are the project's), or from
 * a name bound from such a call (`const { track } = useAnalytics()`, `const client = getClient()`),
 * until the visitor returns `true`. Returns whether it did.
 */
export function someCallThroughOwnImports(
  program: TSESTree.Program,
  scopeManager: TSESLint.Scope.ScopeManager,
  catalog: Catalog,
  visit: OwnImportCallVisitor,
  ownPackage?: PackageFilter,
): boolean {
  const work = ownImportBindings(program, scopeManager, catalog, ownPackage);
  if (work.length === 0) return false;
  const seen = new Set<Variable>();
  for (const [variable] of work) seen.add(variable);
  const derive = (declarator: TSESTree.VariableDeclarator, specifier: string) => {
    const init = declarator.init;
    if (!init) return;
    const factory = init.type === T.CallExpression && FACTORY_NAME.test(calleeName(init.callee));
    let names: Set<string> | undefined;
    if (declarator.id.type === T.Identifier && factory) names = new Set([declarator.id.name]);
    else if (declarator.id.type === T.ObjectPattern) {
      names = new Set();
      for (const p of declarator.id.properties)
        if (p.type === T.Property && p.value.type === T.Identifier) names.add(p.value.name);
    }
    if (!names || names.size === 0) return;
    for (const variable of scopeManager.getDeclaredVariables(declarator)) {
      if (names.has(variable.name) && !seen.has(variable)) {
        seen.add(variable);
        work.push([variable, specifier]);
      }
    }
  };
  for (let i = 0; i < work.length; i++) {
    const [variable, specifier] = work[i];
    for (const reference of variable.references) {
      // Type positions (`Effect.Effect<A>` in TypeScript) and the binding's own write are not calls.
      if ((reference as { isTypeReference?: boolean }).isTypeReference === true || reference.isWrite())
        continue;
      let child: TSESTree.Node = reference.identifier;
      let parent = child.parent;
      for (let step = 0; parent && step < MAX_CHAIN; step++) {
        if (parent.type === T.MemberExpression && parent.object === child) {
          // `analytics.track`: the chain goes on
        } else if (
          (parent.type === T.CallExpression || parent.type === T.NewExpression) &&
          parent.callee === child
        ) {
          if (visit(parent, specifier)) return true;
        } else if (
          parent.type === T.ChainExpression ||
          parent.type === T.TSNonNullExpression ||
          parent.type === T.TSAsExpression ||
          parent.type === T.AwaitExpression
        ) {
          // `a?.b()`, `a!.b()`, `(a as X).b()`, `await a()`
        } else break;
        child = parent;
        parent = child.parent;
      }
      if (
        parent?.type === T.VariableDeclarator &&
        parent.init === child &&
        (child.type === T.CallExpression ||
          child.type === T.AwaitExpression ||
          child.type === T.MemberExpression)
      ) {
        derive(parent, specifier);
      }
    }
  }
  return false;
}
