import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { cli, LEAKS, project } from './helpers.js';

/** `path:line message` for each finding of a `--format json` output, paths relative to `dir`. */
function findings(stdout: string, dir: string): string[] {
  const results = JSON.parse(stdout) as ESLint.LintResult[];
  return results.flatMap((r) => r.messages.map((m) => `${relative(dir, r.filePath)}:${m.line} ${m.message}`));
}

describe('analytics-privacy (lint)', () => {
  it('lints JS, JSX, TS, TSX, ESM and CJS without any ESLint config, and exits 1 on findings', () => {
    const dir = project({
      ...LEAKS,
      'eslint.config.js': 'throw new Error("the user config must not be read");\n',
    });
    const run = cli(['--format', 'json'], dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(findings(run.stdout, dir).sort()).toEqual([
      'src/button.tsx:2 name reaches PostHog capture',
      'src/checkout.ts:4 email reaches Mixpanel track',
      'src/server.cjs:2 email reaches Sentry setUser',
      'src/tracking.mjs:2 phone number reaches Vercel Web Analytics track',
      'src/widget.jsx:2 email reaches PostHog capture',
    ]);
  });

  it('exits 0 and prints nothing on a clean project (stylish)', () => {
    const dir = project({ 'src/clean.js': LEAKS['src/clean.js'] });
    expect(cli([], dir)).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('stylish lists each finding with its rule id', () => {
    const dir = project({ 'src/checkout.ts': LEAKS['src/checkout.ts'] });
    const run = cli(['src'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/4:\d+\s+error\s+email reaches Mixpanel track\s+analytics-privacy\/no-pii/);
    expect(run.stdout).toContain('1 problem (1 error, 0 warnings)');
  });

  it('lints only the given paths, files or directories', () => {
    const dir = project(LEAKS);
    expect(findings(cli(['-f', 'json', 'src/server.cjs', 'src/widget.jsx'], dir).stdout, dir).sort()).toEqual(
      ['src/server.cjs:2 email reaches Sentry setUser', 'src/widget.jsx:2 email reaches PostHog capture'],
    );
  });

  it('skips what .gitignore ignores (root and nested files, directory and file patterns, negation)', () => {
    const leak = LEAKS['src/server.cjs'];
    const dir = project({
      '.gitignore': '# build output\nbuild\n/generated/\n*.gen.cjs\n!keep.gen.cjs\n',
      'packages/a/.gitignore': 'out/\n',
      'src/server.cjs': leak,
      'build/server.cjs': leak,
      'generated/server.cjs': leak,
      'src/generated/server.cjs': leak,
      'src/x.gen.cjs': leak,
      'src/keep.gen.cjs': leak,
      'packages/a/out/server.cjs': leak,
      'packages/a/src/server.cjs': leak,
    });
    const files = findings(cli(['-f', 'json'], dir).stdout, dir).map((f) => f.split(':')[0]);
    expect(files.sort()).toEqual([
      'packages/a/src/server.cjs',
      'src/generated/server.cjs',
      'src/keep.gen.cjs',
      'src/server.cjs',
    ]);
  });

  it("lints a directory outside the current one, with that directory's .gitignore", () => {
    const dir = project({
      '.gitignore': 'dist/\n',
      'src/server.cjs': LEAKS['src/server.cjs'],
      'dist/server.cjs': LEAKS['src/server.cjs'],
    });
    const elsewhere = project({});
    const run = cli(['-f', 'json', dir], elsewhere);
    expect(findings(run.stdout, dir)).toEqual(['src/server.cjs:2 email reaches Sentry setUser']);
  });

  it('reports a file with a syntax error and goes on with the others', () => {
    const dir = project({ 'src/broken.ts': 'const x = ;\n', 'src/server.cjs': LEAKS['src/server.cjs'] });
    const run = cli(['-f', 'json'], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(findings(run.stdout, dir).sort()).toEqual([
      'src/broken.ts:1 Parsing error: Expression expected.',
      'src/server.cjs:2 email reaches Sentry setUser',
    ]);
  });

  it('uses type information when a tsconfig.json is found, and not with --no-typed', () => {
    const dir = project({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler', skipLibCheck: true },
        include: ['src'],
      }),
      'src/types.ts':
        "type Brand<T, B extends string> = T & { readonly __brand: B };\nexport type EmailAddress = Brand<string, 'EmailAddress'>;\n",
      'src/app.ts':
        "import mixpanel from 'mixpanel-browser';\nimport type { EmailAddress } from './types';\nexport function send(ref: EmailAddress): void {\n  mixpanel.track('signup', { ref });\n}\n",
      // outside the tsconfig's program: linted without type information instead of failing
      'scripts/tool.ts': LEAKS['src/checkout.ts'],
    });
    const typed = cli(['-f', 'json'], dir);
    expect(typed.stderr).toBe('');
    expect(findings(typed.stdout, dir).sort()).toEqual([
      'scripts/tool.ts:4 email reaches Mixpanel track',
      'src/app.ts:4 email reaches Mixpanel track',
    ]);
    expect(findings(cli(['-f', 'json', '--no-typed'], dir).stdout, dir)).toEqual([
      'scripts/tool.ts:4 email reaches Mixpanel track',
    ]);
  });

  it('uses the tsconfig.json nearest to the linted paths (a package of a monorepo)', () => {
    const dir = project({
      'package.json': '{"private":true}',
      'packages/web/tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, module: 'esnext', moduleResolution: 'bundler' },
        include: ['src'],
      }),
      'packages/web/src/types.ts':
        "export type EmailAddress = string & { readonly __brand: 'EmailAddress' };\n",
      'packages/web/src/app.ts':
        "import mixpanel from 'mixpanel-browser';\nimport type { EmailAddress } from './types';\nexport const send = (ref: EmailAddress): void => mixpanel.track('signup', { ref });\n",
    });
    expect(findings(cli(['-f', 'json', 'packages/web'], dir).stdout, dir)).toEqual([
      'packages/web/src/app.ts:3 email reaches Mixpanel track',
    ]);
  });

  it('--strict uses the strict config', () => {
    const dir = project({
      'src/init.js': "import mixpanel from 'mixpanel-browser';\nmixpanel.init('token');\n",
    });
    expect(cli([], dir).status).toBe(0);
    const strict = cli(['--strict', '-f', 'json'], dir);
    expect(strict.status).toBe(1);
    expect(findings(strict.stdout, dir)).toEqual([
      expect.stringMatching(/^src\/init\.js:2 Mixpanel .*without ip: false/),
    ]);
  });

  it('--output writes the findings to a file and prints nothing', () => {
    const dir = project({ 'src/server.cjs': LEAKS['src/server.cjs'] });
    const run = cli(['-f', 'json', '-o', 'out/findings.json'], dir);
    expect(run).toEqual({ status: 1, stdout: '', stderr: '' });
    expect(findings(readFileSync(join(dir, 'out/findings.json'), 'utf8'), dir)).toEqual([
      'src/server.cjs:2 email reaches Sentry setUser',
    ]);
  });

  it("--cache keeps ESLint's cache and gives the same findings on the second run", () => {
    const dir = project({ 'src/server.cjs': LEAKS['src/server.cjs'] });
    const first = cli(['--cache', '-f', 'json'], dir);
    expect(existsSync(join(dir, 'node_modules/.cache/analytics-privacy'))).toBe(true);
    const second = cli(['--cache', '-f', 'json'], dir);
    expect(findings(second.stdout, dir)).toEqual(findings(first.stdout, dir));
    expect(second.status).toBe(1);
  });

  it('--cache-location keeps the cache where it says, and nothing in the default place', () => {
    const dir = project({ 'src/server.cjs': LEAKS['src/server.cjs'] });
    const run = cli(['--cache', '--cache-location', '.lint-cache/', '-f', 'json'], dir);
    expect(findings(run.stdout, dir)).toEqual(['src/server.cjs:2 email reaches Sentry setUser']);
    expect(existsSync(join(dir, '.lint-cache'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules/.cache/analytics-privacy'))).toBe(false);
  });

  it("ignores other tools' inline comments and honours disable comments for its own rules", () => {
    const dir = project({
      'src/a.cjs':
        "const Sentry = require('@sentry/node'); // eslint-disable-line no-console\n// eslint-disable-next-line analytics-privacy/no-pii\nSentry.setUser({ email: user.email });\nSentry.setUser({ id: user.id });\n",
    });
    expect(findings(cli(['-f', 'json'], dir).stdout, dir)).toEqual([
      'src/a.cjs:4 user ID reaches Sentry setUser',
    ]);
  });
});

describe('analytics-privacy: usage and errors (exit 2, one line)', () => {
  const dir = project({ 'src/clean.js': LEAKS['src/clean.js'] });
  const cases: [string, string[], RegExp][] = [
    [
      'an unknown option',
      ['--fix'],
      /^analytics-privacy: unknown option --fix \(see analytics-privacy --help\)\n$/,
    ],
    [
      'a bad format',
      ['--format', 'xml'],
      /^analytics-privacy: --format must be one of stylish, json, sarif \(got "xml"\)\n$/,
    ],
    [
      'a report format for lint',
      ['-f', 'html'],
      /^analytics-privacy: --format must be one of stylish, json, sarif/,
    ],
    ['a missing option value', ['--output'], /^analytics-privacy: --output needs a value\n$/],
    ['a value for a flag', ['--strict=yes'], /^analytics-privacy: --strict takes no value\n$/],
    [
      'a negation of another flag',
      ['--no-cache'],
      /^analytics-privacy: unknown option --no-cache \(see analytics-privacy --help\)\n$/,
    ],
    [
      'a short option with its value attached',
      ['-fjson'],
      /^analytics-privacy: unknown option -fjson \(see analytics-privacy --help\)\n$/,
    ],
    ['an option in place of a value', ['-o', '--strict'], /^analytics-privacy: -o needs a value\n$/],
    ['an empty value', ['--format='], /^analytics-privacy: --format needs a value\n$/],
    ['a missing path', ['src', 'nowhere'], /^analytics-privacy: path not found: nowhere\n$/],
    [
      'a bad report format',
      ['report', '--format', 'sarif'],
      /^analytics-privacy: --format must be one of md, json, html/,
    ],
  ];
  for (const [what, args, message] of cases) {
    it(`${what}: ${args.join(' ')}`, () => {
      const run = cli(args, dir);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(message);
    });
  }

  it('an unreadable tsconfig.json names the file and the way out', () => {
    const bad = project({ 'tsconfig.json': '{ "compilerOptions": ', 'src/a.ts': 'export {};\n' });
    const run = cli([], bad);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^analytics-privacy: cannot read .*tsconfig\.json: .+ \(use --no-typed to lint without type information\)\n$/,
    );
    expect(cli(['--no-typed'], bad).status).toBe(0);
  });

  it('ESLint throwing inside the run (a dangling symlink among the files): one line, no stack', () => {
    const broken = project({ 'src/clean.js': LEAKS['src/clean.js'] });
    symlinkSync(join(broken, 'nowhere.js'), join(broken, 'src', 'gone.js'));
    const run = cli([], broken);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `analytics-privacy: lint failed: ENOENT: no such file or directory, open '${join(broken, 'src', 'gone.js')}'\n`,
    );
    // the stack only when asked for
    const debug = cli([], broken, { DEBUG: 'other,analytics-privacy' });
    expect(debug.status).toBe(2);
    expect(debug.stderr).toMatch(
      /^analytics-privacy: lint failed: ENOENT[^\n]*\nError: ENOENT[^\n]*\n(?:\s+at .+\n)+$/,
    );
  });

  // Node's own resolution error for a package that is not installed: `eslint` is resolved from a
  // directory without node_modules (a hook; a copy of the package would find an eslint in an ancestor's node_modules).
  const hooks = project({
    'hide-eslint.mjs': `import { register } from 'node:module';\nregister('data:text/javascript,' + encodeURIComponent(${JSON.stringify(
      "export function resolve(specifier, context, next) { return next(specifier, specifier === 'eslint' ? { ...context, parentURL: 'file:///nonexistent/x.js' } : context); }",
    )}));\n`,
    // Fail outside the command's promise chain once the command has installed its handler (or after 2 s).
    'throw-later.mjs':
      "let n = 0;\nconst tick = () => {\n  if (!process.listenerCount('uncaughtException') && ++n < 400) return void setTimeout(tick, 5);\n  throw new Error('injected failure\\nmore');\n};\nsetTimeout(tick, 5);\n",
    'reject-later.mjs':
      "let n = 0;\nconst tick = () => {\n  if (!process.listenerCount('uncaughtException') && ++n < 400) return void setTimeout(tick, 5);\n  void Promise.reject(new Error('injected rejection'));\n};\nsetTimeout(tick, 5);\n",
  });

  it('eslint not installed: names the package, one line, exit 2', () => {
    expect(cli([], dir, {}, ['--import', pathToFileURL(join(hooks, 'hide-eslint.mjs')).href])).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'analytics-privacy: cannot load eslint: it is not installed (install it next to eslint-plugin-analytics-privacy)\n',
    });
  });

  it('an error thrown or a promise rejected outside the run: one line, exit 2', () => {
    expect(cli([], dir, {}, ['--import', pathToFileURL(join(hooks, 'throw-later.mjs')).href])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'analytics-privacy: unexpected error: injected failure\n',
    });
    expect(cli([], dir, {}, ['--import', pathToFileURL(join(hooks, 'reject-later.mjs')).href])).toEqual({
      status: 2,
      stdout: '',
      stderr: 'analytics-privacy: unexpected error: injected rejection\n',
    });
  });

  it('--help and --version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: analytics-privacy \[paths\.\.\.\] \[options\]/);
    const pkg = JSON.parse(readFileSync(join(import.meta.dirname, '../../package.json'), 'utf8')) as {
      version: string;
      bin: Record<string, string>;
    };
    expect(cli(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
    expect(pkg.bin).toEqual({ 'analytics-privacy': './bin/analytics-privacy.js' });
  });
});
