// Import resolution through a typed run's program: answers, and what the resolver keeps alive.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const MODULE = pathToFileURL(
  resolve(import.meta.dirname, '../../../dist/src/project/checker-resolution.js'),
).href;

describe('checkerImportResolver', () => {
  it('does not keep its program alive (module summaries keep the resolver; an editor replaces programs)', () => {
    // A fresh process with an exposed collector: the built module, a stand-in program, a weak probe on it.
    const script = `
      const { checkerImportResolver } = await import(${JSON.stringify(MODULE)});
      let program = { getSourceFile: () => undefined, getTypeChecker: () => ({}) };
      const resolver = checkerImportResolver(program);
      const probe = new WeakRef(program);
      resolver('/a.ts', './b');
      program = undefined;
      await new Promise((r) => setTimeout(r, 0));
      globalThis.gc();
      console.log(JSON.stringify({ collected: probe.deref() === undefined, after: resolver('/a.ts', './c') ?? null }));
    `;
    const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual({ collected: true, after: null });
  });
});
