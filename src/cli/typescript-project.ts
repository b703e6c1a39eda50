/**
 * Typed mode: the project's tsconfig.json (at the lint root or above it, up to the repository top),
 * read with TypeScript's own parser so an unreadable one is a clear error, and the set of files its
 * programs include (the root config and the configs it references). Only those files are linted with
 * type information; the others are linted without it instead of failing.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type * as TS from 'typescript';
import { CliError } from './cli-error.js';

export interface TypedProject {
  readonly tsconfig: string;
  readonly rootDir: string;
  /** The tsconfig files read: the root one and those it references. */
  readonly configs: readonly string[];
  /** Absolute paths of the files the tsconfig programs include. */
  readonly files: ReadonlySet<string>;
}

/** The nearest tsconfig.json from `root` upwards, stopping at the repository top. */
export function findTsconfig(root: string): string | undefined {
  for (let dir = root; ;) {
    const candidate = join(dir, 'tsconfig.json');
    if (existsSync(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir || existsSync(join(dir, '.git'))) return undefined;
    dir = up;
  }
}

function describe(ts: typeof TS, diagnostic: TS.Diagnostic): string {
  return ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
}

function readProject(ts: typeof TS, tsconfig: string, files: Set<string>, seen: Set<string>): void {
  if (seen.has(tsconfig)) return;
  seen.add(tsconfig);
  const read = ts.readConfigFile(tsconfig, (path) => ts.sys.readFile(path));
  if (read.error)
    throw new CliError(
      `cannot read ${tsconfig}: ${describe(ts, read.error)} (use --no-typed to lint without type information)`,
    );
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, dirname(tsconfig), undefined, tsconfig);
  const fatal = parsed.errors.find((d) => d.category === ts.DiagnosticCategory.Error && d.code !== 18003); // 18003: no inputs found
  if (fatal)
    throw new CliError(
      `cannot read ${tsconfig}: ${describe(ts, fatal)} (use --no-typed to lint without type information)`,
    );
  for (const file of parsed.fileNames) files.add(resolve(file));
  for (const ref of parsed.projectReferences ?? []) {
    const path = ref.path.endsWith('.json') ? ref.path : join(ref.path, 'tsconfig.json');
    if (existsSync(path)) readProject(ts, resolve(path), files, seen);
  }
}

/** Reads the project of `tsconfig`; throws a CliError when it cannot be read. */
export async function loadTypedProject(tsconfig: string): Promise<TypedProject> {
  let ts: typeof TS;
  try {
    const loaded = (await import('typescript')) as typeof TS & { default?: typeof TS };
    ts = loaded.default ?? loaded;
  } catch (error) {
    throw new CliError(
      `found ${tsconfig} but the typescript package is not installed (install it, or use --no-typed)`,
      { cause: error },
    );
  }
  const files = new Set<string>();
  const seen = new Set<string>();
  readProject(ts, tsconfig, files, seen);
  return { tsconfig, rootDir: dirname(tsconfig), configs: [...seen], files };
}
