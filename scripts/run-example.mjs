#!/usr/bin/env node
// The README's main job: the `analytics-privacy` CLI on the bundled example app. Prints the findings,
// then writes the data map (vendor × category of personal data, and each place) as HTML and markdown
// into examples/leaky-shop/out/ (gitignored).
//   node scripts/run-example.mjs [dir]      (default: examples/leaky-shop)
// Exits 0 when both runs completed (findings are the point of the demo: the lint exits 1 on them), else 1.
import { spawnSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'analytics-privacy.js');
const dir = resolve(process.argv[2] ?? join(root, 'examples', 'leaky-shop'));
const out = join(dir, 'out');
const cli = (...args) => spawnSync(process.execPath, [bin, ...args], { stdio: 'inherit' }).status;

console.log(`$ analytics-privacy ${relative(process.cwd(), dir) || '.'}`);
const lint = cli(dir);
const html = cli('report', dir, '--format', 'html', '--output', join(out, 'data-map.html'));
const md = cli('report', dir, '--format', 'md', '--output', join(out, 'data-map.md'));
if (lint !== 1 || html !== 0 || md !== 0) {
  console.error(
    `unexpected exit codes: lint ${lint} (1 expected: findings), report ${html}/${md} (0 expected)`,
  );
  process.exit(1);
}
console.log(`Open ${relative(process.cwd(), join(out, 'data-map.html'))} in a browser to see the data map.`);
