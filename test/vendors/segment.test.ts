import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

/** `no-pii-in-urls` reports, without the advice after the place. */
const pageViewReports = (code: string) =>
  reports(code, { rule: 'no-pii-in-urls' }).map((m) => m.replace(/\): .*$/, ')'));

describe('Segment', () => {
  it('analytics-next: identify, alias, group, page and track', () => {
    expect(
      reports(`import { AnalyticsBrowser } from '@segment/analytics-next';
const analytics = AnalyticsBrowser.load({ writeKey: 'k' });
analytics.identify(member.id, { email: member.email, plan: 'pro' });
analytics.alias(member.id);
analytics.group(workspace.id, { name: workspace.name });
analytics.page('Docs', 'Intro', { viewer: viewer.displayName });
analytics.track('Invited', { invitee_email: invite.email }, { context: { ip: request.ip } });`),
    ).toEqual([
      '3: user ID reaches Segment identify (identity argument)',
      '3: email reaches Segment identify',
      '4: user ID reaches Segment alias (identity argument)',
      '5: organization ID reaches Segment group (identity argument)',
      '6: name reaches Segment page',
      '7: email reaches Segment track',
      '7: IP address reaches Segment track',
    ]);
  });

  it('identify with traits only (the optional user id left out)', () => {
    expect(reports('window.analytics.identify({ email: user.email });')).toEqual([
      '1: email reaches Segment identify',
    ]);
  });

  it('node: one message object per call', () => {
    expect(
      reports(`import { Analytics } from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: 'k' });
analytics.track({ userId: user.id, event: 'Exported', properties: { rows: 10 } });
analytics.identify({ anonymousId: anonId, traits: { phone: user.phone } });`),
    ).toEqual(['3: user ID reaches Segment track', '4: phone number reaches Segment identify']);
  });

  it('legacy analytics-node, required', () => {
    expect(
      reports(
        "const Analytics = require('analytics-node');\nconst client = new Analytics('k');\nclient.identify({ userId: customer.id });",
        { filename: 'a.cjs' },
      ),
    ).toEqual(['3: user ID reaches Segment identify']);
  });

  it('stays silent on anonymous ids, event properties without people, and non-Segment objects', () => {
    expect(
      reports(`import { Analytics } from '@segment/analytics-node';
const analytics = new Analytics({ writeKey: 'k' });
analytics.track({ anonymousId: installationId(dir), event: 'CLI Run', properties: { command, duration_ms: ms } });
const local = { track() {} };
local.track({ userId: user.id });`),
    ).toEqual([]);
  });

  it('page views: the page properties of page(), on clients named analytics or segment (no-pii-in-urls)', () => {
    expect(
      pageViewReports(
        "analytics.page('Docs', { url: `/p?email=${value}`, search: `?phone=${value}`, title: 'Inbox of jane@example.com' });\n" +
          'window.analytics.page({ referrer: `/r?email=${value}` });\n' +
          'segmentClient.page({ path: `/p?email=${value}` });\n' +
          'cart.page({ url: `/p?email=${value}` });',
      ),
    ).toEqual([
      '1: email in a URL (page() url)',
      '1: phone number in a URL (page() search)',
      '1: email in the page title (page() title)',
      '2: email in a URL (page() referrer)',
      '3: email in a URL (page() path)',
    ]);
  });
});
