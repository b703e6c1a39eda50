#!/usr/bin/env node
// What the plugin adds to an ESLint run, on the pinned corpus (scripts/corpus.sh), untyped and typed.
//
//   npm run bench -- [--runs 3] [--mode untyped|typed|both] [--config recommended|all] [--corpus <dir>] [--plugin <root>]
//
// Two figures per mode (the issue's budget: ≤ 0.5% untyped, ≤ 2% typed):
// - rule share: ESLint's own timing (`stats`) in a run with the plugin: our rules' time over the whole
//   lint time (parse, scope analysis, every listener), per run, median over runs; per-rule medians too.
//   Machine drift cancels out within a run, so this is the headline figure.
// - whole-run ratio: fresh child processes, no-rule base and plugin runs alternating (B P B P ...),
//   median of the per-pair ratios plugin / base; end to end, noisier.
// Without --corpus, the full pinned corpus is installed into .corpus/ and linted.
//
// Real applications (`--apps untyped|typed|both|none`, default untyped): the three apps of
// ../shared/eval/realworld, extracted from the git mirrors (MIRRORS, default ../.mirror beside the
// project) into .realworld/ by that folder's scorer (`--extract-only`); skipped, with the reason, when
// the scorer or the mirrors are absent. Per app and mode: our rules' share (`stats`, median over runs),
// the slowest files by our rules' time, the whole-run ratio, and for an editor, in fresh processes
// with and without our rules, the first lint of one file (the slowest of the app's run: the one that
// pays for reading the project) and re-lints of it in the same ESLint instance (warm). `--skip-corpus`
// runs the apps alone; `--app <owner/name>` one app.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    mode: { type: 'string', default: 'both' },
    config: { type: 'string', default: 'recommended' },
    corpus: { type: 'string' },
    plugin: { type: 'string', default: root },
    child: { type: 'string' },
    typed: { type: 'boolean', default: false },
    apps: { type: 'string', default: 'untyped' },
    app: { type: 'string' },
    'skip-corpus': { type: 'boolean', default: false },
    file: { type: 'string' },
    top: { type: 'string', default: '5' },
  },
});
const pluginRoot = resolve(values.plugin);

if (values.child) {
  // One lint of the whole corpus, in this process: `base` (no rules) or `plugin`; `editor-base` /
  // `editor-plugin`: the first lint of --file in a fresh instance, then re-lints of it (warm).
  const t00 = performance.now();
  const { ESLint } = await import('eslint');
  const tsParser = (await import('@typescript-eslint/parser')).default;
  const corpus = resolve(values.corpus);
  const plugin = (await import(pathToFileURL(join(pluginRoot, 'dist/src/index.js')).href)).default;
  const { allRules } = await import('./lib/all-rules.mjs');
  const ns = plugin.meta.namespace;
  const ours =
    values.config === 'all'
      ? {
          files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
          plugins: { [ns]: plugin },
          rules: allRules(plugin),
        }
      : plugin.configs[values.config];
  const eslint = new ESLint({
    cwd: corpus,
    stats: true,
    overrideConfigFile: true,
    overrideConfig: [
      { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
      {
        files: ['**/*.{js,jsx,mjs,cjs}'],
        languageOptions: { ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      {
        files: ['**/*.{ts,tsx,mts,cts}'],
        languageOptions: {
          parser: tsParser,
          parserOptions: values.typed
            ? { projectService: true, tsconfigRootDir: corpus }
            : { ecmaFeatures: { jsx: true } },
        },
      },
      ...(values.child.endsWith('plugin') ? [ours] : []),
    ],
    ignorePatterns: ['**/*.d.ts'],
  });
  if (values.child.startsWith('editor')) {
    const t1 = performance.now();
    await eslint.lintFiles([values.file]);
    const first = performance.now() - t1;
    const warm = [];
    for (let i = 0; i < 5; i++) {
      const t2 = performance.now();
      await eslint.lintFiles([values.file]);
      warm.push(performance.now() - t2);
    }
    warm.sort((a, b) => a - b);
    console.log(JSON.stringify({ first, warm: warm[2], startup: t1 - t00 }));
    process.exit(0);
  }
  const t0 = performance.now();
  const results = await eslint.lintFiles(['.']);
  const ms = performance.now() - t0;
  const rules = {};
  const perFile = [];
  let total = 0;
  let parse = 0;
  for (const r of results) {
    let mine = 0;
    for (const pass of r.stats?.times?.passes ?? []) {
      total += pass.total ?? 0;
      parse += pass.parse?.total ?? 0;
      for (const [id, t] of Object.entries(pass.rules ?? {})) {
        rules[id] = (rules[id] ?? 0) + t.total;
        if (id.includes('/')) mine += t.total;
      }
    }
    perFile.push([mine, r.filePath]);
  }
  perFile.sort((a, b) => b[0] - a[0]);
  const slowest = perFile.slice(0, Number(values.top));
  const findings = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId).length, 0);
  const fatal = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal).length, 0);
  console.log(JSON.stringify({ ms, files: results.length, findings, fatal, total, parse, rules, slowest }));
  process.exit(0);
}

const runs = Number(values.runs);
const me = join(import.meta.dirname, 'bench.mjs');
const once = (kind, dir, typed, extra = []) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        me,
        '--child',
        kind,
        '--corpus',
        dir,
        '--plugin',
        pluginRoot,
        '--config',
        values.config,
        '--top',
        values.top,
        ...(typed ? ['--typed'] : []),
        ...extra,
      ],
      { encoding: 'utf8', maxBuffer: 1 << 26 },
    )
      .trim()
      .split('\n')
      .pop(),
  );
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pct = (x) => `${(100 * x).toFixed(2)}%`;
const ms = (x) => `${x.toFixed(0)} ms`;

/** The runs of one folder in one mode; with `editor`, the first lint and re-lints of its slowest file. */
function bench(label, dir, mode, editor) {
  const typed = mode === 'typed';
  once('base', dir, typed); // warm the file cache
  const shares = [];
  const ratios = [];
  const perRule = {};
  const slowest = new Map();
  let last;
  for (let i = 0; i < runs; i++) {
    const base = once('base', dir, typed);
    last = once('plugin', dir, typed);
    let ours = 0;
    for (const [id, t] of Object.entries(last.rules)) {
      if (!id.includes('/')) continue;
      ours += t;
      (perRule[id] ??= []).push(t / last.total);
    }
    for (const [t, file] of last.slowest) slowest.set(file, [...(slowest.get(file) ?? []), t]);
    shares.push(ours / last.total);
    ratios.push(last.ms / base.ms);
    console.log(
      `  ${label} ${mode} run ${i + 1}: base ${ms(base.ms)}, with plugin ${ms(last.ms)}, rules ${ms(ours)} of ${ms(last.total)} linted (${pct(ours / last.total)})`,
    );
  }
  console.log(
    `${label} ${mode}: ${last.files} files, ${last.findings} findings, ${last.fatal} parse errors; parse ${ms(last.parse)} of ${ms(last.total)}`,
  );
  console.log(
    `${label} ${mode}: rule share median ${pct(median(shares))} (runs: ${shares.map(pct).join(' ')}); whole-run ratio median ${median(ratios).toFixed(3)} (${ratios.map((r) => r.toFixed(3)).join(' ')})`,
  );
  for (const [id, xs] of Object.entries(perRule)) console.log(`  ${id}: median ${pct(median(xs))}`);
  // The slowest files by our rules' time, the median over the runs in which they were among the slowest.
  const files = [...slowest].map(([file, ts]) => [median(ts), file, ts.length]).sort((a, b) => b[0] - a[0]);
  console.log(`${label} ${mode}: slowest files (our rules):`);
  for (const [t, file, n] of files.slice(0, Number(values.top)))
    console.log(
      `    ${t.toFixed(1).padStart(7)} ms  ${file.slice(dir.length + 1)}${n < runs ? ` (${n} of ${runs} runs)` : ''}`,
    );
  if (!editor || files.length === 0) return;
  // An editor: a fresh process lints one file, then re-lints it in the same ESLint instance.
  const file = files[0][1];
  const first = { base: [], plugin: [] };
  const warm = { base: [], plugin: [] };
  for (let i = 0; i < runs; i++) {
    for (const kind of ['base', 'plugin']) {
      const r = once(`editor-${kind}`, dir, typed, ['--file', file]);
      first[kind].push(r.first);
      warm[kind].push(r.warm);
    }
  }
  const [fb, fp, wb, wp] = [first.base, first.plugin, warm.base, warm.plugin].map(median);
  console.log(
    `${label} ${mode}: editor, ${file.slice(dir.length + 1)}: first lint ${ms(fp)} with our rules, ${ms(fb)} without (+${ms(fp - fb)}); re-lint ${ms(wp)} vs ${ms(wb)} (+${ms(wp - wb)})`,
  );
}

if (!values['skip-corpus']) {
  const modes = values.mode === 'both' ? ['untyped', 'typed'] : [values.mode];
  let corpus = values.corpus && resolve(values.corpus);
  if (!corpus) {
    corpus = join(root, '.corpus');
    execFileSync('bash', [join(root, 'scripts/corpus.sh'), 'full', corpus], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
  }
  console.log(`corpus ${corpus}, plugin ${pluginRoot}, config ${values.config}, ${runs} run(s) per mode`);
  for (const mode of modes) bench('corpus', corpus, mode, false);
}

/** The real applications, extracted by the shared real-world scorer; [] with the reason when they cannot be. */
function realApps() {
  const scorer = join(root, '..', 'shared', 'eval', 'realworld', 'score-realworld.mjs');
  const mirrors = resolve(process.env.MIRRORS ?? join(root, '..', '.mirror'));
  if (!existsSync(scorer)) {
    console.log(`real apps skipped: no ${scorer} (the shared folder beside the project)`);
    return [];
  }
  if (!existsSync(mirrors)) {
    console.log(
      `real apps skipped: no mirrors at ${mirrors} (set MIRRORS; see ../shared/eval/realworld/README.md)`,
    );
    return [];
  }
  const work = join(root, '.realworld');
  let out;
  try {
    out = execFileSync(
      process.execPath,
      [
        scorer,
        '--plugin',
        pluginRoot,
        '--work',
        work,
        '--extract-only',
        ...(values.app ? ['--repo', values.app] : []),
      ],
      { encoding: 'utf8', env: { ...process.env, MIRRORS: mirrors }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    const reason = String(error.stderr || error.message)
      .split('\n')
      .find((l) => /Error|no mirror/.test(l));
    console.log(`real apps skipped: extraction failed (${reason ?? 'see the scorer'})`);
    return [];
  }
  return [...out.matchAll(/^extracted (\S+) to (.+)$/gm)].map((m) => [m[1], m[2]]);
}

if (values.apps !== 'none') {
  const modes = values.apps === 'both' ? ['untyped', 'typed'] : [values.apps];
  const apps = realApps();
  if (apps.length)
    console.log(`real apps (${apps.map(([name]) => name).join(', ')}), ${runs} run(s) per mode`);
  for (const mode of modes) for (const [name, dir] of apps) bench(name, dir, mode, true);
}
