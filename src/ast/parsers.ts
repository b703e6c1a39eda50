/**
 * Parsers, with TypeScript loaded only when something needs it. Importing the plugin loads no
 * TypeScript: `@typescript-eslint/typescript-estree` and `@typescript-eslint/parser` (each loads the
 * `typescript` package, the better part of a second) are required on first use, once per process.
 *
 * - `parseModule` and `moduleScopes` read the project's other modules for `no-pii`'s cross-file
 *   summaries: TypeScript files with typescript-estree and `@typescript-eslint/scope-manager`;
 *   JavaScript files with espree and eslint-scope (what ESLint itself uses for them), unless the
 *   linted file was parsed by typescript-eslint, in which case like TypeScript files, so that
 *   TypeScript projects read every module as they always did.
 * - `typescriptParser` is an ESLint parser (the plugin's `typescript` config) that hands each file
 *   to `@typescript-eslint/parser`, loaded when the first file is parsed.
 *
 * Without the `typescript` package (a JavaScript project), TypeScript modules are not summarised and
 * `typescriptParser` fails with a message that says what to install.
 */
import { createRequire } from 'node:module';
import type * as TSParser from '@typescript-eslint/parser';
import { analyze } from '@typescript-eslint/scope-manager';
import type * as TSEstree from '@typescript-eslint/typescript-estree';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { visitorKeys } from '@typescript-eslint/visitor-keys';
import { analyze as eslintScopeAnalyze } from 'eslint-scope';
import { parse as espreeParse, VisitorKeys as espreeVisitorKeys } from 'espree';

const require = createRequire(import.meta.url);

/** A package required on first use; a failure is remembered too (asked again, it throws the same error). */
function lazy<T>(id: string): () => T {
  let loaded: { readonly value: T } | { readonly error: unknown } | undefined;
  return () => {
    if (!loaded) {
      try {
        loaded = { value: require(id) as T };
      } catch (error) {
        loaded = { error };
      }
    }
    if ('error' in loaded) throw loaded.error;
    return loaded.value;
  };
}

const typescriptEstree = lazy<typeof TSEstree>('@typescript-eslint/typescript-estree');
const typescriptEslintParser = lazy<typeof TSParser>('@typescript-eslint/parser');

/** `.ts`, `.tsx`, `.mts`, `.cts`. */
const TYPESCRIPT_FILE = /\.[cm]?tsx?$/;

/** How the project's other modules are parsed: JavaScript ones too with typescript-estree, or with espree. */
export type ModuleParsing = 'typescript' | 'javascript';

/**
 * `typescript` when the linted file is a TypeScript file or was parsed by typescript-eslint (its
 * parser services carry the node maps, with or without a program): TypeScript is loaded already or
 * is about to be.
 */
export function moduleParsingFor(file: string, parserServices: object | undefined): ModuleParsing {
  return TYPESCRIPT_FILE.test(file) ||
    (parserServices !== undefined && 'esTreeNodeToTSNodeMap' in parserServices)
    ? 'typescript'
    : 'javascript';
}

/** The parser that reads `file` under `parsing`. */
export function moduleParserOf(file: string, parsing: ModuleParsing): 'typescript-estree' | 'espree' {
  return parsing === 'typescript' || TYPESCRIPT_FILE.test(file) ? 'typescript-estree' : 'espree';
}

/**
 * One of the project's modules as an ESTree program with ranges and locations (no tokens, no
 * comments). Throws when it does not parse, or when it needs typescript-estree and the `typescript`
 * package cannot be loaded.
 */
export function parseModule(file: string, text: string, parsing: ModuleParsing): TSESTree.Program {
  if (moduleParserOf(file, parsing) === 'typescript-estree') {
    const jsx = !/\.[cm]?ts$/.test(file);
    return typescriptEstree().parse(text, {
      filePath: file,
      jsx,
      range: true,
      loc: true,
      comment: false,
      tokens: false,
    });
  }
  const options = {
    ecmaVersion: 'latest',
    ecmaFeatures: { jsx: true },
    range: true,
    loc: true,
    comment: false,
    tokens: false,
  } as const;
  // espree's ESTree is the JavaScript subset of TSESTree (what ESLint hands the rules for such files).
  if (file.endsWith('.cjs'))
    return espreeParse(text, { ...options, sourceType: 'commonjs' }) as unknown as TSESTree.Program;
  try {
    return espreeParse(text, { ...options, sourceType: 'module' }) as unknown as TSESTree.Program;
  } catch (error) {
    // A CommonJS or sloppy script in a `.js` file (top-level `return`, `with`, octal literals).
    try {
      return espreeParse(text, { ...options, sourceType: 'commonjs' }) as unknown as TSESTree.Program;
    } catch {
      throw error;
    }
  }
}

/**
 * The scopes of a program `parseModule` gave for `file` under `parsing`, by the analyser that goes
 * with its parser: `@typescript-eslint/scope-manager` for typescript-estree, eslint-scope for espree
 * (the typescript-eslint one expects TSESTree's extra fields, `decorators` and the like).
 */
export function moduleScopes(
  ast: TSESTree.Program,
  file: string,
  parsing: ModuleParsing,
): TSESLint.Scope.ScopeManager {
  if (moduleParserOf(file, parsing) === 'typescript-estree')
    return analyze(ast, { sourceType: 'module', jsxPragma: null });
  const scopes = eslintScopeAnalyze(ast as unknown as Parameters<typeof eslintScopeAnalyze>[0], {
    ignoreEval: true,
    sourceType: 'module',
    ecmaVersion: 2022, // block scopes, classes and modules: eslint-scope asks no more of the version
    childVisitorKeys: espreeVisitorKeys,
    jsx: true,
  });
  // eslint-scope's scope manager is what ESLint hands the rules for JavaScript files (Bindings reads both).
  return scopes as unknown as TSESLint.Scope.ScopeManager;
}

/**
 * Visits every node of `root` depth first, before its children, and sets each node's `parent` (the
 * walk of typescript-estree's `simpleTraverse(root, { enter }, true)`, without loading TypeScript).
 */
export function traverse(root: TSESTree.Node, enter: (node: TSESTree.Node) => void): void {
  const visit = (node: unknown, parent: TSESTree.Node | undefined): void => {
    if (typeof node !== 'object' || node === null || typeof (node as { type?: unknown }).type !== 'string')
      return;
    const current = node as TSESTree.Node;
    (current as { parent?: TSESTree.Node }).parent = parent;
    enter(current);
    for (const key of visitorKeys[current.type] ?? []) {
      const child = (current as unknown as Record<string, unknown>)[key];
      if (Array.isArray(child)) for (const c of child) visit(c, current);
      else visit(child, current);
    }
  };
  visit(root, undefined);
}

/** `@typescript-eslint/parser`'s version, read from its package.json without loading it (the parser's cache key). */
function typescriptParserVersion(): string {
  try {
    return (require('@typescript-eslint/parser/package.json') as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

/**
 * An ESLint parser that is `@typescript-eslint/parser`, required when the first file is parsed
 * (not when the config is read): a config may name it for TypeScript files and still cost a
 * JavaScript-only run nothing.
 */
export const typescriptParser = {
  meta: { name: 'analytics-privacy/typescript-parser', version: typescriptParserVersion() },
  parseForESLint(
    code: string,
    options?: TSParser.ParserOptions | null,
  ): ReturnType<typeof TSParser.parseForESLint> {
    let parser: typeof TSParser;
    try {
      parser = typescriptEslintParser();
    } catch (error) {
      throw new Error(
        `eslint-plugin-analytics-privacy: parsing TypeScript files needs the \`typescript\` package (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); install it next to ESLint`,
        { cause: error },
      );
    }
    return parser.parseForESLint(code, options);
  },
};
