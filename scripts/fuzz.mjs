#!/usr/bin/env node
// Long fuzz run: random programs (eslump) with vendor SDK calls spliced in, linted with every rule of
// the built plugin; every suggestion is applied and must parse again.
//
//   npm run fuzz -- [--count 5000] [--from 1] [--lang js|ts|both] [--out .fuzz] [--plugin <root>]
//
// --plugin: the project root whose dist/ to fuzz (default: this one), e.g. a copy with a proposed fix.
// Prints the totals and, for each distinct failure, a minimized repro (also written to --out).
// Exits 1 on any failure. Run `npm run build` first (npm run fuzz does).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { fuzz } from './lib/fuzz.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '5000' },
    from: { type: 'string', default: '1' },
    lang: { type: 'string', default: 'both' },
    out: { type: 'string', default: '.fuzz' },
    plugin: { type: 'string', default: join(import.meta.dirname, '..') },
  },
});
const dist = (path) => pathToFileURL(join(resolve(values.plugin), 'dist', path)).href;
const plugin = (await import(dist('src/index.js'))).default;
const { builtInCatalog } = await import(dist('src/catalog/index.js'));
const count = Number(values.count);
const from = Number(values.from);
const langs = values.lang === 'both' ? ['js', 'ts'] : [values.lang];
const out = resolve(values.out);

const quote = (text) =>
  text
    .trim()
    .split('\n')
    .map((line) => `    | ${line}`)
    .join('\n');
const started = performance.now();
const groups = new Map();
const totals = fuzz({
  from,
  count,
  plugin,
  catalog: builtInCatalog(),
  langs,
  onFailure(minimal, failures, original) {
    const first = failures[0];
    // One group per kind and message shape (positions and names stripped).
    const signature = `${first.kind}: ${first.detail
      .replace(/^\d+:\d+ /, '')
      .replace(/\b\w+_\d+\b/g, 'x')
      .slice(0, 160)}`;
    const group = groups.get(signature) ?? { signature, seeds: [], minimal, failures };
    group.seeds.push(`${original.seed}/${original.lang}`);
    if (minimal.code.length < group.minimal.code.length) Object.assign(group, { minimal, failures });
    groups.set(signature, group);
    mkdirSync(out, { recursive: true });
    const base = join(out, `seed-${original.seed}-${original.lang}`);
    writeFileSync(`${base}.${original.lang === 'ts' ? 'ts' : 'js'}`, original.code);
    writeFileSync(`${base}.min.${original.lang === 'ts' ? 'ts' : 'js'}`, minimal.code);
    writeFileSync(
      `${base}.json`,
      JSON.stringify(
        { settings: original.settings ?? null, sourceType: original.sourceType, failures },
        null,
        2,
      ),
    );
  },
  onProgress(done, t) {
    if (done % 500 === 0)
      console.error(
        `${done}/${count} seeds: ${t.programs} programs, ${t.suggestions} suggestions, ${t.failures} failing`,
      );
  },
});
const seconds = (performance.now() - started) / 1000;

console.log(
  `fuzz: seeds ${from}..${from + count - 1} (${langs.join('+')}): ${totals.programs} programs linted (${totals.skipped} eslump outputs skipped: ` +
    `our parser rejects them), ${totals.reports} reports, ${totals.suggestions} suggestions applied, ${totals.failures} failing programs, ${seconds.toFixed(1)} s`,
);
for (const g of groups.values()) {
  console.log(
    `\n✗ ${g.signature}\n  ${g.seeds.length} program(s), e.g. seeds ${g.seeds.slice(0, 8).join(' ')}; settings ${JSON.stringify(g.minimal.settings ?? null)}`,
  );
  console.log(`  minimal repro (${g.minimal.lang}, ${g.minimal.sourceType}):\n${quote(g.minimal.code)}`);
  const output = g.failures.find((f) => f.output)?.output;
  if (output && output.length < 2000) console.log(`  suggestion output:\n${quote(output)}`);
}
if (totals.failures) {
  console.log(`\nrepros written to ${out}`);
  process.exit(1);
}
console.log('all suggestion outputs re-parse; no exception');
