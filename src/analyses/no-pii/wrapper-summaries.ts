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
import {
  MAX_REACH_DEPTH,
  type ProjectIndex,
  type ReachKind,
  type ReadBudget,
} from '../../project/project-index.js';
import { projectIndex } from '../../sdk/module-text.js';
import type { ResolvedSettings } from '../../settings/settings.js';
import type { SdkValue, SinkResolver } from '../../sdk/sink-resolution.js';

type Node = TSESTree.Node;

interface ModuleContext {
  readonly file: string;
  /** The module's analysis, run over its calls on first use (a vendor value it exports needs none). */
  readonly analysis: LeakAnalysis;
  /** The module's root node (what a re-export of a vendor package points at). */
  readonly root: Node;
  readonly resolver: SinkResolver;
  /** Export name (`default`, `module.exports` for CommonJS) → the node that gives its value. */
  readonly exports: ReadonlyMap<string, Node>;
  /** `export { a as b } from '../../x'` → b: ./x, a. */
  readonly reexports: ReadonlyMap<string, { readonly source: string; readonly imported: string }>;
  /** `export * from '../../x'`. */
  readonly stars: readonly string[];
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
/**
 * How many imports away from a vendor a module may be for a vendor client it exports to be looked for
 * (`export const analytics = createClient()`, `createClient` from a module that loads the SDK is one).
 */
const MAX_VALUE_REACH = 1;

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

  specifierReachesVendor(
    fromFile: string,
    specifier: string,
    budget?: ReadBudget,
    kind: ReachKind = 'vendor',
  ): boolean {
    return this.modules.specifierReachesVendor(this, fromFile, specifier, budget, kind);
  }

  knownNotToReach(fromFile: string, specifier: string): boolean {
    return this.modules.knownNotToReach(this, fromFile, specifier);
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
  private readonly inProgress = new Set<string>();
  /** Which modules can reach a vendor (shared with the other rules through the settings). */
  private readonly index: ProjectIndex;

  private readonly views = {
    typescript: new WeakMap<ImportResolver, ModuleView>(),
    javascript: new WeakMap<ImportResolver, ModuleView>(),
  };

  constructor(private readonly settings: ResolvedSettings) {
    this.index = projectIndex(settings);
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

  /**
   * Whether an import of `specifier` from `fromFile` is a project module that may reach a vendor (`kind`
   * `elements`: a vendor whose SDK has JSX elements), as the project index reads it from the modules'
   * texts; at most `budget.left` new files are read.
   */
  specifierReachesVendor(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    budget?: ReadBudget,
    kind: ReachKind = 'vendor',
  ): boolean {
    if (this.settings.ignoreModules.has(specifier)) return false;
    const file = view.resolve(fromFile, specifier);
    return (
      file !== undefined &&
      !this.settings.ignoreModules.has(file) &&
      this.index.reaches(file, kind, view.resolve, budget)
    );
  }

  /**
   * Whether the index already knows, without reading anything, that an import of `specifier` reaches
   * no vendor (it is no project module, or is ignored, or its answer is in the index).
   */
  knownNotToReach(view: ModuleView, fromFile: string, specifier: string): boolean {
    if (this.settings.ignoreModules.has(specifier)) return true;
    const file = view.resolve(fromFile, specifier);
    return (
      file === undefined ||
      this.settings.ignoreModules.has(file) ||
      this.index.known(file, 'vendor') === false
    );
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
    // A vendor client is handed on by few modules: one that reaches a vendor only further away is not read.
    const found = this.member(view, fromFile, specifier, imported, path, 0, MAX_VALUE_REACH);
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
    reach = MAX_REACH_DEPTH,
  ): (Export & { readonly path: readonly string[] }) | undefined {
    if (depth > MAX_DEPTH || this.settings.ignoreModules.has(specifier)) return undefined;
    if (imported === '*' || imported === 'require') {
      const whole =
        imported === 'require'
          ? this.exportOf(view, fromFile, specifier, 'module.exports', depth, reach)
          : undefined;
      if (whole) return { ...whole, path };
      if (path.length === 0) return undefined;
      const named = this.exportOf(view, fromFile, specifier, path[0], depth, reach);
      return named && { ...named, path: path.slice(1) };
    }
    const found = this.exportOf(view, fromFile, specifier, imported, depth, reach);
    return found && { ...found, path };
  }

  private exportOf(
    view: ModuleView,
    fromFile: string,
    specifier: string,
    name: string,
    depth: number,
    reach = MAX_REACH_DEPTH,
  ): Export | undefined {
    if (depth > MAX_DEPTH || this.settings.catalog.module(specifier)) return undefined;
    const file = view.resolve(fromFile, specifier);
    const module =
      file &&
      !this.settings.ignoreModules.has(file) &&
      this.index.reaches(file, 'vendor', view.resolve, undefined, reach)
        ? this.context(view, file)
        : undefined;
    if (!module) return undefined;
    const node = module.exports.get(name);
    if (node) return { module, node };
    const re = module.reexports.get(name);
    if (re && this.settings.catalog.module(re.source))
      return { module, node: module.root, vendor: { specifier: re.source, imported: re.imported } };
    if (re) return this.exportOf(view, module.file, re.source, re.imported, depth + 1, reach);
    for (const star of module.stars) {
      const found = this.exportOf(view, module.file, star, name, depth + 1, reach);
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
    let ran = false;
    return {
      file,
      get analysis() {
        // Set first: a cycle of wrappers back into this module sees the analysis as it stands.
        if (!ran) {
          ran = true;
          analysis.run(calls, assignments);
        }
        return analysis;
      },
      root: analysis.root,
      resolver,
      ...collectExports(ast),
    };
  }
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
