import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

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
