/**
 * `.gitignore` files turned into ESLint ignore patterns (ESLint's flat config does not read them).
 * Read: the `.gitignore` of the lint root, those of its ancestors up to the repository top (the
 * directory holding `.git`), and those nested under the root (not inside node_modules or .git).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/** One gitignore line as a flat-config ignore pattern relative to the directory of the `.gitignore`, or undefined for blanks and comments. */
function gitignoreLineToGlob(
  line: string,
): { glob: string; negated: boolean; anchored: boolean } | undefined {
  let text = line.trimEnd();
  if (!text || text.startsWith('#')) return undefined;
  const negated = text.startsWith('!');
  if (negated) text = text.slice(1);
  if (text.startsWith('\\#') || text.startsWith('\\!')) text = text.slice(1);
  const dirOnly = text.endsWith('/');
  while (text.endsWith('/')) text = text.slice(0, -1);
  if (!text) return undefined;
  // A slash at the start or in the middle anchors the pattern to the .gitignore's directory.
  const anchored = text.includes('/');
  while (text.startsWith('/')) text = text.slice(1);
  const glob = (anchored || text.startsWith('**/') ? text : `**/${text}`) + (dirOnly ? '/' : '');
  return { glob, negated, anchored };
}

function patternsOf(file: string): ReturnType<typeof gitignoreLineToGlob>[] {
  try {
    return readFileSync(file, 'utf8').split(/\r?\n/).map(gitignoreLineToGlob);
  } catch {
    return [];
  }
}

function withNegation(glob: string, negated: boolean): string {
  return negated ? `!${glob}` : glob;
}

/** Nested `.gitignore` files under `root`, as paths relative to it (`''` for the root's own). */
function nestedIgnoreFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string, rel: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.isFile() && entry.name === '.gitignore') found.push(rel);
      else if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name))
        walk(join(dir, entry.name), rel ? `${rel}/${entry.name}` : entry.name);
    }
  };
  walk(root, '');
  return found;
}

/** Ignore patterns for an ESLint run whose base directory is `root`. */
export function gitignorePatterns(root: string): string[] {
  const patterns: string[] = [];
  // Ancestors first (outermost first, as git applies them), then the root and the directories under it.
  const ancestors: string[] = [];
  for (let dir = root; !existsSync(join(dir, '.git'));) {
    const up = dirname(dir);
    if (up === dir) {
      ancestors.length = 0; // not in a git repository: only the root's own files apply
      break;
    }
    dir = up;
    ancestors.unshift(dir);
  }
  for (const dir of ancestors) {
    const toRoot = relative(dir, root).split(sep).join('/');
    for (const p of patternsOf(join(dir, '.gitignore'))) {
      if (!p) continue;
      if (!p.anchored) patterns.push(withNegation(p.glob, p.negated));
      else if (p.glob.startsWith(`${toRoot}/`))
        patterns.push(withNegation(p.glob.slice(toRoot.length + 1), p.negated));
    }
  }
  for (const rel of nestedIgnoreFiles(root)) {
    for (const p of patternsOf(join(root, rel, '.gitignore'))) {
      if (p) patterns.push(withNegation(rel ? `${rel}/${p.glob}` : p.glob, p.negated));
    }
  }
  return patterns;
}
