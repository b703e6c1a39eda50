import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('LogRocket', () => {
  it('reports the user ID and traits given to identify', () => {
    expect(
      reports(
        `import LogRocket from 'logrocket';\nLogRocket.identify(member.id, { name: user.name, plan: 'pro' });`,
      ),
    ).toEqual([
      '2: user ID reaches LogRocket identify (identity argument)',
      '2: name reaches LogRocket identify',
    ]);
  });
  it('reports event properties through require', () => {
    expect(
      reports(
        `const LogRocket = require('logrocket');\nLogRocket.track('Checkout', { email: customer.email });`,
      ),
    ).toEqual(['2: email reaches LogRocket track']);
  });
  it('reports console-style log arguments on the global', () => {
    expect(reports(`window.LogRocket.info('Invite sent to', invitee.email);`)).toEqual([
      '1: email reaches LogRocket info',
    ]);
  });
  it('reports capture options but not the error', () => {
    expect(
      reports(
        `import LogRocket from 'logrocket';\nLogRocket.captureException(error, { extra: { phone: customer.phone } });`,
      ),
    ).toEqual(['2: phone number reaches LogRocket captureException']);
  });
  it('stays silent on neutral events and errors', () => {
    expect(
      reports(
        `import LogRocket from 'logrocket';\nLogRocket.init('acme/app');\nLogRocket.track('Export Clicked', { format: 'csv' });\nLogRocket.captureException(error);`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const LogRocket = { identify(..._a: unknown[]) {}, track(..._a: unknown[]) {} };\nLogRocket.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
