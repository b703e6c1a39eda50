/**
 * The progress line: "analytics-privacy: 120/1600 files" on stderr, only when stderr is a terminal
 * and the run has taken more than a second; cleared when the run ends. Files are counted by a
 * listener-only rule that the run adds when a progress line may be shown.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ESLint, Linter, Rule } from 'eslint';

const DELAY_MS = 1000;
const EVERY_MS = 250;
const EXTENSIONS = /\.(?:[cm]?[jt]s|[jt]sx)$/;

export class Progress {
  private done = 0;
  private total: number | undefined;
  private timer: NodeJS.Timeout | undefined;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream) {}

  /** A config whose rule counts linted files (one `Program:exit` each). */
  config(files: Linter.Config['files']): Linter.Config {
    const rule: Rule.RuleModule = {
      meta: { type: 'problem', schema: [] },
      create: () => ({ 'Program:exit': () => void this.done++ }),
    };
    return {
      files,
      plugins: { 'analytics-privacy-cli': { rules: { progress: rule } } },
      rules: { 'analytics-privacy-cli/progress': 'error' },
    };
  }

  /** Starts counting the files to lint (in the background) and the timer that shows the line after a second. */
  start(countFiles: () => Promise<number>): void {
    countFiles().then(
      (total) => (this.total = total),
      () => undefined,
    );
    this.timer = setTimeout(() => {
      this.draw();
      this.timer = setInterval(() => this.draw(), EVERY_MS);
      this.timer.unref();
    }, DELAY_MS);
    this.timer.unref();
  }

  private draw(): void {
    const of = this.total === undefined ? '' : `/${Math.max(this.total, this.done)}`;
    this.stream.write(`\r\x1b[2Kanalytics-privacy: ${this.done}${of} files`);
    this.shown = true;
  }

  stop(): void {
    clearTimeout(this.timer);
    clearInterval(this.timer);
    if (this.shown) this.stream.write('\r\x1b[2K');
  }
}

/** Counts the files under `targets` that the run will lint (a walk of the tree, asking ESLint what it ignores). */
export async function countLintableFiles(eslint: ESLint, targets: readonly string[]): Promise<number> {
  let count = 0;
  const visit = async (path: string, isDir: boolean): Promise<void> => {
    if (!isDir) {
      if (EXTENSIONS.test(path) && !(await eslint.isPathIgnored(path))) count++;
      return;
    }
    let entries;
    try {
      entries = await readdir(path, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      if (entry.name === 'node_modules' || entry.name === '.git') continue;
      await visit(join(path, entry.name), entry.isDirectory());
    }
  };
  for (const target of targets) {
    const isDir = await readdir(target).then(
      () => true,
      () => false,
    );
    await visit(target, isDir);
  }
  return count;
}
