/** `parseArgs` of the command line (src/cli/args.ts), in process: each option, the defaults, and each usage error. */
import { describe, expect, it } from 'vitest';
import { parseArgs, type Command } from '../../src/cli/args.js';
import { CliError } from '../../src/cli/cli-error.js';

const LINT_DEFAULTS = {
  kind: 'lint',
  format: 'stylish',
  paths: ['.'],
  output: undefined,
  strict: false,
  typed: true,
  cache: false,
  cacheLocation: undefined,
} as const;

/** The lint command with the defaults but for `changes`. */
function lint(changes: Partial<Omit<Extract<Command, { kind: 'lint' }>, 'kind'>> = {}): Command {
  return { ...LINT_DEFAULTS, ...changes };
}

/** The message of the CliError `parseArgs(argv)` throws (fails when it throws nothing or another error). */
function usageError(argv: readonly string[]): string {
  try {
    parseArgs(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as CliError).message;
  }
  throw new Error(`parseArgs accepted ${JSON.stringify(argv)}`);
}

describe('parseArgs: options', () => {
  it('defaults: lint the current directory, stylish, untouched flags', () => {
    expect(parseArgs([])).toEqual(lint());
  });

  it('positional paths, in order; "-" is a path; after "--" everything is a path', () => {
    expect(parseArgs(['src', 'lib/a.ts'])).toEqual(lint({ paths: ['src', 'lib/a.ts'] }));
    expect(parseArgs(['-'])).toEqual(lint({ paths: ['-'] }));
    expect(parseArgs(['a', '--', '--strict', '-f', '--'])).toEqual(
      lint({ paths: ['a', '--strict', '-f', '--'] }),
    );
  });

  it('--format / -f, as a separate or an inline value; the last one counts', () => {
    expect(parseArgs(['--format', 'json'])).toEqual(lint({ format: 'json' }));
    expect(parseArgs(['-f', 'sarif'])).toEqual(lint({ format: 'sarif' }));
    expect(parseArgs(['--format=sarif'])).toEqual(lint({ format: 'sarif' }));
    expect(parseArgs(['-f', 'json', 'src', '--format', 'stylish'])).toEqual(lint({ paths: ['src'] }));
    expect(parseArgs(['-f', 'sarif', '-f', 'json'])).toEqual(lint({ format: 'json' }));
  });

  it('--output / -o, including "-" and a value that starts with a dash after "="', () => {
    expect(parseArgs(['--output', 'out/a.json'])).toEqual(lint({ output: 'out/a.json' }));
    expect(parseArgs(['-o', 'a.txt', 'src'])).toEqual(lint({ output: 'a.txt', paths: ['src'] }));
    expect(parseArgs(['--output=b.txt'])).toEqual(lint({ output: 'b.txt' }));
    expect(parseArgs(['-o', '-'])).toEqual(lint({ output: '-' }));
    expect(parseArgs(['--output=-x'])).toEqual(lint({ output: '-x' }));
  });

  it('--strict, --cache, --cache-location', () => {
    expect(parseArgs(['--strict'])).toEqual(lint({ strict: true }));
    expect(parseArgs(['--cache'])).toEqual(lint({ cache: true }));
    expect(parseArgs(['--cache-location', '.cache/x/'])).toEqual(lint({ cacheLocation: '.cache/x/' }));
    expect(parseArgs(['--cache-location=.c'])).toEqual(lint({ cacheLocation: '.c' }));
  });

  it('--no-typed turns type information off; of --typed and --no-typed the last one counts', () => {
    expect(parseArgs(['--no-typed'])).toEqual(lint({ typed: false }));
    expect(parseArgs(['--typed'])).toEqual(lint());
    expect(parseArgs(['--typed', '--no-typed'])).toEqual(lint({ typed: false }));
    expect(parseArgs(['--no-typed', '--typed'])).toEqual(lint({ typed: true }));
  });

  it('every option at once', () => {
    const argv = [
      '--strict',
      'src',
      '--no-typed',
      '-f',
      'json',
      '--cache',
      '--cache-location',
      'c',
      '-o',
      'o.json',
      'lib',
    ];
    expect(parseArgs(argv)).toEqual(
      lint({
        paths: ['src', 'lib'],
        format: 'json',
        output: 'o.json',
        strict: true,
        typed: false,
        cache: true,
        cacheLocation: 'c',
      }),
    );
  });

  it('report: md by default, md, json or html, with the same options', () => {
    expect(parseArgs(['report'])).toEqual({ ...LINT_DEFAULTS, kind: 'report', format: 'md' });
    expect(parseArgs(['report', 'src', '--format', 'html', '-o', 'map.html', '--no-typed'])).toEqual({
      ...LINT_DEFAULTS,
      kind: 'report',
      format: 'html',
      paths: ['src'],
      output: 'map.html',
      typed: false,
    });
    expect(parseArgs(['report', '-f', 'json'])).toMatchObject({ kind: 'report', format: 'json' });
    expect(parseArgs(['report', '--format=md'])).toMatchObject({ kind: 'report', format: 'md' });
  });

  it('report is a command only as the first argument, else a path', () => {
    expect(parseArgs(['src', 'report'])).toEqual(lint({ paths: ['src', 'report'] }));
    expect(parseArgs(['--strict', 'report'])).toEqual(lint({ paths: ['report'], strict: true }));
    expect(parseArgs(['--', 'report'])).toEqual(lint({ paths: ['report'] }));
    expect(parseArgs(['report', 'report'])).toMatchObject({ kind: 'report', paths: ['report'] });
  });

  it('--help / -h and --version / -v, anywhere; the first of them, or of it and a mistake, wins', () => {
    for (const argv of [
      ['--help'],
      ['-h'],
      ['report', '--help'],
      ['src', '-f', 'xml', '-h'],
      ['--help', '--fix'],
      ['-h', '--output'],
      ['--help', '-v'],
      ['--help=1'],
    ]) {
      expect(parseArgs(argv), argv.join(' ')).toEqual({ kind: 'help' });
    }
    for (const argv of [
      ['--version'],
      ['-v'],
      ['report', '-v'],
      ['-v', '--strict=yes'],
      ['--version', '--help'],
    ]) {
      expect(parseArgs(argv), argv.join(' ')).toEqual({ kind: 'version' });
    }
    expect(usageError(['--fix', '--help'])).toBe('unknown option --fix (see analytics-privacy --help)');
  });

  it('--help after "--" is a path', () => {
    expect(parseArgs(['--', '--help', '-v'])).toEqual(lint({ paths: ['--help', '-v'] }));
  });
});

describe('parseArgs: usage errors (one line, naming the option as typed)', () => {
  const unknown = (option: string): string => `unknown option ${option} (see analytics-privacy --help)`;

  it('an unknown option, long or short, with or without a value', () => {
    expect(usageError(['--fix'])).toBe(unknown('--fix'));
    expect(usageError(['src', '--fix=1'])).toBe(unknown('--fix'));
    expect(usageError(['-x'])).toBe(unknown('-x'));
    expect(usageError(['report', '--quiet'])).toBe(unknown('--quiet'));
    expect(usageError(['---strict'])).toBe(unknown('---strict'));
    // Object.prototype's names are no options
    expect(usageError(['--toString'])).toBe(unknown('--toString'));
    expect(usageError(['--constructor'])).toBe(unknown('--constructor'));
  });

  it('the first mistake is the one named', () => {
    expect(usageError(['--fix', '--quiet'])).toBe(unknown('--fix'));
    expect(usageError(['--output', '--fix'])).toBe('--output needs a value');
    expect(usageError(['--strict=1', '-o'])).toBe('--strict takes no value');
  });

  it('a negation of anything but --typed', () => {
    for (const option of ['--no-strict', '--no-cache', '--no-help', '--no-format', '--no-no-typed'])
      expect(usageError([option])).toBe(unknown(option));
  });

  it('short options only alone: attached values and groups are unknown options', () => {
    expect(usageError(['-fjson'])).toBe(unknown('-fjson'));
    expect(usageError(['-f=json'])).toBe(unknown('-f=json'));
    expect(usageError(['-ofile'])).toBe(unknown('-ofile'));
    expect(usageError(['-hv'])).toBe(unknown('-hv'));
    expect(usageError(['-output', 'x'])).toBe(unknown('-output'));
  });

  it('a missing value: at the end, empty after "=", or another option in its place', () => {
    expect(usageError(['--output'])).toBe('--output needs a value');
    expect(usageError(['src', '-o'])).toBe('-o needs a value');
    expect(usageError(['--format'])).toBe('--format needs a value');
    expect(usageError(['report', '-f'])).toBe('-f needs a value');
    expect(usageError(['--cache-location'])).toBe('--cache-location needs a value');
    expect(usageError(['--format='])).toBe('--format needs a value');
    expect(usageError(['--output='])).toBe('--output needs a value');
    expect(usageError(['--output', '--strict'])).toBe('--output needs a value');
    expect(usageError(['-o', '-f', 'json'])).toBe('-o needs a value');
    expect(usageError(['--cache-location', '--cache'])).toBe('--cache-location needs a value');
  });

  it('a value for a flag', () => {
    for (const option of ['--strict', '--cache', '--typed', '--no-typed']) {
      expect(usageError([`${option}=yes`])).toBe(`${option} takes no value`);
      expect(usageError([`${option}=`])).toBe(`${option} takes no value`);
    }
  });

  it('a format the command does not write', () => {
    expect(usageError(['--format', 'xml'])).toBe('--format must be one of stylish, json, sarif (got "xml")');
    expect(usageError(['-f', 'html'])).toBe('--format must be one of stylish, json, sarif (got "html")');
    expect(usageError(['-f', 'md'])).toBe('--format must be one of stylish, json, sarif (got "md")');
    expect(usageError(['report', '--format', 'sarif'])).toBe(
      '--format must be one of md, json, html (got "sarif")',
    );
    expect(usageError(['report', '-f', 'stylish'])).toBe(
      '--format must be one of md, json, html (got "stylish")',
    );
    expect(usageError(['--format', ''])).toBe('--format must be one of stylish, json, sarif (got "")');
  });
});
