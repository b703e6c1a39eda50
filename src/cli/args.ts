/**
 * Command-line arguments of `analytics-privacy`: read by node:util's `parseArgs` (strict), then
 * turned into a Command; every mistake is a one-line CliError naming the option as it was typed.
 */
import { parseArgs as readArgs, type ParseArgsConfig } from 'node:util';
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

/**
 * What `parseArgs` knows. `--no-typed` is an option of its own: Node's `allowNegative` would also
 * accept `--no-strict`, `--no-cache`, `--no-help`..., which this command rejects as unknown.
 */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  strict: { type: 'boolean' },
  typed: { type: 'boolean' },
  'no-typed': { type: 'boolean' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

type OptionName = keyof typeof OPTIONS;

/** A token of `parseArgs`, from a strict or a lenient read. */
type Token =
  | {
      readonly kind: 'option';
      readonly index: number;
      readonly name: string;
      readonly rawName: string;
      readonly value?: string;
      readonly inlineValue?: boolean;
    }
  | { readonly kind: 'positional'; readonly index: number; readonly value: string }
  | { readonly kind: 'option-terminator'; readonly index: number };

type OptionToken = Extract<Token, { kind: 'option' }>;

/** An error `parseArgs` throws for bad usage (ERR_PARSE_ARGS_UNKNOWN_OPTION, ..._INVALID_OPTION_VALUE, ...). */
function isParseArgsError(error: unknown): error is Error {
  return (
    error instanceof Error &&
    'code' in error &&
    typeof error.code === 'string' &&
    error.code.startsWith('ERR_PARSE_ARGS_')
  );
}

/**
 * The tokens of `args`, read strictly. When strict mode rejects them, the same tokens read leniently
 * come back with the error: its message names the option in a form of Node's own (`-o, --output
 * <value>`), so `parseArgs` below finds the token at fault and names it as the user typed it.
 */
function tokenize(args: readonly string[]): { tokens: readonly Token[]; error?: Error } {
  const config = { args, options: OPTIONS, allowPositionals: true, tokens: true } as const;
  try {
    return { tokens: readArgs({ ...config, strict: true }).tokens };
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    return { tokens: readArgs({ ...config, strict: false }).tokens, error };
  }
}

function unknownOption(typed: string): CliError {
  return new CliError(`unknown option ${typed} (see analytics-privacy --help)`);
}

/**
 * The option a token names. Short options are taken alone only (`-f json`): the attached and grouped
 * forms parseArgs also reads (`-fjson`, `-f=json`, `-hv`) are unknown options, as they always were here.
 */
function optionOf(token: OptionToken, args: readonly string[]): OptionName {
  const typed = args[token.index];
  if (!token.rawName.startsWith('--') && typed !== token.rawName) throw unknownOption(typed);
  if (!Object.hasOwn(OPTIONS, token.name)) throw unknownOption(token.rawName);
  return token.name as OptionName;
}

/** The value of a string option: missing, empty after `=`, or another option (`--output --strict`) is an error. */
function valueOf(token: OptionToken): string {
  const { value, inlineValue } = token;
  const missing =
    value === undefined || (inlineValue ? value === '' : value.length > 1 && value.startsWith('-'));
  if (missing) throw new CliError(`${token.rawName} needs a value`);
  return value;
}

/** A flag is true; `--strict=yes` is an error. */
function flag(token: OptionToken): true {
  if (token.value !== undefined) throw new CliError(`${token.rawName} takes no value`);
  return true;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/**
 * Parses `argv` (without the node and script paths). Options are taken in order: the first `--help`
 * or `--version` wins over anything after it, the last of repeated options (and of `--typed`,
 * `--no-typed`) counts, and the first mistake is the error. `report` is a command only first.
 */
export function parseArgs(argv: readonly string[]): Command {
  const kind = argv[0] === 'report' ? 'report' : 'lint';
  const args = kind === 'report' ? argv.slice(1) : argv;
  const { tokens, error } = tokenize(args);
  const paths: string[] = [];
  let format: string | undefined;
  let output: string | undefined;
  let cacheLocation: string | undefined;
  let strict = false;
  let typed = true;
  let cache = false;

  for (const token of tokens) {
    if (token.kind === 'positional') paths.push(token.value);
    if (token.kind !== 'option') continue;
    switch (optionOf(token, args)) {
      case 'help':
        return { kind: 'help' };
      case 'version':
        return { kind: 'version' };
      case 'format':
        format = valueOf(token);
        break;
      case 'output':
        output = valueOf(token);
        break;
      case 'cache-location':
        cacheLocation = valueOf(token);
        break;
      case 'strict':
        strict = flag(token);
        break;
      case 'typed':
        typed = flag(token);
        break;
      case 'no-typed':
        typed = !flag(token);
        break;
      case 'cache':
        cache = flag(token);
        break;
    }
  }
  // The walk above checks all that strict mode does; should a later Node reject more, say so in one line.
  if (error) throw new CliError(error.message.split('\n')[0]);

  const common = { paths: paths.length ? paths : ['.'], output, strict, typed, cache, cacheLocation };
  if (kind === 'report')
    return { ...common, kind, format: oneOf('--format', format ?? 'md', REPORT_FORMATS) };
  return { ...common, kind, format: oneOf('--format', format ?? 'stylish', LINT_FORMATS) };
}
