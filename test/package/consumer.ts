/**
 * The package as a user gets it: `npm pack` of a fresh copy of the repository (no dist/, so the
 * `prepack` build must make it), installed from the tarball into new projects in a temporary
 * directory, linted there through the project's own ESLint. Only the npm registry is used (through
 * the local cache first: `--prefer-offline`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
    timeout: 300_000,
  });
  if (result.status !== 0)
    throw new Error(
      `${command} ${args.join(' ')} failed in ${cwd} (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  return result.stdout;
}

/** A temporary directory for one test file's tarball and consumers; removed by `remove()` unless KEEP_PACK_DIRS is set. */
export function workspace(): { readonly dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'ap-pack-'));
  return {
    dir,
    remove: () =>
      void (process.env.KEEP_PACK_DIRS ? undefined : rmSync(dir, { recursive: true, force: true })),
  };
}

export interface Packed {
  readonly tarball: string;
  /** The paths in the tarball, without the leading `package/`. */
  readonly files: readonly string[];
}

/**
 * `npm pack` in a copy of the repository's files (tracked and new, not ignored: no dist/, no
 * node_modules/ but a link to this one's for the build), so that the tarball is what a fresh clone
 * packs: `prepack` builds it.
 */
export function packFreshCopy(into: string): Packed {
  const copy = join(into, 'repo');
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of listed) {
    if (!existsSync(join(root, file))) continue; // deleted, not yet committed
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(root, file), join(copy, file));
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  if (existsSync(join(copy, 'dist'))) throw new Error('the copy has a dist/ already');
  const out = join(into, 'tarball');
  mkdirSync(out);
  run(npm, ['pack', '--pack-destination', out, '--loglevel=error'], copy);
  const [name] = readdirSync(out).filter((f) => f.endsWith('.tgz'));
  const tarball = join(out, name);
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^package\//, ''));
  return { tarball, files };
}

export interface ConsumerSpec {
  readonly name: string;
  /** `"type": "module"` and an `eslint.config.js` that imports the plugin, or CommonJS and `require`. */
  readonly module: 'esm' | 'cjs';
  /** Packages to install with the tarball (`eslint@9.0.0`, `typescript@5.0.4`, ...). */
  readonly install: readonly string[];
  /** `--legacy-peer-deps`: peer dependencies (typescript, which typescript-eslint's packages ask for) are not installed. */
  readonly legacyPeerDeps?: boolean;
  /** The config's entries after the plugin's `recommended` (source text, `plugin` is the plugin). */
  readonly configEntries: readonly string[];
  readonly files: Readonly<Record<string, string>>;
}

/** A new project with the tarball and `spec.install` installed; returns its directory. */
export function makeConsumer(into: string, tarball: string, spec: ConsumerSpec): string {
  const dir = join(into, spec.name);
  mkdirSync(dir);
  const pkg = {
    name: spec.name,
    version: '1.0.0',
    private: true,
    ...(spec.module === 'esm' ? { type: 'module' } : {}),
  };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  const entries = ['plugin.configs.recommended', ...spec.configEntries].map((e) => `  ${e},`).join('\n');
  const config =
    spec.module === 'esm'
      ? `import plugin from 'eslint-plugin-analytics-privacy';\n\nexport default [\n${entries}\n];\n`
      : `const plugin = require('eslint-plugin-analytics-privacy');\n\nmodule.exports = [\n${entries}\n];\n`;
  writeFileSync(join(dir, 'eslint.config.js'), config);
  for (const [path, text] of Object.entries(spec.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, 'lint.cjs'), LINT_SCRIPT);
  const flags = [
    'install',
    '--no-audit',
    '--no-fund',
    '--prefer-offline',
    '--loglevel=error',
    ...(spec.legacyPeerDeps ? ['--legacy-peer-deps'] : []),
  ];
  run(npm, [...flags, tarball, ...spec.install], dir);
  return dir;
}

/**
 * Lints `src/` through the project's ESLint Node API (its eslint.config.js) and says what was loaded:
 * whether the `typescript` package is resolvable from the project, and whether the run loaded it.
 */
const LINT_SCRIPT = `const { ESLint } = require('eslint');
const { relative } = require('node:path');
let typescriptResolvable = true;
try {
  require.resolve('typescript');
} catch {
  typescriptResolvable = false;
}
(async () => {
  const started = performance.now();
  const results = await new ESLint({ cwd: __dirname }).lintFiles(['src']);
  const ms = Math.round(performance.now() - started);
  const typescriptLoaded = Object.keys(require.cache).some((file) => /[\\\\/]node_modules[\\\\/]typescript[\\\\/]/.test(file));
  const messages = results.flatMap((r) => r.messages.map((m) => relative(__dirname, r.filePath) + ':' + m.line + ': ' + m.message)).sort();
  process.stdout.write(JSON.stringify({ eslint: ESLint.version, ms, typescriptResolvable, typescriptLoaded, messages }));
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error));
  process.exitCode = 2;
});
`;

export interface LintOutcome {
  readonly eslint: string;
  readonly ms: number;
  readonly typescriptResolvable: boolean;
  readonly typescriptLoaded: boolean;
  readonly messages: readonly string[];
}

export function lintConsumer(dir: string): LintOutcome {
  return JSON.parse(run(process.execPath, ['lint.cjs'], dir)) as LintOutcome;
}

/** A binary installed in the project (`npx eslint`, `npx analytics-privacy`), run in it with `--format json`: exit status and `file:line: message` lines. */
export function runInstalledBin(
  dir: string,
  bin: 'eslint' | 'analytics-privacy',
  args: readonly string[],
): { readonly status: number | null; readonly stderr: string; readonly messages: readonly string[] } {
  const result = spawnSync(join(dir, 'node_modules', '.bin', bin), ['--format', 'json', ...args], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 120_000,
  });
  let messages: string[] = [];
  try {
    const results = JSON.parse(result.stdout) as {
      filePath: string;
      messages: { line: number; message: string }[];
    }[];
    messages = results
      .flatMap((r) => r.messages.map((m) => `${relative(dir, r.filePath)}:${m.line}: ${m.message}`))
      .sort();
  } catch {
    messages = [`(not JSON) ${result.stdout}`];
  }
  return { status: result.status, stderr: result.stderr, messages };
}

/** Every installed copy of a package (`node_modules/<name>/package.json` anywhere in the tree), as version@path. */
export function installedCopies(dir: string, name: string): string[] {
  const found: string[] = [];
  const visit = (nodeModules: string) => {
    if (!existsSync(nodeModules)) return;
    const own = join(nodeModules, name, 'package.json');
    if (existsSync(own))
      found.push(
        `${(JSON.parse(readFileSync(own, 'utf8')) as { version: string }).version}@${own.slice(dir.length + 1)}`,
      );
    for (const entry of readdirSync(nodeModules)) {
      if (entry.startsWith('.')) continue;
      const packages = entry.startsWith('@')
        ? readdirSync(join(nodeModules, entry)).map((p) => join(entry, p))
        : [entry];
      for (const p of packages) visit(join(nodeModules, p, 'node_modules'));
    }
  };
  visit(join(dir, 'node_modules'));
  return found;
}
