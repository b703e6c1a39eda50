/**
 * Generic removal fixes (used by suggestions, never autofixes: dropping data changes behaviour):
 * take a property, spread, argument, element or statement out so that the code stays valid.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type Fixer = TSESLint.RuleFixer;
type Fix = TSESLint.RuleFix;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Removes a property, spread, argument, array element or mutation statement; undefined when unsafe. */
export function dropFix(sourceCode: SourceCode, node: Node): ((fixer: Fixer) => Fix) | undefined {
  const parent = node.parent;
  if (!parent) return undefined;
  if ((node.type === T.Property || node.type === T.SpreadElement) && parent.type === T.ObjectExpression) {
    return removeListItem(sourceCode, node, parent.properties);
  }
  if (
    parent.type === T.CallExpression &&
    parent.arguments.includes(node as TSESTree.CallExpressionArgument)
  ) {
    // The call's own `(`: parentheses around an argument go with it, these do not.
    const ownOpen = sourceCode.getTokenAfter(parent.typeArguments ?? parent.callee, (t) => t.value === '(');
    return removeOrBlank(sourceCode, node, parent.arguments, ownOpen?.range[0]);
  }
  if (parent.type === T.ArrayExpression)
    return removeOrBlank(
      sourceCode,
      node,
      parent.elements.filter((e) => e !== null),
      undefined,
    );
  if (node.type === T.AssignmentExpression && parent.type === T.ExpressionStatement)
    return removeStatement(sourceCode, parent);
  return undefined;
}

/** The range of a node with the parentheses around it (`(0, user.email)`), short of the list's own bracket. */
function outerRange(sourceCode: SourceCode, node: Node, ownOpen: number | undefined): [number, number] {
  let range: [number, number] = [node.range[0], node.range[1]];
  for (;;) {
    const before = sourceCode.getTokenBefore({ range } as Node);
    const after = sourceCode.getTokenAfter({ range } as Node);
    if (!before || !after || before.value !== '(' || after.value !== ')' || before.range[0] === ownOpen)
      return range;
    range = [before.range[0], after.range[1]];
  }
}

/** Last item: remove it with the comma before it; another: replace with `undefined` (keeps positions). */
function removeOrBlank(
  sourceCode: SourceCode,
  node: Node,
  items: readonly Node[],
  ownOpen: number | undefined,
): (fixer: Fixer) => Fix {
  const index = items.indexOf(node);
  const range = outerRange(sourceCode, node, ownOpen);
  const span = { range } as Node;
  if (index === items.length - 1) {
    const after = sourceCode.getTokenAfter(span);
    const end = after && after.value === ',' ? after.range[1] : range[1];
    if (index === 0) return (fixer) => fixer.removeRange([range[0], end]);
    const comma = sourceCode.getTokenBefore(span);
    const start = comma && comma.value === ',' ? comma.range[0] : range[0];
    return (fixer) => fixer.removeRange([start, end]);
  }
  return (fixer) => fixer.replaceTextRange(range, 'undefined');
}

/** An object member: with the comma and space that follow it (or the comma before, for the last). */
function removeListItem(sourceCode: SourceCode, node: Node, items: readonly Node[]): (fixer: Fixer) => Fix {
  if (items.length === 1) {
    // The only member: leave `{}`.
    const open = sourceCode.getTokenBefore(node);
    const close = sourceCode.getLastToken(node.parent as Node);
    if (open && close) return (fixer) => fixer.removeRange([open.range[1], close.range[0]]);
  }
  const after = sourceCode.getTokenAfter(node);
  if (after && after.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    const end = next && next.value !== '}' ? next.range[0] : after.range[1];
    return (fixer) => fixer.removeRange([node.range[0], end]);
  }
  if (items.length > 1) {
    const comma = sourceCode.getTokenBefore(node);
    const start = comma && comma.value === ',' ? comma.range[0] : node.range[0];
    return (fixer) => fixer.removeRange([start, node.range[1]]);
  }
  return (fixer) => fixer.remove(node);
}

/** A statement alone on its lines goes with its line; one in a statement position that needs one becomes `{}`. */
export function removeStatement(
  sourceCode: SourceCode,
  statement: TSESTree.ExpressionStatement,
): (fixer: Fixer) => Fix {
  const parent = statement.parent;
  if (
    parent.type !== T.BlockStatement &&
    parent.type !== T.Program &&
    parent.type !== T.SwitchCase &&
    parent.type !== T.StaticBlock
  ) {
    return (fixer) => fixer.replaceText(statement, '{}');
  }
  const text = sourceCode.text;
  const lineStart = text.lastIndexOf('\n', statement.range[0] - 1) + 1;
  const newline = text.indexOf('\n', statement.range[1]);
  const lineEnd = newline < 0 ? text.length : newline + 1;
  const alone =
    text.slice(lineStart, statement.range[0]).trim() === '' &&
    text.slice(statement.range[1], lineEnd).trim() === '';
  return alone ? (fixer) => fixer.removeRange([lineStart, lineEnd]) : (fixer) => fixer.remove(statement);
}
