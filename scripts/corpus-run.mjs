#!/usr/bin/env node
// Robustness run over real open-source code: installs the pinned corpus (scripts/corpus.sh), lints
// it with every rule of the built plugin at "error" (plugin.rules: rules added later are included),
// untyped and typed (projectService with the corpus's generated tsconfig), applies every suggestion
// and re-parses its output. Fails on any rule exception, any ESLint problem that is not a finding or
// a parse error of the source itself, and any suggestion that breaks the code.
//
//   node scripts/corpus-run.mjs [--sample 100] [--mode untyped|typed|both] [--dir .corpus] [--plugin <root>]
//
// --sample N: N files of the small "sample" set (CI); without it, every file of the "full" set.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { ESLint, Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { allRules } from './lib/all-rules.mjs';
import { makeBundle } from './lib/bundle.mjs';
import { applyFix, parseProgram } from './lib/fuzz.mjs';

const root = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sample: { type: 'string' },
    mode: { type: 'string', default: 'both' },
    dir: { type: 'string', default: join(root, '.corpus') },
    plugin: { type: 'string', default: root },
  },
});
const dir = resolve(values.dir);
const set = values.sample ? 'sample' : 'full';
const modes = values.mode === 'both' ? ['untyped', 'typed'] : [values.mode];
const plugin = (await import(pathToFileURL(join(resolve(values.plugin), 'dist/src/index.js')).href)).default;
const namespace = plugin.meta.namespace;

execFileSync('bash', [join(root, 'scripts/corpus.sh'), set, dir], {
  stdio: ['ignore', 'inherit', 'inherit'],
});
const packages = readFileSync(join(dir, `${set}.list`), 'utf8')
  .split('\n')
  .filter(Boolean);

/** Files of each package, sorted; a sample takes an even share of each package (all of a small one). */
function selectFiles() {
  const byPackage = packages.map((p) =>
    readdirSync(join(dir, p), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(?:[cm]?js|tsx?)$/.test(e.name))
      .map((e) => join(e.parentPath, e.name))
      .sort(),
  );
  if (!values.sample) return byPackage.flat();
  let budget = Number(values.sample);
  const quota = new Array(byPackage.length).fill(0);
  // Water-filling: small packages give all their files, the rest share what is left.
  for (let open = byPackage.length; budget > 0 && open > 0;) {
    const share = Math.max(1, Math.floor(budget / open));
    open = 0;
    for (let i = 0; i < byPackage.length && budget > 0; i++) {
      const add = Math.min(share, byPackage[i].length - quota[i], budget);
      quota[i] += add;
      budget -= add;
      if (quota[i] < byPackage[i].length) open++;
    }
  }
  return byPackage.flatMap((files, i) =>
    files.filter(
      (_, j) => Math.floor((j * quota[i]) / files.length) !== Math.floor(((j + 1) * quota[i]) / files.length),
    ),
  );
}

const files = selectFiles();
const langOf = (file) => (/\.[cm]?tsx?$/.test(file) ? 'ts' : 'js');

function eslintFor(mode, withRules) {
  return new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    // Corpus files carry their own eslint-disable comments for rules that are not loaded here.
    overrideConfig: [
      {
        linterOptions: {
          noInlineConfig: true,
          reportUnusedDisableDirectives: 'off',
          reportUnusedInlineConfigs: 'off',
        },
      },
      {
        files: ['**/*.{js,mjs,cjs}'],
        languageOptions: { ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } },
      },
      {
        files: ['**/*.{ts,tsx}'],
        languageOptions: {
          parser: tsParser,
          parserOptions:
            mode === 'typed'
              ? { projectService: true, tsconfigRootDir: dir }
              : { ecmaFeatures: { jsx: true } },
        },
      },
      ...(withRules
        ? [
            {
              files: ['**/*.{js,mjs,cjs,ts,tsx}'],
              plugins: { [namespace]: plugin },
              // The pseudonymize helper turns on the second suggestion kind.
              settings: { [namespace]: { pseudonymize: { name: 'hashPii', source: '@acme/privacy' } } },
              rules: allRules(plugin, 0),
            },
          ]
        : []),
    ],
  });
}

/** Is the message ESLint's own note that inline config is off? (Expected: noInlineConfig is set.) */
const inlineConfigNote = (m) =>
  m.ruleId === null && !m.fatal && /has no effect because you have 'noInlineConfig'/.test(m.message);

/** Reparses a suggestion's output as the linter parsed the file (JSX in .js and .tsx files). */
function reparses(output, file) {
  if (langOf(file) === 'js')
    parseProgram(output, 'js', file.endsWith('.cjs') ? 'commonjs' : 'module', { jsx: true });
  else parseProgram(output, 'ts', 'module', { jsx: file.endsWith('.tsx') });
}

let failed = false;
for (const mode of modes) {
  const eslint = eslintFor(mode, true);
  const started = performance.now();
  const problems = [];
  const parseErrors = [];
  let findings = 0;
  let suggestions = 0;
  let slowest = { ms: 0, file: '' };
  for (const file of files) {
    const rel = relative(dir, file);
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const t0 = performance.now();
    let result;
    try {
      [result] = await eslint.lintText(text, { filePath: file });
    } catch (error) {
      problems.push(
        `${rel}: exception: ${String(error?.stack ?? error)
          .split('\n')
          .slice(0, 12)
          .join('\n    ')}`,
      );
      continue;
    }
    const ms = performance.now() - t0;
    if (ms > slowest.ms) slowest = { ms, file: rel };
    for (const m of result.messages) {
      if (m.fatal) parseErrors.push({ file, rel, message: `${m.line}:${m.column} ${m.message}` });
      else if (m.ruleId === null) {
        if (!inlineConfigNote(m))
          problems.push(`${rel}:${m.line}:${m.column}: ESLint problem without a rule: ${m.message}`);
      } else if (!m.ruleId.startsWith(`${namespace}/`)) {
        problems.push(`${rel}:${m.line}:${m.column}: unexpected rule ${m.ruleId}: ${m.message}`);
      } else {
        findings++;
        for (const s of m.suggestions ?? []) {
          suggestions++;
          try {
            reparses(applyFix(text, s.fix), file);
          } catch (error) {
            problems.push(
              `${rel}:${m.line}:${m.column}: suggestion "${s.desc}" breaks the code: ${error.message}`,
            );
          }
        }
      }
    }
  }
  // A fatal message must be a parse error of the source itself: the same file fails without our rules.
  if (parseErrors.length) {
    const base = eslintFor(mode, false);
    for (const p of parseErrors) {
      const [again] = await base.lintText(readFileSync(p.file, 'utf8').replace(/^\uFEFF/, ''), {
        filePath: p.file,
      });
      if (!again.messages.some((m) => m.fatal))
        problems.push(`${p.rel}: fatal only with the plugin: ${p.message}`);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `corpus ${set} ${mode}: ${files.length} files, exceptions and engine problems: ${problems.length}, parse errors of the source: ${parseErrors.length}, ` +
      `findings ${findings}, suggestions applied ${suggestions} (all re-parse: ${problems.every((p) => !p.includes('breaks the code'))}), ` +
      `${seconds.toFixed(1)} s (slowest file ${slowest.file}: ${slowest.ms.toFixed(0)} ms)`,
  );
  for (const p of parseErrors) console.log(`  parse error (not ours): ${p.rel}: ${p.message}`);
  for (const p of problems) console.log(`  ✗ ${p}`);
  if (problems.length) failed = true;
}
// The full run also lints a 5 MB bundle of minified code (one line) with every rule.
if (!values.sample) {
  const { code, vendorCalls } = makeBundle(5 * 1024 * 1024, 42);
  const linter = new Linter({ configType: 'flat' });
  const config = [
    {
      files: ['**/*.js'],
      plugins: { [namespace]: plugin },
      languageOptions: { ecmaVersion: 'latest', sourceType: 'script' },
      rules: allRules(plugin),
    },
  ];
  const started = performance.now();
  let line;
  try {
    const { messages } = linter.verifyAndFix(code, config, {
      filename: 'bundle.min.js',
      stats: true,
      fix: false,
    });
    const pass = linter.getTimes().passes[0];
    const ours = Object.entries(pass.rules ?? {}).reduce(
      (sum, [id, t]) => (id.startsWith(`${namespace}/`) ? sum + t.total : sum),
      0,
    );
    const engine = messages.filter((m) => !m.ruleId);
    const found = messages.filter((m) => m.ruleId === `${namespace}/no-pii`).length;
    if (engine.length) failed = true;
    line = `${engine.length} engine problems, ${found} no-pii findings (${vendorCalls} vendor modules), ${((performance.now() - started) / 1000).toFixed(1)} s, our rules ${ours.toFixed(0)} ms of ${pass.total.toFixed(0)} ms`;
  } catch (error) {
    failed = true;
    line = `exception: ${String(error?.stack ?? error)
      .split('\n')
      .slice(0, 12)
      .join('\n    ')}`;
  }
  console.log(`5 MB minified bundle: ${line}`);
}
process.exit(failed ? 1 : 0);
