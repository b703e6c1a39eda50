import { describe, expect, it } from 'vitest';
import { lint } from '../../helpers/lint.js';

const code = "import mixpanel from 'mixpanel-browser';\nmixpanel.identify(user.id);";

describe('settings validation: a wrong setting fails with a message naming it', () => {
  const cases: [string, unknown, RegExp][] = [
    ['unknown top-level key', { sink: [] }, /settings\['analytics-privacy'\]: unknown key "sink"/],
    [
      'settings block of the wrong type',
      ['hashPii'],
      /settings\['analytics-privacy'\]: expected object, got array/,
    ],
    ['sanitizers not strings', { sanitizers: [1] }, /sanitizers\[0\]: expected string, got integer/],
    ['empty sanitizer name', { sanitizers: [''] }, /sanitizers\[0\]: must not be empty/],
    ['pseudonymize without name', { pseudonymize: { source: 'x' } }, /pseudonymize: missing required "name"/],
    [
      'pseudonymize importKind',
      { pseudonymize: { name: 'h', importKind: 'star' } },
      /pseudonymize\.importKind: must be one of "named", "default"/,
    ],
    ['unknown category', { categories: { emails: false } }, /categories: unknown key "emails"/],
    [
      'a key named after an Object.prototype member',
      { constructor: 1 },
      /settings\['analytics-privacy'\]: unknown key "constructor"/,
    ],
    [
      'a category named after an Object.prototype member',
      { categories: { toString: false } },
      /categories: unknown key "toString"/,
    ],
    [
      'category not boolean',
      { categories: { email: 'off' } },
      /categories\.email: expected boolean, got string/,
    ],
    ['sink without args', { sinks: [{ module: 'x' }] }, /sinks\[0\]: missing required "args"/],
    [
      'sink with a bad role',
      { sinks: [{ module: 'x', args: { 0: 'email' } }] },
      /sinks\[0\]\.args\.0: must be one of/,
    ],
    [
      'sink with a non-numeric position',
      { sinks: [{ module: 'x', args: { first: 'user-id' } }] },
      /sinks\[0\]\.args: unexpected key "first"/,
    ],
    [
      'sink with both module and global',
      { sinks: [{ module: 'x', global: 'y', args: {} }] },
      /sinks\[0\]: give exactly one of "module" or "global"/,
    ],
    [
      'sink with neither module nor global',
      { sinks: [{ args: {} }] },
      /sinks\[0\]: give exactly one of "module" or "global"/,
    ],
    [
      'sink global that is not an identifier',
      { sinks: [{ global: 'my-tracker', args: {} }] },
      /sinks\[0\]\.global: not an identifier/,
    ],
    [
      'sink export that is not a dotted name',
      { sinks: [{ module: 'x', export: 'a..b', args: {} }] },
      /sinks\[0\]\.export: not a dotted name/,
    ],
    ['allowedKeys not an array', { allowedKeys: 'email' }, /allowedKeys: expected array, got string/],
    ['ignoreModules with an empty entry', { ignoreModules: [''] }, /ignoreModules\[0\]: must not be empty/],
  ];
  for (const [name, settings, message] of cases) {
    it(name, () => {
      expect(() => lint(code, { settings: settings as Record<string, unknown> })).toThrow(message);
    });
  }

  it('rule options are validated by ESLint: no-pii takes none', () => {
    expect(() => lint(code, { options: [{ strict: true }] })).toThrow(
      /no-pii|should NOT have more than 0 items|must NOT have more than 0 items/i,
    );
  });
});

describe('declared sinks', () => {
  it('a global function with its own roles', () => {
    const messages = lint("track('signup', { email: user.email }, user.id);", {
      settings: {
        sinks: [{ global: 'track', vendor: 'Legacy Tracker', args: { 1: 'event-props', 2: 'user-id' } }],
      },
      filename: 'file.js',
    });
    expect(messages.map((m) => m.message)).toEqual([
      'email reaches Legacy Tracker track',
      'user ID reaches Legacy Tracker track',
    ]);
  });

  it('a method under a global object', () => {
    const messages = lint('window.acme.telemetry.identify(member.id);', {
      settings: {
        sinks: [{ global: 'acme', export: 'telemetry.identify', vendor: 'Acme', args: { 0: 'user-id' } }],
      },
    });
    expect(messages.map((m) => m.message)).toEqual(['user ID reaches Acme telemetry.identify']);
  });

  it('the default export of a module, required', () => {
    const messages = lint("const send = require('@acme/send');\nsend({ phone: customer.phone });", {
      settings: { sinks: [{ module: '@acme/send', args: { 0: 'event-props' } }] },
      filename: 'file.cjs',
    });
    expect(messages.map((m) => m.message)).toEqual(['phone number reaches @acme/send default export']);
  });
});
