import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Chameleon', () => {
  it('reports identify from the npm package', () => {
    expect(
      reports(
        `import * as chmln from '@chamaeleonidae/chmln';\nchmln.init(TOKEN);\nchmln.identify(member.id, { email: user.email, role: user.role });`,
      ),
    ).toEqual([
      '3: user ID reaches Chameleon identify (identity argument)',
      '3: email reaches Chameleon identify',
    ]);
  });
  it('reports the chmln global and the legacy setup', () => {
    expect(
      reports(
        `window.chmln.identify(member.id, { name: user.fullName });\nchmln.setup({ uid: member.id, email: user.email });`,
      ),
    ).toEqual([
      '1: user ID reaches Chameleon identify (identity argument)',
      '1: name reaches Chameleon identify',
      '2: user ID reaches Chameleon setup',
      '2: email reaches Chameleon setup',
    ]);
  });
  it('reports a named import', () => {
    expect(
      reports(
        `import { identify } from '@chamaeleonidae/chmln';\nidentify(member.id, { company: { uid: company.id, plan: 'pro' }, phone: customer.phone });`,
      ),
    ).toEqual([
      '2: user ID reaches Chameleon identify (identity argument)',
      '2: organization ID reaches Chameleon identify',
      '2: phone number reaches Chameleon identify',
    ]);
  });
  it('stays silent on neutral properties and events', () => {
    expect(
      reports(`chmln.identify(anonymousId, { plan: plan.name, logins: 3 });\nchmln.track('PLAN_CHANGED');`),
    ).toEqual([]);
  });
  it('stays silent on a local chmln object', () => {
    expect(
      reports(
        `const chmln = { identify(..._a: unknown[]) {} };\nchmln.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
