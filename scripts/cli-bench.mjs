#!/usr/bin/env node
// Whole-process time of the `analytics-privacy` CLI on a corpus against a bare ESLint run with no
// rules over the same files (same parsers; typed mode gives both type information), fresh processes,
// runs alternating (B C B C ...), medians. The budget: CLI ≤ 1.1 × bare ESLint.
//   npm run build && node scripts/cli-bench.mjs --corpus <dir> [--runs 5] [--mode typed|untyped|both]
// Get the pinned corpus with `bash ../shared/bench/corpus.sh <dir>` (or scripts/corpus.sh).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    runs: { type: 'string', default: '5' },
    mode: { type: 'string', default: 'both' },
  },
});
if (!values.corpus) throw new Error('--corpus <dir> is required');
const corpus = resolve(values.corpus);
const runs = Number(values.runs);
const require = createRequire(join(root, 'package.json'));
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');
const cliBin = join(root, 'bin', 'analytics-privacy.js');
const tmp = mkdtempSync(join(tmpdir(), 'ap-cli-bench-'));

/** The bare run's config: the CLI's parsers and ignores, no rule at all. */
function baseConfig(typed) {
  const parser = pathToFileURL(require.resolve('@typescript-eslint/parser')).href;
  const file = join(tmp, `base-${typed ? 'typed' : 'untyped'}.config.mjs`);
  const ts = typed
    ? `{ project: [${JSON.stringify(join(corpus, 'tsconfig.json'))}], tsconfigRootDir: ${JSON.stringify(corpus)} }`
    : '{}';
  writeFileSync(
    file,
    `import tsParser from ${JSON.stringify(parser)};
export default [
  { linterOptions: { reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' } },
  { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } } },
  { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: ${ts} } },
];
`,
  );
  return file;
}

function time(args) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: corpus, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

try {
  for (const mode of values.mode === 'both' ? ['untyped', 'typed'] : [values.mode]) {
    const typed = mode === 'typed';
    const base = ['--no-warn-ignored', '--config', baseConfig(typed), '--format', 'json', '.'];
    const cli = ['--format', 'json', ...(typed ? [] : ['--no-typed']), '.'];
    const b = [];
    const c = [];
    for (let i = 0; i < runs; i++) {
      b.push(time([eslintBin, ...base]));
      c.push(time([cliBin, ...cli]));
    }
    const mb = median(b);
    const mc = median(c);
    console.log(
      `${mode}: bare ESLint median ${(mb / 1000).toFixed(2)} s [${b.map((x) => (x / 1000).toFixed(2)).join(' ')}], CLI median ${(mc / 1000).toFixed(2)} s [${c.map((x) => (x / 1000).toFixed(2)).join(' ')}], ratio ${(mc / mb).toFixed(3)}`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
