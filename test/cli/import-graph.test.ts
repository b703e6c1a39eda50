import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.js';

/** Every built module the given one loads, following relative static and dynamic imports. */
function importGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    const statics = text.matchAll(/^(?:import|export)\b[^;]*?'(\.{1,2}\/[^']+\.js)'/gm);
    const dynamics = text.matchAll(/\bimport\(\s*'(\.{1,2}\/[^']+\.js)'\s*\)/g);
    for (const m of [...statics, ...dynamics]) visit(resolve(dirname(file), m[1]));
  };
  visit(entry);
  return seen;
}

describe('the plugin entry', () => {
  it('does not load the command line', () => {
    const graph = [...importGraph(join(root, 'dist', 'src', 'index.js'))].map((f) => relative(root, f));
    expect(graph).toContain('dist/rules/no-pii.js');
    expect(graph.filter((f) => f.includes('/cli/'))).toEqual([]);
    // and the command line does load the plugin
    expect(
      [...importGraph(join(root, 'dist', 'src', 'cli', 'main.js'))].map((f) => relative(root, f)),
    ).toContain('dist/src/index.js');
  });
});
