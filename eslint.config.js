// Self-lint: typescript-eslint's type-checked rules, eslint-plugin-eslint-plugin's full sets for rules
// and tests, and our own plugin (built) on the example app's sources to keep it honest.
import { defineConfig } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'examples/**', 'test/fixtures/**', 'coverage/**'] },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    files: ['rules/**/*.ts'],
    extends: [eslintPlugin.configs.rules],
    rules: { 'eslint-plugin/require-meta-docs-url': 'off' },
  },
  {
    files: ['test/rules/**/*.ts'],
    extends: [eslintPlugin.configs.tests],
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
