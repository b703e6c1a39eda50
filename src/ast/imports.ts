/**
 * Import edits for suggestions: the quote style a file writes its strings in, string literals in that
 * style, the module a file imports or requires a name from, and the line that imports a missing one
 * (an `import`, or a `require` in a CommonJS file), placed after the file's imports.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_TOKEN_TYPES, AST_NODE_TYPES as T } from '@typescript-eslint/utils';

type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type SourceCode = Readonly<TSESLint.SourceCode>;

export type Quote = "'" | '"';

/**
 * The quote a file writes strings with: that of its first import's source, else of its first string
 * literal (a directive, a `require`); double quotes when it has neither.
 */
export function quoteOf(sourceCode: SourceCode): Quote {
  const program = sourceCode.ast;
  const first = program.body.find((s): s is TSESTree.ImportDeclaration => s.type === T.ImportDeclaration);
  const raw = first?.source.raw ?? program.tokens?.find((t) => t.type === AST_TOKEN_TYPES.String)?.value;
  return raw?.startsWith("'") ? "'" : '"';
}

/** `text` as a string literal in quote `quote`. */
export function stringLiteral(text: string, quote: Quote): string {
  const json = JSON.stringify(text);
  if (quote === '"') return json;
  // JSON escapes `"` and control characters; in single quotes `"` needs no escape and `'` does.
  return `'${json.slice(1, -1).replace(/\\"/g, '"').replace(/'/g, "\\'")}'`;
}

/** A name to import: `import { name } from 'source'` (`named`) or `import name from 'source'` (`default`). */
export interface ImportSpec {
  readonly name: string;
  readonly source: string;
  readonly kind: 'named' | 'default';
}

/** The top-level `import` declarations of the file. */
export function importDeclarations(sourceCode: SourceCode): TSESTree.ImportDeclaration[] {
  return sourceCode.ast.body.filter((s): s is TSESTree.ImportDeclaration => s.type === T.ImportDeclaration);
}

/** Whether the file reads as CommonJS: no `import` declaration, and a script or a `require(` call. */
function usesRequire(sourceCode: SourceCode): boolean {
  const program = sourceCode.ast;
  return (
    importDeclarations(sourceCode).length === 0 &&
    (program.sourceType === 'script' || /\brequire\s*\(/.test(sourceCode.text))
  );
}

/**
 * The edit that imports `spec`: after the last `import`, else after a leading directive (`'use client'`),
 * else at the top; a `require` in a CommonJS file. The source is written in the file's quote style.
 */
export function insertImport(sourceCode: SourceCode, fixer: Fixer, spec: ImportSpec): Fix {
  const program = sourceCode.ast;
  const imports = importDeclarations(sourceCode);
  const binding = spec.kind === 'default' ? spec.name : `{ ${spec.name} }`;
  const source = stringLiteral(spec.source, quoteOf(sourceCode));
  const line = usesRequire(sourceCode)
    ? `const ${binding} = require(${source});`
    : `import ${binding} from ${source};`;
  const last = imports[imports.length - 1];
  if (last) return fixer.insertTextAfter(last, `\n${line}`);
  const first = program.body[0];
  if (first && first.type === T.ExpressionStatement && first.directive)
    return fixer.insertTextAfter(first, `\n${line}`);
  return fixer.insertTextBeforeRange([0, 0], `${line}\n`);
}

/** The string a top-level `require('x')` (alone, or with a member: `require('x').y`) loads. */
function requiredSource(node: TSESTree.Node | null | undefined): string | undefined {
  let n = node;
  while (n && n.type === T.MemberExpression) n = n.object;
  if (
    n?.type === T.CallExpression &&
    n.callee.type === T.Identifier &&
    n.callee.name === 'require' &&
    n.arguments[0]?.type === T.Literal &&
    typeof n.arguments[0].value === 'string'
  )
    return n.arguments[0].value;
  return undefined;
}

/** The module specifiers the file loads at its top level: `import`, `export ... from`, `require()` (not type-only ones). */
export function topLevelSources(sourceCode: SourceCode): string[] {
  const out: string[] = [];
  for (const statement of sourceCode.ast.body) {
    if (
      (statement.type === T.ImportDeclaration ||
        statement.type === T.ExportAllDeclaration ||
        statement.type === T.ExportNamedDeclaration) &&
      statement.source
    ) {
      // Type-only imports and exports load nothing at run time.
      const kind = statement.type === T.ImportDeclaration ? statement.importKind : statement.exportKind;
      if (kind !== 'type') out.push(statement.source.value);
    } else if (statement.type === T.VariableDeclaration) {
      for (const d of statement.declarations) {
        const source = requiredSource(d.init);
        if (source !== undefined) out.push(source);
      }
    } else if (statement.type === T.ExpressionStatement) {
      const source = requiredSource(statement.expression);
      if (source !== undefined) out.push(source);
    }
  }
  return out;
}

/**
 * How the file reaches export `name` of one of `sources` at its top level: the local name of a named
 * import or destructured `require` (`createHash`), or a member of a namespace, default import or
 * whole `require` (`crypto.createHash`); undefined when it does not.
 */
export function importedName(
  sourceCode: SourceCode,
  sources: readonly string[],
  name: string,
): string | undefined {
  for (const statement of sourceCode.ast.body) {
    if (statement.type === T.ImportDeclaration) {
      if (statement.importKind === 'type' || !sources.includes(statement.source.value)) continue;
      for (const s of statement.specifiers) {
        if (s.type === T.ImportSpecifier) {
          const imported = s.imported.type === T.Identifier ? s.imported.name : s.imported.value;
          if (imported === name && s.importKind !== 'type') return s.local.name;
        } else return `${s.local.name}.${name}`;
      }
    } else if (statement.type === T.VariableDeclaration) {
      for (const d of statement.declarations) {
        if (!d.init || d.init.type !== T.CallExpression) continue;
        const source = requiredSource(d.init);
        if (source === undefined || !sources.includes(source)) continue;
        if (d.id.type === T.Identifier) return `${d.id.name}.${name}`;
        if (d.id.type !== T.ObjectPattern) continue;
        for (const p of d.id.properties) {
          if (
            p.type === T.Property &&
            !p.computed &&
            p.key.type === T.Identifier &&
            p.key.name === name &&
            p.value.type === T.Identifier
          )
            return p.value.name;
        }
      }
    }
  }
  return undefined;
}
