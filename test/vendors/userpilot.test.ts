import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Userpilot', () => {
  it('reports identify from the npm package', () => {
    expect(
      reports(
        `import { Userpilot } from 'userpilot';\nUserpilot.initialize(TOKEN);\nUserpilot.identify(member.id, { name: user.fullName, email: user.email });`,
      ),
    ).toEqual([
      '3: user ID reaches Userpilot identify (identity argument)',
      '3: name reaches Userpilot identify',
      '3: email reaches Userpilot identify',
    ]);
  });
  it('reports track and group on the global', () => {
    expect(
      reports(
        `window.userpilot.track('Invited teammate', { invitee: invitee.email });\nuserpilot.group(company.id, { name: company.name });`,
      ),
    ).toEqual([
      '1: email reaches Userpilot track',
      '2: organization ID reaches Userpilot group (identity argument)',
    ]);
  });
  it('reports user properties built in a variable', () => {
    expect(
      reports(`const props = { plan: 'pro', phone: customer.phone };\nuserpilot.identify(member.id, props);`),
    ).toEqual([
      '1: phone number reaches Userpilot identify',
      '2: user ID reaches Userpilot identify (identity argument)',
    ]);
  });
  it('stays silent on neutral events and settings', () => {
    expect(
      reports(
        `window.userpilotSettings = { token: TOKEN };\nuserpilot.track('Clicked upgrade', { plan: plan.name });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local userpilot object', () => {
    expect(
      reports(
        `const userpilot = { identify(..._a: unknown[]) {} };\nuserpilot.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
