// Vendor globals that the code or the config declares, and aliases of `window` and of queue globals
// (issue 14): each case runs with espree (`window` and `self` undeclared, then declared by the config as
// `globals.browser` does; `globalThis` is declared by ESLint for the ecmaVersion), with typescript-eslint's
// parser, and with type information.
import { join } from 'node:path';
import { RuleTester, type InvalidTestCase, type ValidTestCase } from '@typescript-eslint/rule-tester';
import * as espree from 'espree';
import rule, { type MessageIds } from '../../../rules/no-pii.js';

type MessageId = MessageIds;
type Globals = Record<string, 'readonly' | 'writable'>;

interface Case {
  readonly name: string;
  readonly code: string;
  /** TypeScript only (casts, `declare global`). */
  readonly ts?: boolean;
  /** `languageOptions.globals`, as an eslint.config.js gives them. */
  readonly globals?: Globals;
  /** line, column, end line, end column, category, vendor, method, the code without the value. */
  /** The suggestion's output, or null for an identity argument (no Remove: the message says why). */
  readonly leaks?: readonly (readonly [
    number,
    number,
    number,
    number,
    string,
    string,
    string,
    string | null,
  ])[];
}

const VENDOR_GLOBALS: Globals = { gtag: 'readonly', fbq: 'readonly', mixpanel: 'readonly' };

const HSQ = 'const hsq = (window._hsq = window._hsq || []);\nconst mq = window._paq || [];\n';
const ALIASES = (identify: string, setUserId: string, track: string, entry: string) =>
  `${HSQ}export function who(guest) {\n  hsq.push(['identify', ${identify}]);\n  mq.push(['setUserId'${setUserId}]);\n  const host = window;\n  host.heap.track('newsletter', ${track});\n  const entry = ['identify'${entry}];\n  window._kmq.push(entry);\n}`;
const ISSUE_ALIASES = ALIASES(
  '{ email: guest.email }',
  ', guest.id',
  '{ contact_email: guest.email }',
  ', guest.email',
);

const SIGNUP = (gtag: string, fbq: string, mixpanel: string) =>
  `export function onSignup(reader) {\n  gtag('event', 'signup_done', ${gtag});\n  fbq('track', 'Lead', ${fbq});\n  mixpanel.track('Signed Up', ${mixpanel});\n}`;
const SIGNUP_GLOBAL_OBJECTS = (gtag: string, mixpanel: string, id: string) =>
  `export function onSignup(reader) {\n  window.gtag('event', 'signup_done', ${gtag});\n  globalThis.mixpanel.track('Signed Up', ${mixpanel});\n  self.analytics.identify(${id});\n}`;
const GUARDS = (id: string, email: string) =>
  `const g = globalThis;\nconst w = typeof window !== 'undefined' ? window : undefined;\nexport function who(guest) {\n  g.analytics.identify(${id});\n  const { heap } = w;\n  heap.identify(${email});\n}`;
const CASTS = (track: string, email: string, id: string) =>
  `const w = window as unknown as { heap: Heap };\nexport function who(guest: Guest) {\n  (window as any).heap.track('newsletter', ${track});\n  const heap = window.heap as Heap;\n  heap.identify(${email});\n  w.heap.identify(${id});\n}`;
const DEFAULTS = (q: string, p: string) =>
  `const q = window._paq ?? [];\nconst p = ready ? window._paq : [];\nexport function who(guest) {\n  q.push(['setUserId'${q}]);\n  p.push(['setUserId'${p}]);\n}`;

const GA = 'Google Analytics';
const EVENT = "gtag('event')";
const EMAIL = '{ contact_email: reader.email }';

const invalid: Case[] = [
  {
    name: 'a vendor global declared by a comment (issue 14)',
    code: `/* global gtag */\nexport function onSignup(reader) {\n  gtag('event', 'signup_done', ${EMAIL});\n}`,
    leaks: [
      [
        3,
        34,
        3,
        61,
        'email',
        GA,
        EVENT,
        "/* global gtag */\nexport function onSignup(reader) {\n  gtag('event', 'signup_done', {});\n}",
      ],
    ],
  },
  {
    name: 'vendor globals declared by the config, as for no-undef (issue 14)',
    globals: VENDOR_GLOBALS,
    code: SIGNUP(EMAIL, '{ em: reader.email }', '{ email: reader.email }'),
    leaks: [
      [2, 34, 2, 61, 'email', GA, EVENT, SIGNUP('{}', '{ em: reader.email }', '{ email: reader.email }')],
      [3, 26, 3, 42, 'email', 'Meta Pixel', "fbq('track')", SIGNUP(EMAIL, '{}', '{ email: reader.email }')],
      [4, 33, 4, 52, 'email', 'Mixpanel', 'track', SIGNUP(EMAIL, '{ em: reader.email }', '{}')],
    ],
  },
  {
    name: 'vendor globals off window, globalThis and self, when the config declares those',
    globals: { window: 'readonly', self: 'readonly' },
    code: SIGNUP_GLOBAL_OBJECTS(EMAIL, '{ email: reader.email }', 'reader.id'),
    leaks: [
      [2, 41, 2, 68, 'email', GA, EVENT, SIGNUP_GLOBAL_OBJECTS('{}', '{ email: reader.email }', 'reader.id')],
      [3, 44, 3, 63, 'email', 'Mixpanel', 'track', SIGNUP_GLOBAL_OBJECTS(EMAIL, '{}', 'reader.id')],
      [4, 27, 4, 36, 'user ID', 'Segment', 'identify', null],
    ],
  },
  {
    name: 'a vendor global typed in a `declare global` block',
    ts: true,
    code: `declare global {\n  function gtag(...args: unknown[]): void;\n}\nexport function onSignup(reader: { email: string }) {\n  gtag('event', 'signup_done', ${EMAIL});\n}`,
    leaks: [
      [
        5,
        34,
        5,
        61,
        'email',
        GA,
        EVENT,
        "declare global {\n  function gtag(...args: unknown[]): void;\n}\nexport function onSignup(reader: { email: string }) {\n  gtag('event', 'signup_done', {});\n}",
      ],
    ],
  },
  {
    name: 'aliases of queue globals and of window, and a command array built earlier (issue 14)',
    code: ISSUE_ALIASES,
    leaks: [
      [
        4,
        27,
        4,
        45,
        'email',
        'HubSpot',
        "_hsq.push(['identify'])",
        ALIASES('{}', ', guest.id', '{ contact_email: guest.email }', ', guest.email'),
      ],
      [
        5,
        25,
        5,
        33,
        'user ID',
        'Matomo',
        "_paq.push(['setUserId'])",
        ALIASES('{ email: guest.email }', '', '{ contact_email: guest.email }', ', guest.email'),
      ],
      [
        7,
        35,
        7,
        61,
        'email',
        'Heap',
        'track',
        ALIASES('{ email: guest.email }', ', guest.id', '{}', ', guest.email'),
      ],
      [
        8,
        30,
        8,
        41,
        'email',
        'Kissmetrics',
        "_kmq.push(['identify'])",
        ALIASES('{ email: guest.email }', ', guest.id', '{ contact_email: guest.email }', ''),
      ],
    ],
  },
  {
    name: 'a queue global behind `??` and `?:` defaults',
    code: DEFAULTS(', guest.id', ', guest.id'),
    leaks: [
      [4, 24, 4, 32, 'user ID', 'Matomo', "_paq.push(['setUserId'])", DEFAULTS('', ', guest.id')],
      [5, 24, 5, 32, 'user ID', 'Matomo', "_paq.push(['setUserId'])", DEFAULTS(', guest.id', '')],
    ],
  },
  {
    name: 'globalThis aliased, window behind a typeof guard, a global destructured off the alias',
    code: GUARDS('guest.id', 'guest.email'),
    leaks: [
      [4, 24, 4, 32, 'user ID', 'Segment', 'identify', null],
      [6, 17, 6, 28, 'email', 'Heap', 'identify', null],
    ],
  },
  {
    name: '`as` casts of window, of a global read off it, and of an alias',
    ts: true,
    code: CASTS('{ contact_email: guest.email }', 'guest.email', 'guest.id'),
    leaks: [
      [3, 46, 3, 72, 'email', 'Heap', 'track', CASTS('{}', 'guest.email', 'guest.id')],
      [5, 17, 5, 28, 'email', 'Heap', 'identify', null],
      [6, 19, 6, 27, 'user ID', 'Heap', 'identify', null],
    ],
  },
];

const valid: Case[] = [
  {
    name: 'a local of the same name is not the global the config declares',
    globals: VENDOR_GLOBALS,
    code: `const gtag = makeGtag();\nexport function onSignup(reader) {\n  gtag('event', 'signup_done', ${EMAIL});\n}`,
  },
  {
    name: 'a parameter of the same name is not the global a comment declares',
    code: `/* global gtag */\nexport function onSignup(reader, gtag) {\n  gtag('event', 'signup_done', ${EMAIL});\n}`,
  },
  {
    name: 'a parameter named analytics is not the declared global',
    globals: { analytics: 'readonly' },
    code: 'export function onSignup(analytics, reader) {\n  analytics.identify(reader.id, { email: reader.email });\n}',
  },
  {
    name: 'an alias of a parameter named window is not the global object',
    code: "export function who(window, guest) {\n  const host = window;\n  host.heap.track('newsletter', { contact_email: guest.email });\n}",
  },
  {
    name: 'a command array pushed into a local array',
    code: "const queue = [];\nexport function who(guest) {\n  const entry = ['identify', guest.email];\n  queue.push(entry);\n}",
  },
  {
    name: 'declared globals and aliases given neutral data',
    code: "/* global gtag */\nconst hsq = (window._hsq = window._hsq || []);\nexport function onSignup() {\n  gtag('event', 'signup_done', { method: 'email' });\n  const entry = ['trackPageView'];\n  hsq.push(entry);\n}",
  },
];

const BROWSER_GLOBALS: Globals = { window: 'readonly', self: 'readonly' };
const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'typed');

interface Mode {
  readonly name: string;
  readonly tester: RuleTester;
  readonly ts: boolean;
  readonly globals?: Globals;
  readonly filename?: string;
}

const modes: Mode[] = [
  {
    name: 'espree',
    tester: new RuleTester({ languageOptions: { parser: espree } }),
    ts: false,
    filename: 'file.js',
  },
  {
    name: 'espree, the global objects declared by the config',
    tester: new RuleTester({ languageOptions: { parser: espree } }),
    ts: false,
    globals: BROWSER_GLOBALS,
    filename: 'file.js',
  },
  {
    name: 'typescript-eslint',
    tester: new RuleTester(),
    ts: true,
  },
  {
    name: 'typed',
    tester: new RuleTester({
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: fixture } },
    }),
    ts: true,
    filename: join(fixture, 'file.ts'),
  },
];

function options(mode: Mode, c: Case) {
  const globals = { ...mode.globals, ...c.globals };
  return {
    name: c.name,
    code: c.code,
    ...(mode.filename ? { filename: mode.filename } : {}),
    ...(Object.keys(globals).length > 0 ? { languageOptions: { globals } } : {}),
  };
}

for (const mode of modes) {
  const applies = (c: Case) => mode.ts || !c.ts;
  mode.tester.run(`no-pii: declared globals and aliases (${mode.name})`, rule, {
    valid: valid.filter(applies).map((c): ValidTestCase<[]> => options(mode, c)),
    invalid: invalid.filter(applies).map((c): InvalidTestCase<MessageId, []> => ({
      ...options(mode, c),
      errors: (c.leaks ?? []).map(([line, column, endLine, endColumn, category, vendor, method, output]) => {
        const data = { category, vendor, method };
        return {
          messageId: output === null ? 'identityArgument' : 'leak',
          data,
          line,
          column,
          endLine,
          endColumn,
          suggestions: output === null ? [] : [{ messageId: 'dropConfigureHelper', data, output }],
        };
      }),
    })),
  });
}
