import { describe, expect, it } from 'vitest';
import { reports, typedReports } from '../helpers/lint.js';

describe('Datadog', () => {
  it('reports personal data in RUM setUser', () => {
    expect(
      reports(
        `import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.setUser({ id: member.id, name: user.name, plan: 'pro' });`,
      ),
    ).toEqual(['2: user ID reaches Datadog setUser', '2: name reaches Datadog setUser']);
  });
  it('reports a user property keyed by name and account properties', () => {
    expect(
      reports(
        `import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.setUserProperty('email', profile.value);\ndatadogRum.setAccount({ id: team.id, tier: 'gold' });`,
      ),
    ).toEqual(['2: email reaches Datadog setUserProperty', '3: organization ID reaches Datadog setAccount']);
  });
  it('reports action context on the DD_RUM global', () => {
    expect(reports(`window.DD_RUM.addAction('checkout', { phone: customer.phone });`)).toEqual([
      '1: phone number reaches Datadog addAction',
    ]);
  });
  it('reports log context on the default logger and on a created logger', () => {
    expect(
      reports(
        `import { datadogLogs } from '@datadog/browser-logs';\ndatadogLogs.logger.info('Signup', { email: user.email });\nconst audit = datadogLogs.createLogger('audit');\naudit.warn('Password reset', { ...user });`,
      ),
    ).toEqual(['2: email reaches Datadog logger.info', '4: whole user object reaches Datadog logger.warn']);
  });
  it('reports global context on DD_LOGS (require)', () => {
    expect(
      reports(
        `const { datadogLogs } = require('@datadog/browser-logs');\ndatadogLogs.setGlobalContextProperty('userId', member.id);`,
      ),
    ).toEqual(['2: user ID reaches Datadog setGlobalContextProperty']);
  });
  it('stays silent on errors and neutral context', () => {
    expect(
      reports(
        `import { datadogRum } from '@datadog/browser-rum';\ndatadogRum.addError(error);\ndatadogRum.addAction('Export Clicked', { format: 'csv' });\ndatadogRum.setGlobalContextProperty('release', version);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const datadogRum = { setUser(u: unknown) { return u; } };\ndatadogRum.setUser({ email: user.email });\nconst logger = { info(..._a: unknown[]) {} };\nlogger.info('x', { email: user.email });`,
      ),
    ).toEqual([]);
  });
});

describe('Datadog: the snippet globals without imports, and dd-trace', () => {
  it('reports DD_RUM and DD_LOGS used bare and through window in a file that imports nothing', () => {
    expect(
      reports(
        `DD_RUM.onReady(function () {\n  DD_RUM.setUser({ id: member.id, email: user.email });\n});\nwindow.DD_RUM && window.DD_RUM.setGlobalContextProperty('customerPhone', customer.phone);\nwindow.DD_LOGS.logger.info('Signup', { email: user.email });`,
      ),
    ).toEqual([
      '2: user ID reaches Datadog setUser',
      '2: email reaches Datadog setUser',
      '4: phone number reaches Datadog setGlobalContextProperty',
      '5: email reaches Datadog logger.info',
    ]);
  });
  it('stays silent on a local DD_RUM bound to something else', () => {
    expect(
      reports(
        `const DD_RUM = { setUser(_u: unknown) {} };\nDD_RUM.setUser({ email: user.email });\nfunction f(DD_LOGS: { logger: { info(m: string, c: unknown): void } }) { DD_LOGS.logger.info('x', { email: user.email }); }`,
      ),
    ).toEqual([]);
  });
  it('reports setUser, span tags and App and API Protection user events of dd-trace', () => {
    expect(
      reports(
        `const tracer = require('dd-trace').init();\ntracer.setUser({ id: member.id, email: user.email, name: user.name });\ntracer.trace('checkout', (span) => { span.setTag('customer.email', customer.email); });\ntracer.scope().active()?.addTags({ phone: customer.phone, plan: 'pro' });\ntracer.appsec.trackUserLoginSuccessEvent({ id: member.id }, { plan: 'pro' });\ntracer.appsec.eventTrackingV2.trackUserLoginFailure(form.email, false);`,
      ),
    ).toEqual([
      '2: user ID reaches Datadog tracer.setUser',
      '2: email reaches Datadog tracer.setUser',
      '2: name reaches Datadog tracer.setUser',
      '3: email reaches Datadog span.setTag',
      '4: phone number reaches Datadog span.addTags',
      '5: user ID reaches Datadog appsec.trackUserLoginSuccessEvent',
      '6: email reaches Datadog appsec.eventTrackingV2.trackUserLoginFailure (identity argument)',
    ]);
  });
  it('reports span tags of startSpan (default import)', () => {
    expect(
      reports(
        `import tracer from 'dd-trace';\ntracer.init({ service: 'web' });\ntracer.startSpan('op', { tags: { 'usr.email': user.email } }).setTag('plan', 'pro');`,
      ),
    ).toEqual(['3: email reaches Datadog tracer.startSpan']);
  });
  it('stays silent on technical tags, hashed users and a local tracer', () => {
    expect(
      reports(
        `import tracer from 'dd-trace';\ntracer.init();\ntracer.trace('db.query', { tags: { 'db.statement': 'SELECT 1' } }, (span) => span?.setTag('rows', rows.length));\ntracer.setUser({ id: sha256(member.id) });\nconst local = { setUser(_u: unknown) {} };\nlocal.setUser({ email: user.email });`,
      ),
    ).toEqual([]);
  });
  it('typed: dd-trace with typed data', () => {
    expect(
      typedReports(
        "import tracer from 'dd-trace';\nimport type { EmailAddress, Member } from './types';\nexport function f(m: Member, to: EmailAddress) {\n  tracer.setUser({ id: m.id });\n  tracer.scope().active()?.setTag('invite.to', to);\n}",
      ),
    ).toEqual(['4: user ID reaches Datadog tracer.setUser', '5: email reaches Datadog span.setTag']);
  });
  it('reports the other App and API Protection calls of dd-trace', () => {
    expect(
      reports(
        `import tracer from 'dd-trace';\ntracer.appsec.setUser({ id: member.id });\ntracer.appsec.trackCustomEvent('invite', { email: user.email });\ntracer.appsec.trackUserLoginFailureEvent(member.id, true, { ip: req.ip });\ntracer.appsec.eventTrackingV2.trackUserLoginSuccess(user.email, member.id);`,
      ),
    ).toEqual([
      '2: user ID reaches Datadog appsec.setUser',
      '3: email reaches Datadog appsec.trackCustomEvent',
      '4: user ID reaches Datadog appsec.trackUserLoginFailureEvent (identity argument)',
      '4: IP address reaches Datadog appsec.trackUserLoginFailureEvent',
      '5: email reaches Datadog appsec.eventTrackingV2.trackUserLoginSuccess (identity argument)',
      '5: user ID reaches Datadog appsec.eventTrackingV2.trackUserLoginSuccess (identity argument)',
    ]);
  });
});
