// Where an import of the project's own code points on disk, read off a small project laid out in a
// temporary directory: relative paths, tsconfig paths, package.json imports, workspace packages.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  clearResolutionCaches,
  projectImportResolver,
  resolveProjectImport,
} from '../../../src/project/import-resolution.js';

let root: string;

/** Writes `files` (path → text; objects are written as JSON) under `root`. */
function layout(files: Record<string, string | object>): void {
  for (const [path, content] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
}

/** The file `specifier` resolves to from `from` (both relative to the root), relative to the root. */
function resolved(from: string, specifier: string): string | undefined {
  const file = resolveProjectImport(join(root, from), specifier);
  return file === undefined
    ? undefined
    : file
        .slice(root.length + 1)
        .split('\\')
        .join('/');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'import-resolution-'));
  layout({
    // The app: an npm workspace root with `#` imports and tsconfig paths.
    'package.json': {
      name: 'app',
      private: true,
      workspaces: ['packages/*', 'tools/cli'],
      imports: {
        '#lib/*': './src/lib/*.js',
        '#config': { types: './src/config.d.ts', default: './src/config.js' },
        '#missing': './src/nowhere.js',
      },
    },
    'tsconfig.json': [
      '{',
      '  // JSON with comments and trailing commas, as tsconfig allows',
      '  "compilerOptions": {',
      '    "baseUrl": ".",',
      '    /* aliases */',
      '    "paths": { "@/*": ["src/*"], "~utils": ["src/utils/index.ts"], "@fallback/*": ["src/missing/*", "src/lib/*"], },',
      '  },',
      '}',
    ].join('\n'),
    'src/app.ts': '',
    'src/util.ts': '',
    'src/util.js': '', // a compiled twin next to the source
    'src/widget.tsx': '',
    'src/legacy.js': '',
    'src/esm.mts': '',
    'src/common.cts': '',
    'src/view.jsx': '',
    'src/types.d.ts': '',
    'src/config.ts': '',
    'src/lib/format.ts': '',
    'src/utils/index.ts': '',
    'src/components/index.tsx': '',
    'src/components/button.ts': '',
    'shared/env.ts': '', // reachable through baseUrl
    // Workspace packages.
    'packages/ui/package.json': { name: '@acme/ui', main: './dist/index.js', types: './dist/index.d.ts' },
    'packages/ui/src/index.ts': '',
    'packages/ui/src/button.ts': '',
    'packages/core/package.json': {
      name: '@acme/core',
      exports: {
        '.': { types: './dist/index.d.ts', import: './dist/index.js' },
        './utils/*': { types: './dist/utils/*.d.ts', default: './dist/utils/*.js' },
      },
    },
    'packages/core/src/index.ts': '',
    'packages/core/src/utils/date.ts': '',
    'packages/plain/package.json': { name: 'plain', source: './lib/entry.ts' },
    'packages/plain/lib/entry.ts': '',
    'packages/bare/package.json': { name: 'bare' },
    'packages/bare/index.js': '',
    'packages/built/package.json': { name: '@acme/built', main: './dist/index.js' },
    'packages/built/dist/index.js': '', // built output present next to the sources
    'packages/built/src/index.ts': '',
    'tools/cli/package.json': { name: 'cli-tool', main: 'build/main.js' },
    'tools/cli/src/main.ts': '',
    // Installed dependencies: never the project's own code.
    'node_modules/left-pad/package.json': { name: 'left-pad', main: 'index.js' },
    'node_modules/left-pad/index.js': '',
    'node_modules/some-lib/index.ts': "import { x } from '@/util';",
    // A second project: tsconfig `extends`, and a pnpm workspace.
    'mono/pnpm-workspace.yaml': "packages:\n  - 'apps/*'\n  - \"libs/*\" # shared code\n  - '!**/test/**'\n",
    'mono/package.json': { name: 'mono', private: true },
    'mono/tsconfig.base.json': {
      compilerOptions: { paths: { '@mono/shared': ['libs/shared/src/index.ts'] } },
    },
    'mono/apps/web/tsconfig.json': { extends: '../../tsconfig.base.json' },
    'mono/apps/web/package.json': { name: 'web' },
    'mono/apps/web/src/page.ts': '',
    'mono/libs/shared/package.json': { name: '@mono/shared', main: 'dist/index.js' },
    'mono/libs/shared/src/index.ts': '',
    'mono/libs/kit/package.json': { name: '@mono/kit', module: './build/kit.mjs' },
    'mono/libs/kit/src/kit.mts': '',
    // A yarn-style workspace declaration.
    'yarn/package.json': { name: 'yarn-root', workspaces: { packages: ['pkgs/*'] } },
    'yarn/pkgs/a/package.json': { name: 'yarn-a', main: 'lib/index.js' },
    'yarn/pkgs/a/src/index.ts': '',
    'yarn/app.ts': '',
  });
});

afterAll(() => {
  clearResolutionCaches();
  rmSync(root, { recursive: true, force: true });
});

// The caches are per process and test files share modules: start clean.
beforeEach(() => {
  clearResolutionCaches();
});

describe('relative imports', () => {
  it.each([
    ['./util.js', 'src/util.ts', 'TypeScript’s .js → .ts convention, before a .js file of the same name'],
    ['./widget.js', 'src/widget.tsx', '.js → .tsx'],
    ['./esm.mjs', 'src/esm.mts', '.mjs → .mts'],
    ['./common.cjs', 'src/common.cts', '.cjs → .cts'],
    ['./view.jsx', 'src/view.jsx', '.jsx with no .tsx twin: the file itself'],
    ['./legacy.js', 'src/legacy.js', 'a .js file with no TypeScript twin: the file itself'],
    ['./util', 'src/util.ts', 'no extension: .ts first'],
    ['./widget', 'src/widget.tsx', 'no extension: .tsx'],
    ['./util.ts', 'src/util.ts', 'an explicit .ts extension'],
    ['./components', 'src/components/index.tsx', 'a folder: its index file'],
    ['./lib/format', 'src/lib/format.ts', 'a nested path'],
    ['../shared/env', 'shared/env.ts', 'a path up the tree'],
  ])('%s → %s (%s)', (specifier, file) => {
    expect(resolved('src/app.ts', specifier)).toBe(file);
  });

  it('`.` and `..` are the folder’s index', () => {
    expect(resolved('src/components/button.ts', '.')).toBe('src/components/index.tsx');
    expect(resolved('src/components/button.ts', '..')).toBeUndefined(); // src/ has no index
  });

  it('never a declaration file', () => {
    expect(resolved('src/app.ts', './types')).toBeUndefined();
    expect(resolved('src/app.ts', './types.d.ts')).toBeUndefined();
  });

  it('a path to nothing resolves to nothing', () => {
    expect(resolved('src/app.ts', './nowhere')).toBeUndefined();
    expect(resolved('src/app.ts', './nowhere.js')).toBeUndefined();
  });

  it('an absolute specifier is a path', () => {
    expect(resolveProjectImport(join(root, 'src/app.ts'), join(root, 'src/util.js'))).toBe(
      join(root, 'src/util.ts'),
    );
  });
});

describe('tsconfig paths and baseUrl', () => {
  it('maps a `*` pattern', () => {
    expect(resolved('src/components/button.ts', '@/util.js')).toBe('src/util.ts');
    expect(resolved('src/components/button.ts', '@/lib/format')).toBe('src/lib/format.ts');
  });

  it('maps an exact pattern', () => {
    expect(resolved('src/app.ts', '~utils')).toBe('src/utils/index.ts');
  });

  it('tries the targets of a pattern in order', () => {
    expect(resolved('src/app.ts', '@fallback/format')).toBe('src/lib/format.ts');
  });

  it('resolves bare specifiers against baseUrl', () => {
    expect(resolved('src/app.ts', 'shared/env')).toBe('shared/env.ts');
    expect(resolved('src/app.ts', 'src/config')).toBe('src/config.ts');
  });

  it('follows a relative `extends` to the paths of the base config', () => {
    expect(resolved('mono/apps/web/src/page.ts', '@mono/shared')).toBe('mono/libs/shared/src/index.ts');
  });
});

describe('package.json imports', () => {
  it('maps a `#` pattern, with the .js → .ts convention', () => {
    expect(resolved('src/components/button.ts', '#lib/format')).toBe('src/lib/format.ts');
  });

  it('maps an exact `#` entry through its conditions, skipping `types`', () => {
    expect(resolved('src/app.ts', '#config')).toBe('src/config.ts');
  });

  it('an entry that points at nothing, or no entry, resolves to nothing', () => {
    expect(resolved('src/app.ts', '#missing')).toBeUndefined();
    expect(resolved('src/app.ts', '#unknown')).toBeUndefined();
  });
});

describe('workspace packages', () => {
  it('prefer the TypeScript sources to the built entry (dist/ → src/)', () => {
    expect(resolved('src/app.ts', '@acme/ui')).toBe('packages/ui/src/index.ts');
    expect(resolved('src/app.ts', 'cli-tool')).toBe('tools/cli/src/main.ts');
  });

  it('read the `exports` map, root and subpath patterns', () => {
    expect(resolved('src/app.ts', '@acme/core')).toBe('packages/core/src/index.ts');
    expect(resolved('src/app.ts', '@acme/core/utils/date')).toBe('packages/core/src/utils/date.ts');
  });

  it('read a `source` field first', () => {
    expect(resolved('src/app.ts', 'plain')).toBe('packages/plain/lib/entry.ts');
  });

  it('fall back to the package’s index without an entry field', () => {
    expect(resolved('src/app.ts', 'bare')).toBe('packages/bare/index.js');
  });

  it('resolve a subpath without an exports map against the package folder', () => {
    expect(resolved('src/app.ts', '@acme/ui/src/button')).toBe('packages/ui/src/button.ts');
  });

  it('are found from any package of the workspace', () => {
    expect(resolved('packages/ui/src/button.ts', '@acme/core')).toBe('packages/core/src/index.ts');
  });

  it('are listed by pnpm-workspace.yaml (quoted entries and comments read, `!` lines skipped)', () => {
    expect(resolved('mono/apps/web/src/page.ts', '@mono/kit')).toBe('mono/libs/kit/src/kit.mts');
  });

  it('are listed by a yarn-style `workspaces.packages`', () => {
    expect(resolved('yarn/app.ts', 'yarn-a')).toBe('yarn/pkgs/a/src/index.ts');
  });
});

describe('what it never resolves', () => {
  it('an installed package, even one present in node_modules', () => {
    expect(resolved('src/app.ts', 'left-pad')).toBeUndefined();
    expect(resolved('src/app.ts', 'react')).toBeUndefined();
  });

  it('a project alias from a file inside node_modules (the search for tsconfig and workspaces stops there)', () => {
    expect(resolved('node_modules/some-lib/index.ts', '@/util')).toBeUndefined();
    expect(resolved('node_modules/some-lib/index.ts', '@acme/ui')).toBeUndefined();
  });

  it('a `node:` specifier or a builtin', () => {
    expect(resolved('src/app.ts', 'node:fs')).toBeUndefined();
    expect(resolved('src/app.ts', 'node:path')).toBeUndefined();
    expect(resolved('src/app.ts', 'fs')).toBeUndefined();
  });

  it('anything from a file given by a relative path', () => {
    expect(resolveProjectImport('src/app.ts', './util')).toBeUndefined();
  });
});

describe('known gaps (today’s behaviour, reported rather than changed)', () => {
  // The entry as written is tried before its dist/ → src/ twin, so once a package is built its
  // compiled output wins over its sources.
  it('resolves a built workspace package to its dist/ output, not its sources', () => {
    expect(resolved('src/app.ts', '@acme/built')).toBe('packages/built/dist/index.js');
  });

  // Without an exports map, a subpath that names no file falls back to the package's main index.
  it('resolves a subpath that names no file to the package’s index', () => {
    expect(resolved('src/app.ts', '@acme/ui/button')).toBe('packages/ui/src/index.ts');
  });

  // Likewise a subpath the exports map does not export.
  it('resolves a subpath the exports map does not export to the package’s index', () => {
    expect(resolved('src/app.ts', '@acme/core/internal')).toBe('packages/core/src/index.ts');
  });
});

describe('caches and the fallback resolver', () => {
  it('remembers a miss until the caches are cleared', () => {
    expect(resolved('src/app.ts', './later')).toBeUndefined();
    layout({ 'src/later.ts': '' });
    expect(resolved('src/app.ts', './later')).toBeUndefined();
    clearResolutionCaches();
    expect(resolved('src/app.ts', './later')).toBe('src/later.ts');
  });

  it('asks the fallback resolver only when the paths find nothing, and only for a file on disk', () => {
    const asked: string[] = [];
    const resolve = projectImportResolver((_from: string, specifier: string) => {
      asked.push(specifier);
      return '/from/the/program.ts';
    });
    expect(resolve(join(root, 'src/app.ts'), './util')).toBe(join(root, 'src/util.ts'));
    expect(resolve(join(root, 'src/app.ts'), 'left-pad')).toBe('/from/the/program.ts');
    expect(resolve('relative/app.ts', 'left-pad')).toBeUndefined();
    expect(asked).toEqual(['left-pad']);
  });

  it('gives one resolver per fallback (summaries of other modules are shared by the files that see them alike)', () => {
    const fallback = () => undefined;
    expect(projectImportResolver(fallback)).toBe(projectImportResolver(fallback));
    expect(projectImportResolver(undefined)).toBe(resolveProjectImport);
    expect(resolveProjectImport(join(root, 'src/app.ts'), 'left-pad')).toBeUndefined();
  });
});
