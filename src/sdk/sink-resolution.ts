/**
 * Which vendor value an expression is (a client, a namespace, a method), found through the code
 * itself: imports, `require`, `await import()`, factories, constructors, hooks, class fields, browser
 * globals, callback parameters; and which calls are sinks.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import {
  type Bindings,
  GLOBAL_OBJECTS,
  type ValueSource,
  enclosingClass,
  enclosingFunction,
  propertyName,
  requireSource,
  staticString,
  unwrap,
} from '../ast/bindings.js';
import type { Catalog, Shape, Sink, Vendor } from '../catalog/index.js';
import { ownValue } from '../util/records.js';

type Node = TSESTree.Node;

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
  private readonly cache = new Map<Node, SdkValue | undefined>();
  private readonly globalObjects = new Map<Node, boolean>();
  private readonly active = new Set<Node>();
  private depth = 0;
  /** Whether other project modules may be read now: set for the length of one question (see `following`). */
  private followModules = true;

  constructor(
    private readonly catalog: Catalog,
    private readonly bindings: Bindings,
    /** Vendor values exported by the project's other modules (`export const analytics = AnalyticsBrowser.load(...)`). */
    private readonly foreign?: (
      specifier: string,
      imported: string,
      path: readonly string[],
    ) => SdkValue | undefined,
  ) {}

  /** The vendor value `node` evaluates to, if any. Memoised per node; cycles resolve to nothing. */
  resolve(node: Node): SdkValue | undefined {
    if (this.cache.has(node)) return this.cache.get(node);
    // Cycles, and the very long chains of minified code, resolve to nothing.
    if (this.active.has(node) || this.depth > 64) return undefined;
    this.active.add(node);
    this.depth++;
    let value: SdkValue | undefined;
    try {
      value = this.compute(unwrap(node));
    } finally {
      this.depth--;
      this.active.delete(node);
    }
    // A miss while modules were not followed may be a hit later: not cached.
    if (value !== undefined || this.followModules || !this.foreign) this.cache.set(node, value);
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
        if (object.type === T.ThisExpression) return this.classField(node, name);
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
        const base = this.resolve(object);
        return base && this.member(base, name);
      }
      case T.CallExpression: {
        const required = requireSource(node);
        if (required !== undefined)
          return this.catalog.module(required)
            ? this.moduleValue(required, 'require')
            : this.followModules
              ? this.foreign?.(required, 'require', [])
              : undefined;
        const callee = this.resolve(node.callee);
        if (!callee) return undefined;
        const shape = this.catalog.shape(callee.vendor, callee.shape.returns);
        return shape && { vendor: callee.vendor, shape, path: callee.shape.label ?? callee.path };
      }
      case T.NewExpression: {
        const callee = this.resolve(node.callee);
        if (!callee) return undefined;
        const shape = this.catalog.shape(callee.vendor, callee.shape.construct);
        return shape && { vendor: callee.vendor, shape, path: '' };
      }
      case T.AwaitExpression:
        return this.resolve(node.argument);
      // `const hsq = (window._hsq = window._hsq || [])`, `window._paq ?? []`, `ready ? window.heap : stub`.
      case T.AssignmentExpression:
        return this.resolve(node.left) ?? this.resolve(node.right);
      case T.LogicalExpression:
        return node.operator === '&&'
          ? this.resolve(node.right)
          : (this.resolve(node.left) ?? this.resolve(node.right));
      case T.ConditionalExpression:
        return this.resolve(node.consequent) ?? this.resolve(node.alternate);
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
    return source && this.fromSource(source, id.name);
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
      case 'param':
        return this.path(this.callbackParam(source.fn, source.index), source.path);
      case 'declaration':
        // The vendor's own snippet pasted into the file: `function gtag(){dataLayer.push(arguments)}`.
        return source.node.type === T.FunctionDeclaration ? this.global(name) : undefined;
      default:
        return undefined;
    }
  }

  /** A parameter of a callback handed to a vendor function (`Sentry.withScope(scope => ...)`). */
  private callbackParam(fn: Node, index: number): SdkValue | undefined {
    const call = fn.parent;
    if (!call || call.type !== T.CallExpression) return undefined;
    const argIndex = call.arguments.indexOf(fn as TSESTree.CallExpressionArgument);
    const callee = this.resolve(call.callee);
    const spec = callee?.shape.callbacks?.find((c) => c.arg === argIndex);
    const member = spec?.params[index];
    if (!callee || member === undefined || member === null) return undefined;
    const shape = this.catalog.shape(callee.vendor, member);
    return shape && { vendor: callee.vendor, shape, path: '' };
  }

  /** `this.client` inside a class: a field initialiser or an assignment in the constructor. */
  private classField(node: TSESTree.MemberExpression, name: string): SdkValue | undefined {
    const cls = enclosingClass(node);
    if (!cls) return undefined;
    for (const element of cls.body.body) {
      if (element.type === T.PropertyDefinition && element.value && propertyName(element) === name)
        return this.resolve(element.value);
      if (element.type === T.MethodDefinition && element.kind === 'constructor' && element.value.body) {
        for (const statement of element.value.body.body) {
          if (
            statement.type !== T.ExpressionStatement ||
            statement.expression.type !== T.AssignmentExpression
          )
            continue;
          const { left, right } = statement.expression;
          if (
            left.type === T.MemberExpression &&
            left.object.type === T.ThisExpression &&
            propertyName(left) === name
          )
            return this.resolve(right);
        }
      }
    }
    return undefined;
  }
}
