import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Sentry', () => {
  it('reports personal data in setUser through a namespace import', () => {
    expect(
      reports(`import * as Sentry from '@sentry/react';\nSentry.setUser({ id: member.id, plan: 'pro' });`),
    ).toEqual(['2: user ID reaches Sentry setUser']);
  });
  it('reports a tag keyed as an email through a named import', () => {
    expect(reports(`import { setTag } from '@sentry/nextjs';\nsetTag('user_email', session.value);`)).toEqual(
      ['2: email reaches Sentry setTag'],
    );
  });
  it('reports the user of a capture context, not the error itself', () => {
    expect(
      reports(
        `import * as Sentry from '@sentry/node';\ntry { run(); } catch (error) {\n  Sentry.captureException(error, { user: { email: user.email }, tags: { area: 'billing' } });\n}`,
      ),
    ).toEqual(['3: email reaches Sentry captureException']);
  });
  it('reports scope setters inside withScope (require)', () => {
    expect(
      reports(
        `const Sentry = require('@sentry/node');\nSentry.withScope((scope) => {\n  scope.setExtra('phone', customer.phone);\n  Sentry.captureMessage('Checkout failed');\n});`,
      ),
    ).toEqual(['3: phone number reaches Sentry scope.setExtra']);
  });
  it('reports context set on a scope returned by getIsolationScope', () => {
    expect(
      reports(
        `import * as Sentry from '@sentry/browser';\nSentry.getIsolationScope().setContext('customer', { ...user });`,
      ),
    ).toEqual(['2: whole user object reaches Sentry scope.setContext']);
  });
  it('reports a scope built with new Scope()', () => {
    expect(
      reports(
        `import { Scope } from '@sentry/browser';\nconst scope = new Scope();\nscope.setUser({ email: user.email });`,
      ),
    ).toEqual(['3: email reaches Sentry scope.setUser']);
  });
  it('reports structured log attributes and breadcrumb data on the global', () => {
    expect(
      reports(
        `Sentry.logger.info('Invite sent', { email: invitee.email });\nwindow.Sentry.addBreadcrumb({ category: 'auth', data: { userId: member.id } });`,
      ),
    ).toEqual(['1: email reaches Sentry logger.info', '2: user ID reaches Sentry addBreadcrumb']);
  });
  it('stays silent on plain captureException calls and neutral tags', () => {
    expect(
      reports(
        `import * as Sentry from '@sentry/react';\ntry { run(); } catch (error) { Sentry.captureException(error); }\nSentry.setTag('release_channel', 'beta');\nSentry.captureMessage('Cache warmed', 'info');`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const Sentry = { setUser(u: unknown) { return u; }, setTag(k: string, v: unknown) { return [k, v]; } };\nSentry.setUser({ email: user.email });\nSentry.setTag('email', user.email);`,
      ),
    ).toEqual([]);
  });
});

describe('Sentry: the CDN global in a file that imports nothing', () => {
  it('reports the Sentry global bare, through window, inside onLoad and destructured', () => {
    expect(
      reports(
        `Sentry.onLoad(function () {\n  Sentry.setUser({ email: user.email });\n});\nwindow.Sentry && window.Sentry.setTag('customer_phone', customer.phone);\nconst { setContext } = window.Sentry;\nsetContext('member', { id: member.id });`,
      ),
    ).toEqual([
      '2: email reaches Sentry setUser',
      '4: phone number reaches Sentry setTag',
      '6: user ID reaches Sentry setContext',
    ]);
  });
  it('stays silent on a Sentry bound in the file (a parameter, an import of the project)', () => {
    expect(
      reports(
        `import { Sentry } from './telemetry';\nSentry.setUser({ email: user.email });\nfunction report(Sentry: { setUser(u: unknown): void }) { Sentry.setUser({ email: user.email }); }`,
      ),
    ).toEqual([]);
  });
  it('typed: the global declared by a typing stays the vendor', () => {
    expect(
      typedReports(
        "import type { Member } from './types';\ndeclare global { interface Window { Sentry: { setUser(u: unknown): void } } }\nexport function f(m: Member) { window.Sentry.setUser({ id: m.id, plan: m.plan }); }",
      ),
    ).toEqual(['3: user ID reaches Sentry setUser']);
  });
});
