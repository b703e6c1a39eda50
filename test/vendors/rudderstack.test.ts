import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

/** `no-pii-in-urls` reports, without the advice after the place. */
const pageViewReports = (code: string) =>
  reports(code, { rule: 'no-pii-in-urls' }).map((m) => m.replace(/\): .*$/, ')'));

describe('RudderStack', () => {
  it('reports identify on a RudderAnalytics instance', () => {
    expect(
      reports(
        `import { RudderAnalytics } from '@rudderstack/analytics-js';\nconst analytics = new RudderAnalytics();\nanalytics.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([
      '3: user ID reaches RudderStack identify (identity argument)',
      '3: email reaches RudderStack identify',
    ]);
  });
  it('reports track properties on the global', () => {
    expect(reports(`window.rudderanalytics.track('Order Completed', { phone: customer.phone });`)).toEqual([
      '1: phone number reaches RudderStack track',
    ]);
  });
  it('reports an organization ID given to group', () => {
    expect(reports(`rudderanalytics.group(org.id, { plan: 'pro' });`)).toEqual([
      '1: organization ID reaches RudderStack group (identity argument)',
    ]);
  });
  it('reports a Node SDK message (require)', () => {
    expect(
      reports(
        `const Analytics = require('@rudderstack/rudder-sdk-node');\nconst client = new Analytics(WRITE_KEY, { dataPlaneUrl: URL });\nclient.identify({ userId: member.id, traits: { email: user.email } });`,
      ),
    ).toEqual(['3: user ID reaches RudderStack identify', '3: email reaches RudderStack identify']);
  });
  it('stays silent on neutral properties', () => {
    expect(
      reports(`rudderanalytics.track('Order Completed', { revenue: order.total, currency: 'EUR' });`),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const rudderanalytics = { identify(..._a: unknown[]) {} };\nrudderanalytics.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });

  it('page views: the page properties of page() (no-pii-in-urls)', () => {
    expect(
      pageViewReports(
        'rudderanalytics.page({ url: `/p?email=${value}` });\nmyRudderClient.page({ title: "Inbox of jane@example.com" });',
      ),
    ).toEqual(['1: email in a URL (page() url)', '2: email in the page title (page() title)']);
  });
});
