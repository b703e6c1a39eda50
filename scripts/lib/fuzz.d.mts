// Types of fuzz.mjs for the TypeScript tests.
import type { ESLint } from 'eslint';

export interface CatalogLike {
  readonly vendors: readonly object[];
}

export interface Program {
  readonly seed: number;
  readonly lang: 'js' | 'ts';
  readonly sourceType: 'module' | 'script';
  readonly code: string;
  readonly filename: string;
  readonly settings?: Record<string, unknown>;
  /** Set when the spliced program does not parse: a generator bug. */
  readonly invalid?: string;
}

export interface Failure {
  readonly kind:
    'exception' | 'parse-error' | 'engine-message' | 'suggestion-breaks-code' | 'generator-made-invalid-code';
  readonly detail: string;
  /** The suggestion's output, for `suggestion-breaks-code`. */
  readonly output?: string;
}

export interface CheckResult {
  readonly reports: number;
  readonly suggestions: number;
  readonly failures: Failure[];
}

export interface Totals {
  programs: number;
  skipped: number;
  reports: number;
  suggestions: number;
  failures: number;
}

export function mulberry32(seed: number): () => number;
export function generateProgram(seed: number, catalog: CatalogLike, lang?: 'js' | 'ts'): Program | undefined;
export function parseProgram(
  code: string,
  lang: 'js' | 'ts',
  sourceType: 'module' | 'script' | 'commonjs',
  options?: { jsx?: boolean },
): unknown;
export function applyFix(text: string, fix: { range: readonly [number, number]; text: string }): string;
export function checkProgram(program: Program, plugin: ESLint.Plugin, namespace?: string): CheckResult;
export function fuzz(options: {
  from: number;
  count: number;
  plugin: ESLint.Plugin;
  catalog: CatalogLike;
  langs?: readonly ('js' | 'ts')[];
  onFailure?: (minimal: Program, failures: Failure[], original: Program) => void;
  onProgress?: (done: number, totals: Totals) => void;
}): Totals;
