import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vendors } from '../src/catalog/vendors/index.js';
import type { Member, Shape, Vendor } from '../src/catalog/types.js';
import { DOCS_BASE, REPOSITORY_URL } from '../src/util/repository.js';
import { rules } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const run = (script: string, ...args: string[]) =>
  execFileSync(process.execPath, [join(root, script), ...args], { cwd: root, encoding: 'utf8' });

describe('rules', () => {
  const files = readdirSync(join(root, 'rules'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => f.replace(/\.ts$/, ''));

  it('every file in rules/ is in the rules index, under its file name', () => {
    expect(Object.keys(rules).sort()).toEqual(files.sort());
  });

  for (const [name, rule] of Object.entries(rules)) {
    it(`${name}: has a docs page at its docs URL, and a description in the house style`, () => {
      expect(rule.meta.docs?.url).toBe(`${DOCS_BASE}/${name}.md`);
      expect(existsSync(join(root, 'docs', 'rules', `${name}.md`))).toBe(true);
      expect(rule.meta.docs?.description).toMatch(/^(disallow|require|enforce) /);
    });

    it(`${name}: messages carry no line numbers`, () => {
      for (const message of Object.values(rule.meta.messages))
        expect(message).not.toMatch(/\bline\b|\{\{\s*line/i);
    });
  }
});

describe('one repository URL', () => {
  it("package.json's repository, homepage and bugs are REPOSITORY_URL's", () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      repository: { type: string; url: string };
      homepage: string;
      bugs: { url: string };
    };
    expect(pkg.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
    expect(pkg.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(pkg.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
  });

  it('no other copy of the URL in the sources, scripts or configs', () => {
    const tracked = execFileSync('git', ['ls-files', 'src', 'rules', 'scripts', 'bin'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
    const files = [...tracked, ...readdirSync(root).filter((f) => /\.[cm]?[jt]s$/.test(f))];
    const copies = files.filter(
      (f) =>
        f !== 'src/util/repository.ts' &&
        existsSync(join(root, f)) &&
        readFileSync(join(root, f), 'utf8').includes(REPOSITORY_URL),
    );
    expect(copies).toEqual([]);
  });
});

describe('docs are generated and in sync', () => {
  it('the README rules table and rule doc headers match eslint-doc-generator (needs a build)', () => {
    expect(() =>
      execFileSync(join(root, 'node_modules', '.bin', 'eslint-doc-generator'), ['--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it('docs/sdk-coverage.md matches the catalog (needs a build)', () => {
    expect(() => run('scripts/sdk-coverage.mjs', '--check')).not.toThrow();
  });

  it('src/catalog/vendors/index.ts lists every vendor module', () => {
    expect(() => run('scripts/vendor-index.mjs', '--check')).not.toThrow();
  });
});

describe('vendor catalog', () => {
  it('vendor ids are unique kebab-case', () => {
    const ids = vendors.map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('no package name or global is claimed by two vendors', () => {
    const seen = new Map<string, string>();
    for (const v of vendors) {
      for (const name of [
        ...v.modules.flatMap((m) => m.names),
        ...Object.keys(v.globals).map((g) => `global:${g}`),
      ]) {
        expect(seen.get(name), `${name} in ${v.id}`).toBeUndefined();
        seen.set(name, v.id);
      }
    }
  });

  const refs = (v: Vendor): string[] => {
    const out: string[] = [];
    const seen = new Set<Shape>();
    const walk = (m: Member | undefined | null) => {
      if (m === undefined || m === null) return;
      if (typeof m === 'string') return void out.push(m);
      if (seen.has(m)) return;
      seen.add(m);
      for (const child of Object.values(m.members ?? {})) walk(child);
      walk(m.returns);
      walk(m.construct);
      for (const cb of m.callbacks ?? []) cb.params.forEach(walk);
    };
    v.modules.forEach((spec) => (walk(spec.exports), walk(spec.cjs)));
    Object.values(v.globals).forEach(walk);
    Object.values(v.shapes).forEach(walk);
    return out;
  };

  for (const v of vendors) {
    it(`${v.id}: every named shape it refers to exists, and it has tests`, () => {
      for (const ref of refs(v)) expect(v.shapes[ref], `${v.id}: shape "${ref}"`).toBeDefined();
      expect(
        existsSync(join(root, 'test', 'vendors', `${v.id}.test.ts`)),
        `test/vendors/${v.id}.test.ts`,
      ).toBe(true);
      expect(v.docs.length).toBeGreaterThan(0);
    });
  }
});

describe('package', () => {
  it('package.json exports the built entry and has a main for tools that require() the root', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      main: string;
      exports: Record<string, unknown>;
    };
    expect(pkg.main).toBe('./dist/src/index.js');
    expect(pkg.exports['.']).toEqual({ types: './dist/src/index.d.ts', default: './dist/src/index.js' });
  });
});
