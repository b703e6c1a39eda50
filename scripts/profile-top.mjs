#!/usr/bin/env node
// Top self-time functions of a V8 CPU profile, with our own code (dist/src, dist/rules) mapped back
// to the TypeScript sources through the build's source maps.
//
//   node --cpu-prof --cpu-prof-dir=.prof scripts/bench.mjs --child plugin --corpus <dir>
//   node scripts/profile-top.mjs .prof [--top 25] [--all]
//
// Without --all only our functions are listed (share of the whole profile): by self time, then by
// inclusive time (samples with the function anywhere on the stack: what it costs with its callees).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, all: { type: 'boolean', default: false } },
});
const target = resolve(positionals[0] ?? '.prof');
const file = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(target, f))
      .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
  : target;
const profile = JSON.parse(readFileSync(file, 'utf8'));

const selfUs = new Map();
for (let i = 0; i < profile.samples.length; i++)
  selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));

const maps = new Map();
/** `dist/src/x.js:line` → `src/x.ts:line` through the emitted source map. */
function original(url, line, column) {
  if (!url.startsWith('file://')) return undefined;
  const path = fileURLToPath(url);
  if (!maps.has(path)) {
    try {
      maps.set(path, new SourceMap(JSON.parse(readFileSync(`${path}.map`, 'utf8'))));
    } catch {
      maps.set(path, null);
    }
  }
  const map = maps.get(path);
  const entry = map?.findEntry(line, column);
  if (!entry?.originalSource) return undefined;
  const source = resolve(join(path, '..'), entry.originalSource.replace(/^file:\/\//, ''));
  return `${relative(root, source)}:${entry.originalLine + 1}`;
}

const isOurs = (url) => /\/dist\/(?:src|rules)\//.test(url);
function keyOf(node) {
  const { url, functionName, lineNumber, columnNumber } = node.callFrame;
  const where = isOurs(url)
    ? `${relative(root, fileURLToPath(url))}:${lineNumber + 1} (${original(url, lineNumber, columnNumber) ?? '?'})`
    : `${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}`;
  return `${functionName || '(anonymous)'}  ${where}`;
}
const rows = new Map();
let total = 0;
for (const node of profile.nodes) {
  const us = selfUs.get(node.id) ?? 0;
  total += us;
  if (!isOurs(node.callFrame.url) && !values.all) continue;
  const key = keyOf(node);
  rows.set(key, (rows.get(key) ?? 0) + us);
}
// Inclusive: each node's total (self + descendants), counted once per function along a stack.
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
for (const [id, us] of selfUs) {
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const n = byId.get(at);
    if (!isOurs(n.callFrame.url)) continue;
    const key = keyOf(n);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + us);
  }
}
const ourTotal = [...rows].filter(([k]) => k.includes('dist/')).reduce((s, [, us]) => s + us, 0);
console.log(
  `${file}: ${(total / 1000).toFixed(0)} ms sampled; our code (dist/src, dist/rules) self time ${(ourTotal / 1000).toFixed(0)} ms (${((100 * ourTotal) / total).toFixed(2)}%)`,
);
for (const [key, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  console.log(
    `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(2).padStart(6)}%  ${key}`,
  );
}
console.log('\ninclusive (with callees):');
for (const [key, us] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  console.log(
    `${(us / 1000).toFixed(1).padStart(8)} ms ${((100 * us) / total).toFixed(2).padStart(6)}%  ${key}`,
  );
}
