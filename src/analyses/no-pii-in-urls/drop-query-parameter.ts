/**
 * The one edit on a URL that is safe to suggest: removing a whole query parameter from a template
 * literal (`?email=${email}&next=1` becomes `?next=1`), when the value is the parameter's entire value.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `name=` at the end of the text before a value, after the `?` or `&` that opens the parameter. */
const PARAM_TAIL = /[?&]([^=&?#/;\s]{1,64})=$/;

/**
 * Removes parameter `key=${value}` around expression `index` of `literal`: with the `&` after it when
 * another parameter follows, with the `?` / `&` before it when it is the last one. Undefined when the
 * value is only part of the parameter's value (`?name=${first}-${last}`).
 */
export function dropQueryParameterFix(
  sourceCode: SourceCode,
  literal: TSESTree.TemplateLiteral,
  index: number,
): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix) | undefined {
  const expression = literal.expressions[index];
  const before = literal.quasis[index]?.value.raw;
  const after = literal.quasis[index + 1]?.value.raw;
  if (!expression || before === undefined || after === undefined) return undefined;
  const match = PARAM_TAIL.exec(before);
  if (!match) return undefined;
  const text = sourceCode.text;
  const open = text.lastIndexOf('${', expression.range[0]);
  const close = text.indexOf('}', expression.range[1]);
  if (
    open < literal.range[0] ||
    close < 0 ||
    close >= literal.range[1] ||
    text.slice(expression.range[1], close).trim() !== ''
  )
    return undefined;
  // Start of `name=`, and of the `?` / `&` before it.
  const nameStart = open - match[0].length + 1;
  const separatorStart = nameStart - 1;
  const isLast = index === literal.expressions.length - 1;
  if (after.startsWith('&')) return (fixer) => fixer.removeRange([nameStart, close + 2]);
  if ((after === '' && isLast) || after.startsWith('#'))
    return (fixer) => fixer.removeRange([separatorStart, close + 1]);
  return undefined;
}
