/** Command-line arguments of `analytics-privacy`, parsed and validated (every mistake is a CliError naming the option). */
import { CliError } from './cli-error.js';

type LintFormat = 'stylish' | 'json' | 'sarif';
type ReportFormat = 'md' | 'json' | 'html';

interface Common {
  /** Files and directories to lint (default: the current directory). */
  readonly paths: readonly string[];
  readonly output: string | undefined;
  readonly strict: boolean;
  /** Use type information when a tsconfig.json is found. */
  readonly typed: boolean;
  /** ESLint's cache (`--cache`), kept in `cacheLocation`. */
  readonly cache: boolean;
  readonly cacheLocation: string | undefined;
}

export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | (Common & { readonly kind: 'lint'; readonly format: LintFormat })
  | (Common & { readonly kind: 'report'; readonly format: ReportFormat });

const LINT_FORMATS: readonly LintFormat[] = ['stylish', 'json', 'sarif'];
const REPORT_FORMATS: readonly ReportFormat[] = ['md', 'json', 'html'];

export const HELP = `Usage: analytics-privacy [paths...] [options]
       analytics-privacy report [paths...] [--format md|json|html] [--output file]

Finds personal data (emails, names, phone numbers, user and organization IDs, ...) sent to
third-party analytics, telemetry, replay, error-monitoring, marketing and feature-flag SDKs.
Lints with the plugin's recommended rules; no ESLint config of yours is read. Paths default to
the current directory; .gitignore'd files are skipped.

Commands:
  (none)                 lint and print the findings
  report                 write the data map: which vendor receives which personal data, and where

Options:
  -f, --format <name>    lint: stylish (default), json, sarif; report: md (default), json, html
  -o, --output <file>    write to a file instead of standard output
      --strict           use the strict config (more rules, stricter options)
      --no-typed         do not use type information even when a tsconfig.json is found
      --cache            only re-lint changed files (ESLint's cache)
      --cache-location <path>  where the cache is kept (default: node_modules/.cache/analytics-privacy/)
  -h, --help             show this help
  -v, --version          show the version

Exit codes: 0 no findings, 1 findings (or files that could not be parsed), 2 usage or runtime error.
The report command exits 0 once the data map is written.`;

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** Parses `argv` (without the node and script paths). */
export function parseArgs(argv: readonly string[]): Command {
  const rest = [...argv];
  let kind: 'lint' | 'report' = 'lint';
  if (rest[0] === 'report') {
    kind = 'report';
    rest.shift();
  }
  const paths: string[] = [];
  let format: string | undefined;
  let output: string | undefined;
  let cacheLocation: string | undefined;
  let strict = false;
  let typed = true;
  let cache = false;
  let onlyPaths = false;

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) {
        if (inline === '') throw new CliError(`${name} needs a value`);
        return inline;
      }
      const next = rest[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) throw new CliError(`${name} needs a value`);
      i++;
      return next;
    };
    const flag = (): true => {
      if (inline !== undefined) throw new CliError(`${name} takes no value`);
      return true;
    };
    switch (name) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '-v':
      case '--version':
        return { kind: 'version' };
      case '-f':
      case '--format':
        format = value();
        break;
      case '-o':
      case '--output':
        output = value();
        break;
      case '--strict':
        strict = flag();
        break;
      case '--no-typed':
        typed = !flag();
        break;
      case '--typed':
        typed = flag();
        break;
      case '--cache':
        cache = flag();
        break;
      case '--cache-location':
        cacheLocation = value();
        break;
      default:
        throw new CliError(`unknown option ${name} (see analytics-privacy --help)`);
    }
  }

  const common = { paths: paths.length ? paths : ['.'], output, strict, typed, cache, cacheLocation };
  if (kind === 'report') return { ...common, kind, format: oneOf('--format', format ?? 'md', REPORT_FORMATS) };
  return { ...common, kind, format: oneOf('--format', format ?? 'stylish', LINT_FORMATS) };
}
