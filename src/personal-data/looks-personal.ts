/**
 * The cheap "does this call pass anything that looks personal?" trigger: a syntax-only look at a
 * call's arguments, by name, that decides whether the project's own modules are worth reading.
 */
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { propertyName } from '../ast/bindings.js';
import { headWord, splitWords } from '../util/words.js';
import { PERSON_WORDS, nameVerdict } from './lexicon.js';

/**
 * A cheap, syntax-only look at a call's arguments: does any name in them say personal data
 * (`viewer.email`, `{ by: user }`, `actor`)? Decides whether the project's modules are worth reading.
 */
export function argumentsLookPersonal(
  call: TSESTree.CallExpression | TSESTree.NewExpression,
  lenient = false,
): boolean {
  const args = call.arguments;
  if (args.length === 0) return false;
  // One stack for every call (this runs on every call through an import of the file's own modules).
  const stack = argumentStack;
  stack.length = 0;
  for (const arg of args) if (!OPAQUE_ARGUMENTS.has(arg.type)) stack.push(arg);
  // Personal data sits near the top of what a call passes; a file already known to matter is read deeper.
  let budget = lenient ? 60 : 30;
  while (stack.length > 0 && budget-- > 0) {
    const n = stack.pop() as TSESTree.Node;
    switch (n.type) {
      case T.Identifier:
        if (looksPersonal(n.name, false, lenient)) return true;
        break;
      case T.MemberExpression:
        // `space.id`, `reader.id`: whose ID it is, the full analysis decides from the sink's role.
        if (
          !n.computed &&
          n.property.type === T.Identifier &&
          (n.property.name === 'id' || looksPersonal(n.property.name, false, lenient))
        )
          return true;
        stack.push(n.object);
        break;
      case T.ObjectExpression:
        for (const p of n.properties) {
          if (p.type === T.Property) {
            const key = propertyName(p);
            if (key !== undefined && looksPersonal(key, true, lenient)) return true;
            stack.push(p.value);
          } else stack.push(p.argument);
        }
        break;
      case T.SpreadElement:
      case T.AwaitExpression:
      case T.TSAsExpression:
      case T.TSNonNullExpression:
        stack.push('argument' in n ? n.argument : n.expression);
        break;
      case T.TemplateLiteral:
        stack.push(...n.expressions);
        break;
      case T.ArrayExpression:
        for (const e of n.elements) if (e) stack.push(e);
        break;
      case T.CallExpression:
        stack.push(...n.arguments, n.callee);
        break;
      case T.ConditionalExpression:
        stack.push(n.consequent, n.alternate);
        break;
      case T.LogicalExpression:
      case T.BinaryExpression:
        stack.push(n.left, n.right);
        break;
      case T.Literal:
        if (typeof n.value === 'string' && n.value.includes('@') && EMAIL_LIKE.test(n.value)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

const argumentStack: TSESTree.Node[] = [];
/** Arguments that carry no name to read: functions (their bodies are not the call's data), `this`, numbers. */
const OPAQUE_ARGUMENTS = new Set<string>([
  T.ArrowFunctionExpression,
  T.FunctionExpression,
  T.ThisExpression,
  T.ClassExpression,
]);

const EMAIL_LIKE = /^[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,24}$/i;

/** Head words that are personal in app code but common in library code (`handle`, `identity`, `lead`). */
const AMBIGUOUS_HEADS = new Set([
  'handle',
  'handles',
  'identity',
  'lead',
  'members',
  'owner',
  'host',
  'principal',
  'session',
  'auth',
  'actor',
  'login',
  'holder',
  'profile',
  'client',
  'zip',
  'consumer',
  'consumers',
  'subscriber',
  'subscribers',
  'admin',
  'resident',
  'street',
  'driver',
  'drivers',
]);
/** For the trigger, a `...Name` counts only with a person's qualifier (`firstName`, not `displayName` of a component). */
const NAME_TRIGGERS = new Set([
  'first',
  'last',
  'full',
  'given',
  'family',
  'user',
  'sur',
  'middle',
  'legal',
  'nick',
]);

const looks = new Map<string, boolean>();
const looksAsKey = new Map<string, boolean>();

/** `lenient`: any personal verdict, including the heads that are common in library code (for files already known to matter). */
function looksPersonal(name: string, asKey = false, lenient = false): boolean {
  if (lenient) {
    const v = nameVerdict(name, asKey);
    return v.kind === 'pii' && !v.weak;
  }
  const cache = asKey ? looksAsKey : looks;
  let result = cache.get(name);
  if (result === undefined) {
    const v = nameVerdict(name, asKey);
    const head = headWord(name) ?? '';
    result = v.kind === 'pii' && !v.weak && !AMBIGUOUS_HEADS.has(head);
    if (result && v.kind === 'pii' && v.category === 'name' && head === 'name') {
      const words = splitWords(name);
      const qualifier = words[words.length - 2] ?? '';
      result = NAME_TRIGGERS.has(qualifier) || PERSON_WORDS.has(qualifier);
    }
    if (cache.size > 20_000) cache.clear();
    cache.set(name, result);
  }
  return result;
}
