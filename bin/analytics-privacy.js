#!/usr/bin/env node
// The `analytics-privacy` command (see `analytics-privacy --help`); the code is in src/cli/, built to dist/.
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(entry)) {
  const { main } = await import(entry.href);
  process.exitCode = await main(process.argv.slice(2));
} else {
  process.stderr.write('analytics-privacy: this copy of the package is not built (run `npm run build` in it)\n');
  process.exitCode = 2;
}
