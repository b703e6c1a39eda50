/**
 * The per-file early exit: most files of a large codebase import no vendor SDK and touch no vendor
 * global, and must cost next to nothing. Reads only the top-level imports and the global scope's
 * unresolved references, which ESLint has already computed.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { FLOW_DECLARATIONS, propertyName, staticString } from './bindings.js';
import type { Catalog } from './catalog/index.js';
import { PERSON_WORDS, nameVerdict } from './name-categories.js';
import { splitWords } from './words.js';

const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);

/** A top-level import of a vendor package, or a top-level typing of a vendor global (`declare const gtag: ...`). */
export function importsVendor(program: TSESTree.Program, catalog: Catalog): boolean {
  for (const statement of program.body) {
    switch (statement.type) {
      case T.ImportDeclaration:
        if (catalog.module(statement.source.value)) return true;
        break;
      case T.VariableDeclaration:
        if (statement.declare && statement.declarations.some((d) => d.id.type === T.Identifier && catalog.hasGlobal(d.id.name))) return true;
        break;
      case T.TSDeclareFunction:
        if (statement.id && catalog.hasGlobal(statement.id.name)) return true;
        break;
      default: {
        // Flow: `declare var gtag: ...`, `declare function fbq(...): void`.
        const id = FLOW_DECLARATIONS.has(statement.type) ? (statement as { id?: { name?: unknown } }).id : undefined;
        if (typeof id?.name === 'string' && catalog.hasGlobal(id.name)) return true;
        break;
      }
    }
  }
  return false;
}

/**
 * Whether the file touches a vendor global (`gtag(...)`, `window.analytics`) or requires a vendor
 * package anywhere (`require('mixpanel')` in a function): both are references the scope manager has
 * already collected, unresolved or resolved to a declared global (`require` in CommonJS).
 */
export function touchesVendorGlobal(scopeManager: TSESLint.Scope.ScopeManager | null, catalog: Catalog): boolean {
  const globalScope = scopeManager?.globalScope;
  if (!globalScope) return false;
  for (const ref of globalScope.through) {
    const name = ref.identifier.name;
    if (catalog.hasGlobal(name)) return true;
    if (GLOBAL_OBJECTS.has(name) && reachesVendorGlobal(ref.identifier, catalog)) return true;
    if (name === 'require' && requiresVendor(ref.identifier, catalog)) return true;
  }
  // With TypeScript's libs, `globalThis` / `window` are declared variables rather than unresolved names;
  // in CommonJS, so is `require`.
  for (const name of GLOBAL_OBJECTS) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) {
      for (const ref of variable.references) if (reachesVendorGlobal(ref.identifier, catalog)) return true;
    }
  }
  const require = globalScope.set.get('require');
  if (require && require.defs.length === 0) for (const ref of require.references) if (requiresVendor(ref.identifier, catalog)) return true;
  return false;
}

/** `require('vendor')`, from the `require` identifier. */
function requiresVendor(id: TSESTree.Node, catalog: Catalog): boolean {
  const call = id.parent;
  if (call?.type !== T.CallExpression || call.callee !== id) return false;
  const source = staticString(call.arguments[0]);
  return source !== undefined && catalog.module(source) !== undefined;
}

/** Every reference to a vendor global: bare (`gtag`), or a member of `window` / `globalThis` / `self` / `global`. */
export function vendorGlobalReferences(
  scopeManager: TSESLint.Scope.ScopeManager | null,
  catalog: Catalog,
): { readonly node: TSESTree.Identifier | TSESTree.MemberExpression; readonly name: string }[] {
  const globalScope = scopeManager?.globalScope;
  const out: { node: TSESTree.Identifier | TSESTree.MemberExpression; name: string }[] = [];
  if (!globalScope) return out;
  const viaObject = (id: TSESTree.Identifier) => {
    const member = vendorGlobalMember(id, catalog);
    if (member) out.push(member);
  };
  for (const ref of globalScope.through) {
    const id = ref.identifier as TSESTree.Identifier;
    if (catalog.hasGlobal(id.name)) out.push({ node: id, name: id.name });
    else if (GLOBAL_OBJECTS.has(id.name)) viaObject(id);
  }
  for (const name of GLOBAL_OBJECTS) {
    const variable = globalScope.set.get(name);
    if (variable && variable.defs.length === 0) for (const ref of variable.references) viaObject(ref.identifier as TSESTree.Identifier);
  }
  return out;
}

/** `window.x`, `(window as any).x`, `window!.x` where `x` is a vendor global. */
function reachesVendorGlobal(id: TSESTree.Node, catalog: Catalog): boolean {
  return vendorGlobalMember(id, catalog) !== undefined;
}

function vendorGlobalMember(id: TSESTree.Node, catalog: Catalog): { node: TSESTree.MemberExpression; name: string } | undefined {
  let child: TSESTree.Node = id;
  let parent = child.parent;
  while (parent && (parent.type === T.TSAsExpression || parent.type === T.TSNonNullExpression || parent.type === T.TSSatisfiesExpression || parent.type === T.TSTypeAssertion)) {
    child = parent;
    parent = parent.parent;
  }
  if (parent?.type !== T.MemberExpression || parent.object !== child) return undefined;
  const key = propertyName(parent);
  return key !== undefined && catalog.hasGlobal(key) ? { node: parent, name: key } : undefined;
}

/**
 * A cheap, syntax-only look at a call's arguments: does any name in them say personal data
 * (`viewer.email`, `{ by: user }`, `actor`)? Decides whether the project's modules are worth reading.
 */
export function argumentsLookPersonal(call: TSESTree.CallExpression | TSESTree.NewExpression, lenient = false): boolean {
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
        if (!n.computed && n.property.type === T.Identifier && looksPersonal(n.property.name, false, lenient)) return true;
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
const OPAQUE_ARGUMENTS = new Set<string>([T.ArrowFunctionExpression, T.FunctionExpression, T.ThisExpression, T.ClassExpression]);

const EMAIL_LIKE = /^[^\s@]{1,64}@[^\s@]{1,255}\.[a-z]{2,24}$/i;

/** Head words that are personal in app code but common in library code (`handle`, `identity`, `lead`). */
const AMBIGUOUS_HEADS = new Set([
  'handle', 'handles', 'identity', 'lead', 'members', 'owner', 'host', 'principal', 'session', 'auth', 'actor', 'login',
  'holder', 'profile', 'client', 'zip', 'consumer', 'consumers', 'subscriber', 'subscribers', 'admin', 'resident', 'street',
  'driver', 'drivers',
]);
/** For the trigger, a `...Name` counts only with a person's qualifier (`firstName`, not `displayName` of a component). */
const NAME_TRIGGERS = new Set(['first', 'last', 'full', 'given', 'family', 'user', 'sur', 'middle', 'legal', 'nick']);

const looks = new Map<string, boolean>();
const looksAsKey = new Map<string, boolean>();

/** `lenient`: any personal verdict, including the heads that are common in library code (for files already known to matter). */
function looksPersonal(name: string, asKey = false, lenient = false): boolean {
  if (lenient) {
    const v = nameVerdict(name, asKey);
    return v !== undefined && v !== 'neutral' && !v.weak;
  }
  const cache = asKey ? looksAsKey : looks;
  let result = cache.get(name);
  if (result === undefined) {
    const v = nameVerdict(name, asKey);
    const words = splitWords(name);
    const head = words[words.length - 1] ?? '';
    result = v !== undefined && v !== 'neutral' && !v.weak && !AMBIGUOUS_HEADS.has(head);
    if (result && v !== undefined && v !== 'neutral' && v.cat === 'name' && head === 'name') result = NAME_TRIGGERS.has(words[words.length - 2] ?? '') || PERSON_WORDS.has(words[words.length - 2] ?? '');
    if (cache.size > 20_000) cache.clear();
    cache.set(name, result);
  }
  return result;
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
let lastPresence: { readonly ast: TSESTree.Program; readonly catalog: Catalog; readonly presence: FilePresence } | undefined;

export function filePresence(sourceCode: { readonly ast: TSESTree.Program; readonly text: string; readonly scopeManager: TSESLint.Scope.ScopeManager | null }, catalog: Catalog): FilePresence {
  if (lastPresence?.ast === sourceCode.ast && lastPresence.catalog === catalog) return lastPresence.presence;
  const presence: FilePresence = {
    touchesVendor: importsVendor(sourceCode.ast, catalog) || touchesVendorGlobal(sourceCode.scopeManager, catalog) || importsVendorDynamically(sourceCode.text, catalog),
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
