/**
 * The calls a file makes through what it imports from its own modules (`track(user)` from
 * `./analytics`, `useAnalytics().identify(email)`), found before any node is visited: from the
 * top-level imports and the scope manager's references, which ESLint has already computed. This is
 * what lets a file that imports no vendor stay without listeners, whatever its size.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { enclosingClass, isFunctionNode, propertyName, staticString } from '../ast/bindings.js';
import { traverse } from '../ast/parsers.js';
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

/**
 * Variables bound by top-level imports and requires of the project's own modules, with their specifier
 * and whether the import is type-only (such a name can only annotate what is injected).
 */
function ownImportBindings(
  program: TSESTree.Program,
  scopeManager: TSESLint.Scope.ScopeManager,
  catalog: Catalog,
  ownPackage: PackageFilter | undefined,
): [Variable, string, boolean][] {
  const out: [Variable, string, boolean][] = [];
  for (const statement of program.body) {
    if (statement.type === T.ImportDeclaration) {
      const source = statement.source.value;
      if (!isOwn(source, catalog, ownPackage)) continue;
      for (const spec of statement.specifiers) {
        const typeOnly =
          statement.importKind === 'type' || ('importKind' in spec && spec.importKind === 'type');
        for (const variable of scopeManager.getDeclaredVariables(spec))
          out.push([variable, source, typeOnly]);
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
        for (const variable of scopeManager.getDeclaredVariables(d)) out.push([variable, source, false]);
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
  typeImports = false,
): Set<string> {
  const out = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === T.ImportDeclaration) {
      const source = statement.source.value;
      if (statement.specifiers.length === 0) continue;
      // A type-only import names a class only where instances are injected (`constructor(private a: A)`).
      const typeOnly =
        statement.importKind === 'type' ||
        statement.specifiers.every((spec) => 'importKind' in spec && spec.importKind === 'type');
      if (typeOnly && !typeImports) continue;
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
 * a name bound from such a call or `new` (`const { track } = useAnalytics()`, `const client =
 * getClient()`, `const t = new Telemetry()`),
 * or from a member or parameter that holds an injected instance of an imported class
 * (`constructor(private analytics: AnalyticsService)`, `@Inject(AnalyticsService)`,
 * `inject(AnalyticsService)`, `svc: AnalyticsService`; a class is walked for them only where `mayReach`
 * says the instance's module may reach a vendor), until the visitor returns `true`. Returns whether it did.
 */
export function someCallThroughOwnImports(
  program: TSESTree.Program,
  scopeManager: TSESLint.Scope.ScopeManager,
  catalog: Catalog,
  visit: OwnImportCallVisitor,
  ownPackage?: PackageFilter,
  mayReach: (specifier: string) => boolean = () => true,
): boolean {
  // Bindings of modules that cannot reach a vendor are not looked at (their references are not walked).
  const work = ownImportBindings(program, scopeManager, catalog, ownPackage).filter(([, specifier]) =>
    mayReach(specifier),
  );
  if (work.length === 0) return false;
  const seen = new Set<Variable>();
  for (const [variable] of work) seen.add(variable);
  const derive = (declarator: TSESTree.VariableDeclarator, specifier: string) => {
    const init = declarator.init;
    if (!init) return;
    // `new Telemetry()`: an instance of an imported class, whose methods may be wrappers.
    const factory =
      init.type === T.NewExpression ||
      (init.type === T.CallExpression && FACTORY_NAME.test(calleeName(init.callee)));
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
        work.push([variable, specifier, false]);
      }
    }
  };
  // Members of classes that hold an injected instance of an imported class: class → member → specifier.
  const injected = new Map<TSESTree.Node, Map<string, string>>();
  const inject = (target: Injection, specifier: string) => {
    if (target.kind === 'variable') {
      const variable = scopeManager.getDeclaredVariables(target.declarer).find((v) => v.name === target.name);
      if (variable && !seen.has(variable)) {
        seen.add(variable);
        work.push([variable, specifier, false]);
      }
      return;
    }
    let members = injected.get(target.cls);
    if (!members) injected.set(target.cls, (members = new Map<string, string>()));
    if (!members.has(target.name)) members.set(target.name, specifier);
  };
  /** Follows a callee chain up from `start` (`analytics.track(...)`, `a?.b()`); derives what a declarator binds from it. */
  const climb = (start: TSESTree.Node, specifier: string): boolean => {
    let child: TSESTree.Node = start;
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
        child.type === T.NewExpression ||
        child.type === T.AwaitExpression ||
        child.type === T.MemberExpression)
    ) {
      derive(parent, specifier);
    } else if (
      child.type === T.NewExpression ||
      child.type === T.CallExpression ||
      (child.type === T.Identifier && parent?.type === T.AssignmentExpression)
    ) {
      // `private telemetry = new Telemetry()`, `this.telemetry = getTelemetry()`, `this.analytics = analytics`
      // (a parameter holding an injected instance): a member of the class.
      const member =
        parent?.type === T.PropertyDefinition && parent.value === child && !parent.static
          ? parent
          : parent?.type === T.AssignmentExpression &&
              parent.right === child &&
              parent.left.type === T.MemberExpression &&
              parent.left.object.type === T.ThisExpression
            ? parent.left
            : undefined;
      const name = member && propertyName(member);
      const cls = member && enclosingClass(member);
      if (name !== undefined && cls) inject({ kind: 'member', cls, name }, specifier);
    }
    return false;
  };
  for (let i = 0; i < work.length; i++) {
    const [variable, specifier, typeOnly] = work[i];
    for (const reference of variable.references) {
      const injection =
        reference.identifier.type === T.Identifier ? injectionOf(reference.identifier) : undefined;
      if (injection) for (const target of injection) inject(target, specifier);
      if (typeOnly) continue;
      // Type positions (`Effect.Effect<A>` in TypeScript) and the binding's own write are not calls.
      if ((reference as { isTypeReference?: boolean }).isTypeReference === true || reference.isWrite())
        continue;
      if (climb(reference.identifier, specifier)) return true;
    }
  }
  // `this.analytics.track(...)` in each class with an injected member: one walk of that class.
  for (const [cls, all] of injected) {
    // Only members holding an instance of a class whose module may reach a vendor are worth a walk.
    const members = new Map([...all].filter(([, specifier]) => mayReach(specifier)));
    if (members.size === 0) continue;
    let found = false;
    traverse(cls, (node) => {
      if (found || node.type !== T.MemberExpression || node.object.type !== T.ThisExpression) return;
      const name = propertyName(node);
      const specifier = name === undefined ? undefined : members.get(name);
      if (specifier !== undefined && climb(node, specifier)) found = true;
    });
    if (found) return true;
  }
  return false;
}

/** Where an injected instance lives: a member of a class, or a variable (a parameter, a `const`). */
type Injection =
  | { readonly kind: 'member'; readonly cls: TSESTree.Node; readonly name: string }
  | { readonly kind: 'variable'; readonly declarer: TSESTree.Node; readonly name: string };

/**
 * What a reference to an imported class injects an instance of it into: a parameter or field it
 * annotates (`private analytics: AnalyticsService`, `svc: AnalyticsService`), or the parameter
 * property, field or `const` of an `@Inject(AnalyticsService)` / `inject(AnalyticsService)`.
 */
function injectionOf(id: TSESTree.Identifier): Injection[] | undefined {
  const parent = id.parent;
  if (parent?.type === T.TSTypeReference && parent.typeName === id) {
    let at: TSESTree.Node | undefined = parent.parent;
    if (at?.type === T.TSUnionType) at = at.parent;
    if (at?.type !== T.TSTypeAnnotation) return undefined;
    return injectedInto(at.parent);
  }
  if (
    parent?.type === T.CallExpression &&
    parent.arguments[0] === id &&
    parent.callee.type === T.Identifier &&
    (parent.callee.name === 'Inject' || parent.callee.name === 'inject')
  ) {
    const holder = parent.parent;
    if (holder?.type === T.Decorator) return injectedInto(holder.parent);
    if (holder?.type === T.PropertyDefinition && holder.value === parent) return injectedInto(holder);
    if (holder?.type === T.VariableDeclarator && holder.init === parent && holder.id.type === T.Identifier)
      return [{ kind: 'variable', declarer: holder, name: holder.id.name }];
  }
  return undefined;
}

/** The member or parameter that a type annotation or a decorator is written on. */
function injectedInto(node: TSESTree.Node | undefined): Injection[] | undefined {
  if (node?.type === T.PropertyDefinition) {
    const name = propertyName(node);
    const cls = enclosingClass(node);
    return name !== undefined && cls && !node.static ? [{ kind: 'member', cls, name }] : undefined;
  }
  let param: TSESTree.Node | undefined = node;
  if (param?.type === T.TSParameterProperty) param = param.parameter;
  if (param?.type === T.AssignmentPattern) param = param.left;
  if (param?.type !== T.Identifier) return undefined;
  let owner: TSESTree.Node | undefined = param.parent;
  if (owner?.type === T.AssignmentPattern) owner = owner.parent;
  const property = owner?.type === T.TSParameterProperty;
  if (property) owner = owner?.parent;
  if (!owner || !isFunctionNode(owner)) return undefined;
  const out: Injection[] = [{ kind: 'variable', declarer: owner, name: param.name }];
  const cls = property ? enclosingClass(owner) : undefined;
  if (cls) out.push({ kind: 'member', cls, name: param.name });
  return out;
}
