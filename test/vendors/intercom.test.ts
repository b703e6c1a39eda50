import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Intercom', () => {
  it('reports settings given to the default Intercom() boot function', () => {
    expect(
      reports(
        `import Intercom from '@intercom/messenger-js-sdk';\nIntercom({ app_id: APP_ID, user_id: member.id, email: user.email });`,
      ),
    ).toEqual(['2: user ID reaches Intercom Intercom', '2: email reaches Intercom Intercom']);
  });
  it('reports update and trackEvent named exports', () => {
    expect(
      reports(
        `import { update, trackEvent } from '@intercom/messenger-js-sdk';\nupdate({ phone: customer.phone });\ntrackEvent('invited', { invitee_email: invitee.email });`,
      ),
    ).toEqual(['2: phone number reaches Intercom update', '3: email reaches Intercom trackEvent']);
  });
  it('reports the global command function and the intercomSettings assignment', () => {
    expect(
      reports(
        `window.intercomSettings = { app_id: APP_ID, name: user.name };\nwindow.Intercom('update', { email: user.email });`,
      ),
    ).toEqual(['1: name reaches Intercom intercomSettings', "2: email reaches Intercom Intercom('update')"]);
  });
  it('reports boot props from the react-use-intercom hook', () => {
    expect(
      reports(
        `import { useIntercom } from 'react-use-intercom';\nconst { boot } = useIntercom();\nboot({ userId: member.id, plan: 'pro' });`,
      ),
    ).toEqual(['3: user ID reaches Intercom boot']);
  });
  it('stays silent on neutral events and attributes', () => {
    expect(
      reports(
        `import Intercom, { trackEvent } from '@intercom/messenger-js-sdk';\nIntercom({ app_id: APP_ID });\ntrackEvent('export-clicked', { format: 'csv' });\nwindow.Intercom('update', { last_request_at: now });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const intercom = { boot(_s: unknown) {}, update(_s: unknown) {} };\nintercom.boot({ email: user.email });\nintercom.update({ user_id: member.id });`,
      ),
    ).toEqual([]);
  });
});
