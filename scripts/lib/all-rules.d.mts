// Types of all-rules.mjs for the TypeScript tests.
import type { ESLint, Linter } from 'eslint';

export const RULE_OPTIONS: Readonly<Record<string, readonly unknown[][]>>;
export function allRules(plugin: ESLint.Plugin, variant?: number, namespace?: string): Linter.RulesRecord;
