import { readFileSync } from 'node:fs';
import type { ESLint, Linter, Rule } from 'eslint';
import { typescriptParser } from './ast/parsers.js';
import noPii from '../rules/no-pii.js';
import noPiiInUrls from '../rules/no-pii-in-urls.js';
import noRestrictedVendors from '../rules/no-restricted-vendors.js';
import noUnsafeSdkConfig from '../rules/no-unsafe-sdk-config.js';

const NAMESPACE = 'analytics-privacy';

/** Every rule of the plugin. A test checks that each file in rules/ is listed here. */
export const rules = {
  'no-pii': noPii,
  'no-pii-in-urls': noPiiInUrls,
  'no-restricted-vendors': noRestrictedVendors,
  'no-unsafe-sdk-config': noUnsafeSdkConfig,
} as const;

/** The package's version, read from its package.json (found from both `src/` and `dist/src/`). */
function packageVersion(): string {
  for (const up of ['../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8')) as {
        name?: string;
        version?: string;
      };
      if (pkg.name === `eslint-plugin-${NAMESPACE}` && pkg.version) return pkg.version;
    } catch {
      // try the next level up
    }
  }
  return '0.0.0';
}

const FILES = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];
const TYPESCRIPT_FILES = ['**/*.{ts,tsx,mts,cts}'];

const allRules = rules as unknown as Record<string, Rule.RuleModule>;

const plugin = {
  meta: { name: `eslint-plugin-${NAMESPACE}`, version: packageVersion(), namespace: NAMESPACE },
  rules: allRules,
  configs: {} as Record<'recommended' | 'strict' | 'typescript', Linter.Config>,
} satisfies ESLint.Plugin;

function config(name: 'recommended' | 'strict'): Linter.Config {
  const ruleLevels: Linter.RulesRecord = {};
  for (const [id, rule] of Object.entries(rules)) {
    const docs = rule.meta.docs as { recommended?: boolean; strict?: false | readonly unknown[] } | undefined;
    if (name === 'recommended' ? docs?.recommended : docs?.strict !== false) {
      const strictOptions: readonly unknown[] =
        name === 'strict' && Array.isArray(docs?.strict) ? (docs.strict as readonly unknown[]) : [];
      ruleLevels[`${NAMESPACE}/${id}`] = strictOptions.length ? ['error', ...strictOptions] : 'error';
    }
  }
  return { name: `${NAMESPACE}/${name}`, files: FILES, plugins: { [NAMESPACE]: plugin }, rules: ruleLevels };
}

plugin.configs.recommended = config('recommended');
plugin.configs.strict = config('strict');
/**
 * TypeScript files parsed by `@typescript-eslint/parser`, for projects whose config does not bring
 * it already (typescript-eslint's own configs do). No rules: it goes with `recommended` or `strict`.
 * The parser, and TypeScript with it, is loaded when the first TypeScript file is parsed.
 */
plugin.configs.typescript = {
  name: `${NAMESPACE}/typescript`,
  files: TYPESCRIPT_FILES,
  languageOptions: { parser: typescriptParser },
};

export default plugin;
export { plugin as 'module.exports' };
