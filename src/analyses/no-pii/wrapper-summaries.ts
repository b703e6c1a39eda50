/**
 * The project's own modules, read and summarised once per process: which exported functions, methods
 * and hooks forward which parameter to which vendor sink (wrappers), and which exports are vendor
 * clients. Summaries are invalidated when a file changes (editors keep the process alive) and the
 * cache is bounded. Files that do not parse, and imports that do not resolve, are skipped silently.
 * Modules are parsed by `parseModule` (src/ast/parsers.ts): JavaScript ones with espree unless the
 * view's parsing is `typescript`; TypeScript is loaded only for TypeScript modules or such a view.
 */
import { readFileSync, statSync } from 'node:fs';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { Bindings, propertyName } from '../../ast/bindings.js';
import {
  type ModuleParsing,
  moduleParserOf,
  moduleScopes,
  parseModule,
  traverse,
} from '../../ast/parsers.js';
import type { Callable, ClassRef, ForeignModules, LeakAnalysis } from './leak-analysis.js';
import { leakAnalysis } from './engine.js';
import { mentionsEndpoint } from '../../sdk/http-sinks.js';
import type { ImportResolver } from '../../project/import-resolution.js';
import { escapeRegExp } from '../../util/regexp.js';
import type { Catalog } from '../../catalog/index.js';
import type { ResolvedSettings } from '../../settings/settings.js';
import type { SdkValue, SinkResolver } from '../../sdk/sink-resolution.js';

type Node = TSESTree.Node;

interface ModuleContext {
  readonly file: string;
  readonly analysis: LeakAnalysis;
  readonly resolver: SinkResolver;
  /** Export name (`default`, `module.exports` for CommonJS) → the node that gives its value. */
  readonly exports: ReadonlyMap<string, Node>;
  /** `export { a as b } from '../../x'` → b: ./x, a. */
  readonly reexports: ReadonlyMap<string, { readonly source: string; readonly imported: string }>;
  /** `export * from '../../x'`. */
  readonly stars: readonly string[];
}

interface Scan {
  readonly mtimeMs: number;
  /** Loads a vendor package or touches a vendor global itself. */
  readonly direct: boolean;
  /** The project files it loads. */
  readonly imports: readonly string[];
}

interface Export {
  readonly module: ModuleContext;
  readonly node: Node;
  /** `export { default as posthog } from 'posthog-js'`: a vendor package re-exported as is. */
  readonly vendor?: { readonly specifier: string; readonly imported: string };
}

const MAX_MODULES = 1_000;
const MAX_BYTES = 1_000_000;
const MAX_DEPTH = 8;
/** How many modules deep a chain of wrappers is followed to its vendor. */
const MAX_WRAPPER_DEPTH = 4;
/** How many new modules one question "does this import reach a vendor?" may read. */
const MAX_FILES_PER_QUERY = 24;

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

/**
 * The project's modules as seen through one import resolver (the paths alone, or the paths and a
 * typed run's program): what a linted file's analysis, and the summaries it opens, ask questions of.
 */
export class ModuleView implements ForeignModules {
  constructor(
    private readonly modules: ProjectModules,
    /** Resolves an import of the project's own code. */
    readonly resolve: ImportResolver,
    /** How JavaScript modules are parsed: like the linted file (typescript-eslint) or with espree. */
    readonly parsing: ModuleParsing,
  ) {}

  specifierReachesVendor(fromFile: string, specifier: string, budget?: { left: number }): boolean {
    return this.modules.specifierReachesVendor(this, fromFile, specifier, budget);
  }

  callable(
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    depth: number,
  ): Callable | undefined {
    return this.modules.callable(this, fromFile, specifier, imported, path, depth);
  }

  classOf(
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    depth: number,
  ): ClassRef | undefined {
    return this.modules.classOf(this, fromFile, specifier, imported, path, depth);
  }

  sdkValue(
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    call?: boolean,
  ): SdkValue | undefined {
    return this.modules.sdkValue(this, fromFile, specifier, imported, path, call);
  }
}

export class ProjectModules {
  /** `<parser>:<file>` → its summary (null: unparsable), with the file's mtime and size when read. */
  private readonly modules = new Map<
    string,
    { readonly mtimeMs: number; readonly size: number; readonly context: ModuleContext | null }
  >();
  private readonly reach = new Map<string, { readonly mtimeMs: number; readonly reaches: boolean }>();
  private readonly scans = new Map<string, Scan>();
  private readonly inProgress = new Set<string>();

  /** A bare use of any vendor global (`gtag(`, `analytics.track`), one pattern per catalog. */
  private readonly bareGlobal: RegExp;

  private readonly views = {
    typescript: new WeakMap<ImportResolver, ModuleView>(),
    javascript: new WeakMap<ImportResolver, ModuleView>(),
  };

  constructor(private readonly settings: ResolvedSettings) {
    const names = [...new Set(settings.catalog.vendors.flatMap((v) => Object.keys(v.globals)))].filter((n) =>
      /^[A-Za-z_$][\w$]*$/.test(n),
    );
    const alternatives = names.map(escapeRegExp).join('|');
    this.bareGlobal = new RegExp(`(?<![\\w$.])(?:${alternatives || '(?!)'})\\s*(?:\\?\\.|[.(\\[])`);
  }

  /**
   * The modules as seen through `resolve`, parsed as `parsing` says (one view per resolver and
   * parsing; the caches behind them are shared, summaries kept apart by the parser that read them).
   */
  view(resolve: ImportResolver, parsing: ModuleParsing): ModuleView {
    const views = this.views[parsing];
    let view = views.get(resolve);
    if (!view) views.set(resolve, (view = new ModuleView(this, resolve, parsing)));
    return view;
  }

  /** Whether an import of `specifier` from `fromFile` is a project module that may reach a vendor. */
  specifierReachesVendor(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    budget?: { left: number },
  ): boolean {
    if (this.settings.ignoreModules.has(specifier)) return false;
    const file = view.resolve(fromFile, specifier);
    return (
      file !== undefined && !this.settings.ignoreModules.has(file) && this.mayReachVendor(view, file, budget)
    );
  }

  /**
   * Whether a module may reach a vendor: it loads a vendor package, touches a vendor global, or loads
   * (up to a few modules deep) a project module that does. Read from the text alone, so that the
   * project's other modules are parsed only when they can matter. A library's import graph is not read
   * whole: one question reads at most a few new files, and an answer cut short is not remembered.
   */
  private mayReachVendor(view: ModuleView, file: string, shared?: { left: number }): boolean {
    const cached = this.reach.get(file);
    const scan = this.scan(view, file, { left: Infinity });
    if (!scan) return false;
    if (cached && cached.mtimeMs === scan.mtimeMs) return cached.reaches;
    // One question, or all the questions of one linted file, read a bounded number of new files.
    const budget = shared ?? { left: MAX_FILES_PER_QUERY };
    let frontier = [file];
    const seen = new Set(frontier);
    let reaches = false;
    let complete = true;
    for (let depth = 0; depth <= MAX_WRAPPER_DEPTH && frontier.length > 0 && !reaches && complete; depth++) {
      const next: string[] = [];
      for (const current of frontier) {
        const s = this.scan(view, current, budget);
        if (!s) {
          // Out of new files to read: the answer stays open, and nothing more is looked at.
          if (budget.left <= 0) {
            complete = false;
            break;
          }
          continue;
        }
        if (s.direct) {
          reaches = true;
          break;
        }
        for (const imported of s.imports) {
          if (!seen.has(imported)) {
            seen.add(imported);
            next.push(imported);
          }
        }
      }
      frontier = next;
    }
    if (frontier.length > 0 && !reaches) complete = false;
    if (reaches || complete) {
      if (this.reach.size >= MAX_MODULES * 4) this.reach.delete(this.reach.keys().next().value as string);
      this.reach.set(file, { mtimeMs: scan.mtimeMs, reaches });
    }
    return reaches;
  }

  /** A module's text, read once while unchanged: does it touch a vendor itself, and which project files does it load? */
  private scan(view: ModuleView, file: string, budget: { left: number }): Scan | undefined {
    const cached = this.scans.get(file);
    if (!cached && budget.left <= 0) return undefined;
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return undefined;
    }
    if (cached && cached.mtimeMs === stat.mtimeMs) return cached;
    if (stat.size > MAX_BYTES || --budget.left < 0) return undefined;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return undefined;
    }
    const { catalog } = this.settings;
    let direct = false;
    const imports: string[] = [];
    for (const match of text.matchAll(SPECIFIERS)) {
      if (catalog.module(match[1])) {
        direct = true;
        break;
      }
      const resolved = match[1].startsWith('node:') ? undefined : view.resolve(file, match[1]);
      if (resolved) imports.push(resolved);
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
    if (!direct && (!/\.[cm]?tsx?$/.test(file) || DECLARES_GLOBAL.test(text)) && this.bareGlobal.test(text))
      direct = true;
    // A vendor's HTTP endpoint called without the SDK (`fetch('https://api.segment.io/v1/track', ...)`).
    if (!direct && mentionsEndpoint(text, catalog)) direct = true;
    const scan: Scan = { mtimeMs: stat.mtimeMs, direct, imports };
    if (this.scans.size >= MAX_MODULES * 8) this.scans.delete(this.scans.keys().next().value as string);
    this.scans.set(file, scan);
    return scan;
  }

  callable(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    depth: number,
  ): Callable | undefined {
    const found = this.member(view, fromFile, specifier, imported, path, depth);
    return found && found.module.analysis.callable(found.node, found.path, depth + 1);
  }

  classOf(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    depth: number,
  ): ClassRef | undefined {
    const found = this.member(view, fromFile, specifier, imported, path, depth);
    return found && found.path.length === 0
      ? found.module.analysis.classOf(found.node, depth + 1)
      : undefined;
  }

  /**
   * A vendor client exported by a project module; with `call`, what calling the exported function
   * returns (`export function analytics() { return (client ??= new PostHog(key)); }`), as the module's
   * own resolver reads its returned expressions.
   */
  sdkValue(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    call = false,
  ): SdkValue | undefined {
    const found = this.member(view, fromFile, specifier, imported, path, 0);
    if (!found) return undefined;
    const { resolver } = found.module;
    if (call) return found.path.length === 0 && !found.vendor ? resolver.callResult(found.node) : undefined;
    const base = found.vendor
      ? resolver.moduleExport(found.vendor.specifier, found.vendor.imported)
      : resolver.resolve(found.node);
    return resolver.path(base, found.path);
  }

  /** The export an import refers to, and what remains of the member path after it. */
  private member(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    imported: string,
    path: readonly string[],
    depth: number,
  ): (Export & { readonly path: readonly string[] }) | undefined {
    if (depth > MAX_DEPTH || this.settings.ignoreModules.has(specifier)) return undefined;
    if (imported === '*' || imported === 'require') {
      const whole =
        imported === 'require'
          ? this.exportOf(view, fromFile, specifier, 'module.exports', depth)
          : undefined;
      if (whole) return { ...whole, path };
      if (path.length === 0) return undefined;
      const named = this.exportOf(view, fromFile, specifier, path[0], depth);
      return named && { ...named, path: path.slice(1) };
    }
    const found = this.exportOf(view, fromFile, specifier, imported, depth);
    return found && { ...found, path };
  }

  private exportOf(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    name: string,
    depth: number,
  ): Export | undefined {
    if (depth > MAX_DEPTH || this.settings.catalog.module(specifier)) return undefined;
    const file = view.resolve(fromFile, specifier);
    const module =
      file && !this.settings.ignoreModules.has(file) && this.mayReachVendor(view, file)
        ? this.context(view, file)
        : undefined;
    if (!module) return undefined;
    const node = module.exports.get(name);
    if (node) return { module, node };
    const re = module.reexports.get(name);
    if (re && this.settings.catalog.module(re.source))
      return { module, node: module.analysis.root, vendor: { specifier: re.source, imported: re.imported } };
    if (re) return this.exportOf(view, module.file, re.source, re.imported, depth + 1);
    for (const star of module.stars) {
      const found = this.exportOf(view, module.file, star, name, depth + 1);
      if (found) return found;
    }
    return undefined;
  }

  /** The summarised module at `file`, from the cache while the file is unchanged. */
  private context(view: ModuleView, file: string): ModuleContext | undefined {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return undefined;
    }
    // One summary per file and parser: a JavaScript module read by espree and by typescript-estree are two.
    const key = `${moduleParserOf(file, view.parsing)}:${file}`;
    const cached = this.modules.get(key);
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size)
      return cached.context ?? undefined;
    if (this.inProgress.has(key)) return undefined; // an import cycle: the module being summarised
    this.inProgress.add(key);
    let context: ModuleContext | null = null;
    try {
      context = stat.size <= MAX_BYTES ? this.summarise(view, file, readFileSync(file, 'utf8')) : null;
    } catch {
      context = null; // unparsable or unreadable (or TypeScript without the typescript package): skipped
    } finally {
      this.inProgress.delete(key);
    }
    if (this.modules.size >= MAX_MODULES) this.modules.delete(this.modules.keys().next().value as string);
    this.modules.set(key, { mtimeMs: stat.mtimeMs, size: stat.size, context });
    return context ?? undefined;
  }

  private summarise(view: ModuleView, file: string, text: string): ModuleContext {
    const ast = parseModule(file, text, view.parsing);
    const calls: (TSESTree.CallExpression | TSESTree.NewExpression)[] = [];
    const assignments: TSESTree.AssignmentExpression[] = [];
    const elements: TSESTree.JSXOpeningElement[] = [];
    traverse(ast, (node) => {
      if (node.type === T.CallExpression || node.type === T.NewExpression) calls.push(node);
      else if (node.type === T.JSXOpeningElement) elements.push(node);
      else if (node.type === T.AssignmentExpression && node.left.type === T.MemberExpression)
        assignments.push(node);
    });
    const bindings = new Bindings(moduleScopes(ast, file, view.parsing));
    const { analysis, resolver } = leakAnalysis({
      file,
      bindings,
      settings: this.settings,
      modules: view,
      endpoints: mentionsEndpoint(text, this.settings.catalog),
      text,
      elements,
    });
    analysis.run(calls, assignments);
    return { file, analysis, resolver, ...collectExports(ast) };
  }
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

/** ES exports and CommonJS `module.exports` / `exports.x` assignments of a module. */
function collectExports(ast: TSESTree.Program): Pick<ModuleContext, 'exports' | 'reexports' | 'stars'> {
  const exports = new Map<string, Node>();
  const reexports = new Map<string, { source: string; imported: string }>();
  const stars: string[] = [];
  const nameOf = (n: TSESTree.Identifier | TSESTree.StringLiteral) =>
    n.type === T.Identifier ? n.name : n.value;
  for (const statement of ast.body) {
    switch (statement.type) {
      case T.ExportNamedDeclaration: {
        const declaration = statement.declaration;
        if (declaration?.type === T.FunctionDeclaration || declaration?.type === T.ClassDeclaration) {
          if (declaration.id) exports.set(declaration.id.name, declaration);
        } else if (declaration?.type === T.VariableDeclaration) {
          for (const d of declaration.declarations)
            if (d.id.type === T.Identifier && d.init) exports.set(d.id.name, d.init);
        }
        for (const spec of statement.specifiers) {
          if (spec.type !== T.ExportSpecifier) continue;
          const exported = nameOf(spec.exported);
          if (statement.source)
            reexports.set(exported, { source: statement.source.value, imported: nameOf(spec.local) });
          else if (spec.local.type === T.Identifier) exports.set(exported, spec.local);
        }
        break;
      }
      case T.ExportDefaultDeclaration:
        exports.set('default', statement.declaration);
        break;
      case T.ExportAllDeclaration:
        if (statement.exported)
          reexports.set(nameOf(statement.exported), { source: statement.source.value, imported: '*' });
        else stars.push(statement.source.value);
        break;
      case T.ExpressionStatement: {
        const e = statement.expression;
        if (e.type !== T.AssignmentExpression || e.left.type !== T.MemberExpression) break;
        const target = commonJsTarget(e.left);
        if (target === 'module.exports') {
          exports.set('module.exports', e.right);
          if (e.right.type === T.ObjectExpression) {
            for (const p of e.right.properties) {
              const key = p.type === T.Property ? propertyName(p) : undefined;
              if (p.type === T.Property && key !== undefined) exports.set(key, p.value);
            }
          }
        } else if (target !== undefined) {
          exports.set(target, e.right);
        }
        break;
      }
      default:
        break;
    }
  }
  return { exports, reexports, stars };
}

/** `module.exports` → 'module.exports'; `module.exports.x` / `exports.x` → 'x'. */
function commonJsTarget(left: TSESTree.MemberExpression): string | undefined {
  const key = propertyName(left);
  const object = left.object;
  if (object.type === T.Identifier && object.name === 'module' && key === 'exports') return 'module.exports';
  if (object.type === T.Identifier && object.name === 'exports') return key;
  if (
    object.type === T.MemberExpression &&
    object.object.type === T.Identifier &&
    object.object.name === 'module' &&
    propertyName(object) === 'exports'
  )
    return key;
  return undefined;
}

const registry = new WeakMap<ResolvedSettings, ProjectModules>();

/** One summary cache per settings (settings change the catalog, sanitizers and categories). */
export function projectModules(settings: ResolvedSettings): ProjectModules {
  let modules = registry.get(settings);
  if (!modules) registry.set(settings, (modules = new ProjectModules(settings)));
  return modules;
}
