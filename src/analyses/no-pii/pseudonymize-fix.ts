/**
 * The suggestions that wrap a reported value in a call: pseudonymize it with the project's helper
 * (importing the helper when the file does not have it yet), or hash it with SHA-256 where Node's
 * `crypto` can be imported.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import {
  importDeclarations,
  importedName,
  insertImport,
  quoteOf,
  stringLiteral,
  topLevelSources,
} from '../../ast/imports.js';
import type { Pseudonymizer } from '../../settings/settings.js';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type SourceCode = Readonly<TSESLint.SourceCode>;
type WrapFix = (fixer: Fixer) => Fix[];

/** The expression a report's node carries, when it can be wrapped in a call. */
function valueOf(node: Node): TSESTree.Expression | undefined {
  if (node.type === T.Property)
    return node.value.type === T.AssignmentPattern ||
      node.value.type === T.ObjectPattern ||
      node.value.type === T.ArrayPattern
      ? undefined
      : (node.value as TSESTree.Expression);
  if (node.type === T.AssignmentExpression) return node.right;
  if (node.type === T.SpreadElement) return undefined;
  return node as TSESTree.Expression;
}

/**
 * Replaces the value `node` carries with `wrap(its text)` (a shorthand property gains its key), plus
 * the edit `extra` gives (an import); undefined for spreads, object and array literals.
 */
function wrapFix(
  sourceCode: SourceCode,
  node: Node,
  wrap: (text: string) => string,
  extra: (fixer: Fixer) => Fix | undefined,
): WrapFix | undefined {
  const value = valueOf(node);
  if (!value || value.type === T.ObjectExpression || value.type === T.ArrayExpression) return undefined;
  return (fixer) => {
    const fixes: Fix[] = [];
    const text = sourceCode.getText(value);
    // A comma expression is one argument only inside its own parentheses.
    const inner = wrap(value.type === T.SequenceExpression ? `(${text})` : text);
    if (node.type === T.Property && node.shorthand) fixes.push(fixer.replaceText(node, `${text}: ${inner}`));
    else fixes.push(fixer.replaceText(value, inner));
    const more = extra(fixer);
    if (more) fixes.push(more);
    return fixes;
  };
}

/** Wraps the value with the helper, and adds its import when the file lacks one. */
export function pseudonymizeFix(
  sourceCode: SourceCode,
  node: Node,
  helper: Pseudonymizer,
): WrapFix | undefined {
  return wrapFix(
    sourceCode,
    node,
    (text) => `${helper.name}(${text})`,
    (fixer) => {
      const source = helper.source;
      if (source === undefined) return undefined;
      const already = importDeclarations(sourceCode).some(
        (i) => i.source.value === source && i.specifiers.some((s) => s.local.name === helper.name),
      );
      return already
        ? undefined
        : insertImport(sourceCode, fixer, { name: helper.name, source, kind: helper.importKind });
    },
  );
}

/** The specifiers of Node's crypto module. */
const CRYPTO = ['node:crypto', 'crypto'];

/**
 * The specifier to import `createHash` from, when the file can: the crypto module it already loads
 * (its own code hashes with it where it runs), else `node:crypto` in a module marked as server code
 * (a `'use server'` directive, `import 'server-only'`). Other server imports (`node:fs`, a Node SDK)
 * are no proof: server-rendering frameworks keep server code and browser code in one module (a
 * Next.js page's `getServerSideProps`, a Remix `loader`), and a pixel call there runs in the browser.
 */
function cryptoSource(sourceCode: SourceCode): string | undefined {
  const sources = topLevelSources(sourceCode);
  const loaded = sources.find((s) => CRYPTO.includes(s));
  if (loaded !== undefined) return loaded;
  const server =
    sources.includes('server-only') ||
    sourceCode.ast.body.some((s) => s.type === T.ExpressionStatement && s.directive === 'use server');
  return server ? 'node:crypto' : undefined;
}

/**
 * For identity matching for ads, where the file can hash synchronously (see {@link cryptoSource}):
 * replaces the value with the hex SHA-256 of its trimmed, lower-cased text
 * (`createHash('sha256').update(String(v).trim().toLowerCase()).digest('hex')`), importing
 * `createHash` when the file does not reach it already. Undefined in other files (a browser has only
 * the asynchronous `crypto.subtle.digest`, which cannot wrap a value in place) and where `createHash`
 * is another binding.
 */
export function sha256Fix(sourceCode: SourceCode, node: Node): WrapFix | undefined {
  const source = cryptoSource(sourceCode);
  if (source === undefined) return undefined;
  const existing = importedName(sourceCode, CRYPTO, 'createHash');
  if (existing === undefined && boundAbove(sourceCode, node, 'createHash')) return undefined;
  const q = quoteOf(sourceCode);
  const createHash = existing ?? 'createHash';
  return wrapFix(
    sourceCode,
    node,
    (text) =>
      `${createHash}(${stringLiteral('sha256', q)}).update(String(${text}).trim().toLowerCase()).digest(${stringLiteral('hex', q)})`,
    (fixer) =>
      existing === undefined
        ? insertImport(sourceCode, fixer, { name: 'createHash', source, kind: 'named' })
        : undefined,
  );
}

/** Whether `name` is declared in a scope that encloses `node` (the module's and the global one included). */
function boundAbove(sourceCode: SourceCode, node: Node, name: string): boolean {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper)
    if (scope.set.has(name)) return true;
  return false;
}
