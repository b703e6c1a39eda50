/**
 * What a value carries: personal data of some category (strongly: reported wherever it reaches a
 * sink; weakly: `x.name`, `x.id`, reported where the key or the argument role says whose it is), a
 * parameter of an enclosing function (the caller decides: wrapper flow), nothing personal, or
 * nothing known. Follows aliases, destructuring, templates, concatenation, awaits, conditionals and
 * pass-through string functions; sanitizers make a value neutral.
 */
import type { ParserServices, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { type Bindings, findProperty, isFunctionNode, propertyName, unwrap } from '../ast/bindings.js';
import { NEUTRAL, type StaticVerdict, UNKNOWN, type Verdict, personal } from './verdict.js';
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
const NEUTRAL_CONSTRUCTORS = new Set([
  'Date',
  'Error',
  'URL',
  'Set',
  'Map',
  'RegExp',
  'Promise',
  'AbortController',
]);

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
        return node.callee.type === T.Identifier && NEUTRAL_CONSTRUCTORS.has(node.callee.name)
          ? NEUTRAL
          : UNKNOWN;
      case T.AwaitExpression:
        return this.classify(node.argument);
      case T.LogicalExpression:
        return combine([this.classify(node.left), this.classify(node.right)]);
      case T.ConditionalExpression:
        return combine([this.classify(node.consequent), this.classify(node.alternate)]);
      case T.BinaryExpression:
        return node.operator === '+'
          ? combine([this.classify(node.left), this.classify(node.right)])
          : NEUTRAL;
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
    switch (source.kind) {
      case 'expr': {
        if (isFunctionNode(source.expr) || source.expr.type === T.ClassExpression) return NEUTRAL;
        const fromInit = this.classifyPath(source.expr, source.path);
        if (fromInit.kind === 'pii' && !fromInit.weak) return fromInit;
        if (fromInit.kind === 'neutral' || fromInit.kind === 'param') return fromInit;
        return byName.kind === 'pii' && !byName.weak ? byName : byName.kind === 'neutral' ? byName : fromInit;
      }
      case 'param':
        // A neutral name (`distinctId`, `hashedId`) still forwards: what the caller passes decides.
        // A whole-record name with a generic type (`user: Record<string, string>`) is a bag the caller fills.
        if (
          byName.kind === 'pii' &&
          !byName.weak &&
          !(
            byName.category === 'object' &&
            source.path.length === 0 &&
            hasGenericType(source.fn.params[source.index])
          )
        )
          return byName;
        return { kind: 'param', fn: source.fn, index: source.index, path: source.path };
      case 'declaration':
        return NEUTRAL;
      default:
        // An imported or global constant named like a code (`SignupDisposableEmail`, `ERR_INVALID_EMAIL`).
        return isCodeName(id.name) ? NEUTRAL : byName;
    }
  }

  private memberExpression(node: TSESTree.MemberExpression): Verdict {
    const name = propertyName(node);
    if (name === undefined) {
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

  private call(node: TSESTree.CallExpression): Verdict {
    if (this.isSanitizer(node)) return NEUTRAL;
    const callee = unwrap(node.callee);
    if (callee.type === T.Identifier && PASS_THROUGH_FUNCTIONS.has(callee.name)) {
      return node.arguments[0] ? this.classify(node.arguments[0]) : NEUTRAL;
    }
    if (callee.type === T.MemberExpression) {
      const method = propertyName(callee);
      const dotted = dottedName(callee);
      if (dotted !== undefined && PASS_THROUGH_STATICS.has(dotted))
        return node.arguments[0] ? this.classify(node.arguments[0]) : NEUTRAL;
      if (method !== undefined && PASS_THROUGH_METHODS.has(method)) return this.classify(callee.object);
      if (method !== undefined && NEUTRAL_METHODS.has(method)) return NEUTRAL;
      if (method === 'split' || method === 'slice' || method === 'substring' || method === 'substr')
        return this.classify(callee.object);
    }
    const name = lastName(callee);
    return name === undefined ? UNKNOWN : fromName(name);
  }
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

const RANK = { pii: 3, param: 2, weak: 1, unknown: 0.5, neutral: 0 } as const;
const rank = (v: Verdict): number => (v.kind === 'pii' ? (v.weak ? RANK.weak : RANK.pii) : RANK[v.kind]);

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
