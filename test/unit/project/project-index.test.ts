// The project index: which modules reach a vendor through their imports, read from their texts once
// while unchanged (mtime and size), up to MAX_REACH_DEPTH imports deep, within a budget of new files.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { resolveProjectImport } from '../../../src/project/import-resolution.js';
import { MAX_REACH_DEPTH, ProjectIndex } from '../../../src/project/project-index.js';
import { moduleScanner } from '../../../src/sdk/module-text.js';
import { readSettings } from '../../../src/settings/settings.js';

const root = mkdtempSync(join(tmpdir(), 'project-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let count = 0;
/** A fresh folder with the given modules. */
function project(files: Record<string, string>): string {
  const dir = join(root, `p${count++}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const newIndex = () => new ProjectIndex(moduleScanner(readSettings(undefined).catalog));

/** A chain a0 → a1 → ... → a<n>, the last one loading posthog-js. */
function chain(n: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < n; i++) files[`a${i}.ts`] = `import { f } from './a${i + 1}';\nexport const g = f;\n`;
  files[`a${n}.ts`] =
    "import posthog from 'posthog-js';\nexport const f = (e: string) => posthog.capture(e);\n";
  return files;
}

describe('ProjectIndex.reaches', () => {
  it('follows imports up to MAX_REACH_DEPTH modules deep, and no further', () => {
    const near = project(chain(MAX_REACH_DEPTH));
    expect(newIndex().reaches(join(near, 'a0.ts'), 'vendor', resolveProjectImport)).toBe(true);
    const far = project(chain(MAX_REACH_DEPTH + 1));
    expect(newIndex().reaches(join(far, 'a0.ts'), 'vendor', resolveProjectImport)).toBe(false);
    // Answers read from the same index agree with a fresh one, whichever module is asked first.
    const index = newIndex();
    expect(index.reaches(join(far, 'a1.ts'), 'vendor', resolveProjectImport)).toBe(true);
    expect(index.reaches(join(far, 'a0.ts'), 'vendor', resolveProjectImport)).toBe(false);
  });

  it('answers for a shorter depth from the same memo', () => {
    const dir = project(chain(3));
    const index = newIndex();
    expect(index.reaches(join(dir, 'a0.ts'), 'vendor', resolveProjectImport, undefined, 2)).toBe(false);
    expect(index.reaches(join(dir, 'a0.ts'), 'vendor', resolveProjectImport)).toBe(true);
    expect(index.reaches(join(dir, 'a1.ts'), 'vendor', resolveProjectImport, undefined, 2)).toBe(true);
    expect(index.reaches(join(dir, 'a0.ts'), 'vendor', resolveProjectImport, undefined, 2)).toBe(false);
  });

  it('survives import cycles', () => {
    const dir = project({
      'a.ts': "import { b } from './b';\nexport const a = () => b();\n",
      'b.ts': "import { a } from './a';\nexport const b = () => a();\n",
      'c.ts': "import { a } from './a';\nimport { track } from './d';\nexport const c = () => track(a());\n",
      'd.ts':
        "import mixpanel from 'mixpanel-browser';\nexport const track = (e: string) => mixpanel.track(e);\n",
    });
    const index = newIndex();
    expect(index.reaches(join(dir, 'a.ts'), 'vendor', resolveProjectImport)).toBe(false);
    expect(index.reaches(join(dir, 'c.ts'), 'vendor', resolveProjectImport)).toBe(true);
  });

  it('tells vendors with JSX elements apart', () => {
    const dir = project({
      'flags.tsx': "export { StatsigProvider } from '@statsig/react-bindings';\n",
      'app.tsx':
        "import { StatsigProvider } from './flags';\nexport const App = () => <StatsigProvider />;\n",
      'track.ts':
        "import mixpanel from 'mixpanel-browser';\nexport const track = (e: string) => mixpanel.track(e);\n",
    });
    const index = newIndex();
    expect(index.reaches(join(dir, 'app.tsx'), 'elements', resolveProjectImport)).toBe(true);
    expect(index.reaches(join(dir, 'track.ts'), 'vendor', resolveProjectImport)).toBe(true);
    expect(index.reaches(join(dir, 'track.ts'), 'elements', resolveProjectImport)).toBe(false);
  });

  it('reads at most the budget of new files, and does not remember an answer cut short', () => {
    const dir = project(chain(3));
    const index = newIndex();
    expect(index.reaches(join(dir, 'a0.ts'), 'vendor', resolveProjectImport, { left: 2 })).toBe(false);
    expect(index.reaches(join(dir, 'a0.ts'), 'vendor', resolveProjectImport, { left: 2 })).toBe(true);
  });

  it('sees a changed module again (mtime and size), and what depends on it', () => {
    const dir = project({
      'a.ts': "import { track } from './b';\nexport const a = (e: string) => track(e);\n",
      'b.ts': 'export const track = (e: string) => console.log(e);\n',
    });
    const index = newIndex();
    const a = join(dir, 'a.ts');
    expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(false);
    writeFileSync(
      join(dir, 'b.ts'),
      "import mixpanel from 'mixpanel-browser';\nexport const track = (e: string) => mixpanel.track(e);\n",
    );
    // Within a few seconds the disk is not asked again; the linted file's text drops what depends on it.
    expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(false);
    index.revalidate(join(dir, 'b.ts'), readFileSync(join(dir, 'b.ts'), 'utf8'), resolveProjectImport);
    expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(true);
    // The same text again changes nothing; back to the first text, the answer follows.
    index.revalidate(join(dir, 'b.ts'), readFileSync(join(dir, 'b.ts'), 'utf8'), resolveProjectImport);
    expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(true);
    index.revalidate(join(dir, 'b.ts'), 'export const track = (e: string) => e;\n', resolveProjectImport);
    expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(false);
  });

  it('the linted text of the size just read from the disk is not scanned again; a same-size edit is seen a while later', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const dir = project({
        'a.ts': "import { track } from './b';\nexport const a = (e: string) => track(e);\n",
        'b.ts': "import x from 'left-pad';\nexport const track = (e: string) => x(e);\n",
      });
      const scan = moduleScanner(readSettings(undefined).catalog);
      const scanned: string[] = [];
      const index = new ProjectIndex((file, text) => {
        scanned.push(file);
        return scan(file, text);
      });
      const a = join(dir, 'a.ts');
      const b = join(dir, 'b.ts');
      expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(false);
      scanned.length = 0;
      // A CLI run lints the file it has just read as an import: no second scan.
      index.revalidate(b, readFileSync(b, 'utf8'), resolveProjectImport);
      expect(scanned).toEqual([]);
      // An edit that keeps the byte count ('left-pad' → 'mixpanel') within the same moment is not seen...
      const edited = "import x from 'mixpanel';\nexport const track = (e: string) => x(e);\n";
      index.revalidate(b, edited, resolveProjectImport);
      expect(scanned).toEqual([]);
      expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(false);
      // ...until the index's answer about the file is old enough to be checked again.
      vi.advanceTimersByTime(6_000);
      index.revalidate(b, edited, resolveProjectImport);
      expect(scanned).toEqual([b]);
      expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks the disk again after a while: a changed mtime and size are read again', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const dir = project({
        'a.ts': "import { track } from './b';\nexport const a = (e: string) => track(e);\n",
        'b.ts': 'export const track = (e: string) => console.log(e);\n',
      });
      const index = newIndex();
      const a = join(dir, 'a.ts');
      expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(false);
      writeFileSync(
        join(dir, 'a.ts'),
        "import mixpanel from 'mixpanel-browser';\nexport const a = (e: string) => mixpanel.track(e);\n",
      );
      const later = new Date(Date.now() + 5_000);
      utimesSync(join(dir, 'a.ts'), later, later);
      expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(false);
      vi.advanceTimersByTime(6_000);
      expect(index.reaches(a, 'vendor', resolveProjectImport)).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
