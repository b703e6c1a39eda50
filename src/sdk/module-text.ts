/**
 * What a module's text says about vendors, read without parsing it: the project index's scanner
 * (src/project/project-index.ts). A module mentions a vendor when it loads a catalog package, uses a
 * vendor global (bare in JavaScript, or in TypeScript with a `declare`; off the global object, an alias,
 * a cast or a destructuring of it) or names a vendor's HTTP endpoint; the other specifiers it loads are
 * what the index follows. One index per settings, shared by the rules that ask.
 */
import type { Catalog } from '../catalog/index.js';
import { type ModuleFacts, ProjectIndex } from '../project/project-index.js';
import type { ResolvedSettings } from '../settings/settings.js';
import { escapeRegExp } from '../util/regexp.js';
import { mentionsEndpoint } from './http-sinks.js';

/** `from '...'`, `require('...')`, `import('...')`: the specifiers a module loads, read from its text. */
const SPECIFIERS = /(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"]([^'"\n]{1,200})['"]/g;
/** `declare global`, `declare const gtag`: what a TypeScript module needs to use a bare global. */
const DECLARES_GLOBAL = /\bdeclare\s+(?:global|const|let|var|function)\b/;
/**
 * The global object where it may be given a name, destructured or cast: after `=`, `?`, `:`, `|` or `(`
 * (`const w = window`, `ready ? window : undefined`, `x || self`, `(window as any)`), and with no member
 * read off it (that is GLOBAL_MEMBERS' business). Groups: the character before, the name.
 */
const GLOBAL_OBJECT_USES = /([=?:|(])\s*(window|globalThis|self)\b(?!\s*(?:\??\.|\[))/g;
/** A character of an identifier, or the dot of a member: what may not precede an alias's name. */
const NAME_OR_DOT = /[\w$.]/;
/** A member of a cast of the global object, after its name: `(window as any).gtag`. */
const CAST_MEMBER_AT = /\s+as\s+[^()\s][^()]{0,99}\)\s*\??\.\s*([A-Za-z_$][\w$]{0,60})/y;
/** The alias a line declares (`const w = window`, `const w = typeof window !== 'undefined' ? window : x`). */
const ALIAS_DECLARED = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]{0,60})\s*=/;
/** Names destructured from what follows (`const { gtag, fbq: pixel } = window`). */
const DESTRUCTURED = /\{([^{}]{1,200})\}\s*=\s*$/;
/** The key of one destructured name. */
const KEY_AT = /^\s*([A-Za-z_$][\w$]{0,60})/;
/** A member right after an alias's name: `.gtag`, `?.fbq`. */
const MEMBER_AT = /\s*\??\.\s*([A-Za-z_$][\w$]{0,60})/y;
/** How far back on its line the aliasing of the global object is read. */
const LOOK_BACK = 200;
/** How many aliases of the global object one module's text is searched for. */
const MAX_ALIASES = 8;
/** Cheap pre-checks for GLOBAL_MEMBERS (`self` and `global` alone are common words). */
const GLOBAL_OBJECT_NEEDLES = ['window', 'globalThis', 'self.', 'self?.', 'global.', 'global?.'];
/**
 * `window.x`, `globalThis?.x`, `self.x`: a member of GLOBAL_OBJECTS (ast/bindings.ts), read from the
 * text. Written out, not built from the set, so that the ReDoS check reads it as a literal; a test
 * (test/unit/ast/bindings.test.ts) keeps the names and the needles in step with the set.
 */
const GLOBAL_MEMBERS = /\b(?:window|globalThis|self|global)\s*\??\.\s*([A-Za-z_$][\w$]{0,60})/g;

/** TypeScript sources: a bare global needs a `declare` there. */
const TYPESCRIPT = /\.[cm]?tsx?$/;

/** A bare use of any vendor global (`gtag(`, `analytics.track`), one pattern per catalog. */
export function bareGlobalPattern(catalog: Catalog): RegExp {
  const names = [...new Set(catalog.vendors.flatMap((v) => Object.keys(v.globals)))].filter((n) =>
    /^[A-Za-z_$][\w$]*$/.test(n),
  );
  const alternatives = names.map(escapeRegExp).join('|');
  return new RegExp(`(?<![\\w$.])(?:${alternatives || '(?!)'})\\s*(?:\\?\\.|[.(\\[])`);
}

/** Whether a vendor's SDK has a JSX element anywhere in its data (`shape.element`). */
function hasElement(value: unknown, depth = 0): boolean {
  if (!value || typeof value !== 'object' || depth > 12) return false;
  if (Object.hasOwn(value, 'element')) return true;
  for (const v of Object.values(value)) if (hasElement(v, depth + 1)) return true;
  return false;
}

/** The text scanner of one catalog. */
export function moduleScanner(catalog: Catalog): (file: string, text: string) => ModuleFacts {
  const bareGlobal = bareGlobalPattern(catalog);
  const elementVendors = new Set(
    catalog.vendors.filter((v) => hasElement(v.shapes) || hasElement(v.modules)),
  );
  return (file, text) => {
    let direct = false;
    let elements = false;
    const specifiers: string[] = [];
    for (const match of text.matchAll(SPECIFIERS)) {
      const specifier = match[1];
      const hit = catalog.module(specifier);
      if (hit) {
        direct = true;
        if (elementVendors.has(hit.vendor)) elements = true;
      } else if (!specifier.startsWith('node:')) specifiers.push(specifier);
    }
    if (!direct && GLOBAL_OBJECT_NEEDLES.some((needle) => text.includes(needle))) {
      for (const match of text.matchAll(GLOBAL_MEMBERS)) {
        if (catalog.hasGlobal(match[1])) {
          direct = true;
          break;
        }
      }
      // Aliases, destructurings and casts, in the same texts (`self` aliased alone is not looked for).
      if (!direct && readsGlobalIndirectly(text, catalog)) direct = true;
    }
    // Bare globals: plain JavaScript uses them freely; TypeScript needs a `declare` for them to type-check.
    if (!direct && (!TYPESCRIPT.test(file) || DECLARES_GLOBAL.test(text)) && bareGlobal.test(text))
      direct = true;
    // A vendor's HTTP endpoint called without the SDK (`fetch('https://api.segment.io/v1/track', ...)`).
    if (!direct && mentionsEndpoint(text, catalog)) direct = true;
    return { direct, elements, specifiers };
  };
}

/**
 * Whether a module's text reads a vendor global off an alias of the global object (`const w = window;
 * w.heap.track(...)`), destructures one from it (`const { gtag } = window`) or reads one off a cast of it
 * (`(window as any).fbq`), as `SinkResolver` does. Looks only around each `window` / `globalThis` /
 * `self` that follows `=`, `?`, `:`, `|` or `(` with no member read off it, then for the members of the
 * aliases found.
 */
function readsGlobalIndirectly(text: string, catalog: Catalog): boolean {
  const aliases = new Set<string>();
  for (const match of text.matchAll(GLOBAL_OBJECT_USES)) {
    const at = match.index + match[0].length - match[2].length;
    if (match[1] === '(') {
      CAST_MEMBER_AT.lastIndex = match.index + match[0].length;
      const cast = CAST_MEMBER_AT.exec(text)?.[1];
      if (cast !== undefined && catalog.hasGlobal(cast)) return true;
      continue;
    }
    // The line before it, at most LOOK_BACK characters (a minified file is one long line).
    const recent = text.slice(Math.max(0, at - LOOK_BACK), at);
    const before = recent.slice(recent.lastIndexOf('\n') + 1);
    const destructured = DESTRUCTURED.exec(before)?.[1];
    for (const part of destructured?.split(',') ?? []) {
      const key = KEY_AT.exec(part)?.[1];
      if (key !== undefined && catalog.hasGlobal(key)) return true;
    }
    const alias = ALIAS_DECLARED.exec(before)?.[1];
    if (alias !== undefined && aliases.size < MAX_ALIASES) aliases.add(alias);
  }
  for (const alias of aliases) {
    for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + alias.length)) {
      if (at > 0 && NAME_OR_DOT.test(text[at - 1])) continue;
      MEMBER_AT.lastIndex = at + alias.length;
      const member = MEMBER_AT.exec(text)?.[1];
      if (member !== undefined && catalog.hasGlobal(member)) return true;
    }
  }
  return false;
}

const indexes = new WeakMap<ResolvedSettings, ProjectIndex>();

/** The project index of a lint run's settings (their catalog decides what a mention of a vendor is). */
export function projectIndex(settings: ResolvedSettings): ProjectIndex {
  let index = indexes.get(settings);
  if (!index) indexes.set(settings, (index = new ProjectIndex(moduleScanner(settings.catalog))));
  return index;
}
