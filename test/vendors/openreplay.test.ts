import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('OpenReplay', () => {
  it('reports the user ID and metadata given to start', () => {
    expect(
      reports(
        `import Tracker from '@openreplay/tracker';\nconst tracker = new Tracker({ projectKey: KEY });\ntracker.start({ userID: user.email, metadata: { phone: customer.phone, plan: 'free' } });`,
      ),
    ).toEqual(['3: email reaches OpenReplay start', '3: phone number reaches OpenReplay start']);
  });
  it('reports setUserID, setMetadata and events on the singleton', () => {
    expect(
      reports(
        `import { tracker } from '@openreplay/tracker';\ntracker.setUserID(member.id);\ntracker.setMetadata('email', user.email);\ntracker.event('invite', { invitee: invitee.email });`,
      ),
    ).toEqual([
      '2: user ID reaches OpenReplay setUserID (identity argument)',
      '3: email reaches OpenReplay setMetadata',
      '4: email reaches OpenReplay event',
    ]);
  });
  it('reports the analytics module', () => {
    expect(
      reports(
        `import { tracker } from '@openreplay/tracker/cjs';\ntracker.analytics.identify(member.id);\ntracker.analytics.people.setProperties({ email: user.email });`,
      ),
    ).toEqual([
      '2: user ID reaches OpenReplay analytics.identify (identity argument)',
      '3: email reaches OpenReplay analytics.people.setProperties',
    ]);
  });
  it('stays silent on neutral metadata and errors', () => {
    expect(
      reports(
        `import { tracker } from '@openreplay/tracker';\ntracker.setMetadata('plan', plan.name);\ntracker.handleError(error);\ntracker.event('export', { format: 'csv' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local tracker object', () => {
    expect(reports(`const tracker = { setUserID(_id: string) {} };\ntracker.setUserID(member.id);`)).toEqual(
      [],
    );
  });
});
