import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

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
      '3: user ID reaches Segment identify',
      '3: email reaches Segment identify',
      '4: user ID reaches Segment alias',
      '5: organization ID reaches Segment group',
      '6: name reaches Segment page',
      '7: email reaches Segment track',
      '7: IP address reaches Segment track',
    ]);
  });

  it('identify with traits only (the optional user id left out)', () => {
    expect(reports("window.analytics.identify({ email: user.email });")).toEqual(['1: email reaches Segment identify']);
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
    expect(reports("const Analytics = require('analytics-node');\nconst client = new Analytics('k');\nclient.identify({ userId: customer.id });", { filename: 'a.cjs' })).toEqual([
      '3: user ID reaches Segment identify',
    ]);
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
});
