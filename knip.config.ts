// Unused files, exports and dependencies (`npm run knip`). vitest.config.ts with its setup file
// (test/setup.ts) and eslint.config.js are entry points too: knip's vitest and eslint plugins add them.
import type { KnipConfig } from 'knip';

export default {
  entry: [
    'src/index.ts', // the plugin (package.json "exports")
    'src/cli/main.ts', // the CLI, imported from dist/ by bin/analytics-privacy.js
    'rules/*.ts',
    'scripts/*.mjs',
    'test/**/*.test.ts',
    '.eslint-doc-generatorrc.js',
  ],
  // dist/ is not listed: knip skips .gitignore'd files already.
  ignore: ['test/fixtures/**', 'examples/**'],
  // Hand-written types of scripts/lib/*.mjs for the TypeScript tests: TypeScript reads them in place
  // of the .mjs, knip resolves the imports to the .mjs.
  ignoreFiles: ['scripts/lib/*.d.mts'],
  // Run by path from node_modules, not imported: husky and lint-staged in test/cli/recipes.test.ts,
  // oxlint in scripts/oxlint-smoke.mjs.
  ignoreDependencies: ['husky', 'lint-staged', 'oxlint'],
  // A system command spawned by a test: util-linux `script` (test/cli/progress.test.ts, a terminal
  // for the progress output).
  ignoreBinaries: ['script'],
} satisfies KnipConfig;
