/**
 * Fuzzing, fixed seed range: random valid programs (eslump) with vendor SDK calls and
 * personal-data names spliced in, linted with every rule of the plugin, as JavaScript and as
 * TypeScript. No rule may throw, and every suggestion's output must parse again. The long run is
 * `npm run fuzz -- --count 5000` (scripts/fuzz.mjs, same generator and checks).
 */
import type { ESLint, Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { checkProgram, fuzz, generateProgram, type Failure, type Program } from '../scripts/lib/fuzz.mjs';
import { builtInCatalog } from '../src/catalog/index.js';
import plugin from '../src/index.js';

/** Seeds 1..SEEDS, each as JS and as TS; sized to keep this file well under 20 s. */
const SEEDS = 40;
const catalog = builtInCatalog();

describe('fuzzing (fixed seeds)', () => {
  it(`seeds 1..${SEEDS}: no exception, every suggestion output parses`, () => {
    const failures: string[] = [];
    const started = performance.now();
    const totals = fuzz({
      from: 1,
      count: SEEDS,
      plugin,
      catalog,
      onFailure(minimal: Program, found: Failure[]) {
        failures.push(
          `seed ${minimal.seed} (${minimal.lang}): ${found.map((f) => `${f.kind}: ${f.detail}`).join('; ')}\n--- minimal repro ---\n${minimal.code.trim()}\n`,
        );
      },
    });
    const seconds = (performance.now() - started) / 1000;
    expect(failures).toEqual([]);
    // The generator must keep producing programs that the rules act on, or this test proves nothing.
    expect(totals.programs).toBeGreaterThanOrEqual(SEEDS);
    expect(totals.reports).toBeGreaterThan(totals.programs);
    expect(totals.suggestions).toBeGreaterThan(totals.programs);
    expect(seconds).toBeLessThan(20);
  });
});

describe('the fuzzer itself', () => {
  it('is deterministic: a seed gives the same program', () => {
    const a = generateProgram(7, catalog, 'ts');
    const b = generateProgram(7, catalog, 'ts');
    expect(a?.code).toBeDefined();
    expect(a?.code).toBe(b?.code);
    expect(generateProgram(8, catalog, 'ts')?.code).not.toBe(a?.code);
  });

  it('splices vendor SDK calls into the random program', () => {
    const codes = Array.from(
      { length: 20 },
      (_, i) => generateProgram(i + 1, catalog, 'js')?.code ?? '',
    ).join('\n');
    expect(codes).toMatch(/\bimport\b.*\bfrom\s+["'][@\w/-]+["']|require\(["'][@\w/-]+["']\)/);
    expect(codes).toMatch(/user\.email|member\.id|plan\.name/);
  });

  const program: Program = {
    seed: 1,
    lang: 'js',
    sourceType: 'module',
    filename: 'x.mjs',
    code: "track('signup', { email: user.email });\n",
  };
  const fake = (rule: Rule.RuleModule): ESLint.Plugin => ({ meta: { namespace: 'fake' }, rules: { rule } });

  it('reports a rule that throws', () => {
    const throwing = fake({
      create: () => ({
        CallExpression: () => {
          throw new Error('boom');
        },
      }),
    });
    const { failures } = checkProgram(program, throwing);
    expect(failures.map((f) => f.kind)).toEqual(['exception']);
    expect(failures[0].detail).toMatch(/boom/);
  });

  it('reports a suggestion whose output does not parse', () => {
    const breaking = fake({
      meta: { hasSuggestions: true, messages: { found: 'found', fix: 'fix' } },
      create: (context) => ({
        CallExpression(node) {
          context.report({
            node,
            messageId: 'found',
            suggest: [{ messageId: 'fix', fix: (fixer) => fixer.insertTextAfter(node, ')') }],
          });
        },
      }),
    });
    const { failures, suggestions } = checkProgram(program, breaking);
    expect(suggestions).toBe(1);
    expect(failures.map((f) => f.kind)).toEqual(['suggestion-breaks-code']);
    expect(failures[0].output).toContain('}))');
  });

  it('checks TypeScript suggestion outputs with the TypeScript parser', () => {
    const ts: Program = { ...program, lang: 'ts', filename: 'x.ts', code: 'track(user.email as string);\n' };
    const breaking = fake({
      meta: { hasSuggestions: true, messages: { found: 'found', fix: 'fix' } },
      create: (context) => ({
        TSAsExpression(node: Rule.Node) {
          context.report({
            node,
            messageId: 'found',
            suggest: [{ messageId: 'fix', fix: (fixer) => fixer.replaceText(node, 'user.email as') }],
          });
        },
      }),
    });
    expect(checkProgram(ts, breaking).failures.map((f) => f.kind)).toEqual(['suggestion-breaks-code']);
  });
});
