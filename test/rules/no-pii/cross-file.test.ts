// no-pii follows the project's own wrappers across files: relative imports, tsconfig paths,
// package.json imports, workspace packages, re-exports, CommonJS, class instances and hooks, and the
// vendor clients other modules hand out through accessor functions (untyped, and typed at the end).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../../helpers/lint.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'project');
const app = (name: string) => join(root, 'src', 'app', name);
const check = (code: string, name = 'page.ts') => reports(code, { filename: app(name) });

describe('cross-file wrappers', () => {
  it('a neutral wrapper reports at the caller that passes personal data, not for neutral data', () => {
    expect(
      check(
        "import { track } from '../lib/analytics';\ntrack('Invite', { invitee: invite.email });\ntrack('Feed', { count: 2 });",
      ),
    ).toEqual(['2: email reaches Segment track through track (lib/analytics.ts)']);
  });

  it('identity wrappers: the argument position carries the role', () => {
    expect(
      check("import { identify } from '../lib/analytics';\nidentify(member.id, { plan: 'pro' });"),
    ).toEqual(['2: user ID reaches Segment identify through identify (lib/analytics.ts)']);
  });

  it('wrappers of ad pixels: matching data is identity matching for ads at the caller, events are ordinary leaks', () => {
    expect(
      check(
        "import { initPixel, pixelEvent, setConversionUser } from '../lib/ads';\ninitPixel('1', { em: user.email });\nsetConversionUser({ phone_number: customer.phone });\npixelEvent('Lead', { email: lead.email });",
      ),
    ).toEqual([
      adMatching(2, 'email', 'Meta Pixel', "fbq('init')"),
      adMatching(3, 'phone number', 'Google Analytics', "gtag('set')"),
      "4: email reaches Meta Pixel fbq('track') through pixelEvent (lib/ads.ts)",
    ]);
  });

  it('an exported client is the vendor client', () => {
    expect(check("import { analytics } from '../lib/analytics';\nanalytics.identify(customer.id);")).toEqual([
      '2: user ID reaches Segment identify (identity argument)',
    ]);
  });

  it('tsconfig paths, package.json imports and the default export', () => {
    expect(
      check(
        "import track from '@/lib/analytics';\nimport { identify } from '#lib/analytics';\ntrack('x', { phone: user.phone });\nidentify(user.id);",
      ),
    ).toEqual([
      '3: phone number reaches Segment track through track (lib/analytics.ts)',
      '4: user ID reaches Segment identify through identify (lib/analytics.ts)',
    ]);
  });

  it('re-exports, renamed', () => {
    expect(check("import { record } from '../lib/reexports';\nrecord('x', { email: user.email });")).toEqual([
      '2: email reaches Segment track through record (lib/analytics.ts)',
    ]);
  });

  it('a class instance exported by the module', () => {
    expect(
      check(
        "import { telemetry } from '../lib/analytics';\ntelemetry.capture(holder.id, 'Transfer', { recipient_name: transfer.recipientName });\ntelemetry.log('x');",
      ),
    ).toEqual([
      '2: user ID reaches Segment track through capture (lib/analytics.ts)',
      '2: name reaches Segment track through capture (lib/analytics.ts)',
    ]);
  });

  it('a hook that returns tracking callbacks, two files deep', () => {
    expect(
      check(
        "import { useTracking } from '../lib/analytics';\nexport function C({ viewer }) {\n  const { track } = useTracking();\n  track('Opened', { by: viewer.email });\n}",
        'C.tsx',
      ),
    ).toEqual(['4: email reaches Segment track through track (lib/analytics.ts)']);
  });

  it('CommonJS: require of a module.exports object', () => {
    expect(
      check(
        "const { send } = require('../lib/legacy');\nsend(req.user.id, 'Paid', { plan: 'pro' });",
        'server.js',
      ),
    ).toEqual(['2: user ID reaches Mixpanel track through send (lib/legacy.js)']);
  });

  it('a workspace package resolved to its TypeScript sources, with export *', () => {
    expect(
      check(
        "import { capture, posthog } from '@acme/telemetry';\ncapture('x', { email: user.email });\nposthog.identify(user.id);",
      ),
    ).toEqual([
      '2: email reaches PostHog capture through capture (src/events.ts)',
      '3: user ID reaches PostHog identify (identity argument)',
    ]);
  });

  it('a wrapper that reads a vendor global off an alias of window', () => {
    expect(
      check(
        "import { heapTrack } from '../lib/window-alias.js';\nheapTrack('Joined', { email: user.email });",
      ),
    ).toEqual(['2: email reaches Heap track through heapTrack (lib/window-alias.js)']);
  });

  it('a wrapper that reads personal data off its parameter is reported inside it, and at each caller that passes it', () => {
    expect(check("import { identifyUser } from '../lib/analytics';\nidentifyUser(currentUser);")).toEqual([
      '2: user ID reaches Segment identify through identifyUser (lib/analytics.ts)',
    ]);
    // A caller that passes nothing known (an event's payload) is left to the report inside the wrapper.
    expect(check("import { identifyUser } from '../lib/analytics';\nidentifyUser(event.detail);")).toEqual(
      [],
    );
    expect(
      reports(
        "import { AnalyticsBrowser } from '@segment/analytics-next';\nconst a = AnalyticsBrowser.load({ writeKey: 'k' });\nexport function identifyUser(user) { a.identify(user.id, { email: user.email }); }",
        { filename: join(root, 'src', 'lib', 'x.ts') },
      ),
    ).toEqual([
      '3: user ID reaches Segment identify (identity argument)',
      '3: email reaches Segment identify',
    ]);
  });

  it('modules that do not parse, do not exist, or are ignored are skipped silently', () => {
    expect(
      check(
        "import { track } from '../lib/broken';\nimport { x } from '../lib/missing';\ntrack('x', { email: user.email });\nx({ email: user.email });",
      ),
    ).toEqual([]);
    expect(
      reports("import { track } from '../lib/analytics';\ntrack('x', { email: user.email });", {
        filename: app('page.ts'),
        settings: { ignoreModules: ['../lib/analytics'] },
      }),
    ).toEqual([]);
  });

  it('once a file matters, calls passing names common in library code (owner, actor) are followed too', () => {
    expect(
      check(
        "import { identify, track } from '../lib/analytics';\nconst { owner } = load();\ntrack('x', { workspace_id: ws.id });\nidentify(owner);",
      ),
    ).toEqual([
      '3: organization ID reaches Segment track through track (lib/analytics.ts)',
      '4: whole user object reaches Segment identify through identify (lib/analytics.ts)',
    ]);
  });

  it('files that are not on disk (editor buffers, stdin) still lint', () => {
    expect(
      reports("import { track } from '../lib/analytics';\ntrack('x', { email: user.email });", {
        filename: 'page.ts',
      }),
    ).toEqual([]);
  });
});

describe('clients behind accessors of another module', () => {
  it('an exported function that returns the client makes its call the client', () => {
    expect(
      check(
        "import { analytics } from '../lib/clients';\nanalytics().capture({ distinctId: buyer.id, event: 'paid', properties: { email: buyer.email } });",
      ),
    ).toEqual(['2: user ID reaches PostHog capture', '2: email reaches PostHog capture']);
  });

  it('through a namespace import', () => {
    expect(
      check(
        "import * as clients from '../lib/clients';\nclients.analytics().capture({ distinctId: buyer.id });",
      ),
    ).toEqual(['2: user ID reaches PostHog capture']);
  });

  it('a static method of an exported class that forwards its parameter', () => {
    expect(
      check("import { Telemetry } from '../lib/clients';\nTelemetry.send({ owner_email: owner.email });"),
    ).toEqual(['2: email reaches PostHog capture through send (lib/clients.ts)']);
  });

  it('an async accessor and .then, in a file that matters', () => {
    expect(
      check(
        "import { analytics, browserPosthog } from '../lib/clients';\nanalytics().capture({ distinctId: buyer.id });\nbrowserPosthog().then((ph) => ph.identify(buyer.id));",
      ),
    ).toEqual([
      '2: user ID reaches PostHog capture',
      '3: user ID reaches PostHog identify (identity argument)',
    ]);
  });

  it('an accessor that returns something else is no client', () => {
    expect(
      check("import { outbox } from '../lib/clients';\noutbox().capture({ email: buyer.email });"),
    ).toEqual([]);
  });
});

describe('clients behind accessors of another module, with type information', () => {
  // The fixture's own tsconfig.json gives the program; the results are the same as without it.
  const typed = (code: string) => reports(code, { filename: app('page.ts'), typed: root });

  it('an exported accessor, a static method of an exported class, an accessor of something else', () => {
    expect(
      typed(
        "import { analytics } from '../lib/clients';\nanalytics().capture({ distinctId: buyer.id, event: 'paid', properties: { email: buyer.email } });",
      ),
    ).toEqual(['2: user ID reaches PostHog capture', '2: email reaches PostHog capture']);
    expect(
      typed("import { Telemetry } from '../lib/clients';\nTelemetry.send({ owner_email: owner.email });"),
    ).toEqual(['2: email reaches PostHog capture through send (lib/clients.ts)']);
    expect(
      typed("import { outbox } from '../lib/clients';\noutbox().capture({ email: buyer.email });"),
    ).toEqual([]);
  });
});
