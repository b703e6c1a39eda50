/**
 * Lines on which a module's `eslint-disable` comments turn a rule off, read from its text: an
 * accepted flow (`// eslint-disable-next-line analytics-privacy/no-pii` on a wrapper's sink line)
 * silences what would otherwise be forwarded to the wrapper's callers. Comments are found by a scan
 * of the text, not a parse (other modules are parsed without comments); only the directive forms
 * ESLint reads are honoured: `eslint-disable-line`, `eslint-disable-next-line`, and
 * `eslint-disable` / `eslint-enable` blocks, with no rule list (every rule) or one naming the rule.
 */

/** Whether a rule is off on a 1-based line. */
export type DisabledLines = (line: number) => boolean;

const NONE: DisabledLines = () => false;

const DIRECTIVE =
  /(?:\/\/|\/\*)[ \t]*(eslint-disable-next-line|eslint-disable-line|eslint-disable|eslint-enable)\b([^\n]*)/g;

/** The lines of `text` on which one of `ruleIds` (full ids, `plugin/rule`) is disabled. */
export function disabledLines(text: string, ruleIds: readonly string[]): DisabledLines {
  if (!text.includes('eslint-disable')) return NONE;
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lines = new Set<number>();
  /** `[from, to)` line ranges of `eslint-disable` blocks. */
  const blocks: [number, number][] = [];
  let openedAt: number | undefined;
  for (const match of text.matchAll(DIRECTIVE)) {
    const [, kind, rest] = match;
    if (!names(rest, ruleIds)) continue;
    const line = lineOf(match.index ?? 0);
    if (kind === 'eslint-disable-line') lines.add(line);
    else if (kind === 'eslint-disable-next-line') lines.add(line + 1);
    else if (kind === 'eslint-disable') openedAt ??= line;
    else if (openedAt !== undefined) {
      blocks.push([openedAt, line]);
      openedAt = undefined;
    }
  }
  if (openedAt !== undefined) blocks.push([openedAt, Number.POSITIVE_INFINITY]);
  if (lines.size === 0 && blocks.length === 0) return NONE;
  return (line) => lines.has(line) || blocks.some(([from, to]) => line >= from && line < to);
}

/** Whether a directive's rule list (what follows it, up to `--` or the comment's end) covers one of `ruleIds`. */
function names(rest: string, ruleIds: readonly string[]): boolean {
  const list = rest.split('*/')[0].split('--')[0].trim();
  if (list === '') return true;
  return list
    .split(',')
    .map((id) => id.trim())
    .some((id) => ruleIds.includes(id));
}
