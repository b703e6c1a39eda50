/** An error the command line explains in one line and answers with exit code 2 (bad usage, missing path, unreadable tsconfig). */
export class CliError extends Error {
  override readonly name = 'CliError';
}
