/**
 * The pseudonymize suggestion: wrap the value with the project's pseudonymisation helper and import
 * the helper when the file does not have it yet.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { Pseudonymizer } from '../../settings/settings.js';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type SourceCode = Readonly<TSESLint.SourceCode>;

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

/** Wraps the value with the helper, and adds its import when the file lacks one. */
export function pseudonymizeFix(
  sourceCode: SourceCode,
  node: Node,
  helper: Pseudonymizer,
): ((fixer: Fixer) => Fix[]) | undefined {
  const value = valueOf(node);
  if (!value || value.type === T.ObjectExpression || value.type === T.ArrayExpression) return undefined;
  return (fixer) => {
    const fixes: Fix[] = [];
    const text = sourceCode.getText(value);
    if (node.type === T.Property && node.shorthand)
      fixes.push(fixer.replaceText(node, `${text}: ${helper.name}(${text})`));
    else fixes.push(fixer.replaceText(value, `${helper.name}(${text})`));
    const importFix = addImport(sourceCode, fixer, helper);
    if (importFix) fixes.push(importFix);
    return fixes;
  };
}

function addImport(sourceCode: SourceCode, fixer: Fixer, helper: Pseudonymizer): Fix | undefined {
  if (!helper.source) return undefined;
  const program = sourceCode.ast;
  const imports = program.body.filter((s): s is TSESTree.ImportDeclaration => s.type === T.ImportDeclaration);
  const already = imports.some(
    (i) => i.source.value === helper.source && i.specifiers.some((s) => s.local.name === helper.name),
  );
  if (already) return undefined;
  const usesRequire =
    imports.length === 0 && (program.sourceType === 'script' || /\brequire\s*\(/.test(sourceCode.text));
  const specifier = helper.importKind === 'default' ? helper.name : `{ ${helper.name} }`;
  const line = usesRequire
    ? `const ${specifier} = require(${JSON.stringify(helper.source)});\n`
    : `import ${specifier} from ${JSON.stringify(helper.source)};\n`;
  const last = imports[imports.length - 1];
  if (last) return fixer.insertTextAfter(last, `\n${line.trimEnd()}`);
  const first = program.body[0];
  // After a leading directive ('use client'), before everything else.
  if (first && first.type === T.ExpressionStatement && first.directive)
    return fixer.insertTextAfter(first, `\n${line.trimEnd()}`);
  return fixer.insertTextBeforeRange([0, 0], line);
}
