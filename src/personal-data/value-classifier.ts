/**
 * What a value carries: personal data of some category (strongly: reported wherever it reaches a
 * sink; weakly: `x.name`, `x.id`, reported where the key or the argument role says whose it is), a
 * parameter of an enclosing function (the caller decides: wrapper flow), nothing personal, or
 * nothing known. Follows aliases, destructuring, templates, concatenation, awaits, conditionals and
 * pass-through string functions; sanitizers make a value neutral.
 */
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import {
  type Bindings,
  type ValueSource,
  findProperty,
  isFunctionNode,
  propertyName,
  unwrap,
} from '../ast/bindings.js';
import {
  NEUTRAL,
  type Parameter,
  type StaticVerdict,
  UNKNOWN,
  type Verdict,
  parameter,
  personal,
} from './verdict.js';
import {
  HASH_WORDS,
  isCodeName,
  isDescriptorName,
  isGroupName,
  isLabelName,
  isOrgName,
  isPersonName,
  isPlaceName,
  isThingName,
  nameVerdict,
} from './lexicon.js';
import { typeClassifier } from './type-classifier.js';
import { splitWords } from '../util/words.js';

type Node = TSESTree.Node;

const EMAIL_SHAPE = /^[^\s@"'<>()]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}$/i;

/** Words in a function's name that make it a hash, HMAC or pseudonymiser. */
const SANITIZER_WORDS = new Set([
  ...HASH_WORDS,
  'pseudonymize',
  'pseudonymise',
  'pseudonymized',
  'pseudonymised',
  'pseudonym',
  'pseudonymous',
  'pseudo',
  'anonymize',
  'anonymise',
  'anonymized',
  'anonymised',
  'encrypt',
  'encrypted',
  'redact',
  'redacted',
  'mask',
  'masked',
  'scrub',
  'scrubbed',
  'tokenize',
  'tokenise',
  'obfuscate',
  'blake2',
  'blake3',
  'bcrypt',
  'argon2',
  'scrypt',
  'pbkdf2',
]);

/** Functions and methods whose result carries their argument / receiver unchanged for our purposes. */
const PASS_THROUGH_FUNCTIONS = new Set([
  'String',
  'encodeURIComponent',
  'encodeURI',
  'decodeURIComponent',
  'decodeURI',
  'btoa',
  'escape',
  'structuredClone',
]);
const PASS_THROUGH_STATICS = new Set([
  'JSON.stringify',
  'Buffer.from',
  'Array.from',
  'Object.freeze',
  'Array.of',
]);
const PASS_THROUGH_METHODS = new Set([
  'toString',
  'toLowerCase',
  'toUpperCase',
  'toLocaleLowerCase',
  'toLocaleUpperCase',
  'trim',
  'trimStart',
  'trimEnd',
  'normalize',
  'padStart',
  'padEnd',
  'concat',
  'join',
  'replace',
  'replaceAll',
  'at',
  'valueOf',
  'toJSON',
  'flat',
  'toISOString',
  'toDateString',
  'toLocaleDateString',
  'toUTCString',
  'getFullYear',
  'getMonth',
  'getDate',
  'getUTCFullYear',
  'getUTCMonth',
  'getUTCDate',
  'toFixed',
]);
/** Methods whose result is a flag, a count or a position, never the data. */
const NEUTRAL_METHODS = new Set([
  'includes',
  'startsWith',
  'endsWith',
  'test',
  'indexOf',
  'lastIndexOf',
  'some',
  'every',
  'has',
  'localeCompare',
  'getTime',
  'search',
  'isArray',
  'isInteger',
  'isNaN',
  'isFinite',
  'keys',
  'now',
]);
const NEUTRAL_CONSTRUCTORS = new Set(['Date', 'URL', 'Set', 'Map', 'RegExp', 'Promise', 'AbortController']);

/**
 * The standard error constructors, and the argument that is the message (`AggregateError(errors, message)`).
 * Argument `message + 1` is the options object (`{ cause }`).
 */
const ERROR_CONSTRUCTORS: ReadonlyMap<string, number> = new Map([
  ['Error', 0],
  ['TypeError', 0],
  ['RangeError', 0],
  ['ReferenceError', 0],
  ['SyntaxError', 0],
  ['EvalError', 0],
  ['URIError', 0],
  ['AggregateError', 1],
]);

/** Iteration methods whose callback gets each element, and at which parameter (`reduce((acc, element) => ...)`). */
const ITERATION_CALLBACKS: ReadonlyMap<string, number> = new Map([
  ['forEach', 0],
  ['map', 0],
  ['flatMap', 0],
  ['filter', 0],
  ['find', 0],
  ['some', 0],
  ['every', 0],
  ['reduce', 1],
]);

/** How deep a chain of the file's own error classes is followed (`class A extends B`, `B extends Error`). */
const MAX_ERROR_CLASS_DEPTH = 4;

export interface ClassifierOptions {
  /** Configured sanitizer names: bare (`hashPii`) or dotted (`privacy.hash`). */
  readonly sanitizers: ReadonlySet<string>;
  /** What declared types say, when the lint run has type information. */
  readonly types?: { verdictOf(node: Node): StaticVerdict };
}

const MAX_DEPTH = 16;

/**
 * The classifier of one file: its bindings, the configured sanitizers, and what declared types say
 * when the lint run's parser services carry type information.
 */
export function valueClassifier(
  bindings: Bindings,
  sanitizers: ReadonlySet<string>,
  services?: Partial<ParserServices>,
): ValueClassifier {
  return new ValueClassifier(bindings, { sanitizers, types: services && typeClassifier(services) });
}

export class ValueClassifier {
  private readonly cache = new Map<Node, Verdict>();
  private readonly active = new Set<Node>();
  private depth = 0;

  constructor(
    private readonly bindings: Bindings,
    private readonly options: ClassifierOptions,
  ) {}

  /** The verdict for an expression. Memoised per node; cycles and deep chains give `unknown`. */
  classify(node: Node): Verdict {
    const cached = this.cache.get(node);
    if (cached) return cached;
    if (this.active.has(node) || this.depth > MAX_DEPTH) return UNKNOWN;
    this.active.add(node);
    this.depth++;
    let verdict: Verdict;
    try {
      verdict = this.compute(unwrap(node));
      if (this.options.types) verdict = this.withType(node, verdict);
    } finally {
      this.depth--;
      this.active.delete(node);
    }
    this.cache.set(node, verdict);
    return verdict;
  }

  /**
   * The declared type settles what names leave open (`addr: EmailAddress`, a record with personal
   * fields) and overrules a name for flags and literal unions (`email: boolean`).
   */
  private withType(node: Node, verdict: Verdict): Verdict {
    const inner = unwrap(node);
    if (
      inner.type === T.Literal ||
      inner.type === T.TemplateLiteral ||
      inner.type === T.ObjectExpression ||
      inner.type === T.ArrayExpression
    )
      return verdict;
    // A neutral verdict from a name (`currentSubject()`) may still be overruled by a personal type; one from a sanitizer may not.
    if (
      verdict.kind === 'neutral' &&
      !(
        inner.type === T.Identifier ||
        inner.type === T.MemberExpression ||
        (inner.type === T.CallExpression && !this.isSanitizer(inner))
      )
    )
      return verdict;
    const typed = this.options.types?.verdictOf(inner) ?? UNKNOWN;
    if (typed.kind === 'unknown') return verdict;
    // A parameter still forwards: its declared type says what it is named as, its callers what they pass.
    if (verdict.kind === 'param') {
      if (typed.kind === 'neutral') return NEUTRAL;
      const named =
        verdict.named && !(verdict.named.category === 'object' && typed.category !== 'object')
          ? verdict.named
          : personal(typed.category);
      return parameter(verdict.fn, verdict.index, verdict.path, named);
    }
    if (typed.kind === 'neutral')
      return verdict.kind === 'pii' && !verdict.weak && verdict.category === 'user-id' ? verdict : NEUTRAL;
    if (verdict.kind === 'neutral' && typed.category === 'object') return verdict;
    // A whole-person name whose type says precisely what it holds (`requester: /** @pii email */ string`).
    if (verdict.kind === 'pii' && !verdict.weak)
      return verdict.category === 'object' && typed.category !== 'object'
        ? personal(typed.category)
        : verdict;
    return personal(typed.category);
  }

  /**
   * The verdict for analyses that do not follow wrappers: a parameter, or a member of one, is what
   * its name says (`user.firstName` of a component's props is a name).
   */
  judge(node: Node): Verdict {
    const verdict = this.classify(node);
    return verdict.kind === 'param' && verdict.named ? verdict.named : verdict;
  }

  /** The verdict for members `path` of `node` (`user` + `['id']` reads as `user.id`). */
  classifyPath(node: Node, path: readonly string[]): Verdict {
    if (path.length === 0) return this.classify(node);
    const inner = unwrap(node);
    if (inner.type === T.ObjectExpression) {
      const prop = findProperty(inner, path[0]);
      return prop ? this.classifyPath(prop.value, path.slice(1)) : UNKNOWN;
    }
    let verdict = this.classify(node);
    let ownerName = nameOf(inner);
    for (const key of path) {
      if (verdict.kind === 'neutral') return verdict;
      verdict = this.member(verdict, ownerName, key);
      ownerName = key;
    }
    return verdict;
  }

  /** Whether a call is a configured or recognised sanitizer (hash, HMAC, pseudonymiser). */
  isSanitizer(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    const callee = unwrap(call.callee);
    const dotted = dottedName(callee);
    if (dotted !== undefined && this.options.sanitizers.has(dotted)) return true;
    const name = lastName(callee);
    if (name === undefined) return false;
    if (this.options.sanitizers.has(name)) return true;
    return splitWords(name).some((w) => SANITIZER_WORDS.has(w));
  }

  private compute(node: Node): Verdict {
    switch (node.type) {
      case T.Literal:
        return typeof node.value === 'string' && EMAIL_SHAPE.test(node.value) ? personal('email') : NEUTRAL;
      case T.TemplateLiteral: {
        const text = node.quasis.map((q) => q.value.cooked ?? '').join('');
        if (node.expressions.length === 0) return EMAIL_SHAPE.test(text) ? personal('email') : NEUTRAL;
        return combine(node.expressions.map((e) => this.classify(e)));
      }
      case T.Identifier:
        return this.identifier(node);
      case T.MemberExpression:
        return this.memberExpression(node);
      case T.CallExpression:
        return this.call(node);
      case T.NewExpression:
        if (this.isSanitizer(node)) return NEUTRAL;
        return (
          this.errorVerdict(node) ??
          (node.callee.type === T.Identifier && NEUTRAL_CONSTRUCTORS.has(node.callee.name)
            ? NEUTRAL
            : UNKNOWN)
        );
      case T.AwaitExpression:
        return this.classify(node.argument);
      case T.LogicalExpression:
        return combine([this.classify(node.left), this.classify(node.right)]);
      case T.ConditionalExpression:
        return combine([this.classify(node.consequent), this.classify(node.alternate)]);
      case T.BinaryExpression:
        return node.operator === '+' ? combine([this.addend(node.left), this.addend(node.right)]) : NEUTRAL;
      case T.UnaryExpression:
      case T.UpdateExpression:
      case T.ArrowFunctionExpression:
      case T.FunctionExpression:
      case T.ClassExpression:
        return NEUTRAL;
      case T.ArrayExpression:
        return combine(
          node.elements.map((e) =>
            e ? this.classify(e.type === T.SpreadElement ? e.argument : e) : NEUTRAL,
          ),
        );
      case T.SequenceExpression:
        return this.classify(node.expressions[node.expressions.length - 1]);
      case T.AssignmentExpression:
        return this.classify(node.right);
      default:
        return UNKNOWN;
    }
  }

  private identifier(id: TSESTree.Identifier): Verdict {
    if (id.name === 'undefined') return NEUTRAL;
    const source = this.bindings.sourceOf(id);
    const byName = fromName(id.name);
    if (!source) return byName;
    // `for (const [key, value] of Object.entries(user))`, `Object.values(user).forEach((value) => ...)`.
    const element = this.loopElement(source);
    if (element)
      return element.kind === 'unknown' && byName.kind === 'pii' && !byName.weak ? byName : element;
    switch (source.kind) {
      case 'expr': {
        if (isFunctionNode(source.expr) || source.expr.type === T.ClassExpression) return NEUTRAL;
        const fromInit = this.classifyPath(source.expr, source.path);
        if (fromInit.kind === 'pii' && !fromInit.weak) return fromInit;
        // `const [email] = useState('')`, `const { billingEmail } = useFormState()`: a part of a call's
        // result is a member of it, and, as `state.email` is, read by its own name first; the call's
        // name (`state`, `field`) says nothing of its parts. A sanitizer's result stays neutral.
        if (
          fromInit.kind === 'neutral' &&
          source.path.length > 0 &&
          byName.kind === 'pii' &&
          !byName.weak &&
          this.namedCallResult(source.expr)
        )
          return byName;
        if (fromInit.kind === 'neutral' || fromInit.kind === 'param') return fromInit;
        return byName.kind === 'pii' && !byName.weak ? byName : byName.kind === 'neutral' ? byName : fromInit;
      }
      case 'param':
        // What the caller passes decides; a personal name (`email`, `user`) is also judged here, so
        // the wrapper's own sink is reported once. A neutral name (`distinctId`, `hashedId`) only
        // forwards; so does a whole-record name with a generic type (`user: Record<string, string>`),
        // a bag the caller fills.
        return parameter(
          source.fn,
          source.index,
          source.path,
          byName.kind === 'pii' &&
            !byName.weak &&
            !(
              byName.category === 'object' &&
              source.path.length === 0 &&
              hasGenericType(source.fn.params[source.index])
            )
            ? byName
            : undefined,
        );
      case 'declaration':
        return NEUTRAL;
      default:
        // An imported or global constant named like a code (`SignupDisposableEmail`, `ERR_INVALID_EMAIL`).
        return isCodeName(id.name) ? NEUTRAL : byName;
    }
  }

  /**
   * An operand of `+`. A name read as a whole record (`limits.users + extra`, `team.members + 1`) is a
   * count, or adds `[object Object]`: nothing of the record is sent. A record serialised by a call
   * (`JSON.stringify(user)`) keeps its verdict.
   */
  private addend(node: Node): Verdict {
    const verdict = this.classify(node);
    const inner = unwrap(node);
    return verdict.kind === 'pii' &&
      verdict.category === 'object' &&
      (inner.type === T.Identifier || inner.type === T.MemberExpression)
      ? NEUTRAL
      : verdict;
  }

  /**
   * Whether `node` is a call (awaited or not) read only by its callee's name: no sanitizer, no error
   * built, no pass-through or neutral method, whose value would be its argument's or nothing.
   */
  private namedCallResult(node: Node): boolean {
    let inner = unwrap(node);
    if (inner.type === T.AwaitExpression) inner = unwrap(inner.argument);
    if (inner.type !== T.CallExpression || this.isSanitizer(inner) || this.errorVerdict(inner)) return false;
    const callee = unwrap(inner.callee);
    if (callee.type === T.Identifier) return !PASS_THROUGH_FUNCTIONS.has(callee.name);
    if (callee.type !== T.MemberExpression) return false;
    const method = propertyName(callee);
    const dotted = dottedName(callee);
    return (
      method !== undefined &&
      !(dotted !== undefined && PASS_THROUGH_STATICS.has(dotted)) &&
      !PASS_THROUGH_METHODS.has(method) &&
      !NEUTRAL_METHODS.has(method) &&
      !['concat', 'split', 'slice', 'substring', 'substr'].includes(method)
    );
  }

  /**
   * An element of a loop over an object's entries or values: the variable of a `for ... of` over
   * `Object.entries(x)` / `Object.values(x)`, or the parameter of an iteration callback on one
   * (`Object.entries(x).forEach(([key, value]) => ...)`). Undefined for any other variable.
   */
  private loopElement(source: ValueSource): Verdict | undefined {
    const loop = loopOf(source);
    if (!loop) return undefined;
    return loop.keysOf ? NEUTRAL : this.elementOf(loop.iterable, loop.path); // `for (const key in user)`: a key
  }

  /** Whether `key` is a loop variable over the keys of the variable `object` (`for (const k in object)`). */
  private isLoopKeyOf(key: Node, object: Node): boolean {
    const o = unwrap(object);
    if (key.type !== T.Identifier || o.type !== T.Identifier) return false;
    const source = this.bindings.sourceOf(key);
    const loop = source && loopOf(source);
    if (!loop) return false;
    let iterated: Node | undefined;
    if (loop.keysOf) iterated = loop.path.length === 0 ? loop.iterable : undefined;
    else {
      const call = unwrap(loop.iterable);
      const dotted = call.type === T.CallExpression ? dottedName(call.callee) : undefined;
      const arg = call.type === T.CallExpression ? call.arguments[0] : undefined;
      if (
        arg &&
        ((dotted === 'Object.keys' && loop.path.length === 0) ||
          (dotted === 'Object.entries' && loop.path.length === 1 && loop.path[0] === '0'))
      )
        iterated = arg;
    }
    const it = iterated && unwrap(iterated);
    return (
      it?.type === T.Identifier &&
      it.name === o.name &&
      this.bindings.variableOf(it) === this.bindings.variableOf(o)
    );
  }

  /** Members `path` of an element of `Object.entries(x)`, `Object.values(x)` or `Object.keys(x)`. */
  private elementOf(iterable: Node, path: readonly string[]): Verdict | undefined {
    const call = unwrap(iterable);
    if (call.type !== T.CallExpression) return undefined;
    const object = call.arguments[0];
    if (!object || object.type === T.SpreadElement) return undefined;
    switch (dottedName(call.callee)) {
      case 'Object.keys':
        return NEUTRAL;
      case 'Object.values':
        return path.length === 0 ? this.contents(object) : undefined;
      case 'Object.entries':
        if (path[0] === '0') return NEUTRAL; // the key
        return path.length === 1 && path[0] === '1' ? this.contents(object) : undefined;
      default:
        return undefined;
    }
  }

  /**
   * What the values of an object carry, taken one by one: a personal record's are personal (the whole of
   * it is sent, field by field), a parameter's are for the caller to judge, an object literal's are what
   * its personal entries hold.
   */
  private contents(node: Node): Verdict {
    const object = unwrap(node);
    const literal = object.type === T.ObjectExpression ? object : this.objectLiteralOf(object);
    if (literal) {
      return combine(
        literal.properties.map((p) => {
          const value = this.classify(p.type === T.Property ? p.value : p.argument);
          if (value.kind === 'pii' && !value.weak) return value;
          const key = p.type === T.Property ? propertyName(p) : undefined;
          const byKey = key === undefined ? UNKNOWN : nameVerdict(key, true);
          return byKey.kind === 'pii' && !byKey.weak && value.kind !== 'neutral' ? byKey : UNKNOWN;
        }),
      );
    }
    const verdict = this.classify(object);
    return verdict.kind === 'param' || (verdict.kind === 'pii' && !verdict.weak) ? verdict : UNKNOWN;
  }

  /** The object literal a variable was initialised with. */
  private objectLiteralOf(node: Node): TSESTree.ObjectExpression | undefined {
    if (node.type !== T.Identifier) return undefined;
    const source = this.bindings.sourceOf(node);
    if (source?.kind !== 'expr' || source.path.length > 0) return undefined;
    const init = unwrap(source.expr);
    return init.type === T.ObjectExpression ? init : undefined;
  }

  private memberExpression(node: TSESTree.MemberExpression): Verdict {
    const name = propertyName(node);
    if (name === undefined) {
      // `for (const key in user) ... user[key]`, `Object.keys(user).forEach((k) => ... user[k])`: every value of it.
      if (this.isLoopKeyOf(node.property, node.object)) return this.contents(node.object);
      // `parts[0]`, `user[field]`: an element carries what its container carries.
      const container = this.classify(node.object);
      return container.kind === 'pii' && container.category !== 'object' ? container : UNKNOWN;
    }
    if (/^\d+$/.test(name)) {
      const container = this.classify(node.object);
      return container.kind === 'pii' && container.category !== 'object' ? container : UNKNOWN;
    }
    const object = unwrap(node.object);
    if (
      object.type === T.Identifier &&
      (object.name === 'window' || object.name === 'globalThis' || object.name === 'process')
    ) {
      return fromName(name);
    }
    // An enum member or a constant of a class or namespace: `ContactChannel.Email`, `Errors.INVALID_EMAIL`.
    if (
      isCapitalised(name) &&
      object.type === T.Identifier &&
      isCapitalised(object.name) &&
      this.bindings.sourceOf(object)?.kind !== 'expr'
    )
      return NEUTRAL;
    return this.member(undefined, nameOf(object), name, object);
  }

  /**
   * Member `key` of a value: its own name first (`x.email`), then whose it is (`user.id` is a user
   * ID, `plan.name` is nothing, `p.id` of a parameter `p` is forwarded to the caller).
   */
  private member(
    ownerVerdict: Verdict | undefined,
    ownerName: string | undefined,
    key: string,
    ownerNode?: Node,
  ): Verdict {
    if (key === 'length' || key === 'size') return NEUTRAL;
    // A member of a parameter (`user.id`, `event.properties`): judged here as before, and its
    // callers told what they pass at that path.
    const ownerParam = this.parameterOwner(ownerVerdict, ownerNode);
    if (ownerParam) {
      const own = this.ownMember(ownerParam.named ?? UNKNOWN, ownerName, key, ownerNode);
      // A neutral name still forwards (`payload.distinctId`, `opts.hashedId`): what the caller puts there decides.
      return parameter(
        ownerParam.fn,
        ownerParam.index,
        [...ownerParam.path, key],
        own.kind === 'pii' ? own : undefined,
      );
    }
    return this.ownMember(ownerVerdict, ownerName, key, ownerNode);
  }

  /** The parameter (or member of one) that a member is read off, if any. */
  private parameterOwner(
    ownerVerdict: Verdict | undefined,
    ownerNode: Node | undefined,
  ): Parameter | undefined {
    if (ownerVerdict) return ownerVerdict.kind === 'param' ? ownerVerdict : undefined;
    if (!ownerNode) return undefined;
    const inner = unwrap(ownerNode);
    // Only chains of names can be a parameter's members; anything else keeps its own reading.
    if (inner.type !== T.Identifier && inner.type !== T.MemberExpression) return undefined;
    const verdict = this.classify(inner);
    return verdict.kind === 'param' ? verdict : undefined;
  }

  /** What member `key` says by its name and its owner's, a parameter's member included. */
  private ownMember(
    ownerVerdict: Verdict | undefined,
    ownerName: string | undefined,
    key: string,
    ownerNode?: Node,
  ): Verdict {
    const own = nameVerdict(key);
    if (own.kind === 'neutral') return NEUTRAL;
    if (own.kind === 'pii' && !own.weak) {
      // A hotel's coordinates, a restaurant's street: places of things are not personal data.
      if ((own.category === 'location' || own.category === 'address') && ownerNode && ownedByThing(ownerNode))
        return NEUTRAL;
      // A calendar event's `uid`, a booking's: the uid of a thing.
      if (key === 'uid' && ownerName !== undefined && isThingName(ownerName) && !isPersonName(ownerName))
        return NEUTRAL;
      // A product's handle, a plan's display name: labels of things.
      if (
        own.category === 'name' &&
        ownerName !== undefined &&
        isLabelName(key) &&
        isThingName(ownerName) &&
        !isPersonName(ownerName)
      )
        return NEUTRAL;
      return own;
    }
    // A member read off a parameter is the function's own reading of personal data: judged here.
    const owner = ownerVerdict ?? (ownerNode ? this.ownerVerdict(ownerNode, ownerName) : UNKNOWN);
    const kind = ownerKind(ownerName, owner);
    const ownWeakly = own.kind === 'pii' && !['name', 'user-id', 'org-id'].includes(own.category);
    if (own.kind === 'unknown' || ownWeakly) {
      // A part of an address, a position, a name or a health record: `savedAddress.line1`,
      // `position.coords`, `patient.name.given`, `diagnosis.code`; not `address.kind`.
      const named = ownerName !== undefined ? nameVerdict(ownerName) : UNKNOWN;
      const whole = named.kind === 'pii' && !named.weak ? named : owner;
      if (whole.kind === 'pii' && !whole.weak && WHOLES.has(whole.category) && !isDescriptorName(key)) {
        return ownerNode && ownedByThing(ownerNode) ? NEUTRAL : whole;
      }
      if (own.kind !== 'pii') return UNKNOWN;
      // A bare `city`, `mobile`, `race`: a person's one is personal, a thing's or a company's is not.
      if (kind === 'thing' || kind === 'org' || (ownerNode && ownedByThing(ownerNode))) return NEUTRAL;
      return kind === 'person' ? personal(own.category) : own;
    }
    if (kind === 'thing') return NEUTRAL;
    if (own.category === 'org-id') return own;
    if (own.category === 'name') {
      if (kind === 'person') return personal('name');
      return kind === 'org' ? NEUTRAL : personal('name', true);
    }
    if (kind === 'person') return personal('user-id');
    // A group's id: a PostHog group's, or a user or permission group's (the sink's role says which).
    if (kind === 'org') return personal('org-id', ownerName !== undefined && isGroupName(ownerName));
    return personal('user-id', true);
  }

  /** What the owner of a member is, read from its name unless that says nothing. */
  private ownerVerdict(ownerNode: Node, ownerName: string | undefined): Verdict {
    if (
      ownerName !== undefined &&
      (isPersonName(ownerName) || isOrgName(ownerName) || isThingName(ownerName))
    )
      return UNKNOWN;
    if (ownerNode.type === T.ThisExpression) return UNKNOWN;
    return this.classify(ownerNode);
  }

  /**
   * An error built here carries its message (error monitors send it): `new Error(msg)`, `TypeError(msg)`,
   * `new LoginError(msg)` of a class of the file that extends one, through its constructor's `super(...)`.
   * A `cause` counts only when it is such an error too: monitors link causes that are errors, nothing else.
   * Undefined when `node` builds no error known here.
   */
  private errorVerdict(node: TSESTree.NewExpression | TSESTree.CallExpression): Verdict | undefined {
    const message = this.errorMessageIndex(node.callee, 0);
    if (message === undefined) return undefined;
    const parts: Verdict[] = [];
    for (const { index, path } of message) {
      const arg = node.arguments[index];
      if (arg && arg.type !== T.SpreadElement) parts.push(this.classifyPath(arg, path));
    }
    const options = node.arguments[(message[0]?.index ?? 0) + 1];
    const cause =
      options && unwrap(options).type === T.ObjectExpression
        ? findProperty(unwrap(options) as TSESTree.ObjectExpression, 'cause')
        : undefined;
    if (cause && this.isErrorConstruction(cause.value)) parts.push(this.classify(cause.value));
    return combine(parts);
  }

  /** Whether `node` is, or is a variable initialised with, an error built here. */
  private isErrorConstruction(node: Node): boolean {
    let n = unwrap(node);
    if (n.type === T.Identifier) {
      const source = this.bindings.sourceOf(n);
      if (source?.kind !== 'expr' || source.path.length > 0) return false;
      n = unwrap(source.expr);
    }
    return (
      (n.type === T.NewExpression || n.type === T.CallExpression) &&
      this.errorMessageIndex(n.callee, 0) !== undefined
    );
  }

  /**
   * Which arguments of a call of `callee` (an error constructor) become the error's message: an index and
   * the members of that argument read (`super(details.message)`); undefined when `callee` is no error class.
   */
  private errorMessageIndex(
    callee: Node,
    depth: number,
  ): readonly { readonly index: number; readonly path: readonly string[] }[] | undefined {
    const c = unwrap(callee);
    if (depth > MAX_ERROR_CLASS_DEPTH) return undefined;
    let cls: TSESTree.ClassDeclaration | TSESTree.ClassExpression | undefined;
    if (c.type === T.ClassExpression) cls = c;
    else if (c.type === T.Identifier) {
      const source = this.bindings.sourceOf(c);
      if (source?.kind === 'declaration' && source.node.type === T.ClassDeclaration) cls = source.node;
      else if (
        source?.kind === 'expr' &&
        source.path.length === 0 &&
        unwrap(source.expr).type === T.ClassExpression
      )
        cls = unwrap(source.expr) as TSESTree.ClassExpression;
      else if (source === undefined || source.kind === 'global') {
        const index = ERROR_CONSTRUCTORS.get(c.name);
        return index === undefined ? undefined : [{ index, path: [] }];
      }
    }
    if (!cls?.superClass) return undefined;
    const parent = this.errorMessageIndex(cls.superClass, depth + 1);
    if (!parent) return undefined;
    const ctor = cls.body.body.find(
      (m): m is TSESTree.MethodDefinition => m.type === T.MethodDefinition && m.kind === 'constructor',
    );
    if (!ctor) return parent;
    // `constructor(email) { super(`Login failed for ${email}`) }`: the parameters the message is made of.
    const superCall = ctor.value.body?.body.find(
      (st): st is TSESTree.ExpressionStatement =>
        st.type === T.ExpressionStatement &&
        st.expression.type === T.CallExpression &&
        st.expression.callee.type === T.Super,
    )?.expression as TSESTree.CallExpression | undefined;
    if (!superCall) return [];
    const out: { index: number; path: readonly string[] }[] = [];
    for (const { index, path } of parent) {
      const arg = superCall.arguments[index];
      if (!arg || arg.type === T.SpreadElement) continue;
      for (const param of this.paramsIn(arg, ctor.value)) {
        out.push({ index: param.index, path: [...param.path, ...path] });
      }
    }
    return out;
  }

  /** The parameters of `fn` that the text `node` is made of (templates, `+`, `.concat`), each read as a verdict would. */
  private paramsIn(node: Node, fn: Node): Extract<Verdict, { kind: 'param' }>[] {
    const n = unwrap(node);
    if (n.type === T.TemplateLiteral) return n.expressions.flatMap((e) => this.paramsIn(e, fn));
    if (n.type === T.BinaryExpression && n.operator === '+')
      return [...this.paramsIn(n.left, fn), ...this.paramsIn(n.right, fn)];
    if (
      n.type === T.CallExpression &&
      n.callee.type === T.MemberExpression &&
      propertyName(n.callee) === 'concat'
    )
      return [n.callee.object, ...n.arguments].flatMap((a) =>
        a.type === T.SpreadElement ? [] : this.paramsIn(a, fn),
      );
    // `address`, `details.message`: the parameter itself, whatever its name says.
    let root: Node = n;
    const members: string[] = [];
    while (root.type === T.MemberExpression) {
      const name = propertyName(root);
      if (name === undefined) break;
      members.unshift(name);
      root = unwrap(root.object);
    }
    const source = root.type === T.Identifier ? this.bindings.sourceOf(root) : undefined;
    if (source?.kind === 'param' && source.fn === fn)
      return [{ kind: 'param', fn: source.fn, index: source.index, path: [...source.path, ...members] }];
    const verdict = this.classify(n);
    return verdict.kind === 'param' && verdict.fn === fn ? [verdict] : [];
  }

  private call(node: TSESTree.CallExpression): Verdict {
    if (this.isSanitizer(node)) return NEUTRAL;
    const error = this.errorVerdict(node); // `Error(msg)` without `new` builds the same error
    if (error) return error;
    const callee = unwrap(node.callee);
    if (callee.type === T.Identifier && PASS_THROUGH_FUNCTIONS.has(callee.name)) {
      return node.arguments[0] ? this.classify(node.arguments[0]) : NEUTRAL;
    }
    if (callee.type === T.MemberExpression) {
      const method = propertyName(callee);
      const dotted = dottedName(callee);
      if (dotted !== undefined && PASS_THROUGH_STATICS.has(dotted))
        return node.arguments[0] ? this.classify(node.arguments[0]) : NEUTRAL;
      // `'Invite failed: '.concat(email)`: the receiver and every argument.
      if (method === 'concat')
        return combine(
          [callee.object, ...node.arguments].map((a) =>
            this.classify(a.type === T.SpreadElement ? a.argument : a),
          ),
        );
      if (method !== undefined && PASS_THROUGH_METHODS.has(method)) return this.classify(callee.object);
      if (method !== undefined && NEUTRAL_METHODS.has(method)) return NEUTRAL;
      if (method === 'split' || method === 'slice' || method === 'substring' || method === 'substr')
        return this.classify(callee.object);
    }
    const name = lastName(callee);
    return name === undefined ? UNKNOWN : fromName(name);
  }
}

/**
 * The loop a variable is the element of: a `for ... of` over `iterable`, a `for ... in` over it
 * (`keysOf`), or an iteration callback on it (`iterable.forEach((element) => ...)`); `path`: the
 * members of the element the variable holds (`[key, value]`).
 */
function loopOf(
  source: ValueSource,
): { readonly iterable: Node; readonly path: readonly string[]; readonly keysOf: boolean } | undefined {
  if (source.kind === 'expr') {
    const loop = source.expr.parent;
    if ((loop?.type !== T.ForOfStatement && loop?.type !== T.ForInStatement) || loop.right !== source.expr)
      return undefined;
    return { iterable: source.expr, path: source.path, keysOf: loop.type === T.ForInStatement };
  }
  if (source.kind !== 'param') return undefined;
  const call = source.fn.parent;
  if (call?.type !== T.CallExpression || call.arguments[0] !== source.fn) return undefined;
  const callee = unwrap(call.callee);
  if (callee.type !== T.MemberExpression) return undefined;
  const method = propertyName(callee);
  const elementParam = method === undefined ? undefined : ITERATION_CALLBACKS.get(method);
  return elementParam === source.index
    ? { iterable: callee.object, path: source.path, keysOf: false }
    : undefined;
}

/** `Record<string, string>`, `object`, `any`, `unknown`, `{ [k: string]: T }`: a type that says nothing. */
function hasGenericType(param: Node | undefined): boolean {
  let p = param;
  if (p?.type === T.AssignmentPattern) p = p.left;
  if (!p || (p.type !== T.Identifier && p.type !== T.ObjectPattern)) return false;
  const annotation = p.typeAnnotation?.typeAnnotation;
  if (!annotation) return false;
  switch (annotation.type) {
    case T.TSAnyKeyword:
    case T.TSUnknownKeyword:
    case T.TSObjectKeyword:
      return true;
    case T.TSTypeReference:
      return (
        annotation.typeName.type === T.Identifier &&
        (annotation.typeName.name === 'Record' ||
          (annotation.typeName.name === 'Partial' &&
            annotation.typeArguments?.params[0]?.type === T.TSTypeReference))
      );
    case T.TSTypeLiteral:
      return annotation.members.every((m: TSESTree.TypeElement) => m.type === T.TSIndexSignature);
    default:
      return false;
  }
}

/** Verdict of a name alone (the lexicon's, in the classifier's vocabulary: the same objects). */
export function fromName(name: string, asKey = false): Verdict {
  return nameVerdict(name, asKey);
}

/** Categories whose parts carry them: an address's line, a position's latitude, a name's given part, a diagnosis's code. */
const WHOLES = new Set(['address', 'location', 'name', 'special-category']);

/** `Email`, `EMAIL`, `ContactChannel`: the casing of types, enums, classes and constants, not of data. */
function isCapitalised(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90;
}

/** Whether a member chain hangs off a known non-person thing (`hotel.location`, `store.address`). */
function ownedByThing(node: Node): boolean {
  let n = unwrap(node);
  let thing = false;
  for (let i = 0; i < 6; i++) {
    const name = nameOf(n);
    if (name !== undefined) {
      if (isPersonName(name)) return false;
      if (isPlaceName(name)) thing = true;
    }
    if (n.type !== T.MemberExpression) break;
    n = unwrap(n.object);
  }
  return thing;
}

function ownerKind(ownerName: string | undefined, owner: Verdict): 'person' | 'org' | 'thing' | undefined {
  if (ownerName !== undefined) {
    if (isPersonName(ownerName)) return isOrgName(ownerName) ? 'org' : 'person';
    if (isOrgName(ownerName)) return 'org';
    if (isThingName(ownerName)) return 'thing';
  }
  if (owner.kind === 'pii' && owner.category === 'object') return 'person';
  if (owner.kind === 'pii' && owner.category === 'org-id') return 'org';
  return undefined;
}

const RANK = { pii: 3, named: 2.5, param: 2, weak: 1, unknown: 0.5, neutral: 0 } as const;
/** A parameter named as personal data (`user.id`) tells more than one that is not (`user.anonymousId`). */
const rank = (v: Verdict): number =>
  v.kind === 'pii'
    ? v.weak
      ? RANK.weak
      : RANK.pii
    : v.kind === 'param' && v.named
      ? RANK.named
      : RANK[v.kind];

/** The most telling of several verdicts (a template is personal if any part is). */
function combine(verdicts: readonly Verdict[]): Verdict {
  let best: Verdict = NEUTRAL;
  for (const v of verdicts) if (rank(v) > rank(best)) best = v;
  return best;
}

/** The name a value is known by: `user` for `user`, `email` for `a.b.email`, `getUser` for `getUser()`. */
export function nameOf(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === T.Identifier) return n.name;
  if (n.type === T.MemberExpression) return propertyName(n);
  if (n.type === T.CallExpression) return lastName(unwrap(n.callee));
  if (n.type === T.AwaitExpression) return nameOf(n.argument);
  return undefined;
}

function lastName(callee: Node): string | undefined {
  if (callee.type === T.Identifier) return callee.name;
  if (callee.type === T.MemberExpression) return propertyName(callee);
  return undefined;
}

/** `a.b.c` for a chain of static members on an identifier. */
export function dottedName(node: Node): string | undefined {
  const n = unwrap(node);
  if (n.type === T.Identifier) return n.name;
  if (n.type === T.MemberExpression) {
    const key = propertyName(n);
    const object = dottedName(n.object);
    return key !== undefined && object !== undefined ? `${object}.${key}` : undefined;
  }
  return undefined;
}
