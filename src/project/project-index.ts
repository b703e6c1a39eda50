/**
 * The project index: per process, what each of the project's modules says about vendors, read from its
 * text once while the file is unchanged (mtime and size), and from that which modules can reach a
 * vendor through their imports. Built lazily, module by module, as linted files ask; bounded in memory.
 * What a module's text says (does it mention a vendor, which specifiers does it load) is told by a
 * {@link ModuleScanner} handed in by the layer that knows the catalog's text patterns.
 */
import { readFileSync, statSync } from 'node:fs';
import type { ImportResolver } from './import-resolution.js';

/** What one module's text says, as a {@link ModuleScanner} reads it. */
export interface ModuleFacts {
  /** Loads a vendor package, touches a vendor global or names a vendor's endpoint itself. */
  readonly direct: boolean;
  /** Loads a package of a vendor whose SDK has JSX elements (`<StatsigProvider user={...}>`). */
  readonly elements: boolean;
  /** The other specifiers it loads (`from '...'`, `require('...')`, `import('...')`), vendors' excluded. */
  readonly specifiers: readonly string[];
}

/** Reads a module's text; `file` tells TypeScript from JavaScript. */
export type ModuleScanner = (file: string, text: string) => ModuleFacts;

/**
 * What is asked of a module's imports: whether they reach a vendor at all (`vendor`), or a vendor
 * whose SDK has JSX elements (`elements`).
 */
export type ReachKind = 'vendor' | 'elements';

interface Entry extends ModuleFacts {
  readonly file: string;
  readonly mtimeMs: number;
  readonly size: number;
  /** When the disk was last asked about the file (`performance.now()`). */
  checkedAt: number;
  /** The project files it loads, resolved by the resolver of the first lint that read it. */
  readonly imports: readonly string[];
}

const NO_FACTS: ModuleFacts = { direct: false, elements: false, specifiers: [] };

/** Files larger than this are not read (generated bundles): they reach nothing. */
const MAX_BYTES = 1_000_000;
/** How many modules' facts are kept; how many answers. Oldest evicted. */
const MAX_ENTRIES = 20_000;
const MAX_ANSWERS = 20_000;
/** How many modules deep a chain of imports is followed to its vendor. */
export const MAX_REACH_DEPTH = 4;
/** How many new modules one question may read, unless the caller passes a budget. */
const MAX_FILES_PER_QUERY = 24;
/**
 * How long the disk's answer about a module is trusted (ms) before a question about it asks again:
 * within one lint run files do not change, and the file an editor lints is checked from its text at
 * once (`revalidate`). A module's entry, and every answer, is recomputed once its mtime or size differs.
 */
const REVALIDATE_MS = 5_000;

/** A budget of new files to read, shared by the questions of one linted file. */
export interface ReadBudget {
  left: number;
}

export class ProjectIndex {
  private readonly entries = new Map<string, Entry>();
  /**
   * Per kind and file, whether it reaches within `k` imports (index `k`, 0 to MAX_REACH_DEPTH):
   * each answer is read from its imports' answers at `k - 1`, so a question costs one look per module
   * and depth, however many linted files ask. Dropped whole when any module is seen to change.
   */
  private readonly answers = {
    vendor: new Map<string, (boolean | undefined)[]>(),
    elements: new Map<string, (boolean | undefined)[]>(),
  };
  private answerCount = 0;

  constructor(private readonly scanner: ModuleScanner) {}

  /** What a text says, as the index reads a module's (for the linted file's own text). */
  scan(file: string, text: string): ModuleFacts {
    return this.scanner(file, text);
  }

  /**
   * Whether `file` reaches a vendor (`kind`): it, or a project module it loads up to `depth` (at most
   * {@link MAX_REACH_DEPTH}) levels down, mentions one. Reads at most `budget.left` new files (the
   * caller's budget, else {@link MAX_FILES_PER_QUERY}); an answer cut short is `false` and is not
   * remembered. The file itself is checked against the disk (at most once in `REVALIDATE_MS`).
   */
  reaches(
    file: string,
    kind: ReachKind,
    resolve: ImportResolver,
    budget?: ReadBudget,
    depth = MAX_REACH_DEPTH,
  ): boolean {
    const now = performance.now();
    const left = budget ?? { left: MAX_FILES_PER_QUERY };
    if (this.entry(file, resolve, left, now) === undefined) return false;
    return this.within(file, Math.min(depth, MAX_REACH_DEPTH), kind, resolve, left, now) === true;
  }

  /**
   * The linted file's text as the linter has it (an editor lints the buffer it holds, or the file it
   * saved): when the index has read the file and the text says something else of vendors or imports,
   * the entry takes the new facts and every answer is dropped. No disk access.
   */
  revalidate(file: string, text: string, resolve: ImportResolver): void {
    const cached = this.entries.get(file);
    if (!cached) return;
    // Read from the disk a moment ago (as another file's import, in the same run) with this very size:
    // the text is the one the facts were read from, no second scan. An edit that keeps the byte count
    // is seen at the next check of the disk, `REVALIDATE_MS` later.
    if (performance.now() - cached.checkedAt < REVALIDATE_MS && Buffer.byteLength(text) === cached.size)
      return;
    const facts = this.scanner(file, text);
    if (
      facts.direct === cached.direct &&
      facts.elements === cached.elements &&
      facts.specifiers.length === cached.specifiers.length &&
      facts.specifiers.every((specifier, i) => specifier === cached.specifiers[i])
    )
      return;
    this.clearAnswers();
    this.remember(file, { ...cached, ...facts, imports: this.resolveAll(file, facts, resolve) });
  }

  /** What the index already knows of `file` (no disk access): undefined when it has no answer yet. */
  known(file: string, kind: ReachKind, depth = MAX_REACH_DEPTH): boolean | undefined {
    return this.answers[kind].get(file)?.[Math.min(depth, MAX_REACH_DEPTH)];
  }

  /** Whether `file` reaches within `k` imports; undefined when the budget ran out before the answer. */
  private within(
    file: string,
    k: number,
    kind: ReachKind,
    resolve: ImportResolver,
    budget: ReadBudget,
    now: number,
  ): boolean | undefined {
    const answers = this.answers[kind];
    let known = answers.get(file);
    const hit = known?.[k];
    if (hit !== undefined) return hit;
    const entry = this.entries.get(file) ?? this.entry(file, resolve, budget, now);
    if (entry === undefined) return undefined;
    let reaches: boolean | undefined = kind === 'vendor' ? entry.direct : entry.elements;
    if (!reaches && k > 0) {
      for (const imported of entry.imports) {
        const answer = this.within(imported, k - 1, kind, resolve, budget, now);
        if (answer === true) {
          reaches = true;
          break;
        }
        if (answer === undefined) reaches = undefined;
      }
    }
    if (reaches === undefined) return undefined;
    if (!known) {
      if (this.answerCount >= MAX_ANSWERS) this.clearAnswers();
      answers.set(file, (known = []));
      this.answerCount++;
    }
    known[k] = reaches;
    // What holds within k imports holds within more; what fails within k fails within less.
    for (let j = k + 1; reaches && j <= MAX_REACH_DEPTH; j++) known[j] = true;
    for (let j = k - 1; !reaches && j >= 0; j--) known[j] = false;
    return reaches;
  }

  private clearAnswers(): void {
    this.answers.vendor.clear();
    this.answers.elements.clear();
    this.answerCount = 0;
  }

  /**
   * A module's facts, read once while its mtime and size stay the same (none when it cannot be read);
   * `undefined` when it is new and the budget is spent.
   */
  private entry(
    file: string,
    resolve: ImportResolver,
    budget: ReadBudget,
    now: number,
    force = false,
  ): Entry | undefined {
    const cached = this.entries.get(file);
    if (cached && !force && now - cached.checkedAt < REVALIDATE_MS) return cached;
    if (cached === undefined && budget.left <= 0) return undefined;
    let stat;
    try {
      stat = statSync(file, { throwIfNoEntry: false });
    } catch {
      stat = undefined;
    }
    // An absent or unreadable file is an entry without facts, kept like the others.
    const mtimeMs = stat?.isFile() ? stat.mtimeMs : -1;
    const size = stat?.isFile() ? stat.size : -1;
    if (cached && cached.mtimeMs === mtimeMs && cached.size === size) {
      cached.checkedAt = now;
      return cached;
    }
    // A module read before has changed (or appeared, or gone): every answer may depend on it.
    if (cached !== undefined) this.clearAnswers();
    if (cached === undefined) budget.left--;
    let facts: ModuleFacts = NO_FACTS;
    if (size >= 0 && size <= MAX_BYTES) {
      try {
        facts = this.scanner(file, readFileSync(file, 'utf8'));
      } catch {
        facts = NO_FACTS;
      }
    }
    const imports = this.resolveAll(file, facts, resolve);
    return this.remember(file, { ...facts, file, mtimeMs, size, checkedAt: now, imports });
  }

  private resolveAll(file: string, facts: ModuleFacts, resolve: ImportResolver): string[] {
    const imports: string[] = [];
    for (const specifier of facts.specifiers) {
      const resolved = resolve(file, specifier);
      if (resolved !== undefined && resolved !== file) imports.push(resolved);
    }
    return imports;
  }

  private remember(file: string, entry: Entry): Entry {
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.delete(file);
    this.entries.set(file, entry);
    return entry;
  }
}
