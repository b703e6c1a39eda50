/**
 * Where a name's value comes from, read off ESLint's scope analysis (built once per file, lazily, only
 * when a rule has something left to analyse: a file that reaches a vendor, a URL worth reading, a
 * module summarised as a wrapper). Shared by SDK resolution and personal-data flow, with the node
 * helpers every analysis reads code by: static names and strings, a property of an object literal, the
 * enclosing function or class, TypeScript wrappers, and the names of the global object.
 */
import { TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
/** A function with parameters and a body: a declaration, an expression or an arrow (not a method's key). */
export type FunctionNode =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

export type ValueSource =
  /** The value of `expr`, then of the members `path` of it (destructuring). */
  | { readonly kind: 'expr'; readonly expr: TSESTree.Expression; readonly path: readonly string[] }
  /** An ES import or a `require` of `source`: `imported` is `'*'` for the namespace. */
  | {
      readonly kind: 'import';
      readonly source: string;
      readonly imported: string;
      readonly path: readonly string[];
    }
  /** Parameter `index` of `fn` (members `path` of it, for destructured parameters). */
  | {
      readonly kind: 'param';
      readonly fn: FunctionNode;
      readonly index: number;
      readonly path: readonly string[];
      readonly name: string;
    }
  /** A function or class declared in the file. */
  | { readonly kind: 'declaration'; readonly node: FunctionNode | TSESTree.ClassDeclaration }
  /** Not declared in the file: a global. */
  | { readonly kind: 'global'; readonly name: string };

export function isFunctionNode(node: Node | null | undefined): node is FunctionNode {
  return (
    !!node &&
    (node.type === T.FunctionDeclaration ||
      node.type === T.FunctionExpression ||
      node.type === T.ArrowFunctionExpression)
  );
}

/** The innermost function around `node` (not `node` itself). */
export function enclosingFunction(node: Node): FunctionNode | undefined {
  for (let at = node.parent; at; at = at.parent) if (isFunctionNode(at)) return at;
  return undefined;
}

/**
 * The innermost class whose body holds `node` (so `this` in a method, nested functions included):
 * a class whose `extends` clause or decorators hold `node` is not it.
 */
export function enclosingClass(node: Node): TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined {
  for (let at = node.parent; at; at = at.parent) {
    if (at.type !== T.ClassBody) continue;
    const cls = at.parent;
    return cls?.type === T.ClassDeclaration || cls?.type === T.ClassExpression ? cls : undefined;
  }
  return undefined;
}

/**
 * Names of the global object, whose members are globals (`window.gtag`, `globalThis.analytics`,
 * `self.dataLayer` in a worker, `global.x` in Node). Only a name left to the global scope is one.
 */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['window', 'globalThis', 'self', 'global']);

/**
 * The names of the global object in a browser page: GLOBAL_OBJECTS without Node's `global`, for what
 * only a browser has (`window.open(url)`, a page view sent with `window.gtag`).
 */
export const BROWSER_GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['window', 'globalThis', 'self']);

/** The path from a binding identifier inside a destructuring pattern up to the pattern's root. */
function patternPath(id: Node, root: Node): string[] | undefined {
  const path: string[] = [];
  let node: Node = id;
  while (node !== root) {
    const parent: Node | undefined = node.parent;
    if (!parent) return undefined;
    if (parent.type === T.Property && parent.value === node) {
      const key = propertyName(parent);
      if (key === undefined) return undefined;
      path.unshift(key);
      node = parent.parent; // the ObjectPattern
      continue;
    }
    if (parent.type === T.ArrayPattern) {
      path.unshift(String(parent.elements.indexOf(node as TSESTree.DestructuringPattern)));
    } else if (parent.type === T.RestElement) {
      // `const { ssn, ...rest } = user`: the rest is (most of) the whole value.
      if (parent.parent?.type !== T.ObjectPattern) return undefined;
      node = parent.parent;
      continue;
    } else if (parent.type !== T.AssignmentPattern && parent.type !== T.ObjectPattern) {
      return undefined;
    }
    node = parent;
  }
  return path;
}

/** The static name of a property or member key: `a.b`, `a['b']`, `{ b: 1 }`, `{ 'b': 1 }`. */
export function propertyName(
  node:
    TSESTree.Property | TSESTree.MemberExpression | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
): string | undefined {
  const key = node.type === T.MemberExpression ? node.property : node.key;
  if (!node.computed && key.type === T.Identifier) return key.name;
  if (key.type === T.Literal && (typeof key.value === 'string' || typeof key.value === 'number'))
    return String(key.value);
  if (key.type === T.TemplateLiteral && key.expressions.length === 0)
    return key.quasis[0].value.cooked ?? undefined;
  if (!node.computed && key.type === T.PrivateIdentifier) return `#${key.name}`;
  return undefined;
}

/** A string value known statically: `'a'`, `"a"`, a template without expressions. */
export function staticString(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === T.Literal && typeof node.value === 'string') return node.value;
  if (node.type === T.TemplateLiteral && node.expressions.length === 0)
    return node.quasis[0].value.cooked ?? undefined;
  return undefined;
}

/** The name a callee is called by: `track` in `track(...)` and in `analytics.track(...)`. */
export function calleeName(callee: Node): string | undefined {
  if (callee.type === T.Identifier) return callee.name;
  return callee.type === T.MemberExpression ? propertyName(callee) : undefined;
}

/** The last property of an object literal with this static key (spreads are not looked into). */
export function findProperty(object: TSESTree.ObjectExpression, key: string): TSESTree.Property | undefined {
  for (let i = object.properties.length - 1; i >= 0; i--) {
    const p = object.properties[i];
    if (p.type === T.Property && propertyName(p) === key) return p;
  }
  return undefined;
}

/** `require('x')` → `'x'`. */
export function requireSource(node: Node): string | undefined {
  if (
    node.type === T.CallExpression &&
    node.callee.type === T.Identifier &&
    node.callee.name === 'require' &&
    node.arguments.length === 1
  ) {
    return staticString(node.arguments[0]);
  }
  return undefined;
}

/** Flow declarations of globals (`declare var x`, `declare function x`), as hermes-eslint names them. */
export const FLOW_DECLARATIONS: ReadonlySet<string> = new Set(['DeclareVariable', 'DeclareFunction']);

/**
 * A typing of a global rather than a value of the code: `declare var/let/const x`, `declare function x`
 * (and a bodiless signature, which only a `.d.ts` may have alone), Flow's `declare var` / `declare function`.
 */
function isAmbientDefinition(def: TSESLint.Scope.Definition): boolean {
  if (FLOW_DECLARATIONS.has((def.node as { type: string }).type)) return true;
  if (def.type === TSESLint.Scope.DefinitionType.Variable)
    return def.parent?.type === T.VariableDeclaration && def.parent.declare;
  return def.type === TSESLint.Scope.DefinitionType.FunctionName && def.node.type === T.TSDeclareFunction;
}

/**
 * Whether `variable`, what a reference resolved to (`null`: nothing), is the global of its name rather
 * than a binding of the code: a reference left unresolved; a variable of the global scope that the code
 * does not define (`languageOptions.globals` or a `/* global gtag *\/` comment, as projects satisfy
 * `no-undef`; the globals of the `ecmaVersion`, such as `globalThis`; TypeScript's libs); or one the code
 * only types (`declare const gtag: ...`, Flow's `declare var`). The one answer to "is this name the
 * global", for presence, `Bindings` and every rule.
 */
export function isGlobalVariable(variable: TSESLint.Scope.Variable | null): boolean {
  if (variable === null) return true;
  if (variable.defs.length === 0) return variable.scope.type === TSESLint.Scope.ScopeType.global;
  return variable.defs.every(isAmbientDefinition);
}

/**
 * Whether some reference of the file to a global of one of `names` (left unresolved, or resolved to a
 * declared global: `isGlobalVariable`) satisfies `visit`. Reads the global scope's unresolved
 * references once, then looks each name up in the global and module scopes: no walk of the tree.
 */
export function someGlobalReference(
  scopeManager: TSESLint.Scope.ScopeManager | null,
  names: ReadonlySet<string>,
  visit: (id: TSESTree.Identifier) => boolean,
): boolean {
  const globalScope = scopeManager?.globalScope;
  if (!globalScope) return false;
  for (const ref of globalScope.through)
    if (names.has(ref.identifier.name) && visit(ref.identifier as TSESTree.Identifier)) return true;
  // Declared globals (config, comments, libs) live in the global scope; `declare const` in a module, in its scope.
  const moduleScope = globalScope.childScopes.find((s) => s.type === TSESLint.Scope.ScopeType.module);
  return (
    someDeclaredReference(globalScope, names, visit) ||
    (moduleScope !== undefined && someDeclaredReference(moduleScope, names, visit))
  );
}

/** The references to the variables of `scope` named in `names` that are the global (`isGlobalVariable`). */
function someDeclaredReference(
  scope: TSESLint.Scope.Scope,
  names: ReadonlySet<string>,
  visit: (id: TSESTree.Identifier) => boolean,
): boolean {
  const matches = (variable: TSESLint.Scope.Variable | undefined) =>
    variable !== undefined &&
    variable.references.length > 0 &&
    isGlobalVariable(variable) &&
    variable.references.some((ref) => visit(ref.identifier as TSESTree.Identifier));
  // Whichever is shorter: the names (a lib or a config declares hundreds of globals), or the scope's
  // variables (a module declares a few).
  if (scope.variables.length < names.size) {
    for (const variable of scope.variables) if (names.has(variable.name) && matches(variable)) return true;
  } else {
    for (const name of names) if (matches(scope.set.get(name))) return true;
  }
  return false;
}

export class Bindings {
  private readonly variables = new Map<TSESTree.Identifier, TSESLint.Scope.Variable | null>();
  private readonly sources = new Map<TSESTree.Identifier, ValueSource | undefined>();

  /** The Program node the scopes were built for. */
  readonly rootNode: TSESTree.Node;

  constructor(private readonly scopeManager: TSESLint.Scope.ScopeManager) {
    this.rootNode = scopeManager.globalScope?.block ?? scopeManager.scopes[0]?.block;
    for (const scope of scopeManager.scopes) {
      for (const ref of scope.references)
        this.variables.set(ref.identifier as TSESTree.Identifier, ref.resolved);
      for (const variable of scope.variables) {
        for (const id of variable.identifiers) this.variables.set(id, variable);
      }
    }
  }

  variableOf(id: TSESTree.Identifier): TSESLint.Scope.Variable | null | undefined {
    return this.variables.get(id);
  }

  /** Where the value of identifier `id` (a reference or a declaration) comes from. Memoised. */
  sourceOf(id: TSESTree.Identifier): ValueSource | undefined {
    if (this.sources.has(id)) return this.sources.get(id);
    const source = this.computeSource(id);
    this.sources.set(id, source);
    return source;
  }

  /**
   * Where the value of `name` comes from, as seen at `node`, through the scopes around it: for names
   * that scope analysis does not record as references (JSX tags under espree: `<StatsigProvider>`).
   * A name no scope declares is undefined, not a global.
   */
  sourceOfName(node: TSESTree.Node, name: string): ValueSource | undefined {
    for (let at: TSESTree.Node | undefined = node; at; at = at.parent) {
      const scope = this.scopeManager.acquire(at, true);
      if (!scope) continue;
      for (let s: TSESLint.Scope.Scope | null = scope; s; s = s.upper) {
        const variable = s.set.get(name);
        if (variable) return variable.defs.length > 0 ? this.sourceOfVariable(variable, name) : undefined;
      }
      return undefined;
    }
    return undefined;
  }

  private computeSource(id: TSESTree.Identifier): ValueSource | undefined {
    const variable = this.variables.get(id);
    if (variable === undefined) return undefined; // not a reference ESLint knows: a key, a label, a type
    return this.sourceOfVariable(variable, id.name);
  }

  private sourceOfVariable(variable: TSESLint.Scope.Variable | null, name: string): ValueSource | undefined {
    // Unresolved, declared by the config, a comment or a lib, or only typed (`declare const gtag`).
    if (isGlobalVariable(variable)) return { kind: 'global', name };
    if (!variable || variable.defs.length === 0) return undefined; // `arguments`
    const def = variable.defs[variable.defs.length - 1];
    switch (def.type) {
      case TSESLint.Scope.DefinitionType.ImportBinding: {
        const spec = def.node;
        const decl = def.parent;
        if (!decl || decl.type !== T.ImportDeclaration) return undefined;
        const source = decl.source.value;
        if (spec.type === T.ImportNamespaceSpecifier)
          return { kind: 'import', source, imported: '*', path: [] };
        if (spec.type === T.ImportDefaultSpecifier)
          return { kind: 'import', source, imported: 'default', path: [] };
        if (spec.type === T.ImportSpecifier) {
          const imported =
            spec.imported.type === T.Identifier ? spec.imported.name : String(spec.imported.value);
          return { kind: 'import', source, imported, path: [] };
        }
        return undefined;
      }
      case TSESLint.Scope.DefinitionType.Variable: {
        const declarator = def.node;
        // `declare const gtag: Gtag.Gtag`: a typing of the global, not a local value.
        if (def.parent?.type === T.VariableDeclaration && def.parent.declare) return { kind: 'global', name };
        // Flow's `declare var gtag: ...` (hermes-eslint), a node type typescript-eslint does not know.
        if (FLOW_DECLARATIONS.has((declarator as { type: string }).type)) return { kind: 'global', name };
        const path = patternPath(def.name, declarator.id);
        if (!path) return undefined;
        let init = declarator.init;
        if (!init || variable.defs.length > 1) {
          // `let client; client = init(...)`: the single later write stands for the value.
          const writes = variable.references.filter(
            (r: TSESLint.Scope.Reference) => r.isWrite() && r.writeExpr && r.writeExpr !== declarator.init,
          );
          if (!init && writes.length === 1) init = writes[0].writeExpr as TSESTree.Expression;
        }
        if (!init) return undefined;
        const required = requireSource(init);
        if (required !== undefined) return { kind: 'import', source: required, imported: 'require', path };
        return { kind: 'expr', expr: init, path };
      }
      case TSESLint.Scope.DefinitionType.Parameter: {
        const fn = def.node;
        if (!isFunctionNode(fn)) return undefined;
        const index = fn.params.findIndex(
          (p) => p.range[0] <= def.name.range[0] && def.name.range[1] <= p.range[1],
        );
        if (index < 0) return undefined;
        let param: Node = fn.params[index];
        if (param.type === T.TSParameterProperty) param = param.parameter;
        const path = patternPath(def.name, param);
        if (!path) return undefined;
        return { kind: 'param', fn, index, path, name };
      }
      case TSESLint.Scope.DefinitionType.FunctionName:
        if (
          def.node.type === T.TSDeclareFunction ||
          FLOW_DECLARATIONS.has((def.node as { type: string }).type)
        )
          return { kind: 'global', name };
        return isFunctionNode(def.node) ? { kind: 'declaration', node: def.node } : undefined;
      case TSESLint.Scope.DefinitionType.ClassName:
        return def.node.type === T.ClassDeclaration ? { kind: 'declaration', node: def.node } : undefined;
      default:
        return undefined;
    }
  }
}

/** Strips TS-only wrappers and parentheses: `x as T`, `x!`, `x satisfies T`, `<T>x`, `a?.b` chains. */
export function unwrap(node: Node): Node {
  let n = node;
  for (;;) {
    switch (n.type) {
      case T.TSAsExpression:
      case T.TSNonNullExpression:
      case T.TSSatisfiesExpression:
      case T.TSTypeAssertion:
      case T.TSInstantiationExpression:
      case T.ChainExpression:
        n = n.expression;
        continue;
      default:
        return n;
    }
  }
}
