// The published package, end to end: `npm pack` of a fresh copy (prepack builds it), installed from
// the tarball into new consumer projects, each linted through its own ESLint with its own config.
// `npm test` runs the quick pair, which covers every axis once (JavaScript without TypeScript
// installed and ESLint 10 from ESM; TypeScript with the lowest supported ESLint 9, TypeScript and
// typescript-eslint from CommonJS); `npm run test:package` (PACK_MATRIX=full, run by .ci/run) adds
// the rest of the matrix, with the newest versions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type ConsumerSpec,
  installedCopies,
  lintConsumer,
  makeConsumer,
  packFreshCopy,
  type Packed,
  root,
  runInstalledBin,
  workspace,
} from './consumer.js';

const FULL = process.env.PACK_MATRIX === 'full';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
};

/** typescript-eslint's packages the plugin depends on, all on one caret range whose floor is tested. */
const TSESLINT = Object.keys(pkg.dependencies).filter((name) => name.startsWith('@typescript-eslint/'));
const TSESLINT_LOWEST = /^\^(\d+\.\d+\.\d+)$/.exec(pkg.dependencies['@typescript-eslint/utils'])?.[1] ?? '';
/** The lowest version of each ESLint major in the peer range (`^9.0.0 || ^10.0.0`). */
const [ESLINT_9_LOWEST, ESLINT_10_LOWEST] = pkg.peerDependencies.eslint
  .split('||')
  .map((r) => r.trim().replace(/^\^/, ''));
/** The last patch of the lowest TypeScript in the peer range (`>=5.0.0`; 5.0.0 itself was never released). */
const TYPESCRIPT_LOWEST = '5.0.4';
/** The newest TypeScript the peer range (and typescript-eslint) allows. */
const TYPESCRIPT_NEWEST = pkg.peerDependencies.typescript;

const JSX = "{ files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } }";

const JS_FILES = {
  'src/app.js':
    "import mixpanel from 'mixpanel-browser';\n\nexport function onSignup(user) {\n  mixpanel.identify(user.id);\n}\n",
  // A wrapper in another module, read by the cross-file summaries (espree in a JavaScript run).
  'src/track.js':
    "import mixpanel from 'mixpanel-browser';\n\nexport function track(event, props) {\n  mixpanel.track(event, props);\n}\n",
  'src/page.jsx':
    "import { track } from './track.js';\n\nexport function Page({ user }) {\n  track('Viewed', { email: user.email });\n  return <div>{user.name}</div>;\n}\n",
  'src/legacy.cjs':
    "const mixpanel = require('mixpanel-browser');\n\nmodule.exports = function save(user) {\n  mixpanel.people.set({ $email: user.email });\n};\n",
};
const JS_MESSAGES = [
  'src/app.js:4: user ID reaches Mixpanel identify (identity argument)',
  'src/legacy.cjs:4: email reaches Mixpanel people.set',
  'src/page.jsx:4: email reaches Mixpanel track through track (src/track.js)',
];

const TS_FILES = {
  'src/wrapper.ts':
    "import mixpanel from 'mixpanel-browser';\n\nexport function trackEvent(name: string, props: Record<string, unknown>): void {\n  mixpanel.track(name, props);\n}\n",
  'src/checkout.ts':
    "import { trackEvent } from './wrapper';\n\ninterface Customer {\n  id: string;\n  email: string;\n}\n\nexport function checkout(customer: Customer): void {\n  trackEvent('Checkout', { email: customer.email });\n}\n",
  'src/profile.tsx':
    "import mixpanel from 'mixpanel-browser';\n\nexport function Profile({ user }: { user: { id: string } }) {\n  mixpanel.identify(user.id);\n  return <div>{user.id}</div>;\n}\n",
  // Personal only by its type's `@pii` tag: reported with type information, not without.
  'src/tagged.ts':
    "import mixpanel from 'mixpanel-browser';\n\nexport interface Account {\n  /** @pii email */\n  ref: string;\n}\n\nexport function save(account: Account): void {\n  mixpanel.track('Saved', { ref: account.ref });\n}\n",
};
const TS_MESSAGES = [
  'src/checkout.ts:9: email reaches Mixpanel track through trackEvent (src/wrapper.ts)',
  'src/profile.tsx:4: user ID reaches Mixpanel identify (identity argument)',
];
const TYPED_MESSAGES = ['src/tagged.ts:9: email reaches Mixpanel track'];
const TSCONFIG = `${JSON.stringify({ compilerOptions: { target: 'es2022', module: 'esnext', moduleResolution: 'bundler', jsx: 'preserve', strict: true, noEmit: true, skipLibCheck: true }, include: ['src'] }, null, 2)}\n`;

interface Case extends ConsumerSpec {
  readonly quick: boolean;
  readonly expected: readonly string[];
  /** `typescript` installed in the project, and loaded by the lint run. */
  readonly typescript: { readonly installed: boolean; readonly loaded: boolean };
  /** The version of typescript-eslint's packages that must be installed, once each. */
  readonly tseslint?: string;
}

const pinTseslint = (version: string) => TSESLINT.map((name) => `${name}@${version}`);

const CASES: readonly Case[] = [
  {
    name: 'js-esm-eslint10-no-typescript',
    quick: true,
    module: 'esm',
    install: ['eslint@^10'],
    legacyPeerDeps: true,
    configEntries: [JSX],
    files: JS_FILES,
    expected: JS_MESSAGES,
    typescript: { installed: false, loaded: false },
  },
  {
    name: 'ts-cjs-eslint9-lowest',
    quick: true,
    module: 'cjs',
    install: [
      `eslint@${ESLINT_9_LOWEST}`,
      `typescript@${TYPESCRIPT_LOWEST}`,
      ...pinTseslint(TSESLINT_LOWEST),
    ],
    configEntries: ['plugin.configs.typescript', JSX],
    files: { ...JS_FILES, ...TS_FILES },
    expected: [...JS_MESSAGES, ...TS_MESSAGES],
    typescript: { installed: true, loaded: true },
    tseslint: TSESLINT_LOWEST,
  },
  {
    name: 'js-cjs-eslint9-newest-no-typescript',
    quick: false,
    module: 'cjs',
    install: ['eslint@^9'],
    legacyPeerDeps: true,
    configEntries: [JSX],
    files: JS_FILES,
    expected: JS_MESSAGES,
    typescript: { installed: false, loaded: false },
  },
  {
    // npm installs typescript as a peer of typescript-eslint's packages: it is there, and not loaded.
    name: 'js-esm-eslint9-lowest-typescript-unused',
    quick: false,
    module: 'esm',
    install: [`eslint@${ESLINT_9_LOWEST}`],
    configEntries: [JSX],
    files: JS_FILES,
    expected: JS_MESSAGES,
    typescript: { installed: true, loaded: false },
  },
  {
    name: 'ts-esm-eslint10-newest-typed',
    quick: false,
    module: 'esm',
    install: ['eslint@^10', `typescript@${TYPESCRIPT_NEWEST}`],
    configEntries: [
      'plugin.configs.typescript',
      JSX,
      "{ files: ['**/*.{ts,tsx}'], languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } } }",
    ],
    files: { ...JS_FILES, ...TS_FILES, 'tsconfig.json': TSCONFIG },
    expected: [...JS_MESSAGES, ...TS_MESSAGES, ...TYPED_MESSAGES],
    typescript: { installed: true, loaded: true },
  },
  {
    name: 'ts-cjs-eslint10-lowest',
    quick: false,
    module: 'cjs',
    install: [
      `eslint@${ESLINT_10_LOWEST}`,
      `typescript@${TYPESCRIPT_LOWEST}`,
      ...pinTseslint(TSESLINT_LOWEST),
    ],
    configEntries: ['plugin.configs.typescript', JSX],
    files: { ...JS_FILES, ...TS_FILES },
    expected: [...JS_MESSAGES, ...TS_MESSAGES],
    typescript: { installed: true, loaded: true },
    tseslint: TSESLINT_LOWEST,
  },
];

describe('the packed package in fresh consumer projects', () => {
  const work = workspace();
  let packed: Packed;
  const timings: string[] = [];

  beforeAll(() => {
    const started = performance.now();
    packed = packFreshCopy(work.dir);
    timings.push(`pack ${Math.round(performance.now() - started)} ms`);
  }, 300_000);

  afterAll(() => {
    work.remove();
    if (process.env.PACK_TIMINGS) process.stdout.write(`pack test timings: ${timings.join(', ')}\n`);
  });

  it('the floors are read from package.json', () => {
    expect(TSESLINT).toEqual(
      expect.arrayContaining([
        '@typescript-eslint/parser',
        '@typescript-eslint/typescript-estree',
        '@typescript-eslint/utils',
      ]),
    );
    for (const name of TSESLINT) expect(pkg.dependencies[name]).toBe(`^${TSESLINT_LOWEST}`);
    expect([ESLINT_9_LOWEST, ESLINT_10_LOWEST]).toEqual([
      expect.stringMatching(/^9\.\d+\.\d+$/),
      expect.stringMatching(/^10\.\d+\.\d+$/),
    ]);
  });

  it('the tarball has the built code, types, LICENSE and docs, and no source maps or TypeScript sources', () => {
    const { files } = packed;
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        'LICENSE',
        'bin/analytics-privacy.js',
        'dist/src/index.js',
        'dist/src/index.d.ts',
        'dist/src/cli/main.js',
        'dist/rules/no-pii.js',
        'docs/rules/no-pii.md',
      ]),
    );
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /\.[cm]?tsx?$/.test(f) && !/\.d\.[cm]?ts$/.test(f))).toEqual([]);
    expect(files.filter((f) => !/^(bin|dist|docs)\/|^(package\.json|README\.md|LICENSE)$/.test(f))).toEqual(
      [],
    );
  });

  for (const c of CASES.filter((c) => FULL || c.quick)) {
    it(`${c.name}: installs from the tarball and lints with it`, () => {
      const started = performance.now();
      const dir = makeConsumer(work.dir, packed.tarball, c);
      const installed = performance.now();
      const outcome = lintConsumer(dir);
      const typescript = installedCopies(dir, 'typescript')[0]?.split('@')[0] ?? 'none';
      const tseslint = installedCopies(dir, '@typescript-eslint/utils')[0]?.split('@')[0];
      timings.push(
        `${c.name}: install ${Math.round(installed - started)} ms, lint ${outcome.ms} ms (ESLint ${outcome.eslint}, typescript-eslint ${tseslint}, TypeScript ${typescript})`,
      );

      expect(outcome.messages).toEqual([...c.expected].sort());
      expect({ installed: outcome.typescriptResolvable, loaded: outcome.typescriptLoaded }).toEqual(
        c.typescript,
      );
      expect(installedCopies(dir, 'eslint-plugin-analytics-privacy')).toEqual([
        `${pkg.version}@node_modules/eslint-plugin-analytics-privacy/package.json`,
      ]);
      // One copy of typescript-eslint's stack, the project's own (the floor where the project pins it).
      const estree = installedCopies(dir, '@typescript-eslint/typescript-estree');
      expect(estree).toHaveLength(1);
      if (c.tseslint)
        expect(estree[0]).toBe(
          `${c.tseslint}@node_modules/@typescript-eslint/typescript-estree/package.json`,
        );
      for (const name of TSESLINT) expect(installedCopies(dir, name)).toHaveLength(1);

      // The same through `npx eslint src` (the project's config) and, without a config, `npx analytics-privacy src`.
      const eslint = runInstalledBin(dir, 'eslint', ['src']);
      expect({ status: eslint.status, stderr: eslint.stderr, messages: eslint.messages }).toEqual({
        status: 1,
        stderr: '',
        messages: [...c.expected].sort(),
      });
      // The CLI lints TypeScript with type information where it finds a tsconfig.json, as the typed config does.
      const cli = runInstalledBin(dir, 'analytics-privacy', ['src']);
      expect({ status: cli.status, stderr: cli.stderr, messages: cli.messages }).toEqual({
        status: 1,
        stderr: '',
        messages: [...c.expected].sort(),
      });
    }, 300_000);
  }
});
