/**
 * Which vendor value an expression is (a client, a namespace, a method), found through the code
 * itself: imports, `require`, `await import()`, factories, constructors, hooks, class fields and
 * getters, browser globals, callback parameters (of the vendor's callbacks and of `.then`), the app's
 * own functions that return a client (here or in another module), later assignments, and parameters
 * typed with a vendor class; and which calls are sinks.
 */
import { type ContextProviders, contextRead, isCreateContext } from '../ast/react-context.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { TSESLint } from '@typescript-eslint/utils';
import {
  type Bindings,
  type FunctionNode,
  GLOBAL_OBJECTS,
  type ValueSource,
  enclosingClass,
  enclosingFunction,
  findProperty,
  isFunctionNode,
  propertyName,
  requireSource,
  staticString,
  unwrap,
} from '../ast/bindings.js';
import {
  type ClassNode,
  classMemberValue,
  classMethod,
  parameterType,
  returnedExpressions,
} from '../ast/declarations.js';
import type { Catalog, Shape, Sink, Vendor } from '../catalog/index.js';
import { ownValue } from '../util/records.js';

type Node = TSESTree.Node;

/** Answers memoised by key, with the keys being computed now (a cycle resolves to nothing). */
interface Memo<K> {
  readonly values: Map<K, SdkValue | undefined>;
  readonly active: Set<K>;
}

const memo = <K>(): Memo<K> => ({ values: new Map(), active: new Set() });

/** A class of the file, reached as itself (`Telemetry.ph`: static members) or through an instance. */
interface AppClass {
  readonly cls: ClassNode;
  /** Static members only (the class), instance members only (`new C()`), or either (`this`). */
  readonly isStatic: boolean | undefined;
}

export interface SdkValue {
  readonly vendor: Vendor;
  readonly shape: Shape;
  /** Access path used in messages (`people.set`). */
  readonly path: string;
  /** A module namespace: members it lacks are looked up on its default export. */
  readonly namespace?: boolean;
}

export interface SinkCall {
  readonly vendor: Vendor;
  readonly sink: Sink;
  /** Method as messages show it: `people.set`, `gtag('config')`. */
  readonly label: string;
  /** The sink's arguments (for array queues, the elements of the pushed array). */
  readonly args: readonly (Node | null)[];
}

/** A function that pushes its own arguments into an array queue: its calls are the queue's commands. */
export interface QueueProxy {
  readonly fn: Node;
  readonly vendor: Vendor;
  readonly commands: Readonly<Record<string, Sink>>;
  readonly label: string;
}

export class SinkResolver {
  /** What each expression is. */
  private readonly values = memo<Node>();
  /** What calling each function of the app returns. */
  private readonly returns = memo<FunctionNode>();
  /** What a `let` / `var` holds by its later writes or its annotation. */
  private readonly variables = memo<TSESLint.Scope.Variable>();
  /** Whether an expression is the global object (`window`, `globalThis`, an alias of them). */
  private readonly globalObjects = new Map<Node, boolean>();
  private depth = 0;
  /** Whether other project modules may be read now: set for the length of one question (see `following`). */
  private followModules = true;

  constructor(
    private readonly catalog: Catalog,
    private readonly bindings: Bindings,
    /**
     * Vendor values exported by the project's other modules (`export const analytics = AnalyticsBrowser.load(...)`);
     * with `call`, what calling that export returns (`export function analytics() { return client; }`).
     */
    private readonly foreign?: (
      specifier: string,
      imported: string,
      path: readonly string[],
      call?: boolean,
    ) => SdkValue | undefined,
    /** The module's React context providers: a context stands for the value they give it. */
    private readonly providers?: ContextProviders,
  ) {}

  /** The vendor value `node` evaluates to, if any. Memoised per node; cycles resolve to nothing. */
  resolve(node: Node): SdkValue | undefined {
    return this.memoised(this.values, node, () => this.compute(unwrap(node)));
  }

  /**
   * What calling `fn` returns, when it is a function of the app (a declaration, a function expression
   * or arrow, or a name bound to one) that returns a vendor value: `function analytics() { return client; }`.
   */
  callResult(fn: Node): SdkValue | undefined {
    return this.appCallResult(fn);
  }

  private memoised<K>(memo: Memo<K>, key: K, compute: () => SdkValue | undefined): SdkValue | undefined {
    if (memo.values.has(key)) return memo.values.get(key);
    // Cycles, and the very long chains of minified code, resolve to nothing.
    if (memo.active.has(key) || this.depth > 64) return undefined;
    memo.active.add(key);
    this.depth++;
    let value: SdkValue | undefined;
    try {
      value = compute();
    } finally {
      this.depth--;
      memo.active.delete(key);
    }
    // A miss while modules were not followed may be a hit later: not cached.
    if (value !== undefined || this.followModules || !this.foreign) memo.values.set(key, value);
    return value;
  }

  /**
   * A call that pushes its enclosing function's own arguments into an array queue
   * (`const mtm = (...args) => _paq.push(args)`): the function is a proxy for the queue's commands.
   */
  queueProxy(call: TSESTree.CallExpression, followModules = true): QueueProxy | undefined {
    return this.following(followModules, () => this.queueProxyOf(call));
  }

  private queueProxyOf(call: TSESTree.CallExpression): QueueProxy | undefined {
    const arg = call.arguments.length === 1 ? unwrap(call.arguments[0]) : undefined;
    if (!arg || arg.type !== T.Identifier) return undefined;
    const fn = enclosingFunction(call);
    if (!fn) return undefined;
    const params = fn.params;
    const isRest =
      params.length === 1 &&
      params[0].type === T.RestElement &&
      params[0].argument.type === T.Identifier &&
      params[0].argument.name === arg.name;
    const isArguments = arg.name === 'arguments' && fn.type !== T.ArrowFunctionExpression;
    if (!isRest && !isArguments) return undefined;
    const callee = this.resolve(call.callee);
    if (!callee?.shape.arrayCommands) return undefined;
    return {
      fn,
      vendor: callee.vendor,
      commands: callee.shape.arrayCommands,
      label: callee.shape.label || callee.path,
    };
  }

  /**
   * The sinks a call reaches (an array-queue push may carry several commands). `followModules: false`
   * answers without reading the project's other modules (for calls that pass nothing worth it).
   */
  sinksOf(call: TSESTree.CallExpression | TSESTree.NewExpression, followModules = true): SinkCall[] {
    return this.following(followModules, () => this.sinksOfCall(call));
  }

  /** Answers one question with the project's other modules followed or not. */
  private following<T>(followModules: boolean, answer: () => T): T {
    if (followModules) return answer();
    this.followModules = false;
    try {
      return answer();
    } finally {
      this.followModules = true;
    }
  }

  private sinksOfCall(call: TSESTree.CallExpression | TSESTree.NewExpression): SinkCall[] {
    const callee = this.resolve(call.callee);
    if (!callee) return [];
    if (call.type === T.NewExpression) {
      const sink = callee.shape.constructSink;
      return sink
        ? [
            {
              vendor: callee.vendor,
              sink,
              label: sink.label ?? `new ${callee.path || 'client'}`,
              args: call.arguments,
            },
          ]
        : [];
    }
    const { shape, vendor } = callee;
    const label = shape.label || callee.path;
    const out: SinkCall[] = [];
    if (shape.call)
      out.push({ vendor, sink: shape.call, label: shape.call.label ?? label, args: call.arguments });
    if (shape.commands) {
      const command = staticString(call.arguments[0]);
      const sink = command !== undefined ? ownValue(shape.commands, command) : undefined;
      if (sink)
        out.push({ vendor, sink, label: sink.label ?? `${label}('${command}')`, args: call.arguments });
    }
    if (shape.arrayCommands) {
      for (const arg of call.arguments) {
        const array = this.arrayOf(arg);
        if (!array) continue;
        const command = staticString(array.elements[0]);
        const sink = command !== undefined ? ownValue(shape.arrayCommands, command) : undefined;
        if (sink)
          out.push({ vendor, sink, label: sink.label ?? `${label}(['${command}'])`, args: array.elements });
      }
    }
    return out;
  }

  /** The sink a JSX element is (`<StatsigProvider user={...}>`), from its tag, read like a name or a member. */
  elementSink(element: TSESTree.JSXOpeningElement): SinkCall | undefined {
    const value = this.tag(element.name);
    const sink = value?.shape.element;
    return value && sink
      ? { vendor: value.vendor, sink, label: sink.label ?? `<${value.shape.label || value.path}>`, args: [] }
      : undefined;
  }

  private tag(name: TSESTree.JSXTagNameExpression, whole = true): SdkValue | undefined {
    if (name.type === T.JSXMemberExpression) {
      const base = this.tag(name.object, false);
      return base && this.member(base, name.property.name);
    }
    // `<div>` is an element of the page, not a binding (`<statsig.Provider>` is); `<svg:rect>` neither.
    if (name.type !== T.JSXIdentifier || (whole && !/^[A-Z_$]/.test(name.name))) return undefined;
    const source = this.bindings.sourceOfName(name, name.name);
    return source && this.fromSource(source, name.name);
  }

  /** A member of a vendor value: `client.people`, a namespace's named export. */
  member(base: SdkValue, name: string): SdkValue | undefined {
    const member = base.shape.members ? ownValue(base.shape.members, name) : undefined;
    const prefix = base.shape.label ?? base.path;
    const path = prefix ? `${prefix}.${name}` : name;
    if (member !== undefined) {
      const shape = this.catalog.shape(base.vendor, member);
      return shape ? { vendor: base.vendor, shape, path } : undefined;
    }
    if (base.namespace && name !== 'default') {
      const fallback = this.member(base, 'default');
      return fallback ? this.member(fallback, name) : undefined;
    }
    return undefined;
  }

  /** Members `path` of a vendor value. */
  path(base: SdkValue | undefined, path: readonly string[]): SdkValue | undefined {
    let value = base;
    for (const name of path) value = value && this.member(value, name);
    return value;
  }

  /** What an import of a vendor package gives (`imported`: a name, `default`, `*` or `require`). */
  moduleExport(source: string, imported: string): SdkValue | undefined {
    return this.moduleValue(source, imported);
  }

  private moduleValue(source: string, imported: string): SdkValue | undefined {
    const hit = this.catalog.module(source);
    if (!hit) return undefined;
    const ns = this.catalog.shape(hit.vendor, hit.spec.exports);
    if (!ns) return undefined;
    const namespace: SdkValue = { vendor: hit.vendor, shape: ns, path: '', namespace: true };
    if (imported === '*') return namespace;
    if (imported === 'require') {
      const cjs = this.catalog.shape(hit.vendor, hit.spec.cjs);
      return cjs ? { vendor: hit.vendor, shape: cjs, path: '', namespace: !hit.spec.cjs } : namespace;
    }
    return this.member(namespace, imported);
  }

  private compute(node: Node): SdkValue | undefined {
    switch (node.type) {
      case T.Identifier:
        return this.identifier(node);
      case T.MemberExpression: {
        const name = propertyName(node);
        if (name === undefined) return undefined;
        const object = unwrap(node.object);
        if (this.isGlobalObject(object)) return this.global(name);
        if (object.type === T.Identifier) {
          // `import * as lib from '../lib'; lib.analytics`: an export of a project module.
          const source = this.bindings.sourceOf(object);
          if (
            source?.kind === 'import' &&
            source.imported === '*' &&
            source.path.length === 0 &&
            !this.catalog.module(source.source)
          ) {
            return this.followModules ? this.foreign?.(source.source, name, []) : undefined;
          }
        }
        const base = object.type === T.ThisExpression ? undefined : this.resolve(object);
        if (base) return this.member(base, name);
        // `this.ph`, `Telemetry.ph`, `tracker.people`: a field or getter of a class of the file.
        const owner = this.appClass(object);
        return owner && this.classMember(owner, name);
      }
      case T.CallExpression: {
        const required = requireSource(node);
        if (required !== undefined)
          return this.catalog.module(required)
            ? this.moduleValue(required, 'require')
            : this.followModules
              ? this.foreign?.(required, 'require', [])
              : undefined;
        // `useContext(SegmentContext)`: what the context's providers give it.
        const context = contextRead(node);
        if (context) return this.resolve(context);
        if (isCreateContext(node)) return this.contextValue(node);
        const callee = this.resolve(node.callee);
        const shape = callee && this.catalog.shape(callee.vendor, callee.shape.returns);
        if (callee && shape) return { vendor: callee.vendor, shape, path: callee.shape.label ?? callee.path };
        // A function of the app that returns a client: `analytics().capture(...)`.
        return this.appCallResult(node.callee);
      }
      case T.NewExpression: {
        const callee = this.resolve(node.callee);
        if (!callee) return undefined;
        const shape = this.catalog.shape(callee.vendor, callee.shape.construct);
        return shape && { vendor: callee.vendor, shape, path: '' };
      }
      case T.AwaitExpression:
        return this.resolve(node.argument);
      // `enabled ? posthog : undefined`, `ready ? window.heap : stub`: either side.
      case T.ConditionalExpression:
        return this.resolve(node.consequent) ?? this.resolve(node.alternate);
      case T.LogicalExpression:
        return node.operator === '&&'
          ? this.resolve(node.right)
          : (this.resolve(node.left) ?? this.resolve(node.right));
      // `(client ??= new PostHog(key))`, `const hsq = (window._hsq = window._hsq || [])`: the value
      // assigned, else what is assigned to (a global's member, or the variable of a compound assignment).
      case T.AssignmentExpression:
        return (
          this.resolve(node.right) ??
          (node.operator !== '=' || node.left.type === T.MemberExpression
            ? this.resolve(node.left)
            : undefined)
        );
      case T.SequenceExpression:
        return this.resolve(node.expressions[node.expressions.length - 1]);
      case T.ImportExpression: {
        const source = staticString(node.source);
        if (source === undefined) return undefined;
        return this.catalog.module(source)
          ? this.moduleValue(source, '*')
          : this.followModules
            ? this.foreign?.(source, '*', [])
            : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * Whether `node` is the global object: `window` / `globalThis` / `self` / `global` left to the global
   * scope, a member of it of such a name (`window.self`), or an alias of it (`const w = window`, `typeof
   * window !== 'undefined' ? window : undefined`, `window as Window & Tracking`). Memoised per node.
   */
  private isGlobalObject(node: Node): boolean {
    const known = this.globalObjects.get(node);
    if (known !== undefined) return known;
    this.globalObjects.set(node, false); // a cycle of aliases, or a very long chain, is not the global object
    if (this.depth > 64) return false;
    this.depth++;
    try {
      const answer = this.computeGlobalObject(unwrap(node));
      this.globalObjects.set(node, answer);
      return answer;
    } finally {
      this.depth--;
    }
  }

  private computeGlobalObject(node: Node): boolean {
    switch (node.type) {
      case T.Identifier: {
        const source = this.bindings.sourceOf(node);
        if (!source || source.kind === 'global') return GLOBAL_OBJECTS.has(node.name);
        if (source.kind !== 'expr') return false;
        // `const { window: w } = globalThis` has the path `window`.
        if (source.path.length === 0) return this.isGlobalObject(source.expr);
        return (
          source.path.length === 1 && GLOBAL_OBJECTS.has(source.path[0]) && this.isGlobalObject(source.expr)
        );
      }
      case T.MemberExpression: {
        const name = propertyName(node);
        return name !== undefined && GLOBAL_OBJECTS.has(name) && this.isGlobalObject(node.object);
      }
      case T.AssignmentExpression:
        return this.isGlobalObject(node.right);
      case T.LogicalExpression:
        return (node.operator !== '&&' && this.isGlobalObject(node.left)) || this.isGlobalObject(node.right);
      case T.ConditionalExpression:
        return this.isGlobalObject(node.consequent) || this.isGlobalObject(node.alternate);
      default:
        return false;
    }
  }

  /**
   * The array literal a queue command is: written inline (`_kmq.push(['identify', email])`) or built
   * earlier and passed by name (`const entry = ['identify', email]; _kmq.push(entry)`).
   */
  private arrayOf(arg: Node): TSESTree.ArrayExpression | undefined {
    const node = unwrap(arg);
    if (node.type === T.ArrayExpression) return node;
    if (node.type !== T.Identifier) return undefined;
    const source = this.bindings.sourceOf(node);
    if (source?.kind !== 'expr' || source.path.length > 0) return undefined;
    const init = unwrap(source.expr);
    return init.type === T.ArrayExpression ? init : undefined;
  }

  private global(name: string): SdkValue | undefined {
    const hit = this.catalog.global(name);
    if (!hit) return undefined;
    const shape = this.catalog.shape(hit.vendor, hit.member);
    return shape && { vendor: hit.vendor, shape, path: name };
  }

  private identifier(id: TSESTree.Identifier): SdkValue | undefined {
    const source = this.bindings.sourceOf(id);
    return (source && this.fromSource(source, id.name)) ?? this.variableValue(id);
  }

  /**
   * A `let` / `var` whose initialiser is no vendor value (`let client;`, `let p = null`): the first vendor
   * value assigned to it anywhere in the file (`client = new PostHog(key)` in an init function), else
   * the type it is annotated with (`let client: PostHog | undefined`, also for a `const`).
   */
  private variableValue(id: TSESTree.Identifier): SdkValue | undefined {
    const variable = this.bindings.variableOf(id);
    const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
    if (!variable || def?.type !== TSESLint.Scope.DefinitionType.Variable || def.node.id !== def.name)
      return undefined;
    const declaration = def.parent;
    return this.memoised(this.variables, variable, () => {
      if (declaration?.type === T.VariableDeclaration && declaration.kind !== 'const') {
        for (const ref of variable.references) {
          const parent = ref.identifier.parent;
          if (
            ref.isWrite() &&
            parent?.type === T.AssignmentExpression &&
            parent.left === ref.identifier &&
            ref.writeExpr
          ) {
            const value = this.resolve(ref.writeExpr);
            if (value) return value;
          }
        }
      }
      const type = def.name.typeAnnotation?.typeAnnotation;
      return type && this.typeValue(type);
    });
  }

  private fromSource(source: ValueSource, name: string): SdkValue | undefined {
    switch (source.kind) {
      case 'global':
        return this.global(source.name);
      case 'import':
        if (!this.catalog.module(source.source))
          return this.followModules ? this.foreign?.(source.source, source.imported, source.path) : undefined;
        return this.path(this.moduleValue(source.source, source.imported), source.path);
      case 'expr':
        // `const { gtag } = window`: the global of the first name.
        if (source.path.length > 0 && this.isGlobalObject(source.expr))
          return this.path(this.global(source.path[0]), source.path.slice(1));
        return this.path(this.resolve(source.expr), source.path);
      case 'param': {
        const value = this.callbackParam(source.fn, source.index);
        if (value) return this.path(value, source.path);
        // `record(ph: PostHog, ...)`: a parameter typed with a vendor class.
        const type = source.path.length === 0 ? parameterType(source.fn.params[source.index]) : undefined;
        return type && this.typeValue(type);
      }
      case 'declaration':
        // The vendor's own snippet pasted into the file: `function gtag(){dataLayer.push(arguments)}`.
        return source.node.type === T.FunctionDeclaration ? this.global(name) : undefined;
      default:
        return undefined;
    }
  }

  /**
   * A parameter of a callback handed to a vendor function (`Sentry.withScope(scope => ...)`), or set as
   * an option of one (`posthog.init(key, { loaded: (ph) => ... })`, the catalog's `callbacks`); the
   * first parameter of `.then(cb)` on a vendor value (a promise of it: promises are not told apart from
   * their values), `getClient().then((ph) => ...)`, `import('posthog-js').then(({ default: ph }) => ...)`.
   */
  private callbackParam(fn: FunctionNode, index: number): SdkValue | undefined {
    let argument: Node = fn;
    let option: string | undefined;
    const parent = fn.parent;
    if (parent?.type === T.Property && parent.value === fn && parent.parent.type === T.ObjectExpression) {
      option = propertyName(parent);
      if (option === undefined) return undefined;
      argument = parent.parent;
    }
    const call = argument.parent;
    if (call?.type !== T.CallExpression) return undefined;
    const argIndex = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
    if (argIndex < 0) return undefined;
    const callee = this.resolve(call.callee);
    const spec = callee?.shape.callbacks?.find((c) => c.arg === argIndex && c.option === option);
    const member = spec?.params[index];
    if (callee && member !== undefined && member !== null) {
      const shape = this.catalog.shape(callee.vendor, member);
      return shape && { vendor: callee.vendor, shape, path: '' };
    }
    const then = unwrap(call.callee);
    return option === undefined &&
      argIndex === 0 &&
      index === 0 &&
      then.type === T.MemberExpression &&
      propertyName(then) === 'then'
      ? this.resolve(then.object)
      : undefined;
  }

  /**
   * The class of the file that `node` is (`Telemetry`: its static members) or an instance of (`this`,
   * `new Tracker()`, a variable holding one).
   */
  private appClass(node: Node, depth = 0): AppClass | undefined {
    const n = unwrap(node);
    switch (n.type) {
      case T.ThisExpression: {
        const cls = enclosingClass(n);
        return cls && { cls, isStatic: undefined };
      }
      case T.ClassExpression:
        return { cls: n, isStatic: true };
      case T.NewExpression: {
        const cls = depth < 8 ? this.appClass(n.callee, depth + 1) : undefined;
        return cls?.isStatic ? { cls: cls.cls, isStatic: false } : undefined;
      }
      case T.Identifier: {
        const source = this.bindings.sourceOf(n);
        if (source?.kind === 'declaration')
          return source.node.type === T.ClassDeclaration ? { cls: source.node, isStatic: true } : undefined;
        return source?.kind === 'expr' && source.path.length === 0 && depth < 8
          ? this.appClass(source.expr, depth + 1)
          : undefined;
      }
      default:
        return undefined;
    }
  }

  /** A field, getter or constructor assignment of a class of the file (`this.client`, `Telemetry.ph`, `get people()`). */
  private classMember(owner: AppClass, name: string): SdkValue | undefined {
    const member = classMemberValue(owner.cls, name, owner.isStatic);
    switch (member?.kind) {
      case 'expr':
        return this.resolve(member.expr);
      case 'getter':
        return this.returnedValue(member.fn);
      case 'type':
        return this.typeValue(member.type);
      default:
        return undefined;
    }
  }

  /**
   * What calling `callee` returns when it is a function of the app: declared here (a function, an arrow
   * in a const, an object's or class's method), or exported by another project module.
   */
  private appCallResult(callee: Node): SdkValue | undefined {
    const fn = unwrap(callee);
    if (isFunctionNode(fn)) return this.returnedValue(fn);
    if (fn.type === T.Identifier) {
      const source = this.bindings.sourceOf(fn);
      if (source?.kind === 'declaration')
        return source.node.type === T.FunctionDeclaration ? this.returnedValue(source.node) : undefined;
      if (source?.kind === 'expr' && source.path.length === 0) {
        const init = unwrap(source.expr);
        return isFunctionNode(init) ? this.returnedValue(init) : undefined;
      }
      if (source?.kind === 'import' && !this.catalog.module(source.source))
        return this.followModules
          ? this.foreign?.(source.source, source.imported, source.path, true)
          : undefined;
      return undefined;
    }
    if (fn.type !== T.MemberExpression) return undefined;
    const name = propertyName(fn);
    if (name === undefined) return undefined;
    const object = unwrap(fn.object);
    if (object.type === T.Identifier) {
      const source = this.bindings.sourceOf(object);
      // `lib.analytics()` of `import * as lib from '../lib'`.
      if (
        source?.kind === 'import' &&
        source.imported === '*' &&
        source.path.length === 0 &&
        !this.catalog.module(source.source)
      )
        return this.followModules ? this.foreign?.(source.source, name, [], true) : undefined;
      // `const api = { client() { return ph; } }; api.client()`.
      const init = source?.kind === 'expr' && source.path.length === 0 ? unwrap(source.expr) : undefined;
      if (init?.type === T.ObjectExpression) {
        const value = findProperty(init, name)?.value;
        const method = value && unwrap(value);
        return method && isFunctionNode(method) ? this.returnedValue(method) : undefined;
      }
    }
    const owner = this.appClass(object);
    const method = owner && classMethod(owner.cls, name, owner.isStatic);
    return method && this.returnedValue(method);
  }

  /** A context of this module (`createContext(...)`): the first vendor value its providers, or its default, give. */
  private contextValue(create: TSESTree.CallExpression): SdkValue | undefined {
    for (const value of this.providers?.valuesOf(create) ?? []) {
      const found = this.resolve(value);
      if (found) return found;
    }
    return undefined;
  }

  /** The first vendor value among what `fn` returns (`return client`, an arrow's body). */
  private returnedValue(fn: FunctionNode): SdkValue | undefined {
    return this.memoised(this.returns, fn, () => {
      for (const returned of returnedExpressions(fn)) {
        const value = this.resolve(returned);
        if (value) return value;
      }
      return undefined;
    });
  }

  /**
   * The vendor value a type annotation stands for: an instance of a vendor class named through an
   * import of the vendor's package (`PostHog` of `import { PostHog } from 'posthog-node'`, type-only
   * imports and `ns.PostHog` included), optionally with `| null` / `| undefined`; or `typeof client`.
   * A type of the file or of another package of the same name is no vendor type.
   */
  private typeValue(type: TSESTree.TypeNode): SdkValue | undefined {
    switch (type.type) {
      case T.TSUnionType: {
        const kept = type.types.filter((t) => t.type !== T.TSNullKeyword && t.type !== T.TSUndefinedKeyword);
        return kept.length === 1 ? this.typeValue(kept[0]) : undefined;
      }
      case T.TSTypeReference: {
        const value = this.typeName(type.typeName);
        const shape = value && this.catalog.shape(value.vendor, value.shape.construct);
        return value && shape && { vendor: value.vendor, shape, path: '' };
      }
      case T.TSTypeQuery:
        return type.exprName.type === T.Identifier ? this.resolve(type.exprName) : undefined;
      default:
        return undefined;
    }
  }

  /** The vendor value a type name refers to: an import of a vendor package (or of a project module that re-exports one). */
  private typeName(name: TSESTree.EntityName): SdkValue | undefined {
    if (name.type === T.TSQualifiedName) {
      const base = this.typeName(name.left);
      return base && this.member(base, name.right.name);
    }
    if (name.type !== T.Identifier) return undefined;
    const source = this.bindings.sourceOf(name) ?? this.bindings.sourceOfName(name, name.name);
    return source?.kind === 'import' ? this.fromSource(source, name.name) : undefined;
  }
}
