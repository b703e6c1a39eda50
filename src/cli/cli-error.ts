/**
 * Errors as the command line prints them: one line, `analytics-privacy: <message>`, exit code 2.
 * No stack trace unless `DEBUG=analytics-privacy` (alone or in a comma-separated list) asks for it.
 * Imports nothing, so bin/analytics-privacy.js can load it when the command's dependencies cannot be.
 */

/** An error the command line explains in one line and answers with exit code 2 (bad usage, missing path, unreadable tsconfig). */
export class CliError extends Error {
  override readonly name = 'CliError';
}

const firstLine = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).split('\n')[0];

/** What stderr gets for `error`: the line, then under `DEBUG=analytics-privacy` the stack (of the cause, when there is one). */
export function errorText(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  const message = error instanceof CliError ? error.message : `unexpected error: ${firstLine(error)}`;
  const debug = (env.DEBUG ?? '').split(/[\s,]+/).includes('analytics-privacy');
  const origin = error instanceof CliError && error.cause !== undefined ? error.cause : error;
  const stack = debug && origin instanceof Error && origin.stack ? `${origin.stack}\n` : '';
  return `analytics-privacy: ${message}\n${stack}`;
}

/**
 * The error of a failed load of the command's modules: a package that is not installed is named.
 * @public imported by bin/analytics-privacy.js only (from dist/, which knip does not follow)
 */
export function loadError(error: unknown): CliError {
  const missing = /^Cannot find (?:package|module) '([^./][^']*)'/.exec(firstLine(error));
  const message = missing
    ? `cannot load ${missing[1]}: it is not installed (install it next to eslint-plugin-analytics-privacy)`
    : `cannot load the command: ${firstLine(error)}`;
  return new CliError(message, { cause: error });
}
