import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
const root = process.argv[2];
const plugin = (await import(`${root}/dist/src/index.js`)).default;
const corpus = '/work/bench-corpus';
const counts = {};
for (const [id, rule] of Object.entries(plugin.rules)) {
  const create = rule.create;
  counts[id] = { files: 0, active: 0 };
  rule.create = (context) => { const l = create(context); counts[id].files++; if (Object.keys(l).length) counts[id].active++; return l; };
}
const eslint = new ESLint({ cwd: corpus, stats: true, overrideConfigFile: true, overrideConfig: [
  { linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' } },
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser } }, plugin.configs.recommended] });
const results = await eslint.lintFiles(['.']);
let total = 0, ours = {};
for (const r of results) for (const p of r.stats.times.passes) { total += p.total; for (const [id, t] of Object.entries(p.rules ?? {})) ours[id] = (ours[id] ?? 0) + t.total; }
console.log(JSON.stringify(counts), results.length, 'total', total.toFixed(0), Object.entries(ours).map(([k, v]) => `${k} ${v.toFixed(0)} ms ${(100 * v / total).toFixed(2)}%`).join('; '));
