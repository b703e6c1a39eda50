/**
 * The layers of `src/` (docs/architecture.md), checked from the import graph: every import points
 * down, one rule's analysis never imports another's, and nothing below `rules/` imports a rule, the
 * plugin entry or the CLI. Also: the top of `src/` holds only the entry and folders, and no module
 * takes part in an import cycle.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** What each group may import, besides itself. Groups are folders of `src/` (analyses: one per rule). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  util: [],
  ast: [],
  catalog: ['util'],
  'personal-data': ['util', 'ast', 'catalog'],
  settings: ['util', 'ast', 'catalog', 'personal-data'],
  project: ['util', 'ast', 'catalog', 'personal-data', 'settings'],
  sdk: ['util', 'ast', 'catalog', 'personal-data', 'settings', 'project'],
  analyses: ['util', 'ast', 'catalog', 'personal-data', 'settings', 'project', 'sdk'],
  rules: ['util', 'ast', 'catalog', 'personal-data', 'settings', 'project', 'sdk', 'analyses'],
  entry: ['ast', 'rules'],
  cli: ['util', 'ast', 'catalog', 'personal-data', 'entry'],
};

/** The group of a repository-relative path: `src/<group>/...`, `src/analyses/<rule>/...`, `rules/...`, `src/index.ts`. */
function groupOf(path: string): { layer: string; room: string } | undefined {
  const parts = path.split('/');
  if (parts[0] === 'rules') return { layer: 'rules', room: `rules/${parts[1]}` };
  if (parts[0] !== 'src') return undefined;
  if (parts.length === 2) return parts[1] === 'index.ts' ? { layer: 'entry', room: 'entry' } : undefined;
  if (parts[1] === 'analyses') return { layer: 'analyses', room: `analyses/${parts[2]}` };
  return { layer: parts[1], room: parts[1] };
}

/** Every import edge that breaks the layering, as `from -> to: why`. */
function layerViolations(edges: readonly (readonly [from: string, to: string])[]): string[] {
  const problems: string[] = [];
  for (const [from, to] of edges) {
    const a = groupOf(from);
    const b = groupOf(to);
    if (!a || !b) {
      problems.push(`${from} -> ${to}: outside the layers`);
      continue;
    }
    if (a.room === b.room && a.layer !== 'rules') continue;
    if (a.layer === 'analyses' && b.layer === 'analyses')
      problems.push(`${from} -> ${to}: one rule's analysis imports another's`);
    else if (a.layer === 'rules' && b.layer === 'rules')
      problems.push(`${from} -> ${to}: a rule imports another rule`);
    else if (!(ALLOWED[a.layer] ?? []).includes(b.layer))
      problems.push(`${from} -> ${to}: ${a.layer} may not import ${b.layer}`);
  }
  return problems;
}

/** Import cycles among the modules, each as the list of its files. */
function cycles(edges: readonly (readonly [string, string])[]): string[][] {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const found: string[][] = [];
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'active');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'active') found.push(stack.slice(stack.indexOf(to)));
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of next.keys()) if (!state.has(node)) visit(node);
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The project's own import edges (relative specifiers; `import type` included: a type is a dependency too). */
function importEdges(): [string, string][] {
  const edges: [string, string][] = [];
  for (const file of [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'rules'))]) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), fileName).replace(/\.js$/, '.ts');
      edges.push([relative(ROOT, file), relative(ROOT, target)]);
    }
  }
  return edges;
}

describe('the layers of src/', () => {
  const edges = importEdges();

  it('reads a real graph (guards the checks below against an empty one)', () => {
    expect(edges.length).toBeGreaterThan(100);
    expect(edges).toContainEqual(['src/personal-data/value-classifier.ts', 'src/personal-data/lexicon.ts']);
  });

  it('every import points down, and no analysis imports another', () => {
    expect(layerViolations(edges)).toEqual([]);
  });

  it('no import cycles', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('the top of src/ holds only the plugin entry and folders', () => {
    const files = readdirSync(join(ROOT, 'src')).filter(
      (entry) => !statSync(join(ROOT, 'src', entry)).isDirectory(),
    );
    expect(files).toEqual(['index.ts']);
  });

  it('every folder of src/ is a known layer', () => {
    const folders = readdirSync(join(ROOT, 'src')).filter((entry) =>
      statSync(join(ROOT, 'src', entry)).isDirectory(),
    );
    for (const folder of folders) expect(Object.keys(ALLOWED), folder).toContain(folder);
  });
});

describe('the layer check itself', () => {
  it('rejects an upward import, a sideways analysis import, a rule import from below and an unknown place', () => {
    expect(
      layerViolations([
        ['src/personal-data/lexicon.ts', 'src/sdk/sink-resolution.ts'],
        ['src/util/words.ts', 'src/ast/bindings.ts'],
        ['src/catalog/index.ts', 'src/settings/settings.ts'],
        ['src/analyses/no-pii/leak-analysis.ts', 'src/analyses/no-pii-in-urls/url-analysis.ts'],
        ['src/sdk/vendor-presence.ts', 'rules/no-pii.ts'],
        ['src/analyses/no-pii/leak-analysis.ts', 'src/index.ts'],
        ['src/settings/settings.ts', 'src/cli/main.ts'],
        ['rules/no-pii.ts', 'rules/no-pii-in-urls.ts'],
        ['src/stray.ts', 'src/util/words.ts'],
      ]),
    ).toEqual([
      'src/personal-data/lexicon.ts -> src/sdk/sink-resolution.ts: personal-data may not import sdk',
      'src/util/words.ts -> src/ast/bindings.ts: util may not import ast',
      'src/catalog/index.ts -> src/settings/settings.ts: catalog may not import settings',
      "src/analyses/no-pii/leak-analysis.ts -> src/analyses/no-pii-in-urls/url-analysis.ts: one rule's analysis imports another's",
      'src/sdk/vendor-presence.ts -> rules/no-pii.ts: sdk may not import rules',
      'src/analyses/no-pii/leak-analysis.ts -> src/index.ts: analyses may not import entry',
      'src/settings/settings.ts -> src/cli/main.ts: settings may not import cli',
      'rules/no-pii.ts -> rules/no-pii-in-urls.ts: a rule imports another rule',
      'src/stray.ts -> src/util/words.ts: outside the layers',
    ]);
  });

  it('accepts imports inside one room and downward ones', () => {
    expect(
      layerViolations([
        ['src/analyses/no-pii/leak-analysis.ts', 'src/analyses/no-pii/wrapper-summaries.ts'],
        ['src/analyses/no-pii/leak-analysis.ts', 'src/sdk/sink-resolution.ts'],
        ['rules/no-pii.ts', 'src/analyses/no-pii/analyse-file.ts'],
        ['src/index.ts', 'rules/no-pii.ts'],
      ]),
    ).toEqual([]);
  });

  it('finds a cycle', () => {
    expect(
      cycles([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
      ]),
    ).toEqual([['a', 'b', 'c']]);
  });
});
