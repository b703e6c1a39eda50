#!/usr/bin/env node
// The `analytics-privacy` command (see `analytics-privacy --help`); the code is in src/cli/, built to dist/.
// Every failure is one line on stderr and exit code 2 (the stack too with DEBUG=analytics-privacy):
// a dependency that cannot be loaded, and whatever escapes the command (a throw in a callback).
import { existsSync } from 'node:fs';

const built = (file) => new URL(`../dist/src/cli/${file}`, import.meta.url);
if (existsSync(built('main.js'))) {
  const { errorText, loadError } = await import(built('cli-error.js').href);
  process.on('uncaughtException', (error) => {
    process.stderr.write(errorText(error));
    process.exit(2);
  });
  let main;
  try {
    ({ main } = await import(built('main.js').href));
  } catch (error) {
    process.stderr.write(errorText(loadError(error)));
    process.exitCode = 2;
  }
  if (main) process.exitCode = await main(process.argv.slice(2));
} else {
  process.stderr.write(
    'analytics-privacy: this copy of the package is not built (run `npm run build` in it)\n',
  );
  process.exitCode = 2;
}
