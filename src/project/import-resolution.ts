/**
 * Where an import of the project's own code points on disk: relative paths (with TypeScript's
 * `.js` → `.ts` convention), tsconfig `paths` / `baseUrl`, package.json `imports` (`#lib/...`), and
 * packages of the same workspace (npm / yarn / pnpm), preferring their TypeScript sources. Never
 * resolves into node_modules. Every lookup is cached and the caches are bounded.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { hasOwnKey } from '../util/records.js';

const EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];
const JS_TO_TS: Readonly<Record<string, readonly string[]>> = {
  '.js': ['.ts', '.tsx'],
  '.jsx': ['.tsx'],
  '.mjs': ['.mts'],
  '.cjs': ['.cts'],
};
const CACHE_LIMIT = 20_000;

const fileCache = new Map<string, boolean>();
const jsonCache = new Map<string, unknown>();
const nearestCache = new Map<string, string | null>();
const workspaceCache = new Map<string, Map<string, string> | null>();

function bounded<K, V>(map: Map<K, V>, key: K, value: V): V {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, value);
  return value;
}

function isFile(path: string): boolean {
  const cached = fileCache.get(path);
  if (cached !== undefined) return cached;
  let result = false;
  try {
    result = statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
  } catch {
    result = false;
  }
  return bounded(fileCache, path, result);
}

/** JSON with comments and trailing commas (tsconfig.json). */
function readJson(path: string): unknown {
  if (jsonCache.has(path)) return jsonCache.get(path);
  let value: unknown;
  try {
    value = JSON.parse(stripJsonComments(readFileSync(path, 'utf8')));
  } catch {
    value = undefined;
  }
  return bounded(jsonCache, path, value);
}

function stripJsonComments(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else {
      out += c;
      i++;
    }
  }
  // Trailing commas: `,` followed only by white space and a closing bracket.
  let result = '';
  for (let k = 0; k < out.length; k++) {
    if (out[k] === ',') {
      let m = k + 1;
      while (m < out.length && (out[m] === ' ' || out[m] === '\n' || out[m] === '\r' || out[m] === '\t')) m++;
      if (out[m] === '}' || out[m] === ']') continue;
    }
    result += out[k];
  }
  return result;
}

/** A source file for `base`: itself, its TypeScript twin, `base + ext`, `base/index + ext`. */
function sourceFile(base: string): string | undefined {
  const dot = base.lastIndexOf('.');
  const ext = dot > base.lastIndexOf('/') ? base.slice(dot) : '';
  for (const twin of JS_TO_TS[ext] ?? [])
    if (isFile(base.slice(0, -ext.length) + twin)) return base.slice(0, -ext.length) + twin;
  if (EXTENSIONS.includes(ext) && !base.endsWith('.d.ts') && isFile(base)) return base;
  for (const e of EXTENSIONS) if (isFile(base + e)) return base + e;
  for (const e of EXTENSIONS) if (isFile(join(base, `index${e}`))) return join(base, `index${e}`);
  return undefined;
}

/** The nearest ancestor directory of `dir` holding `name` (cached per directory). */
function nearest(dir: string, name: string): string | undefined {
  const key = `${dir}\0${name}`;
  const cached = nearestCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let found: string | null = null;
  if (isFile(join(dir, name))) found = join(dir, name);
  else if (!dir.endsWith('node_modules')) {
    const parent = dirname(dir);
    if (parent !== dir) found = nearest(parent, name) ?? null;
  }
  bounded(nearestCache, key, found);
  return found ?? undefined;
}

/** One `*` pattern of a paths / imports / exports map. */
function matchPattern(pattern: string, specifier: string): string | undefined {
  const star = pattern.indexOf('*');
  if (star < 0) return pattern === specifier ? '' : undefined;
  const prefix = pattern.slice(0, star);
  const suffix = pattern.slice(star + 1);
  if (
    specifier.length < prefix.length + suffix.length ||
    !specifier.startsWith(prefix) ||
    !specifier.endsWith(suffix)
  )
    return undefined;
  return specifier.slice(prefix.length, specifier.length - suffix.length);
}

interface CompilerPaths {
  readonly base: string;
  readonly paths: Readonly<Record<string, readonly string[]>>;
  readonly baseUrl?: string;
}

const compilerPathsCache = new Map<string, CompilerPaths | null>();

/** A tsconfig's `paths` and `baseUrl` (following relative `extends`), read once per file. */
function compilerPaths(tsconfig: string): CompilerPaths | undefined {
  let paths = compilerPathsCache.get(tsconfig);
  if (paths === undefined) paths = bounded(compilerPathsCache, tsconfig, readCompilerPaths(tsconfig) ?? null);
  return paths ?? undefined;
}

function readCompilerPaths(tsconfig: string, depth = 0): CompilerPaths | undefined {
  const json = readJson(tsconfig) as
    | { extends?: unknown; compilerOptions?: { paths?: Record<string, string[]>; baseUrl?: string } }
    | undefined;
  if (!json || depth > 5) return undefined;
  const dir = dirname(tsconfig);
  const parentRef =
    typeof json.extends === 'string' && json.extends.startsWith('.') ? resolve(dir, json.extends) : undefined;
  const parent = parentRef
    ? readCompilerPaths(parentRef.endsWith('.json') ? parentRef : `${parentRef}.json`, depth + 1)
    : undefined;
  const options = json.compilerOptions ?? {};
  const baseUrl = options.baseUrl !== undefined ? resolve(dir, options.baseUrl) : parent?.baseUrl;
  if (options.paths) return { base: baseUrl ?? dir, paths: options.paths, baseUrl };
  if (parent) return { ...parent, baseUrl, base: parent.baseUrl ?? parent.base };
  return baseUrl ? { base: baseUrl, paths: {}, baseUrl } : undefined;
}

function viaTsconfig(fromDir: string, specifier: string): string | undefined {
  const tsconfig = nearest(fromDir, 'tsconfig.json');
  const config = tsconfig ? compilerPaths(tsconfig) : undefined;
  if (!config) return undefined;
  for (const [pattern, targets] of Object.entries(config.paths)) {
    const star = matchPattern(pattern, specifier);
    if (star === undefined) continue;
    for (const target of targets) {
      const found = sourceFile(resolve(config.base, target.replace('*', star)));
      if (found) return found;
    }
  }
  return config.baseUrl ? sourceFile(resolve(config.baseUrl, specifier)) : undefined;
}

/** The first string target of a package.json exports / imports value, preferring sources. */
function target(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(target).find((t) => t !== undefined);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const condition of ['source', 'development', 'import', 'node', 'default', 'require']) {
      const t = hasOwnKey(record, condition) ? target(record[condition]) : undefined;
      if (t !== undefined) return t;
    }
    for (const [key, v] of Object.entries(record)) if (key !== 'types') return target(v);
  }
  return undefined;
}

function viaPackageImports(fromDir: string, specifier: string): string | undefined {
  const manifest = nearest(fromDir, 'package.json');
  const json = manifest
    ? (readJson(manifest) as { imports?: Record<string, unknown> } | undefined)
    : undefined;
  if (!manifest || !json?.imports) return undefined;
  for (const [pattern, value] of Object.entries(json.imports)) {
    const star = matchPattern(pattern, specifier);
    const t = star === undefined ? undefined : target(value);
    if (t !== undefined) return sourceFile(resolve(dirname(manifest), t.replace('*', star ?? '')));
  }
  return undefined;
}

/** Package name → directory, for the workspace that `dir` belongs to (cached per directory, ancestors shared). */
function workspacePackages(dir: string): Map<string, string> | undefined {
  const cached = workspaceCache.get(dir);
  if (cached !== undefined) return cached ?? undefined;
  let result: Map<string, string> | null = null;
  const patterns = workspacePatterns(dir);
  if (patterns) {
    result = new Map();
    for (const pattern of patterns) {
      for (const pkgDir of expand(dir, pattern)) {
        const json = readJson(join(pkgDir, 'package.json')) as { name?: string } | undefined;
        if (json?.name) result.set(json.name, pkgDir);
      }
    }
  } else {
    const parent = dirname(dir);
    if (parent !== dir && !dir.endsWith('node_modules')) result = workspacePackages(parent) ?? null;
  }
  bounded(workspaceCache, dir, result);
  return result ?? undefined;
}

function workspacePatterns(dir: string): string[] | undefined {
  const json = isFile(join(dir, 'package.json'))
    ? (readJson(join(dir, 'package.json')) as { workspaces?: unknown } | undefined)
    : undefined;
  const ws = json?.workspaces;
  if (Array.isArray(ws)) return ws.filter((p): p is string => typeof p === 'string');
  if (ws && typeof ws === 'object' && Array.isArray((ws as { packages?: unknown }).packages)) {
    return (ws as { packages: unknown[] }).packages.filter((p): p is string => typeof p === 'string');
  }
  const pnpm = join(dir, 'pnpm-workspace.yaml');
  if (!isFile(pnpm)) return undefined;
  const out: string[] = [];
  for (const line of readFileSync(pnpm, 'utf8').split('\n')) {
    const item = /^\s*-\s*['"]?([^'"#\s]+)['"]?/.exec(line);
    if (item && !item[1].startsWith('!')) out.push(item[1]);
  }
  return out;
}

/** `packages/*` (one level), `packages/**` (treated as one level), or a literal directory. */
function expand(root: string, pattern: string): string[] {
  const clean = pattern.replace(/\/\*\*?$/, '');
  if (clean === pattern) return [resolve(root, pattern)];
  const base = resolve(root, clean);
  try {
    // One listing per workspace folder, cached with the workspace map.
    return readdirDirs(base).map((d) => join(base, d));
  } catch {
    return [];
  }
}

function readdirDirs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name);
}

function viaWorkspace(fromDir: string, specifier: string): string | undefined {
  const packages = workspacePackages(fromDir);
  if (!packages) return undefined;
  const parts = specifier.split('/');
  const name = specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
  const dir = packages.get(name);
  if (!dir) return undefined;
  const subpath = specifier.slice(name.length); // '' or '/sub'
  const json = readJson(join(dir, 'package.json')) as
    { exports?: unknown; source?: string; module?: string; main?: string } | undefined;
  let entry: string | undefined;
  const exportsMap = json?.exports;
  if (
    exportsMap &&
    typeof exportsMap === 'object' &&
    !Array.isArray(exportsMap) &&
    Object.keys(exportsMap).some((k) => k.startsWith('.'))
  ) {
    for (const [pattern, value] of Object.entries(exportsMap as Record<string, unknown>)) {
      const star = matchPattern(pattern, `.${subpath}`);
      const t = star === undefined ? undefined : target(value);
      if (t !== undefined) {
        entry = t.replace('*', star ?? '');
        break;
      }
    }
  } else if (subpath === '') {
    entry = json?.source ?? target(exportsMap) ?? json?.module ?? json?.main;
  } else {
    entry = `.${subpath}`;
  }
  const candidates = entry ? [entry, entry.replace(/^\.?\/?(dist|build|lib|out)\//, './src/')] : [];
  candidates.push('./src/index', './index');
  for (const candidate of candidates) {
    const found = sourceFile(resolve(dir, candidate.replace(/\.d\.ts$/, '').replace(/\.(c|m)?js$/, '')));
    if (found) return found;
  }
  return undefined;
}

const resolutionCache = new Map<string, string | null>();

/**
 * Clears the caches. Only tests call it: the caches never look at the disk again, so a file created
 * after a failed lookup, or an edited tsconfig, is seen only by a new process (see the project index
 * issue for invalidation by mtime).
 */
export function clearResolutionCaches(): void {
  resolutionCache.clear();
  configKeys.clear();
  fileCache.clear();
  jsonCache.clear();
  nearestCache.clear();
  workspaceCache.clear();
  compilerPathsCache.clear();
}

/** Resolves an import of `specifier` from `fromFile` to a source file of the project, or undefined. */
export type ImportResolver = (fromFile: string, specifier: string) => string | undefined;

/**
 * The source file an import of the project's own code resolves to by its paths alone, or undefined.
 * Cached per directory for paths; a package specifier (`react`, `@acme/ui`, `~/lib`) is cached per
 * nearest tsconfig.json and package.json, which alone decide it (a pnpm-workspace.yaml sits beside
 * its package.json), so that the imports of `react` from
 * every folder of a project are resolved once.
 */
export function resolveProjectImport(fromFile: string, specifier: string): string | undefined {
  if (!isAbsolute(fromFile)) return undefined;
  const fromDir = dirname(fromFile);
  const key = isBare(specifier) ? `${configKey(fromDir)}\0${specifier}` : `${fromDir}\0${specifier}`;
  let resolved = resolutionCache.get(key);
  if (resolved === undefined)
    resolved = bounded(resolutionCache, key, resolveUncached(fromDir, specifier) ?? null);
  return resolved ?? undefined;
}

const withFallbacks = new WeakMap<ImportResolver, ImportResolver>();

/**
 * The resolver of a lint run: the paths, then what the run brings beyond them (in a typed run, its
 * TypeScript program's resolution). One function per fallback, so that callers can key caches on it.
 */
export function projectImportResolver(fallback?: ImportResolver): ImportResolver {
  if (!fallback) return resolveProjectImport;
  let resolver = withFallbacks.get(fallback);
  if (!resolver) {
    resolver = (fromFile, specifier) =>
      isAbsolute(fromFile)
        ? (resolveProjectImport(fromFile, specifier) ?? fallback(fromFile, specifier))
        : undefined;
    withFallbacks.set(fallback, resolver);
  }
  return resolver;
}

const configKeys = new Map<string, string>();

/** The nearest tsconfig.json and package.json of a folder, as one key (cached per folder). */
function configKey(dir: string): string {
  let key = configKeys.get(dir);
  if (key === undefined)
    key = bounded(
      configKeys,
      dir,
      `${nearest(dir, 'tsconfig.json') ?? ''}\0${nearest(dir, 'package.json') ?? ''}`,
    );
  return key;
}

/** A package specifier: neither a path nor a `#` import (nor a Node builtin, which resolves to nothing anyway). */
function isBare(specifier: string): boolean {
  return !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('#');
}

function resolveUncached(fromDir: string, specifier: string): string | undefined {
  if (specifier.startsWith('./') || specifier.startsWith('../') || specifier === '.' || specifier === '..')
    return sourceFile(resolve(fromDir, specifier));
  if (specifier.startsWith('/')) return sourceFile(specifier);
  if (specifier.startsWith('#')) return viaPackageImports(fromDir, specifier);
  if (specifier.startsWith('node:')) return undefined;
  return viaTsconfig(fromDir, specifier) ?? viaWorkspace(fromDir, specifier);
}
