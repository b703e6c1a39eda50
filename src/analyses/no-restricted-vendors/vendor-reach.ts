/**
 * Every way a file reaches a vendor, for `no-restricted-vendors`: ES imports and re-exports, `import =
 * require()`, `require()` and `import()` of its packages, ambient typings and references of its browser
 * globals (bare or through `window` / `globalThis` / `self` / `global`), a pasted snippet function
 * named after one, and its snippet's script URLs in string literals. Calls are not reported on their
 * own: a call reaches the vendor through one of these, which is reported once.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { staticString } from '../../ast/bindings.js';
import type { Catalog } from '../../catalog/index.js';
import type { Vendor } from '../../catalog/types.js';
import { escapeRegExp } from '../../util/regexp.js';
import { globalTypings, vendorGlobalReferences } from '../../sdk/vendor-presence.js';

type Node = TSESTree.Node;

export type ReachKind = 'import' | 'require' | 'dynamic import' | 'global' | 'script URL';

export interface VendorReach {
  readonly node: Node;
  readonly vendor: Vendor;
  readonly how: ReachKind;
  /** The package, global or URL pattern. */
  readonly what: string;
}

/** One path segment of a URL, bounded so that matching stays linear. */
const SEGMENT = '[^/?#\\s"\'`]{1,64}';

/**
 * Script URL patterns of a catalog, compiled once into one regular expression without nested or
 * unbounded quantifiers: a host (and path prefix) at the start of the string or after `/`, whitespace, a
 * quote or `=`, and followed by the end of the string or a URL delimiter.
 */
export class ScriptUrlMatcher {
  private readonly regex: RegExp | undefined;
  private readonly patterns: { readonly vendor: Vendor; readonly pattern: string }[] = [];
  /** The host of every pattern, in any case: the cheap pre-test of a whole file (one pass over its text). */
  private readonly hostRegex: RegExp | undefined;

  constructor(vendors: readonly Vendor[]) {
    const hosts = new Set<string>();
    for (const vendor of vendors) {
      for (const pattern of vendor.scriptUrls ?? []) {
        this.patterns.push({ vendor, pattern });
        hosts.add(pattern.split('/')[0]);
      }
    }
    const hostSource = scriptHostsSource([...hosts]);
    this.hostRegex = hostSource === undefined ? undefined : new RegExp(hostSource, 'i');
    const source = scriptUrlSource(this.patterns.map((p) => p.pattern));
    this.regex = source === undefined ? undefined : new RegExp(source, 'i');
  }

  /** Whether a text mentions the host of any pattern, in any case, as string literals are matched. */
  mentionsHost(text: string): boolean {
    return this.hostRegex?.test(text) ?? false;
  }

  /** The vendor and pattern a string mentions, if any. */
  match(text: string): { readonly vendor: Vendor; readonly pattern: string } | undefined {
    if (!this.regex || text.length < 6 || !text.includes('.')) return undefined;
    const m = this.regex.exec(text);
    if (!m) return undefined;
    for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return this.patterns[i - 1];
    return undefined;
  }
}

/** The regular expression source for the hosts of script URL patterns: literal alternatives (checked by `test/redos.test.ts`). */
export function scriptHostsSource(hosts: readonly string[]): string | undefined {
  return hosts.length === 0 ? undefined : hosts.map(escapeRegExp).join('|');
}

/**
 * The regular expression source for script URL patterns (`test/redos.test.ts` checks it for the whole
 * catalog): one capture group per pattern, literal text but for bounded `*` segments.
 */
export function scriptUrlSource(patterns: readonly string[]): string | undefined {
  if (patterns.length === 0) return undefined;
  const alternatives = patterns.map((pattern) => {
    const parts = pattern.split('/').map((part) => (part === '*' ? SEGMENT : escapeRegExp(part)));
    return `(${parts.join('/')})`;
  });
  return `(?:^|[/\\s"'=])(?:${alternatives.join('|')})(?=$|[/:?#\\s"'\`])`;
}

const matchers = new WeakMap<Catalog, ScriptUrlMatcher>();

export function scriptUrlMatcher(catalog: Catalog): ScriptUrlMatcher {
  let matcher = matchers.get(catalog);
  if (!matcher) matchers.set(catalog, (matcher = new ScriptUrlMatcher(catalog.vendors)));
  return matcher;
}

/** The module specifier a top-level statement imports or re-exports from. */
function statementSource(statement: TSESTree.ProgramStatement): TSESTree.StringLiteral | undefined {
  switch (statement.type) {
    case T.ImportDeclaration:
    case T.ExportAllDeclaration:
      return statement.source;
    case T.ExportNamedDeclaration:
      return statement.source ?? undefined;
    case T.TSImportEqualsDeclaration:
      return statement.moduleReference.type === T.TSExternalModuleReference
        ? statement.moduleReference.expression
        : undefined;
    default:
      return undefined;
  }
}

/** Ambient typings and pasted snippet functions named after a vendor global (`declare const gtag`, `function gtag(){...}`). */
function globalDeclarations(
  program: TSESTree.Program,
  catalog: Catalog,
): { node: TSESTree.Identifier; name: string }[] {
  const out = globalTypings(program).filter((typing) => catalog.hasGlobal(typing.name));
  for (const statement of program.body) {
    const s =
      statement.type === T.ExportNamedDeclaration && statement.declaration
        ? statement.declaration
        : statement;
    if (s.type === T.FunctionDeclaration && s.id && catalog.hasGlobal(s.id.name))
      out.push({ node: s.id, name: s.id.name });
  }
  return out;
}

/** Collects the ways a file reaches the vendors for which `restricted` is true. */
export class VendorReachFinder {
  readonly reaches: VendorReach[] = [];

  constructor(
    private readonly catalog: Catalog,
    private readonly urls: ScriptUrlMatcher,
    private readonly restricted: (vendor: Vendor) => boolean,
  ) {}

  /** Whether the file can reach a restricted vendor at all: the per-file early exit. */
  mayReach(
    program: TSESTree.Program,
    scopeManager: TSESLint.Scope.ScopeManager | null,
    text: string,
  ): boolean {
    if (text.includes('require(') || text.includes('import(')) return true;
    if (this.urls.mentionsHost(text)) return true;
    for (const statement of program.body) {
      const source = statementSource(statement);
      const hit = source && this.catalog.module(source.value);
      if (hit && this.restricted(hit.vendor)) return true;
    }
    if (globalDeclarations(program, this.catalog).some((d) => this.isRestrictedGlobal(d.name))) return true;
    return vendorGlobalReferences(scopeManager, this.catalog).some((r) => this.isRestrictedGlobal(r.name));
  }

  /** Imports, re-exports, typings and snippet functions at the top level; global references. */
  program(program: TSESTree.Program, scopeManager: TSESLint.Scope.ScopeManager | null): void {
    for (const statement of program.body) {
      const source = statementSource(statement);
      if (source) this.module(source, source.value, 'import');
    }
    for (const { node, name } of globalDeclarations(program, this.catalog)) this.global(node, name);
    for (const { node, name } of vendorGlobalReferences(scopeManager, this.catalog)) this.global(node, name);
  }

  /** `require('pkg')` and `import('pkg')`. */
  load(node: TSESTree.CallExpression | TSESTree.ImportExpression): void {
    if (node.type === T.ImportExpression) {
      const source = staticString(node.source);
      if (source !== undefined) this.module(node.source, source, 'dynamic import');
      return;
    }
    if (node.callee.type !== T.Identifier || node.callee.name !== 'require' || node.arguments.length !== 1)
      return;
    const source = staticString(node.arguments[0]);
    if (source !== undefined) this.module(node.arguments[0], source, 'require');
  }

  /** A string literal or template that holds a vendor's script URL. */
  string(node: TSESTree.Literal | TSESTree.TemplateLiteral): void {
    const text =
      node.type === T.Literal
        ? typeof node.value === 'string'
          ? node.value
          : undefined
        : node.quasis.map((q) => q.value.cooked ?? '').join(' ');
    if (text === undefined) return;
    const hit = this.urls.match(text);
    if (hit && this.restricted(hit.vendor))
      this.reaches.push({ node, vendor: hit.vendor, how: 'script URL', what: hit.pattern });
  }

  private module(node: Node, source: string, how: ReachKind): void {
    const hit = this.catalog.module(source);
    if (hit && this.restricted(hit.vendor))
      this.reaches.push({ node, vendor: hit.vendor, how, what: source });
  }

  private global(node: Node, name: string): void {
    const hit = this.catalog.global(name);
    if (hit && this.restricted(hit.vendor))
      this.reaches.push({ node, vendor: hit.vendor, how: 'global', what: name });
  }

  private isRestrictedGlobal(name: string): boolean {
    const hit = this.catalog.global(name);
    return hit !== undefined && this.restricted(hit.vendor);
  }
}
