import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../src/index.js';

const root = join(import.meta.dirname, '..');
const fixtures = join(import.meta.dirname, 'fixtures');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

describe('plugin object', () => {
  it('has meta with name and version from package.json', () => {
    const pkg = createRequire(import.meta.url)('../package.json') as { name: string; version: string };
    expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'analytics-privacy' });
  });

  it('recommended turns on every recommended rule at "error" for JS and TS files', () => {
    expect(plugin.configs.recommended.rules).toEqual({
      'analytics-privacy/no-pii': 'error',
      'analytics-privacy/no-pii-in-urls': 'error',
      'analytics-privacy/no-unsafe-sdk-config': 'error',
    });
    expect(plugin.configs.recommended.files).toEqual(['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}']);
    expect(plugin.configs.recommended.plugins?.['analytics-privacy']).toBe(plugin);
  });

  it('strict includes everything recommended has, with its strict options', () => {
    expect(Object.keys(plugin.configs.strict.rules ?? {})).toEqual(
      expect.arrayContaining(Object.keys(plugin.configs.recommended.rules ?? {})),
    );
    expect(plugin.configs.strict.rules?.['analytics-privacy/no-unsafe-sdk-config']).toEqual([
      'error',
      { ipCollection: true },
    ]);
    expect(plugin.configs.strict.rules?.['analytics-privacy/no-pii-in-urls']).toEqual([
      'error',
      { ids: true },
    ]);
  });

  it('typescript brings the TypeScript parser for TypeScript files, and no rules', () => {
    const { typescript } = plugin.configs;
    expect(typescript.name).toBe('analytics-privacy/typescript');
    expect(typescript.files).toEqual(['**/*.{ts,tsx,mts,cts}']);
    expect(typescript.rules).toBeUndefined();
    const parser = typescript.languageOptions?.parser as
      { meta?: { name?: string }; parseForESLint?: unknown } | undefined;
    expect(parser?.meta?.name).toBe('analytics-privacy/typescript-parser');
    expect(typeof parser?.parseForESLint).toBe('function');
  });

  it('opt-in rules that need options are in neither config', () => {
    expect(plugin.configs.recommended.rules).not.toHaveProperty(['analytics-privacy/no-restricted-vendors']);
    expect(plugin.configs.strict.rules).not.toHaveProperty(['analytics-privacy/no-restricted-vendors']);
  });
});

describe('loading the built package', () => {
  it('require() returns the plugin itself, not a namespace', () => {
    const required = createRequire(import.meta.url)('../dist/src/index.js') as typeof plugin;
    expect(required.configs.recommended.rules).toEqual(plugin.configs.recommended.rules);
    expect('default' in required).toBe(false);
  });

  it('importing it, or requiring it, loads no TypeScript (no code of typescript-estree, the parser, typescript)', () => {
    const script = [
      "import { createRequire } from 'node:module';",
      `await import(${JSON.stringify(join(root, 'dist', 'src', 'index.js'))});`,
      `createRequire(import.meta.url)(${JSON.stringify(join(root, 'dist', 'src', 'index.js'))});`,
      'const loaded = Object.keys(createRequire(import.meta.url).cache);',
      'console.log(JSON.stringify(loaded.filter((f) => /node_modules[\\\\/](typescript|@typescript-eslint[\\\\/](typescript-estree|parser))[\\\\/].*\\.js$/.test(f))));',
    ].join('\n');
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(JSON.parse(out)).toEqual([]);
  });

  for (const [kind, dir] of [
    ['eslint.config.js (import)', 'consumer-esm'],
    ['eslint.config.cjs (require)', 'consumer-cjs'],
  ] as const) {
    it(`works from ${kind} with the real ESLint CLI`, () => {
      let output = '';
      try {
        execFileSync(process.execPath, [eslintBin, '--format', 'json', 'app.js'], {
          cwd: join(fixtures, dir),
          encoding: 'utf8',
        });
      } catch (error) {
        output = (error as { stdout: string }).stdout;
      }
      const [result] = JSON.parse(output) as ESLint.LintResult[];
      expect(result.messages.map((m) => `${m.line}: ${m.message}`)).toEqual([
        '4: user ID reaches Mixpanel identify (identity argument)',
      ]);
    });
  }
});
