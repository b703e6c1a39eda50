import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Snowplow', () => {
  it('reports setUserId through a named import', () => {
    expect(reports(`import { setUserId } from '@snowplow/browser-tracker';\nsetUserId(member.id);`)).toEqual([
      '2: user ID reaches Snowplow setUserId (identity argument)',
    ]);
  });
  it('reports self-describing event data and entities', () => {
    expect(
      reports(
        `import { trackSelfDescribingEvent } from '@snowplow/browser-tracker';\ntrackSelfDescribingEvent({\n  event: { schema: SCHEMA, data: { email: invitee.email } },\n  context: [{ schema: USER_SCHEMA, data: { ...user } }],\n});`,
      ),
    ).toEqual([
      '3: email reaches Snowplow trackSelfDescribingEvent',
      '4: whole user object reaches Snowplow trackSelfDescribingEvent',
    ]);
  });
  it('reports the tag command function', () => {
    expect(
      reports(
        `window.snowplow('setUserId', user.email);\nsnowplow('trackStructEvent', { category: 'invite', action: 'send', label: invitee.email });`,
      ),
    ).toEqual([
      "1: email reaches Snowplow snowplow('setUserId') (identity argument)",
      "2: email reaches Snowplow snowplow('trackStructEvent')",
    ]);
  });
  it('reports a tracker returned by newTracker', () => {
    expect(
      reports(
        `import { newTracker } from '@snowplow/browser-tracker';\nconst tracker = newTracker('sp1', COLLECTOR, { appId: 'web' });\ntracker?.setUserId(member.id);`,
      ),
    ).toEqual(['3: user ID reaches Snowplow setUserId (identity argument)']);
  });
  it('stays silent on neutral events', () => {
    expect(
      reports(
        `import { trackPageView, trackStructEvent } from '@snowplow/browser-tracker';\ntrackPageView();\ntrackStructEvent({ category: 'export', action: 'click', label: 'csv' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local function with the same name', () => {
    expect(
      reports(
        `const snowplow = (..._a: unknown[]) => {};\nsnowplow('setUserId', member.id);\nconst setUserId = (_id: string) => {};\nsetUserId(user.email);`,
      ),
    ).toEqual([]);
  });
});
