/**
 * The per-file analysis behind `no-pii`: finds sink calls, reads each argument by its role, follows
 * objects built earlier and their mutations, summarises the file's own wrapper functions once (which
 * parameter reaches which sink, in which role) and applies the summaries at their callers.
 */
import { TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import {
  type Bindings,
  type FunctionNode,
  enclosingClass,
  findProperty,
  isFunctionNode,
  propertyName,
  staticString,
  unwrap,
  calleeName,
} from '../../ast/bindings.js';
import type { DisabledLines } from '../../ast/disable-directives.js';
import {
  annotatedClassName,
  classMemberValue,
  classMethod,
  injectCallClass,
  injectedClasses,
  parameterType,
} from '../../ast/declarations.js';
import { type ContextProviders, contextRead, isCreateContext } from '../../ast/react-context.js';
import type { ArgRole, SinkKind, Subject, Vendor } from '../../catalog/index.js';
import type { Category } from '../../personal-data/categories.js';
import { ORG_WORDS, PERSON_WORDS } from '../../personal-data/lexicon.js';
import { argumentsLookPersonal } from '../../personal-data/looks-personal.js';
import type { HttpSinks } from '../../sdk/http-sinks.js';
import type { QueueProxy, SdkValue, SinkCall, SinkResolver } from '../../sdk/sink-resolution.js';
import { type ValueClassifier, fromName } from '../../personal-data/value-classifier.js';
import { NEUTRAL, type Verdict, parameter } from '../../personal-data/verdict.js';
import { ownValue } from '../../util/records.js';
import { headWord } from '../../util/words.js';

type Node = TSESTree.Node;

export interface Leak {
  /** The node that carries the data: a property, spread, argument, element or mutation. */
  readonly node: Node;
  readonly category: Category;
  readonly vendor: Vendor;
  readonly label: string;
  /** Sent for identity matching for ads (a `matching` role): the person's identity is disclosed on purpose. */
  readonly matching: boolean;
  /** Read in an identity role (`user-id`, `org-id`): the node is, or is in, the identity the sink is given. */
  readonly identity: boolean;
  /** What the sink does (`identity`, `event`, ...); undefined for an assignment to a vendor global. */
  readonly kind: SinkKind | undefined;
  /** The app's own function the call goes through (`track(user)` of `lib/analytics.ts`), when it does. */
  readonly via?: Via;
}

/** A wrapper the data is handed to: its name at the call, and its module's path. */
export interface Via {
  readonly name: string;
  readonly file: string;
}

/** A role as seen by the analysis: a catalog role, or one entry (key + value) of a payload. */
type Role = ArgRole | { readonly role: 'entry'; readonly key: string | undefined; readonly subject: Subject };

interface Target {
  readonly vendor: Vendor;
  readonly label: string;
  readonly kind?: SinkKind;
  /** Inside a `matching` role. */
  readonly matching?: true;
  /** Reached through a wrapper called here. */
  readonly via?: Via;
}

/** A parameter of a local function that reaches a sink. */
interface Forward {
  readonly index: number;
  readonly path: readonly string[];
  readonly role: Role;
  readonly target: Target;
}

/** A function and the analysis of the module it belongs to (whose summaries say what it forwards). */
export interface Callable {
  readonly analysis: LeakAnalysis;
  readonly fn: FunctionNode;
}

export interface ClassRef {
  readonly analysis: LeakAnalysis;
  readonly node: TSESTree.ClassDeclaration | TSESTree.ClassExpression;
}

/** The project's other modules, as seen from one file (see wrapper-summaries.ts). */
export interface ForeignModules {
  /** A vendor client exported by a project module; with `call`, what calling that export returns. */
  sdkValue(
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    call?: boolean,
  ): SdkValue | undefined;
  callable(
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    depth: number,
  ): Callable | undefined;
  classOf(
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    depth: number,
  ): ClassRef | undefined;
}

export interface AnalysisOptions {
  readonly allowedKeys: ReadonlySet<string>;
  readonly categories: ReadonlySet<Category>;
}

/** What one module's analysis is built from (see engine.ts, which builds it). */
export interface LeakAnalysisParts {
  readonly resolver: SinkResolver;
  readonly classifier: ValueClassifier;
  readonly bindings: Bindings;
  readonly options: AnalysisOptions;
  /** The module's path (empty when not on disk). */
  readonly file: string;
  /** The project's other modules; without them, only this module's own wrappers are followed. */
  readonly foreign?: ForeignModules;
  /** Calls of vendors' HTTP endpoints without the SDK, in files that mention an endpoint. */
  readonly http?: HttpSinks;
  /** Lines where the module's comments turn the rule off: an accepted flow, not forwarded to callers. */
  readonly disabled?: DisabledLines;
  /** The module's React context providers (a context's value is what they give it). */
  readonly providers?: ContextProviders;
}

/** A parameter of a function that reaches a sink (exported for summaries of other modules). */
export type { Forward };

const MAX_ROUNDS = 6;

export class LeakAnalysis {
  readonly leaks: Leak[] = [];
  private readonly reported = new Set<Node>();
  /** What each function of this module forwards to sinks; complete once `run` has returned. */
  readonly summaries = new Map<FunctionNode, Forward[]>();
  private readonly forwardKeys = new Set<string>();
  private readonly checkedObjects = new Set<string>();

  private readonly resolver: SinkResolver;
  private readonly classifier: ValueClassifier;
  private readonly bindings: Bindings;
  private readonly options: AnalysisOptions;
  private readonly file: string;
  private readonly foreign: ForeignModules | undefined;
  private readonly http: HttpSinks | undefined;
  private readonly disabled: DisabledLines | undefined;
  private readonly providers: ContextProviders | undefined;
  /** The module's root node (what a re-export of a vendor package points at). */
  readonly root: Node;

  constructor(parts: LeakAnalysisParts) {
    this.resolver = parts.resolver;
    this.classifier = parts.classifier;
    this.bindings = parts.bindings;
    this.options = parts.options;
    this.file = parts.file;
    this.foreign = parts.foreign;
    this.http = parts.http;
    this.disabled = parts.disabled;
    this.providers = parts.providers;
    this.root = parts.bindings.rootNode;
  }

  /** Analyses every collected call: sinks first, then the file's wrappers until nothing new flows. */
  run(
    calls: readonly (TSESTree.CallExpression | TSESTree.NewExpression)[],
    assignments: readonly TSESTree.AssignmentExpression[],
    elements: readonly TSESTree.JSXOpeningElement[] = [],
  ): void {
    const others: TSESTree.CallExpression[] = [];
    const proxies = new Map<Node, QueueProxy>();
    for (const call of calls) {
      // A vendor client exported by another module is looked for only where this call passes something worth it.
      const followModules = !this.foreign || this.worthFollowing(call);
      let sinks = this.resolver.sinksOf(call, followModules);
      if (sinks.length === 0 && this.http) sinks = this.http.sinksOf(call);
      if (sinks.length === 0 && call.type === T.CallExpression) {
        others.push(call);
        const proxy = this.resolver.queueProxy(call, followModules);
        if (proxy) proxies.set(proxy.fn, proxy);
      }
      for (const sink of sinks) this.checkSink(sink);
    }
    for (const assignment of assignments) this.checkAssignmentSink(assignment);
    for (const element of elements) {
      const sink = this.resolver.elementSink(element);
      if (sink) this.checkElement(element, sink);
    }
    if (this.summaries.size === 0 && proxies.size === 0 && !this.foreign) return;
    const wrapperCalls: [TSESTree.CallExpression, Callable][] = [];
    for (const call of others) {
      // Another module's function matters only when this call passes it personal-looking data or one of our own parameters.
      const target = this.callable(
        call.callee,
        [],
        0,
        this.foreign !== undefined && !this.worthFollowing(call),
      );
      if (!target) continue;
      const proxy = proxies.get(target.fn);
      const command = proxy && staticString(call.arguments[0]);
      const sink = command !== undefined && proxy ? ownValue(proxy.commands, command) : undefined;
      if (proxy && sink)
        this.checkSink({
          vendor: proxy.vendor,
          sink,
          label: sink.label ?? `${proxy.label}(['${command}'])`,
          args: call.arguments,
        });
      else wrapperCalls.push([call, target]);
    }
    const applied = new Map<TSESTree.CallExpression, number>();
    for (let round = 0; round < MAX_ROUNDS; round++) {
      let changed = false;
      for (const [call, { analysis, fn }] of wrapperCalls) {
        const summary = analysis.summaries.get(fn);
        const done = applied.get(call) ?? 0;
        if (!summary || summary.length === done) continue;
        applied.set(call, summary.length);
        for (const forward of summary.slice(done)) {
          const arg = call.arguments[forward.index];
          if (!arg || arg.type === T.SpreadElement) continue;
          const before = this.forwardKeys.size;
          const via: Via = { name: calleeName(unwrap(call.callee)) ?? 'a wrapper', file: analysis.file };
          this.checkPath(arg, forward.path, forward.role, { ...forward.target, via }, arg);
          if (this.forwardKeys.size !== before) changed = true;
        }
      }
      if (!changed) break;
    }
  }

  private checkSink(sink: SinkCall): void {
    const { args } = sink;
    const target: Target = { vendor: sink.vendor, label: sink.label, kind: sink.sink.kind };
    const count = Math.max(args.length, sink.sink.args.length);
    for (let i = 0; i < count; i++) {
      const arg = args[i];
      if (arg?.type === T.SpreadElement) {
        // `capture(...args)` in `function capture(...args)`: later positions are not known here.
        this.spreadRestParameter(arg, i, sink, target);
        break;
      }
      if (!arg) continue;
      const role = i < sink.sink.args.length ? sink.sink.args[i] : sink.sink.rest;
      if (!role) continue;
      if (role.role === 'keyed') {
        const key = staticString(args[role.keyArg]);
        const byKey = key !== undefined && role.keys ? ownValue(role.keys, key) : undefined;
        this.check(arg, byKey ?? { role: 'entry', key, subject: role.subject }, target, arg);
      } else {
        this.check(arg, role, target, arg);
      }
    }
  }

  /**
   * `capture(...args) { client.capture(...args) }`: a rest parameter spread into a sink's arguments
   * hands the caller's arguments on, each to the role of the position it lands in.
   */
  private spreadRestParameter(
    spread: TSESTree.SpreadElement,
    at: number,
    sink: SinkCall,
    target: Target,
  ): void {
    const id = unwrap(spread.argument);
    if (id.type !== T.Identifier) return;
    const def = this.bindings.variableOf(id)?.defs[0];
    const fn = def?.type === TSESLint.Scope.DefinitionType.Parameter ? def.node : undefined;
    if (!fn || !isFunctionNode(fn)) return;
    const index = fn.params.findIndex((p) => p.type === T.RestElement && p.argument === def?.name);
    if (index < 0) return;
    const positions = Math.max(sink.sink.args.length, at + 1) + (sink.sink.rest ? 2 : 0);
    for (let i = at; i < positions; i++) {
      const role = i < sink.sink.args.length ? sink.sink.args[i] : sink.sink.rest;
      if (!role || role.role === 'keyed') continue;
      this.forward(parameter(fn, index + (i - at), []), role, target, spread);
    }
  }

  /** `<StatsigProvider user={{ userID, email }}>`: each prop is read with the role the sink gives it. */
  private checkElement(element: TSESTree.JSXOpeningElement, sink: SinkCall): void {
    const role = sink.sink.args[0];
    if (role?.role !== 'fields') return;
    const target: Target = { vendor: sink.vendor, label: sink.label, kind: sink.sink.kind };
    for (const attribute of element.attributes) {
      // Spread props (`{...config}`) are not followed: the catalog names the props that carry data.
      if (
        attribute.type === T.JSXSpreadAttribute ||
        attribute.name.type !== T.JSXIdentifier ||
        attribute.value?.type !== T.JSXExpressionContainer
      )
        continue;
      const value = attribute.value.expression;
      const key = attribute.name.name;
      if (value.type === T.JSXEmptyExpression || this.options.allowedKeys.has(key)) continue;
      const sub = ownValue(role.fields, key) ?? role.rest;
      if (sub) this.check(value, sub, target, value);
    }
  }

  /** `window.intercomSettings = {...}`: assignments to vendor globals that are sinks. */
  private checkAssignmentSink(node: TSESTree.AssignmentExpression): void {
    const value = this.resolver.resolve(node.left);
    if (!value?.shape.assign) return;
    this.check(node.right, value.shape.assign, { vendor: value.vendor, label: value.path }, node.right);
  }

  /**
   * An argument that says nothing of what it holds (`e.detail`, `req.body`): a wrapper reading
   * `.user.email` off it is reported inside, by the member's name, not at this caller.
   */
  private opaque(arg: Node): boolean {
    const inner = unwrap(arg);
    if (inner.type === T.ObjectExpression || this.builtObject(inner)) return false;
    const verdict = this.classifier.classify(inner);
    return verdict.kind === 'unknown' || verdict.kind === 'neutral';
  }

  /**
   * `outer(u) { track(u) }`: a parameter not named as personal data passed on to a wrapper that reads
   * `u.id` is forwarded at the longer path, and not judged by the names of that path here.
   */
  private forwardedWhole(node: Node, path: readonly string[], role: Role, target: Target, at: Node): boolean {
    const inner = unwrap(node);
    if (inner.type === T.ObjectExpression || this.builtObject(inner)) return false;
    const verdict = this.classifier.classify(inner);
    if (verdict.kind !== 'param' || verdict.named) return false;
    this.forward(parameter(verdict.fn, verdict.index, [...verdict.path, ...path]), role, target, at);
    return true;
  }

  /** Members `path` of `node` reach the sink in `role` (a wrapper read `user.id` off its parameter). */
  private checkPath(
    node: Node,
    path: readonly string[],
    role: Role,
    target: Target,
    at: Node,
    keepAt = false,
  ): void {
    if (path.length === 0) return this.check(node, role, target, at);
    if (this.opaque(node) || this.forwardedWhole(node, path, role, target, at)) return;
    const inner = unwrap(node);
    // `const props = { user: member }; send(props)`: read as the literal, reported at the call.
    const built = this.builtObject(inner);
    if (built) return this.checkPath(built, path, role, target, at, true);
    if (inner.type === T.ObjectExpression) {
      const prop = findProperty(inner, path[0]);
      if (prop) return this.checkPath(prop.value, path.slice(1), role, target, keepAt ? at : prop, keepAt);
      // `track({ ...ctx.user, anonymousDistinctId })`: the member comes from the last spread that can hold it.
      for (let i = inner.properties.length - 1; i >= 0; i--) {
        const spread = inner.properties[i];
        if (spread.type === T.SpreadElement && !this.opaque(spread.argument))
          return this.checkPath(spread.argument, path, role, target, keepAt ? at : spread, keepAt);
      }
      return;
    }
    this.decide(this.classifier.classifyPath(node, path), role, target, at);
  }

  /** `node` reaches the sink in `role`; `at` is where a report goes. */
  private check(node: Node, role: Role, target: Target, at: Node): void {
    // A JSON text of a value (`body: JSON.stringify(payload)`) carries what the value carries.
    const inner = withoutJsonText(unwrap(node));
    // `cond ? { key: user.id } : { anonymous: true }`, `props ?? {}`: each branch reaches the sink.
    if (inner.type === T.ConditionalExpression && role.role !== 'entry') {
      this.check(inner.consequent, role, target, inner.consequent);
      this.check(inner.alternate, role, target, inner.alternate);
      return;
    }
    if (
      inner.type === T.LogicalExpression &&
      role.role !== 'entry' &&
      (isObjectish(inner.left) || isObjectish(inner.right))
    ) {
      this.check(inner.left, role, target, inner.left);
      this.check(inner.right, role, target, inner.right);
      return;
    }
    switch (role.role) {
      case 'user-id':
      case 'org-id':
        if (inner.type === T.ObjectExpression)
          return this.checkObject(inner, role.role === 'user-id' ? 'user' : 'org', target);
        if (inner.type === T.ArrayExpression) return this.checkElements(inner, role, target);
        return this.decide(this.verdictOf(inner), role, target, at);
      case 'props':
      case 'message':
        if (inner.type === T.ArrayExpression) return this.checkElements(inner, role, target);
        if (this.checkBuiltObject(inner, role.role === 'props' ? role.subject : 'event', target)) return;
        return this.decide(this.verdictOf(inner), role, target, at);
      case 'entry':
        return this.checkEntry(role.key, node, role.subject, target, at);
      case 'fields': {
        if (inner.type === T.ObjectExpression) {
          for (const prop of inner.properties) {
            if (prop.type === T.SpreadElement) {
              if (role.rest) this.check(prop.argument, role.rest, target, prop);
              else this.spreadParameter(prop, role.fields, target);
              continue;
            }
            const key = propertyName(prop);
            const sub = (key !== undefined ? ownValue(role.fields, key) : undefined) ?? role.rest;
            if (sub && key !== undefined && !this.options.allowedKeys.has(key))
              this.check(prop.value, sub, target, prop);
          }
          return;
        }
        const built = this.builtObject(inner);
        if (built && inner.type === T.Identifier) {
          this.check(built, role, target, at);
          this.checkMutations(
            inner,
            (key, value, where) => {
              const sub = (key !== undefined ? ownValue(role.fields, key) : undefined) ?? role.rest;
              if (sub) this.check(value, sub, target, where);
            },
            (obj) => this.check(obj, role, target, obj),
          );
          return;
        }
        return this.decide(this.verdictOf(inner), { role: 'props', subject: 'event' }, target, at);
      }
      case 'list':
        if (inner.type === T.ArrayExpression) return this.checkElements(inner, role.items, target);
        return this.decide(this.verdictOf(inner), { role: 'props', subject: 'event' }, target, at);
      case 'keyed':
        return this.checkEntry(undefined, node, role.subject, target, at);
      case 'is':
        return this.decide(this.verdictOf(inner), role, target, at);
      case 'matching':
        return this.check(node, role.of, target.matching ? target : { ...target, matching: true }, at);
    }
  }

  /**
   * `capture({ ...event, distinctId })` in a wrapper: a spread parameter fills the payload's known
   * fields, so each field is forwarded at its path (`event.groups`, `event.properties`).
   */
  private spreadParameter(
    spread: TSESTree.SpreadElement,
    fields: Readonly<Record<string, Role>>,
    target: Target,
  ): void {
    const verdict = this.classifier.classify(spread.argument);
    if (verdict.kind !== 'param') return;
    for (const [key, sub] of Object.entries(fields))
      this.forward(parameter(verdict.fn, verdict.index, [...verdict.path, key]), sub, target, spread);
  }

  private checkElements(array: TSESTree.ArrayExpression, role: Role, target: Target): void {
    for (const element of array.elements) {
      if (!element) continue;
      if (element.type === T.SpreadElement) this.check(element.argument, role, target, element);
      else this.check(element, role, target, element);
    }
  }

  /** An object literal, or a variable holding one (built earlier, maybe mutated later). */
  private checkBuiltObject(node: Node, subject: Subject, target: Target): boolean {
    if (node.type === T.ObjectExpression) {
      this.checkObject(node, subject, target);
      return true;
    }
    const built = this.builtObject(node);
    if (!built || node.type !== T.Identifier) return false;
    this.checkObject(built, subject, target);
    this.checkMutations(
      node,
      (key, value, at) => this.checkEntry(key, value, subject, target, at),
      (obj) => this.checkObject(obj, subject, target),
    );
    return true;
  }

  /** The object literal a variable was initialised with. */
  private builtObject(node: Node): TSESTree.ObjectExpression | undefined {
    if (node.type !== T.Identifier) return undefined;
    const source = this.bindings.sourceOf(node);
    if (source?.kind !== 'expr' || source.path.length > 0) return undefined;
    const init = unwrap(source.expr);
    return init.type === T.ObjectExpression ? init : undefined;
  }

  /** `props.email = x`, `props['email'] = x`, `Object.assign(props, {...})` anywhere in the file. */
  private checkMutations(
    id: TSESTree.Identifier,
    onEntry: (key: string | undefined, value: Node, at: Node) => void,
    onObject: (obj: TSESTree.ObjectExpression) => void,
  ): void {
    const variable = this.bindings.variableOf(id);
    if (!variable) return;
    for (const ref of variable.references) {
      const parent = ref.identifier.parent;
      if (parent?.type === T.MemberExpression && parent.object === ref.identifier) {
        const assignment = parent.parent;
        if (
          assignment?.type === T.AssignmentExpression &&
          assignment.left === parent &&
          assignment.operator === '='
        ) {
          onEntry(propertyName(parent), assignment.right, assignment);
        }
      } else if (parent?.type === T.CallExpression && parent.arguments[0] === ref.identifier) {
        const callee = unwrap(parent.callee);
        if (
          callee.type === T.MemberExpression &&
          propertyName(callee) === 'assign' &&
          callee.object.type === T.Identifier &&
          callee.object.name === 'Object'
        ) {
          for (const arg of parent.arguments.slice(1)) {
            const inner = unwrap(arg);
            if (inner.type === T.ObjectExpression) onObject(inner);
          }
        }
      }
    }
  }

  private checkObject(obj: TSESTree.ObjectExpression, subject: Subject, target: Target): void {
    const key = `${obj.range[0]}:${subject}:${target.vendor.id}:${target.label}`;
    if (this.checkedObjects.has(key)) return;
    this.checkedObjects.add(key);
    for (const prop of obj.properties) {
      if (prop.type === T.SpreadElement) {
        const arg = unwrap(prop.argument);
        if (this.checkBuiltObject(arg, subject, target)) continue;
        this.decide(this.verdictOf(arg), { role: 'props', subject }, target, prop);
        continue;
      }
      const name = propertyName(prop);
      if (name !== undefined && this.options.allowedKeys.has(name)) continue;
      this.checkEntry(name, prop.value, subject, target, prop);
    }
  }

  /** One key/value of a payload: the value's own verdict, confirmed or completed by the key. */
  private checkEntry(key: string | undefined, value: Node, subject: Subject, target: Target, at: Node): void {
    if (key !== undefined && this.options.allowedKeys.has(key)) return;
    const inner = unwrap(value);
    if (inner.type === T.ObjectExpression || (inner.type === T.Identifier && this.builtObject(inner))) {
      this.checkBuiltObject(inner, subjectOfKey(key) ?? subject, target);
      return;
    }
    if (inner.type === T.AssignmentPattern || inner.type === T.ObjectPattern || inner.type === T.ArrayPattern)
      return;
    if (inner.type === T.ArrayExpression) {
      // `{ attendees: [{ email }] }`, `{ emails: [a.email, b.email] }`: each element under the same key.
      for (const element of inner.elements) {
        if (element && element.type !== T.SpreadElement)
          this.checkEntry(
            key,
            element,
            subject,
            target,
            unwrap(element).type === T.ObjectExpression ? element : at,
          );
      }
      return;
    }
    this.decide(this.verdictOf(inner), { role: 'entry', key, subject }, target, at);
  }

  /**
   * The classifier's verdict, except for a vendor's own object held in a variable (an `Identify` builder
   * named `identity`): it carries only what its own sink calls put in it, and those are checked there.
   */
  private verdictOf(node: Node): Verdict {
    const verdict = this.classifier.classify(node);
    return verdict.kind === 'pii' && node.type === T.Identifier && this.resolver.resolve(node)
      ? NEUTRAL
      : verdict;
  }

  /** Turns a verdict into a report, a forwarded parameter, or nothing, by role. */
  private decide(verdict: Verdict, role: Role, target: Target, at: Node): void {
    const identity = role.role === 'user-id' || role.role === 'org-id';
    switch (verdict.kind) {
      case 'neutral':
        return;
      case 'param': {
        this.forward(verdict, role, target, at);
        // A parameter named as personal data (`email`, `user.id`): the wrapper's sink is reported too.
        if (verdict.named) return this.decide(verdict.named, role, target, at);
        // The key says what it is (`setExtra('applicant', a)`, `{ $email: value }`): reported here too.
        if (role.role !== 'entry' || role.key === undefined) return;
        const byKey = fromName(role.key, true);
        if (byKey.kind === 'pii' && !byKey.weak) this.report(at, byKey.category, target);
        return;
      }
      case 'pii':
        // A setter that names its category (`setEmail(contact)`) says better what the value is than a whole-object name.
        if (!verdict.weak)
          return this.report(
            at,
            role.role === 'is' && verdict.category === 'object' ? role.category : verdict.category,
            target,
            identity,
          );
        break;
      case 'unknown':
        break;
    }
    const weakCat = verdict.kind === 'pii' ? verdict.category : undefined;
    switch (role.role) {
      case 'is':
        return this.report(at, role.category, target);
      case 'user-id':
        return this.report(at, weakCat === 'name' ? 'name' : 'user-id', target, true);
      case 'org-id':
        return weakCat === 'name' ? undefined : this.report(at, 'org-id', target, true);
      case 'entry': {
        if (role.key === undefined) return;
        const byKey = fromName(role.key, true);
        if (byKey.kind !== 'pii') return;
        if (!byKey.weak) {
          if (byKey.category === 'object' && verdict.kind !== 'pii') return;
          return this.report(at, byKey.category, target); // the key names the value more precisely than a weak reading of it
        }
        if (role.subject === 'user') return this.report(at, byKey.category, target);
        if (role.subject === 'org' && byKey.category === 'user-id') return this.report(at, 'org-id', target);
        return;
      }
      default:
        return;
    }
  }

  private forward(verdict: Extract<Verdict, { kind: 'param' }>, role: Role, target: Target, at: Node): void {
    // `// eslint-disable-next-line analytics-privacy/no-pii` on the wrapper's sink: an accepted flow.
    if (this.disabled?.(at.loc.start.line)) return;
    const where = `${verdict.fn.range[0]}:${verdict.index}:${verdict.path.join('.')}`;
    const key = `${where}:${JSON.stringify(role)}:${target.vendor.id}:${target.label}:${target.kind}:${target.matching === true}`;
    if (this.forwardKeys.has(key)) return;
    this.forwardKeys.add(key);
    let summary = this.summaries.get(verdict.fn);
    if (!summary) this.summaries.set(verdict.fn, (summary = []));
    summary.push({ index: verdict.index, path: verdict.path, role, target });
  }

  private report(node: Node, cat: Category, target: Target, identity = false): void {
    const matching = target.matching === true;
    if (
      !this.options.categories.has(cat) ||
      (matching && !this.options.categories.has('ad-matching')) ||
      this.reported.has(node)
    )
      return;
    this.reported.add(node);
    this.leaks.push({
      node,
      category: cat,
      vendor: target.vendor,
      label: target.label,
      matching,
      identity,
      kind: target.kind,
      via: target.via,
    });
  }

  /**
   * The function a callee refers to, in this file or another module of the project: declarations,
   * const functions, object methods, class methods (`this.m`, `new C().m`), hooks returning objects of
   * functions, memo hooks, and, through `foreign`, imports of the project's own modules.
   */
  callable(node: Node, path: readonly string[] = [], depth = 0, localOnly = false): Callable | undefined {
    if (depth > 10) return undefined;
    const n = unwrap(node);
    if (isFunctionNode(n)) return path.length === 0 ? { analysis: this, fn: n } : undefined;
    switch (n.type) {
      case T.ClassDeclaration:
      case T.ClassExpression: {
        // `Telemetry.send(...)`: a static method.
        const fn = path.length === 1 ? classMethod(n, path[0], true) : undefined;
        return fn && { analysis: this, fn };
      }
      case T.Identifier: {
        const source = this.bindings.sourceOf(n);
        if (!source) return undefined;
        if (source.kind === 'declaration') return this.callable(source.node, path, depth + 1, localOnly);
        if (source.kind === 'expr')
          return this.callable(source.expr, [...source.path, ...path], depth + 1, localOnly);
        if (source.kind === 'import' && !localOnly)
          return this.foreign?.callable(
            this.file,
            source.source,
            source.imported,
            [...source.path, ...path],
            depth + 1,
          );
        // `function handle(svc: AnalyticsService) { svc.track(...) }`: a method of the annotated class.
        if (source.kind === 'param' && source.path.length === 0) {
          const name = annotatedClassName(parameterType(source.fn.params[source.index]));
          return name && this.instanceMethod(name, path, depth + 1, localOnly);
        }
        return undefined;
      }
      case T.MemberExpression: {
        const name = propertyName(n);
        if (name === undefined) return undefined;
        const object = unwrap(n.object);
        if (object.type === T.ThisExpression) {
          const cls = enclosingClass(n);
          if (cls && path.length > 0) return this.memberCallable(cls, name, path, depth + 1, localOnly);
          const fn = cls && classMethod(cls, name, undefined);
          return fn ? { analysis: this, fn } : undefined;
        }
        return this.callable(object, [name, ...path], depth + 1, localOnly);
      }
      case T.ObjectExpression: {
        const prop = path.length > 0 ? findProperty(n, path[0]) : undefined;
        return prop ? this.callable(prop.value, path.slice(1), depth + 1, localOnly) : undefined;
      }
      case T.CallExpression: {
        const hook = memoHook(n);
        if (hook === 'callback') return this.callable(n.arguments[0], path, depth + 1, localOnly);
        if (hook === 'memo') {
          const factory = unwrap(n.arguments[0]);
          const returned = isFunctionNode(factory) ? returnedExpression(factory) : undefined;
          return returned ? this.callable(returned, path, depth + 1, localOnly) : undefined;
        }
        if (path.length === 0) return undefined;
        // `useContext(TrackingContext).track`: a member of what the context's providers give it.
        const context = contextRead(n);
        if (context) return this.callable(context, path, depth + 1, localOnly);
        if (isCreateContext(n)) {
          for (const value of this.providers?.valuesOf(n) ?? []) {
            const found = this.callable(value, path, depth + 1, localOnly);
            if (found) return found;
          }
          return undefined;
        }
        // `inject(AnalyticsService).track` (Angular): a method of the injected class.
        const injected = injectCallClass(n);
        if (injected) return this.instanceMethod(injected, path, depth + 1, localOnly);
        // `useTracking().track`, `const { track } = useTracking()`: a member of what a function returns.
        const producer = this.callable(n.callee, [], depth + 1, localOnly);
        const returned = producer && returnedExpression(producer.fn);
        return returned ? producer.analysis.callable(returned, path, depth + 1) : undefined;
      }
      case T.NewExpression: {
        if (path.length !== 1) return undefined;
        const cls = localOnly ? this.classOf(n.callee, depth + 1, true) : this.classOf(n.callee, depth + 1);
        const fn = cls && classMethod(cls.node, path[0], false);
        return fn && cls ? { analysis: cls.analysis, fn } : undefined;
      }
      default:
        return undefined;
    }
  }

  /**
   * `this.analytics.track`: a method of what member `name` of class `cls` holds: an injected service
   * (`constructor(private analytics: AnalyticsService)`, `@Inject(...)`, `inject(...)`), or a field,
   * constructor assignment or getter whose value is followed as any other.
   */
  private memberCallable(
    cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
    name: string,
    path: readonly string[],
    depth: number,
    localOnly: boolean,
  ): Callable | undefined {
    for (const injected of injectedClasses(cls, name)) {
      const found = this.instanceMethod(injected, path, depth, localOnly);
      if (found) return found;
    }
    const member = classMemberValue(cls, name, undefined);
    if (member?.kind === 'expr') return this.callable(member.expr, path, depth, localOnly);
    const returned = member?.kind === 'getter' ? returnedExpression(member.fn) : undefined;
    return returned && this.callable(returned, path, depth, localOnly);
  }

  /** Method `path[0]` of an instance of the class `className` names (a value or a type reference). */
  private instanceMethod(
    className: TSESTree.Identifier,
    path: readonly string[],
    depth: number,
    localOnly: boolean,
  ): Callable | undefined {
    if (path.length !== 1) return undefined;
    const cls = this.classOf(className, depth, localOnly);
    const fn = cls && classMethod(cls.node, path[0], false);
    return fn && cls ? { analysis: cls.analysis, fn } : undefined;
  }

  private worthFollowing(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    return argumentsLookPersonal(call, true) || this.passesParameters(call);
  }

  /** Whether a call passes a parameter of an enclosing function (directly, in an object, or spread). */
  private passesParameters(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    const isParam = (node: Node): boolean =>
      node.type === T.Identifier && this.bindings.sourceOf(node)?.kind === 'param';
    for (const arg of call.arguments) {
      const inner = unwrap(arg.type === T.SpreadElement ? arg.argument : arg);
      if (isParam(inner)) return true;
      if (inner.type === T.MemberExpression && isParam(unwrap(inner.object))) return true;
      if (inner.type === T.ObjectExpression) {
        for (const p of inner.properties) {
          const value = unwrap(p.type === T.Property ? p.value : p.argument);
          if (isParam(value) || (value.type === T.MemberExpression && isParam(unwrap(value.object))))
            return true;
        }
      }
    }
    return false;
  }

  /** The class a `new` refers to, here or in another module of the project. */
  classOf(node: Node, depth = 0, localOnly = false): ClassRef | undefined {
    if (depth > 10) return undefined;
    const n = unwrap(node);
    if (n.type === T.ClassExpression || n.type === T.ClassDeclaration) return { analysis: this, node: n };
    if (n.type !== T.Identifier) return undefined;
    // A type reference (`analytics: AnalyticsService`) is looked up by its name where it is written.
    const source =
      this.bindings.sourceOf(n) ??
      (n.parent?.type === T.TSTypeReference ? this.bindings.sourceOfName(n, n.name) : undefined);
    if (source?.kind === 'declaration')
      return source.node.type === T.ClassDeclaration ? { analysis: this, node: source.node } : undefined;
    if (source?.kind === 'expr' && source.path.length === 0)
      return this.classOf(source.expr, depth + 1, localOnly);
    if (source?.kind === 'import' && !localOnly)
      return this.foreign?.classOf(this.file, source.source, source.imported, source.path, depth + 1);
    return undefined;
  }
}

function isObjectish(node: Node): boolean {
  const n = unwrap(node);
  return n.type === T.ObjectExpression || n.type === T.ConditionalExpression;
}

function subjectOfKey(key: string | undefined): Subject | undefined {
  const head = key === undefined ? undefined : headWord(key);
  if (head === undefined) return undefined;
  if (ORG_WORDS.has(head) && head !== 'account') return 'org';
  if (PERSON_WORDS.has(head)) return 'user';
  return undefined;
}

/** `useCallback(fn)` / `useEvent(fn)` stand for `fn`; `useMemo(() => value)` for `value`. */
function memoHook(call: TSESTree.CallExpression): 'callback' | 'memo' | undefined {
  const name = calleeName(unwrap(call.callee));
  if (!call.arguments[0]) return undefined;
  if (name === 'useCallback' || name === 'useEvent' || name === 'useEffectEvent') return 'callback';
  return name === 'useMemo' ? 'memo' : undefined;
}

/** What a function returns: an arrow's expression body, or the last top-level `return`. */
function returnedExpression(fn: FunctionNode): Node | undefined {
  if (!fn.body) return undefined;
  if (fn.body.type !== T.BlockStatement) return fn.body;
  for (let i = fn.body.body.length - 1; i >= 0; i--) {
    const statement = fn.body.body[i];
    if (statement.type === T.ReturnStatement) return statement.argument ?? undefined;
  }
  return undefined;
}

/** `JSON.stringify(value)` → `value` (the JSON text of it holds the same data); anything else as is. */
function withoutJsonText(node: Node): Node {
  if (
    node.type === T.CallExpression &&
    node.arguments.length >= 1 &&
    node.arguments[0].type !== T.SpreadElement &&
    node.callee.type === T.MemberExpression &&
    node.callee.object.type === T.Identifier &&
    node.callee.object.name === 'JSON' &&
    propertyName(node.callee) === 'stringify'
  ) {
    return unwrap(node.arguments[0]);
  }
  return node;
}
