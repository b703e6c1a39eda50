#!/usr/bin/env node
// What the plugin adds to an ESLint run, on the pinned corpus (scripts/corpus.sh), untyped and typed.
//
//   npm run bench -- [--runs 3] [--mode untyped|typed|both] [--config recommended|all] [--corpus <dir>] [--plugin <root>]
//
// Two figures per mode (the budget: ≤ 0.5% untyped, ≤ 2% typed):
// - rule share: ESLint's own timing (`stats`) in a run with the plugin: our rules' time over the whole
//   lint time (parse, scope analysis, every listener), per run, median over runs; per-rule medians too.
//   Machine drift cancels out within a run, so this is the headline figure.
// - whole-run ratio: fresh child processes, no-rule base and plugin runs alternating (B P B P ...),
//   median of the per-pair ratios plugin / base; end to end, noisier.
// Without --corpus, the full pinned corpus is installed into .corpus/ and linted.
import { execFileSync } from 'node:child_process';
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
  },
});
const pluginRoot = resolve(values.plugin);

if (values.child) {
  // One lint of the whole corpus, in this process: `base` (no rules) or `plugin`.
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
      ...(values.child === 'plugin' ? [ours] : []),
    ],
  });
  const t0 = performance.now();
  const results = await eslint.lintFiles(['.']);
  const ms = performance.now() - t0;
  const rules = {};
  let total = 0;
  let parse = 0;
  for (const r of results) {
    for (const pass of r.stats?.times?.passes ?? []) {
      total += pass.total ?? 0;
      parse += pass.parse?.total ?? 0;
      for (const [id, t] of Object.entries(pass.rules ?? {})) rules[id] = (rules[id] ?? 0) + t.total;
    }
  }
  const findings = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId).length, 0);
  const fatal = results.reduce((n, r) => n + r.messages.filter((m) => m.fatal).length, 0);
  console.log(JSON.stringify({ ms, files: results.length, findings, fatal, total, parse, rules }));
  process.exit(0);
}

const runs = Number(values.runs);
const modes = values.mode === 'both' ? ['untyped', 'typed'] : [values.mode];
let corpus = values.corpus && resolve(values.corpus);
if (!corpus) {
  corpus = join(root, '.corpus');
  execFileSync('bash', [join(root, 'scripts/corpus.sh'), 'full', corpus], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}
const me = join(import.meta.dirname, 'bench.mjs');
const once = (kind, typed) =>
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        me,
        '--child',
        kind,
        '--corpus',
        corpus,
        '--plugin',
        pluginRoot,
        '--config',
        values.config,
        ...(typed ? ['--typed'] : []),
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

console.log(`corpus ${corpus}, plugin ${pluginRoot}, config ${values.config}, ${runs} run(s) per mode`);
for (const mode of modes) {
  const typed = mode === 'typed';
  once('base', typed); // warm the file cache
  const shares = [];
  const ratios = [];
  const perRule = {};
  let last;
  for (let i = 0; i < runs; i++) {
    const base = once('base', typed);
    last = once('plugin', typed);
    let ours = 0;
    for (const [id, t] of Object.entries(last.rules)) {
      if (!id.includes('/')) continue;
      ours += t;
      (perRule[id] ??= []).push(t / last.total);
    }
    shares.push(ours / last.total);
    ratios.push(last.ms / base.ms);
    console.log(
      `  ${mode} run ${i + 1}: base ${base.ms.toFixed(0)} ms, with plugin ${last.ms.toFixed(0)} ms, rules ${ours.toFixed(0)} ms of ${last.total.toFixed(0)} ms linted (${pct(ours / last.total)})`,
    );
  }
  console.log(
    `${mode}: ${last.files} files, ${last.findings} findings, ${last.fatal} parse errors; parse ${last.parse.toFixed(0)} ms of ${last.total.toFixed(0)} ms`,
  );
  console.log(
    `${mode}: rule share median ${pct(median(shares))} (runs: ${shares.map(pct).join(' ')}); whole-run ratio median ${median(ratios).toFixed(3)} (${ratios.map((r) => r.toFixed(3)).join(' ')})`,
  );
  for (const [id, xs] of Object.entries(perRule)) console.log(`  ${id}: median ${pct(median(xs))}`);
}
