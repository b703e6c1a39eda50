#!/usr/bin/env node
// Lints the bundled example app with the plugin's recommended config and prints the findings.
//   node scripts/run-example.mjs [dir]      (default: examples/leaky-shop)
// Exits 0 when the run completed (findings are the point of the demo), 1 on a crash.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../dist/src/index.js';

const dir = resolve(process.argv[2] ?? 'examples/leaky-shop');
const eslint = new ESLint({
  cwd: dir,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser } },
    plugin.configs.recommended,
  ],
});
const results = await eslint.lintFiles(['.']);
const formatter = await eslint.loadFormatter('stylish');
const text = await formatter.format(results);
const count = results.reduce((n, r) => n + r.messages.length, 0);
console.log(text || 'No findings.');
console.log(`${count} finding(s) in ${results.length} file(s) of ${dir}`);
if (results.some((r) => r.messages.some((m) => m.fatal || !m.ruleId))) process.exit(1);
