/**
 * The recipes in docs/recipes/, tried for real: the pre-commit framework hook's definition and entry,
 * husky + lint-staged on a temporary git repository, ESLint's bulk suppressions with the plugin's
 * config, ESLint's --cache and --concurrency with it, and the oxlint smoke script.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, LEAKS, project, root, writeFiles } from './helpers.js';

const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const pluginEntry = join(root, 'dist', 'src', 'index.js');

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = {},
): { status: number | null; stdout: string; output: string } {
  const r = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 120_000,
  });
  return { status: r.status, stdout: r.stdout, output: `${r.stdout}${r.stderr}` };
}

/** The hooks of a `.pre-commit-hooks.yaml` (a list of flat maps; enough YAML for that file). */
function readHooks(text: string): Record<string, string>[] {
  const hooks: Record<string, string>[] = [];
  for (const line of text.split('\n')) {
    const m = /^(- |  )([a-z_]+): (.*)$/.exec(line);
    if (!m) continue;
    if (m[1] === '- ') hooks.push({});
    hooks[hooks.length - 1][m[2]] = m[3].replace(/^'(.*)'$/, '$1');
  }
  return hooks;
}

describe('pre-commit framework hook', () => {
  const hooks = readHooks(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };

  it('.pre-commit-hooks.yaml declares a node hook whose entry is the CLI', () => {
    expect(hooks).toEqual([
      {
        id: 'analytics-privacy',
        name: 'analytics-privacy',
        description: expect.stringContaining('personal data') as string,
        entry: 'analytics-privacy',
        language: 'node',
        types_or: '[javascript, jsx, ts, tsx]',
        minimum_pre_commit_version: '3.0.0',
      },
    ]);
    expect(Object.keys(pkg.bin)).toContain(hooks[0].entry);
  });

  it('the entry, given the staged files as pre-commit passes them, fails on a leak and passes clean files', () => {
    const dir = project({ 'src/server.cjs': LEAKS['src/server.cjs'], 'src/clean.js': LEAKS['src/clean.js'] });
    const leak = cli(['src/server.cjs', 'src/clean.js'], dir);
    expect(leak.status).toBe(1);
    expect(leak.stdout).toContain('email reaches Sentry setUser');
    expect(cli(['src/clean.js'], dir).status).toBe(0);
  });
});

describe('husky + lint-staged', () => {
  it('blocks a commit that sends personal data to a vendor and lets a clean one through', () => {
    const dir = project({
      'package.json': JSON.stringify({
        name: 'app',
        private: true,
        'lint-staged': { '*.{js,jsx,ts,tsx,mjs,cjs}': 'analytics-privacy' },
      }),
      'README.md': 'app\n',
      '.husky/pre-commit': 'lint-staged\n',
    });
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(bin, join(dir, 'node_modules', '.bin', 'analytics-privacy'));
    symlinkSync(
      join(root, 'node_modules', 'lint-staged', 'bin', 'lint-staged.js'),
      join(dir, 'node_modules', '.bin', 'lint-staged'),
    );
    const git = (...args: string[]) =>
      run(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
        dir,
      );
    expect(git('init', '-q').status).toBe(0);
    writeFiles(dir, { '.gitignore': 'node_modules/\n' });
    expect(git('add', '.').status).toBe(0);
    expect(git('commit', '-qm', 'init').status).toBe(0);
    // `husky` (v9) installs the hooks: core.hooksPath = .husky/_
    expect(run(process.execPath, [join(root, 'node_modules', 'husky', 'bin.js')], dir).status).toBe(0);
    expect(git('config', 'core.hooksPath').output.trim()).toBe('.husky/_');

    writeFiles(dir, { 'src/server.cjs': LEAKS['src/server.cjs'] });
    git('add', 'src/server.cjs');
    const blocked = git('commit', '-m', 'leak');
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toContain('email reaches Sentry setUser');
    expect(git('log', '--oneline').output.trim().split('\n')).toHaveLength(1);

    git('rm', '-q', '--cached', 'src/server.cjs');
    writeFiles(dir, { 'src/clean.js': LEAKS['src/clean.js'] });
    git('add', 'src/clean.js');
    const passed = git('commit', '-m', 'clean');
    expect(passed.status, passed.output).toBe(0);
    expect(git('log', '--oneline').output.trim().split('\n')).toHaveLength(2);
  });
});

describe('ESLint with the plugin config', () => {
  const config = `import analyticsPrivacy from ${JSON.stringify(pluginEntry)};\nexport default [analyticsPrivacy.configs.recommended];\n`;
  const other =
    "const Sentry = require('@sentry/node');\nmodule.exports = (user) => Sentry.setUser({ id: user.id });\n";

  it('bulk suppressions: --suppress-all, then only new findings fail, then --prune-suppressions', () => {
    const dir = project({
      'package.json': '{"type":"module"}',
      'eslint.config.js': config,
      'src/server.cjs': LEAKS['src/server.cjs'],
    });
    const eslint = (...args: string[]) => run(process.execPath, [eslintBin, ...args], dir);
    expect(eslint('.').status).toBe(1);
    expect(eslint('--suppress-all', '.').status).toBe(0);
    const suppressions = () =>
      JSON.parse(readFileSync(join(dir, 'eslint-suppressions.json'), 'utf8')) as unknown;
    expect(suppressions()).toEqual({ 'src/server.cjs': { 'analytics-privacy/no-pii': { count: 1 } } });
    expect(eslint('.').status).toBe(0);
    writeFiles(dir, { 'src/new.cjs': other });
    const fresh = eslint('.');
    expect(fresh.status).toBe(1);
    expect(fresh.output).toContain('user ID reaches Sentry setUser');
    writeFiles(dir, { 'src/new.cjs': 'module.exports = 1;\n', 'src/server.cjs': 'module.exports = 1;\n' });
    const unpruned = eslint('.');
    expect(unpruned.status).toBe(2);
    expect(unpruned.output).toContain('--prune-suppressions');
    expect(eslint('--prune-suppressions', '.').status).toBe(0);
    expect(suppressions()).toEqual({});
  });

  it('--cache and --concurrency give the same findings as a plain run', () => {
    const dir = project({
      'package.json': '{"type":"module"}',
      'eslint.config.js': config,
      'src/a.cjs': LEAKS['src/server.cjs'],
      'src/b.cjs': other,
      'src/c.js': LEAKS['src/clean.js'],
    });
    const messages = (...args: string[]) => {
      const r = run(process.execPath, [eslintBin, '--format', 'json', ...args, '.'], dir);
      expect(r.status).toBe(1);
      return (JSON.parse(r.stdout) as { filePath: string; messages: { message: string }[] }[]).flatMap((x) =>
        x.messages.map((m) => `${x.filePath.split('/').pop()}: ${m.message}`),
      );
    };
    const plain = messages();
    expect(plain).toEqual(['a.cjs: email reaches Sentry setUser', 'b.cjs: user ID reaches Sentry setUser']);
    expect(messages('--concurrency', '2')).toEqual(plain);
    expect(messages('--cache')).toEqual(plain);
    expect(messages('--cache')).toEqual(plain);
  });
});

describe('oxlint jsPlugins', () => {
  it('scripts/oxlint-smoke.mjs passes', () => {
    const r = run(process.execPath, [join(root, 'scripts', 'oxlint-smoke.mjs')], root);
    expect(r.output).toContain('oxlint smoke: 3 reports as expected');
    expect(r.status).toBe(0);
  });
});

describe('the GitHub code-scanning workflow of docs/recipes/ci.md', () => {
  const doc = readFileSync(join(root, 'docs', 'recipes', 'ci.md'), 'utf8');
  const workflow = /```yaml\n(# \.github\/workflows\/[^\n]+\n[\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const steps = [...workflow.matchAll(/^ {6}- (uses|run): (.+)$/gm)].map(([, kind, value]) => ({
    kind,
    value: value.trim(),
  }));

  it('checks out, installs, writes SARIF with the CLI and uploads that file', () => {
    expect(steps.map((s) => s.kind)).toEqual(['uses', 'uses', 'run', 'run', 'uses']);
    expect(steps[4].value).toMatch(/^github\/codeql-action\/upload-sarif@v\d+$/);
    expect(workflow).toContain('security-events: write');
    const output = /--output (\S+)/.exec(steps[3].value)?.[1];
    expect(/sarif_file: (\S+)/.exec(workflow)?.[1]).toBe(output);
  });

  it('the scan step, run as written (the CLI for `npx analytics-privacy`), writes the SARIF file the upload step reads', () => {
    const dir = project({ 'src/server.cjs': LEAKS['src/server.cjs'] });
    const args = steps[3].value.split(/\s+/);
    expect(args.slice(0, 2)).toEqual(['npx', 'analytics-privacy']);
    const scan = cli(args.slice(2), dir);
    expect(scan.status).toBe(1); // findings: the workflow marks the step continue-on-error
    expect(workflow).toMatch(/--output analytics-privacy\.sarif\n\s+continue-on-error: true/);
    const sarifFile = /sarif_file: (\S+)/.exec(workflow)?.[1] ?? '';
    const log = JSON.parse(readFileSync(join(dir, sarifFile), 'utf8')) as {
      version: string;
      runs: { results: { ruleId: string }[] }[];
    };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((r) => r.ruleId)).toEqual(['analytics-privacy/no-pii']);
  });
});

describe('the editor recipe of docs/recipes/editors.md', () => {
  const doc = readFileSync(join(root, 'docs', 'recipes', 'editors.md'), 'utf8');

  it('its eslint.config.js, which the VS Code extension loads, reports the leak a user would see', () => {
    const config = /```js\n\/\/ eslint\.config\.js\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    expect(config).toContain("from 'eslint-plugin-analytics-privacy'");
    const dir = project({
      'package.json': '{"type":"module"}',
      'eslint.config.js': config
        .replace("'eslint-plugin-analytics-privacy'", JSON.stringify(pluginEntry))
        .replace(
          "'typescript-eslint'",
          JSON.stringify(join(root, 'node_modules', 'typescript-eslint', 'dist', 'index.js')),
        ),
      'src/checkout.ts': LEAKS['src/checkout.ts'],
    });
    const r = run(process.execPath, [eslintBin, '--format', 'json', 'src'], dir);
    expect(r.status).toBe(1);
    const messages = (
      JSON.parse(r.stdout) as { messages: { ruleId: string; message: string; suggestions?: unknown[] }[] }[]
    )[0].messages.filter((m) => m.ruleId.startsWith('analytics-privacy/'));
    expect(messages.map((m) => m.message)).toEqual(['email reaches Mixpanel track']);
    expect(messages[0].suggestions?.length).toBeGreaterThan(0); // the quick fixes the editor offers
  });

  it('its settings.json uses only the extension settings it names; fix-all on explicit save, which applies no suggestion', () => {
    const settings = /```jsonc\n\/\/ \.vscode\/settings\.json\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const parsed = JSON.parse(settings.replace(/^\s*\/\/.*$/gm, '')) as Record<string, unknown>;
    expect(Object.keys(parsed).sort()).toEqual(['editor.codeActionsOnSave', 'eslint.run', 'eslint.validate']);
    expect(parsed['eslint.run']).toBe('onType');
    expect(parsed['editor.codeActionsOnSave']).toEqual({ 'source.fixAll.eslint': 'explicit' });
  });
});
