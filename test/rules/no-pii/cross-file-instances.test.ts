// no-pii follows the app's own code where real apps hold it: parameters destructured two levels
// deep, instances of classes re-exported by a barrel, services injected by constructor (NestJS,
// Angular), and clients handed down through React context or returned by the app's own hooks.
// Each behaviour in the same file and across files (test/fixtures/project), untyped and typed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reports } from '../../helpers/lint.js';

const root = join(import.meta.dirname, '..', '..', 'fixtures', 'project');
const app = (name: string) => join(root, 'src', 'app', name);
/** Untyped and typed (the fixture's tsconfig.json; `page.ts` and `view.tsx` are files of its program): the same reports. */
const both = (code: string, jsx = false): string[] => {
  const untyped = reports(code, { filename: app(jsx ? 'view.tsx' : 'page.ts') });
  const typed = reports(code, { filename: app(jsx ? 'view.tsx' : 'page.ts'), typed: root });
  expect(typed).toEqual(untyped);
  return untyped;
};
const local = (code: string) => reports(code, { filename: 'file.tsx' });

describe('parameters destructured two levels deep', () => {
  it('in the same file: the caller hands the outer object, the path reaches the sink', () => {
    expect(
      local(
        "import posthog from 'posthog-js';\nfunction Row({ seller: { id } }) { posthog.identify(id); }\nRow({ seller: customer });\nRow({ seller: listing });",
      ),
    ).toEqual(['3: user ID reaches PostHog identify through Row']);
    expect(
      local(
        "import posthog from 'posthog-js';\nconst send = ({ user: { email: to } } = {}) => posthog.capture('x', { to });\nsend({ user: currentUser });\nconst props = { user: member };\nsend(props);\nsend({ user: { email: 'x' } });",
      ),
    ).toEqual([
      '3: email reaches PostHog capture through send',
      '5: email reaches PostHog capture through send',
    ]);
  });

  it('across files, untyped and typed', () => {
    expect(
      both(
        "import { Row, sendSignup } from '../lib/destructured';\nRow({ seller: customer });\nsendSignup({ user: currentUser });\nsendSignup({ user: { email: EMPTY } });",
      ),
    ).toEqual([
      '2: user ID reaches PostHog identify through Row (lib/destructured.tsx)',
      '3: email reaches Segment track through sendSignup (lib/destructured.tsx)',
    ]);
  });

  it('a component rendered as JSX is not followed as a call (its props are not arguments)', () => {
    expect(
      both(
        "import { Row } from '../lib/destructured';\nexport const L = () => <Row seller={member} />;",
        true,
      ),
    ).toEqual([]);
  });
});

describe('new of a class the project exports through a barrel', () => {
  it('export { X } from, export * from, and export { default as X } from', () => {
    expect(
      both(
        "import { Telemetry, Tracker } from '../lib/telemetry';\nconst t = new Telemetry();\nt.identify(user.email);\nconst tracker = new Tracker();\ntracker.track('Paid', { email: user.email });",
      ),
    ).toEqual([
      '3: email reaches PostHog identify through identify (telemetry/telemetry.ts)',
      '5: email reaches PostHog capture through track (telemetry/tracker.ts)',
    ]);
    expect(
      both("import { Telemetry } from '../lib/telemetry-star';\nnew Telemetry().identify(buyer.phone);"),
    ).toEqual(['2: phone number reaches PostHog identify through identify (telemetry/telemetry.ts)']);
  });

  it('an instance held by a field of a class', () => {
    expect(
      both(
        "import { Telemetry } from '../lib/telemetry';\nexport class Checkout {\n  private telemetry = new Telemetry();\n  done(user: { email: string }) { this.telemetry.identify(user.email); }\n}",
      ),
    ).toEqual(['4: email reaches PostHog identify through identify (telemetry/telemetry.ts)']);
  });

  it('neutral data and methods that send nothing are not reported', () => {
    expect(
      both(
        "import { Telemetry } from '../lib/telemetry';\nconst t = new Telemetry();\nt.identify(hash(user.email));\nt.page(user.email);",
      ),
    ).toEqual([]);
  });
});

describe('services injected by constructor', () => {
  const service = "import { AnalyticsService } from '../lib/analytics.service';\n";

  it('a parameter property typed with the app’s service (NestJS)', () => {
    expect(
      both(
        `${service}export class OrdersService {\n  constructor(private readonly analytics: AnalyticsService) {}\n  paid(user: { id: string; email: string }) { this.analytics.track(user.id, 'Paid', { email: user.email }); }\n}`,
      ),
    ).toEqual([
      '4: user ID reaches PostHog capture through track (lib/analytics.service.ts)',
      '4: email reaches PostHog capture through track (lib/analytics.service.ts)',
    ]);
  });

  it('@Inject(Service), also with a token that is no class and the annotation naming it', () => {
    expect(
      both(
        `import { Inject } from '@nestjs/common';\n${service}export class A {\n  constructor(@Inject(AnalyticsService) private readonly analytics: unknown) {}\n  run(user) { (this.analytics as AnalyticsService).track(user.id, 'x'); }\n}`,
      ),
    ).toEqual(['5: user ID reaches PostHog capture through track (lib/analytics.service.ts)']);
    expect(
      both(
        `import { Inject } from '@nestjs/common';\n${service}const ANALYTICS = Symbol('analytics');\nexport class A {\n  constructor(@Inject(ANALYTICS) private analytics: AnalyticsService) {}\n  run(user) { this.analytics.track('x', 'y', { email: user.email }); }\n}`,
      ),
    ).toEqual(['6: email reaches PostHog capture through track (lib/analytics.service.ts)']);
  });

  it('inject(Service) in a field (Angular), a field assigned in the constructor, a typed parameter', () => {
    expect(
      both(
        `import { inject } from '@angular/core';\n${service}export class Cart {\n  private analytics = inject(AnalyticsService);\n  add(customer) { this.analytics.track(customer.id, 'Added'); }\n}`,
      ),
    ).toEqual(['5: user ID reaches PostHog capture through track (lib/analytics.service.ts)']);
    expect(
      both(
        `${service}export class Cart {\n  private analytics: AnalyticsService;\n  constructor(analytics: AnalyticsService) { this.analytics = analytics; }\n  add(customer) { this.analytics.track(customer.id, 'Added'); }\n}`,
      ),
    ).toEqual(['5: user ID reaches PostHog capture through track (lib/analytics.service.ts)']);
    expect(
      both(
        `${service}export function handle(svc: AnalyticsService, member) { svc.track(member.id, 'Seen'); }`,
      ),
    ).toEqual(['2: user ID reaches PostHog capture through track (lib/analytics.service.ts)']);
  });

  it('in the same file', () => {
    expect(
      local(
        "import { PostHog } from 'posthog-node';\nclass Analytics { private ph = new PostHog('k'); track(distinctId: string) { this.ph.capture({ distinctId, event: 'x' }); } }\nclass Jobs {\n  constructor(private analytics: Analytics) {}\n  run(user) { this.analytics.track(user.id); }\n}",
      ),
    ).toEqual(['5: user ID reaches PostHog capture through track']);
  });

  it('neutral data, a type-only import, and methods that send nothing are not reported', () => {
    expect(
      both(
        `import type { AnalyticsService as Service } from '../lib/analytics.service';\nexport class A {\n  constructor(private analytics: Service) {}\n  run(user) { this.analytics.track(hash(user.id), 'x', { plan: user.plan }); void this.analytics.flush(); }\n}`,
      ),
    ).toEqual([]);
  });

  it('a service whose module reaches no vendor is not followed', () => {
    expect(
      both(
        "import { AuditService } from '../lib/audit.service';\nexport class A {\n  constructor(private audit: AuditService) {}\n  run(user) { this.audit.track(user.id, 'x', { email: user.email }); }\n}",
      ),
    ).toEqual([]);
  });

  it('a type-only import still names the class (the instance is injected, not imported)', () => {
    expect(
      both(
        `import type { AnalyticsService } from '../lib/analytics.service';\nexport class A {\n  constructor(private analytics: AnalyticsService) {}\n  run(user) { this.analytics.track(user.id, 'x'); }\n}`,
      ),
    ).toEqual(['4: user ID reaches PostHog capture through track (lib/analytics.service.ts)']);
  });
});

describe('clients handed down through React context and the app’s own hooks', () => {
  it('a context whose provider is given a vendor client, read by the app’s hook in another module', () => {
    expect(
      both(
        "import { useSegment } from '../lib/segment-context';\nexport function Profile({ user }) {\n  const segment = useSegment();\n  segment.identify(user.id, { email: user.email });\n}",
        true,
      ),
    ).toEqual([
      '4: user ID reaches Segment identify (identity argument)',
      '4: email reaches Segment identify',
    ]);
  });

  it('a context whose provider is given the app’s tracking callbacks', () => {
    expect(
      both(
        "import { useTrackingContext } from '../lib/tracking-context';\nexport function Buy({ buyer }) {\n  const { track } = useTrackingContext();\n  const tracking = useTrackingContext();\n  track('Paid', { email: buyer.email });\n  tracking.track('Seen', { phone: buyer.phone });\n  track('Opened', { plan: buyer.plan });\n}",
        true,
      ),
    ).toEqual([
      '5: email reaches Mixpanel track through track (lib/tracking-context.tsx)',
      '6: phone number reaches Mixpanel track through track (lib/tracking-context.tsx)',
    ]);
  });

  it('the app’s hooks that return the client, or the vendor’s hook', () => {
    expect(
      both(
        "import { useAnalytics, usePH } from '../lib/segment-context';\nexport function C({ user }) {\n  useAnalytics().identify(user.id);\n  const ph = usePH();\n  ph.capture('x', { email: user.email });\n}",
        true,
      ),
    ).toEqual([
      '3: user ID reaches PostHog identify (identity argument)',
      '5: email reaches PostHog capture',
    ]);
  });

  it('in the same file: React.createContext, React.useContext, React 19’s <Context value>', () => {
    expect(
      local(
        "import * as React from 'react';\nimport posthog from 'posthog-js';\nconst Ph = React.createContext(null);\nexport const P = ({ children }) => <Ph value={posthog}>{children}</Ph>;\nexport function C({ user }) { React.useContext(Ph).identify(user.id); }",
      ),
    ).toEqual(['5: user ID reaches PostHog identify (identity argument)']);
  });

  it('a context given something else, or only a default that is no client, is no client', () => {
    expect(
      local(
        "import { createContext, useContext } from 'react';\nimport posthog from 'posthog-js';\nposthog.init('k');\nconst Ctx = createContext({ identify(_id) {} });\nexport const P = ({ children }) => <Ctx.Provider value={{ plan: 'x' }}>{children}</Ctx.Provider>;\nexport function C({ user }) { useContext(Ctx).identify(user.id); }",
      ),
    ).toEqual([]);
    expect(
      both(
        "import { useSegment } from '../lib/segment-context';\nexport function Profile() {\n  useSegment().track('Viewed', { plan: 'pro' });\n}",
        true,
      ),
    ).toEqual([]);
  });
});
