import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Koala', () => {
  it('reports the email given to the ko global', () => {
    expect(reports(`window.ko.identify(user.email, { id: member.id });`)).toEqual([
      '1: email reaches Koala identify (identity argument)',
      '1: user ID reaches Koala identify',
    ]);
  });
  it('reports an SDK loaded from @getkoala/browser', () => {
    expect(
      reports(
        `import * as KoalaSDK from '@getkoala/browser';\nconst ko = await KoalaSDK.load({ project: 'acme' });\nko.track('Invited', { invitee: invitee.email });`,
      ),
    ).toEqual(['3: email reaches Koala track']);
  });
  it('reports the useKoala hook', () => {
    expect(
      reports(
        `import { useKoala } from '@getkoala/react';\nconst { koala } = useKoala();\nkoala.identify({ email: user.email, name: user.fullName });`,
      ),
    ).toEqual(['3: email reaches Koala identify', '3: name reaches Koala identify']);
  });
  it('stays silent on neutral events', () => {
    expect(reports(`ko.track('Viewed Pricing', { plan: plan.name });`)).toEqual([]);
  });
  it('stays silent on a local ko object', () => {
    expect(reports(`const ko = { identify(..._a: unknown[]) {} };\nko.identify(user.email);`)).toEqual([]);
  });
});
