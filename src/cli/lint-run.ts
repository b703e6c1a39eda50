/**
 * One lint of the given paths through ESLint's Node API with the plugin's own config: no config file
 * of the user's is read (nor are `eslint.config.*` files linted); .gitignore'd files are skipped; JS,
 * JSX, TS, TSX, ESM and CJS are parsed; TypeScript files included by a tsconfig.json are linted with
 * type information unless `typed` is false.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { typescriptParser } from '../ast/parsers.js';
import plugin from '../index.js';
import { CliError } from './cli-error.js';
import { gitignorePatterns } from './gitignore.js';
import { countLintableFiles, Progress } from './progress.js';
import { findTsconfig, loadTypedProject, type TypedProject } from './typescript-project.js';

const NAMESPACE = plugin.meta.namespace;
const JS_FILES = ['**/*.{js,jsx,mjs,cjs}'];
const TS_FILES = ['**/*.{ts,tsx,mts,cts}'];
/** ESLint configs: this run does not read them, so it does not lint (or count) them either. */
const ESLINT_CONFIGS = ['**/eslint.config.{js,mjs,cjs,ts,mts,cts}'];

export interface LintOptions {
  readonly paths: readonly string[];
  readonly strict: boolean;
  readonly typed: boolean;
  readonly cache: boolean;
  readonly cacheLocation: string | undefined;
  /** Where the progress line goes when it may be shown (a terminal), else undefined. */
  readonly progress: NodeJS.WriteStream | undefined;
}

export interface LintRun {
  readonly eslint: ESLint;
  /** Results with only the plugin's findings and parse errors, sorted by file. */
  readonly results: ESLint.LintResult[];
  /** The base directory of the run. */
  readonly root: string;
  readonly typedProject: TypedProject | undefined;
}

function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** The deepest directory holding every target. */
function commonAncestor(targets: readonly string[]): string {
  let common = statSync(targets[0]).isDirectory() ? targets[0] : dirname(targets[0]);
  for (const t of targets.slice(1)) while (!isInside(common, t)) common = dirname(common);
  return common;
}

/** The run's base directory: the current directory when every path is inside it, else the paths' common ancestor. */
function baseDirectory(targets: readonly string[]): string {
  const cwd = process.cwd();
  return targets.every((t) => isInside(cwd, t)) ? cwd : commonAncestor(targets);
}

/** Keeps the plugin's findings and the files' parse errors; drops what other tools' inline comments cause. */
function ownFindings(result: ESLint.LintResult): ESLint.LintResult {
  const messages = result.messages.filter((m) =>
    m.ruleId === null ? m.fatal === true : m.ruleId.startsWith(`${NAMESPACE}/`),
  );
  const errorCount = messages.filter((m) => m.severity === 2).length;
  const warningCount = messages.length - errorCount;
  return {
    ...result,
    messages,
    suppressedMessages: result.suppressedMessages.filter((m) => m.ruleId?.startsWith(`${NAMESPACE}/`)),
    errorCount,
    warningCount,
    fatalErrorCount: messages.filter((m) => m.fatal).length,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}

/**
 * The TypeScript parser with type information for the files the tsconfig programs include, without
 * it for the others (a file outside every program would otherwise fail to parse in typed mode).
 */
function typedConfig(project: TypedProject): Linter.Config {
  const typedOptions = { project: [...project.configs], tsconfigRootDir: project.rootDir };
  const parser = {
    meta: { name: 'analytics-privacy-cli/typed-parser', version: plugin.meta.version },
    parseForESLint(code: string, parserOptions?: Linter.ParserOptions) {
      const file = typeof parserOptions?.filePath === 'string' ? resolve(parserOptions.filePath) : '';
      const options = project.files.has(file) ? { ...parserOptions, ...typedOptions } : parserOptions;
      return typescriptParser.parseForESLint(code, options);
    },
  };
  // TypeScript files only: JavaScript keeps the faster espree parse (an allowJs program would give
  // JS files types, at the cost of parsing them through the program, for little gain without JSDoc types).
  return {
    name: 'analytics-privacy-cli/typed',
    files: TS_FILES,
    languageOptions: { parser, parserOptions: { ecmaFeatures: { jsx: true } } },
  };
}

/**
 * No reports about other tools' inline comments. `reportUnusedInlineConfigs` exists from ESLint
 * 9.19; earlier versions reject the key (and report no unused inline configs anyway).
 */
function quietLinterOptions(eslintVersion: string): Linter.LinterOptions {
  const [major, minor] = eslintVersion.split('.').map(Number);
  const inlineConfigs = major > 9 || (major === 9 && minor >= 19);
  return {
    reportUnusedDisableDirectives: 'off',
    ...(inlineConfigs ? { reportUnusedInlineConfigs: 'off' } : {}),
  };
}

export async function runLint(options: LintOptions): Promise<LintRun> {
  const targets = options.paths.map((p) => resolve(p));
  options.paths.forEach((p, i) => {
    if (!existsSync(targets[i])) throw new CliError(`path not found: ${p}`);
  });
  const root = baseDirectory(targets);
  // The tsconfig nearest to what is linted: `analytics-privacy packages/web` uses packages/web's own.
  const tsconfig = options.typed ? findTsconfig(commonAncestor(targets)) : undefined;
  const typedProject = tsconfig ? await loadTypedProject(tsconfig) : undefined;

  const progress = options.progress && new Progress(options.progress);
  const config: Linter.Config[] = [
    { name: 'analytics-privacy-cli/gitignore', ignores: gitignorePatterns(root) },
    { name: 'analytics-privacy-cli/eslint-configs', ignores: ESLINT_CONFIGS },
    { name: 'analytics-privacy-cli/options', linterOptions: quietLinterOptions(ESLint.version) },
    {
      name: 'analytics-privacy-cli/javascript',
      files: JS_FILES,
      languageOptions: { ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    // The parser (and TypeScript) is loaded when the first TypeScript file is parsed, not before.
    {
      name: 'analytics-privacy-cli/typescript',
      files: TS_FILES,
      languageOptions: { parser: typescriptParser },
    },
    ...(typedProject ? [typedConfig(typedProject)] : []),
    options.strict ? plugin.configs.strict : plugin.configs.recommended,
    ...(progress ? [progress.config([...JS_FILES, ...TS_FILES])] : []),
  ];

  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: config,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    cache: options.cache,
    cacheLocation: options.cacheLocation
      ? resolve(options.cacheLocation)
      : join(root, 'node_modules', '.cache', 'analytics-privacy') + sep,
  });
  progress?.start(() => countLintableFiles(eslint, targets));
  let results: ESLint.LintResult[];
  try {
    results = await eslint.lintFiles(targets);
  } catch (error) {
    const lines = (error instanceof Error ? error.message : String(error)).split('\n');
    const where = lines.find((line) => line.startsWith('Occurred while linting'));
    throw new CliError(`lint failed: ${lines[0]}${where && where !== lines[0] ? ` (${where.trim()})` : ''}`, {
      cause: error,
    });
  } finally {
    progress?.stop();
  }
  results = results
    .map(ownFindings)
    .sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  return { eslint, results, root, typedProject };
}
