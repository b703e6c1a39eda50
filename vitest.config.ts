import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    // Test files share one module graph: loading the plugin and the parser once per worker, not per file.
    isolate: false,
  },
});
