/**
 * Lints a snippet with one rule (`analytics-privacy/no-pii` unless given) and returns
 * `line: message` strings, so catalog tests read like the docs:
 *
 *   expect(reports(`mixpanel.people.set({ $email: user.email })`)).toEqual(['1: email reaches Mixpanel people.set']);
 */
import { join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import plugin from '../../src/index.js';

const linter = new Linter({ configType: 'flat' });

/** The longest a message or a suggestion title may be: an editor hover, a terminal line (test/messages.test.ts). */
export const MAX_MESSAGE_LENGTH = 100;

export interface LintOptions {
  /** File name; `.ts`/`.tsx` use the TypeScript parser, anything else espree. Default `file.ts`. */
  filename?: string;
  /** `settings['analytics-privacy']`. */
  settings?: Record<string, unknown>;
  /** Rule options. */
  options?: unknown[];
  /** The rule to run (default `no-pii`). */
  rule?: string;
  /**
   * With type information: the folder of the tsconfig.json whose program holds `filename` (the file is
   * linted with this code in place of what is on disk). TypeScript files only.
   */
  typed?: string;
}

export function lint(code: string, opts: LintOptions = {}): Linter.LintMessage[] {
  const filename = opts.filename ?? 'file.ts';
  const ts = /\.[cm]?tsx?$/.test(filename);
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'],
      plugins: { 'analytics-privacy': plugin },
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        ...(ts ? { parser: tsParser } : {}),
        parserOptions: {
          ecmaFeatures: { jsx: true },
          ...(opts.typed ? { projectService: true, tsconfigRootDir: opts.typed } : {}),
        },
      },
      settings: opts.settings ? { 'analytics-privacy': opts.settings } : {},
      rules: { [`analytics-privacy/${opts.rule ?? 'no-pii'}`]: ['error', ...(opts.options ?? [])] },
    },
  ];
  const messages = linter.verify(code, config, { filename });
  const fatal = messages.find((m) => m.fatal || !m.ruleId);
  if (fatal) throw new Error(`lint failed: ${fatal.message}`);
  return messages;
}

/** `line: message` for every report, in source order. */
export function reports(code: string, opts?: LintOptions): string[] {
  return lint(code, opts).map((m) => `${m.line}: ${m.message}`);
}

/** What `reports` gives for data sent to an ad platform's identity matching (no-pii's `adMatching` message). */
export function adMatching(line: number, category: string, vendor: string, method: string): string {
  return `${line}: identity matching for ads: ${category} reaches ${vendor} ${method}`;
}

/** The typed fixture project (`test/fixtures/typed`): a real tsconfig, so the parser has type information. */
const typedFixture = join(import.meta.dirname, '..', 'fixtures', 'typed');

/**
 * `reports` with type information: the snippet is linted as `test/fixtures/typed/file.ts` of a real
 * TypeScript program (its `types.ts` declares `Member`, `Contact`, `EmailAddress`, ...). Vendor packages
 * are not installed there: their imports have no types, as in a project that lacks them.
 */
export function typedReports(code: string, opts: Omit<LintOptions, 'filename'> = {}): string[] {
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      plugins: { 'analytics-privacy': plugin },
      languageOptions: {
        ecmaVersion: 'latest',
        sourceType: 'module',
        parser: tsParser,
        parserOptions: { projectService: true, tsconfigRootDir: typedFixture },
      },
      settings: opts.settings ? { 'analytics-privacy': opts.settings } : {},
      rules: { [`analytics-privacy/${opts.rule ?? 'no-pii'}`]: ['error', ...(opts.options ?? [])] },
    },
  ];
  const messages = linter.verify(code, config, { filename: join(typedFixture, 'file.ts') });
  const fatal = messages.find((m) => m.fatal || !m.ruleId);
  if (fatal) throw new Error(`lint failed: ${fatal.message}`);
  return messages.map((m) => `${m.line}: ${m.message}`);
}
