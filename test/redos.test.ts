/**
 * Every regular expression of the engine and the catalog (src/, rules/) is checked for super-linear
 * backtracking with recheck (https://makenowjust-labs.github.io/recheck/). The patterns are found by
 * parsing the sources, not listed by hand: regex literals, `new RegExp(...)` / `RegExp(...)` with a
 * literal or a file-level constant, string arguments of `.match` / `.matchAll` / `.search` (which
 * become RegExps), and `pattern: '...'` in our JSON schemas. A `RegExp` built from anything else
 * must be listed in DYNAMIC below, with where its patterns come from, or this test fails.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { vendors } from '../src/catalog/vendors/index.js';
import { FINDING_PATTERNS } from '../src/cli/findings.js';
import { bareGlobalPattern } from '../src/sdk/module-text.js';
import { readSettings, settingsSchema } from '../src/settings/settings.js';
import { scriptHostsSource, scriptUrlSource } from '../src/analyses/no-restricted-vendors/vendor-reach.js';
import { endpointHostsSource } from '../src/sdk/http-sinks.js';
import type { JsonSchema } from '../src/util/json-schema.js';

const root = join(import.meta.dirname, '..');

interface Found {
  readonly where: string;
  readonly pattern: string;
  readonly flags: string;
}

interface Collected {
  readonly patterns: Found[];
  /** `RegExp` constructions whose pattern is not a literal: `file:line: source text`. */
  readonly dynamic: string[];
}

/** Files that build a `RegExp` from a non-literal pattern (one entry per construction), and where the pattern comes from. */
const DYNAMIC: [file: string, from: string][] = [
  [
    'src/cli/findings.ts',
    "the catalog's vendor names and the category labels, escaped, as alternations; checked below",
  ],
  [
    'src/cli/findings.ts',
    'the same alternations after the identity-matching-for-ads label, in the wording of no-pii; checked below',
  ],
  ['src/cli/findings.ts', "the catalog's vendor names, escaped, as an alternation; checked below"],
  ['src/cli/findings.ts', 'the category labels, escaped, as an alternation; checked below'],
  [
    'src/cli/findings.ts',
    'the category labels, escaped, as an alternation, in the wording of no-pii-in-urls; checked below',
  ],
  [
    'src/util/json-schema.ts',
    'the `pattern` of our own settings schema (src/settings/settings.ts), collected as `pattern:` properties',
  ],
  [
    'src/sdk/module-text.ts',
    'the global names of the catalog and of declared sinks (identifiers); checked below with and without declared sinks',
  ],
  [
    'src/analyses/no-restricted-vendors/vendor-reach.ts',
    "the catalog's `scriptUrls`, compiled by scriptUrlSource(); checked below for the whole catalog",
  ],
  [
    'src/analyses/no-restricted-vendors/vendor-reach.ts',
    "the hosts of the catalog's `scriptUrls`, escaped, as an alternation (scriptHostsSource()); checked below",
  ],
  [
    'src/sdk/http-sinks.ts',
    "the hosts of the catalog's `endpoints`, escaped, as an alternation (endpointHostsSource()); checked below",
  ],
];

const STRING_TO_REGEXP_METHODS = new Set(['match', 'matchAll', 'search']);

function isNode(value: unknown): value is TSESTree.Node {
  return (
    typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string'
  );
}

function walk(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) walk(item, visit);
    } else if (isNode(value)) {
      walk(value, visit);
    }
  }
}

/** Collects the patterns of one source text (`file` names it in results; `parse` sets no `parent`). */
function collectPatterns(code: string, file: string): Collected {
  const ast = parse(code, { range: true, loc: true, jsx: file.endsWith('x') });
  const constants = new Map<string, string>();
  walk(ast, (node) => {
    if (node.type !== T.VariableDeclaration || node.kind !== 'const') return;
    for (const d of node.declarations) {
      const value = d.id.type === T.Identifier ? staticString(d.init, new Map()) : undefined;
      if (value !== undefined && d.id.type === T.Identifier) constants.set(d.id.name, value);
    }
  });
  const patterns: Found[] = [];
  const dynamic: string[] = [];
  const at = (node: TSESTree.Node): string => `${file}:${node.loc.start.line}`;
  walk(ast, (node) => {
    if (node.type === T.Literal && 'regex' in node && node.regex) {
      patterns.push({ where: at(node), pattern: node.regex.pattern, flags: node.regex.flags });
    } else if (
      (node.type === T.NewExpression || node.type === T.CallExpression) &&
      node.callee.type === T.Identifier &&
      node.callee.name === 'RegExp'
    ) {
      const pattern = staticString(node.arguments[0], constants);
      const flags = node.arguments.length > 1 ? staticString(node.arguments[1], constants) : '';
      if (pattern !== undefined && flags !== undefined) patterns.push({ where: at(node), pattern, flags });
      else dynamic.push(`${file}: ${code.slice(node.range[0], node.range[1])}`);
    } else if (
      node.type === T.CallExpression &&
      node.callee.type === T.MemberExpression &&
      node.callee.property.type === T.Identifier &&
      STRING_TO_REGEXP_METHODS.has(node.callee.property.name)
    ) {
      const pattern = staticString(node.arguments[0], constants);
      if (pattern !== undefined) patterns.push({ where: at(node), pattern, flags: '' });
    } else if (node.type === T.Property && !node.computed && propertyKey(node) === 'pattern') {
      const pattern = staticString(node.value, constants);
      if (pattern !== undefined) patterns.push({ where: at(node), pattern, flags: '' });
    }
  });
  return { patterns, dynamic };
}

function propertyKey(node: TSESTree.Property): string | undefined {
  if (node.key.type === T.Identifier) return node.key.name;
  if (node.key.type === T.Literal && typeof node.key.value === 'string') return node.key.value;
  return undefined;
}

function staticString(
  node: TSESTree.Node | null | undefined,
  constants: ReadonlyMap<string, string>,
): string | undefined {
  if (!node) return undefined;
  if (node.type === T.Literal && typeof node.value === 'string') return node.value;
  if (node.type === T.TemplateLiteral && node.expressions.length === 0)
    return node.quasis[0].value.cooked ?? undefined;
  if (node.type === T.Identifier) return constants.get(node.name);
  if (node.type === T.TSAsExpression || node.type === T.TSSatisfiesExpression)
    return staticString(node.expression, constants);
  return undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.[cm]?tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'rules'))];
const all: Found[] = [];
const dynamic: string[] = [];
for (const file of files) {
  const found = collectPatterns(readFileSync(file, 'utf8'), relative(root, file));
  all.push(...found.patterns);
  dynamic.push(...found.dynamic);
}

/** recheck's verdict: 'safe', or why not. */
function verdict(pattern: string, flags: string): string {
  const result = checkSync(pattern, flags, { timeout: 45_000 });
  if (result.status === 'safe') return 'safe';
  if (result.status === 'vulnerable')
    return `vulnerable (${result.complexity.type}; attack: ${JSON.stringify(result.attack.pattern)})`;
  return `${result.status}: ${'error' in result ? JSON.stringify(result.error) : ''}`;
}

describe('the pattern collector', () => {
  it('finds literals, constructors with constants, string-to-RegExp calls and schema patterns; flags the rest', () => {
    const code = [
      "const WORD = '^\\\\w+$';",
      'const a = /ab+c/gi;',
      'const b = new RegExp(WORD);',
      "const c = RegExp('x*', 'u');",
      "const d = name.match('^[a-z]+$');",
      "const e = { propertyNames: { pattern: '^\\\\d+$' } };",
      'const f = new RegExp(userInput);',
    ].join('\n');
    const { patterns, dynamic: rest } = collectPatterns(code, 'sample.ts');
    expect(patterns.map((p) => `${p.where} /${p.pattern}/${p.flags}`)).toEqual([
      'sample.ts:2 /ab+c/gi',
      'sample.ts:3 /^\\w+$/',
      'sample.ts:4 /x*/u',
      'sample.ts:5 /^[a-z]+$/',
      'sample.ts:6 /^\\d+$/',
    ]);
    expect(rest).toEqual(['sample.ts: new RegExp(userInput)']);
  });

  it('the checker rejects a pattern with exponential backtracking', () => {
    expect(verdict('^(a+)+$', '')).toMatch(/^vulnerable \(exponential/);
    expect(verdict('^(a|a)*$', '')).toMatch(/^vulnerable/);
    expect(verdict('^\\s*a\\s*$', '')).toBe('safe');
  });

  it('finds the patterns of src/ and rules/', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(all.length).toBeGreaterThan(0);
  });
});

describe('no regular expression in the engine or the catalog backtracks super-linearly', () => {
  for (const { where, pattern, flags } of all) {
    it(`${where} /${pattern}/${flags}`, () => {
      expect(verdict(pattern, flags)).toBe('safe');
    });
  }

  it('every RegExp built from a non-literal pattern is accounted for', () => {
    const files = dynamic.map((d) => d.slice(0, d.indexOf(': '))).sort();
    expect(files, `RegExps built from non-literal patterns:\n${dynamic.join('\n')}`).toEqual(
      DYNAMIC.map(([file]) => file).sort(),
    );
  });
});

describe('patterns built from catalog data', () => {
  it('the bare-global matcher of cross-file summaries, built-in catalog and with declared sinks', () => {
    const declared = {
      sinks: [
        { global: 'acme$track', args: { 0: 'user-id' } },
        { global: 'tracker.send', args: { 0: 'user-id' } },
      ],
    };
    for (const settings of [undefined, { 'analytics-privacy': declared }]) {
      const bareGlobal = bareGlobalPattern(readSettings(settings).catalog);
      expect(bareGlobal).toBeInstanceOf(RegExp);
      expect(verdict(bareGlobal.source, bareGlobal.flags)).toBe('safe');
    }
  });

  it("the CLI's finding parsers (vendor names and category labels)", () => {
    expect(FINDING_PATTERNS).toHaveLength(5);
    for (const pattern of FINDING_PATTERNS) expect(verdict(pattern.source, pattern.flags)).toBe('safe');
  });

  it('the script URL matcher of no-restricted-vendors, for every vendor', () => {
    const source = scriptUrlSource(vendors.flatMap((v) => v.scriptUrls ?? []));
    expect(source).toBeDefined();
    expect(verdict(source ?? '', 'i')).toBe('safe');
  });

  it('the script host pre-test of no-restricted-vendors, for every vendor', () => {
    const source = scriptHostsSource([
      ...new Set(vendors.flatMap((v) => (v.scriptUrls ?? []).map((u) => u.split('/')[0]))),
    ]);
    expect(source).toBeDefined();
    expect(verdict(source ?? '', 'i')).toBe('safe');
  });
});

describe('vendor HTTP endpoints', () => {
  it('the endpoint host pre-test of no-pii, for every vendor', () => {
    const source = endpointHostsSource([
      ...new Set(vendors.flatMap((v) => (v.endpoints ?? []).map((e) => e.url.toLowerCase().split('/')[0]))),
    ]);
    expect(source).toBeDefined();
    expect(verdict(source ?? '', 'i')).toBe('safe');
  });
});

describe('user-supplied patterns', () => {
  it('settings take names, not patterns: no setting is a pattern (one that is must be checked when read)', () => {
    const keys: string[] = [];
    const visit = (schema: JsonSchema, path: string): void => {
      for (const [key, sub] of Object.entries(schema.properties ?? {})) {
        keys.push(`${path}.${key}`);
        visit(sub, `${path}.${key}`);
      }
      if (schema.items) visit(schema.items, `${path}[]`);
      if (typeof schema.additionalProperties === 'object') visit(schema.additionalProperties, `${path}.*`);
    };
    visit(settingsSchema, 'settings');
    expect(keys.length).toBeGreaterThan(5);
    expect(keys.filter((k) => /pattern|regex|^globs?$|^match/i.test(k.split('.').pop() ?? ''))).toEqual([]);
  });
});
