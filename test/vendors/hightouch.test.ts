import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Hightouch', () => {
  it('reports identify on a loaded browser client', () => {
    expect(
      reports(
        `import { HtEventsBrowser } from '@ht-sdks/events-sdk-js-browser';\nconst htevents = HtEventsBrowser.load({ writeKey: KEY });\nhtevents.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([
      '3: user ID reaches Hightouch identify (identity argument)',
      '3: email reaches Hightouch identify',
    ]);
  });
  it('reports a user object spread into track on the global', () => {
    expect(reports(`window.htevents.track('Order Completed', { ...user });`)).toEqual([
      '1: whole user object reaches Hightouch track',
    ]);
  });
  it('reports the userId of a Node SDK message', () => {
    expect(
      reports(
        `import { HtEvents } from '@ht-sdks/events-sdk-js-node';\nconst ht = new HtEvents({ writeKey: KEY });\nht.identify({ userId: member.id });`,
      ),
    ).toEqual(['3: user ID reaches Hightouch identify']);
  });
  it('stays silent on neutral properties', () => {
    expect(reports(`htevents.track('Order Completed', { revenue: order.total, currency: 'EUR' });`)).toEqual(
      [],
    );
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const htevents = { identify(..._a: unknown[]) {} };\nhtevents.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
