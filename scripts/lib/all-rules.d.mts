// Types of all-rules.mjs for the TypeScript tests.
import type { ESLint, Linter } from 'eslint';

export function allRules(plugin: ESLint.Plugin, variant?: number, namespace?: string): Linter.RulesRecord;
