import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

const browser = "import mixpanel from 'mixpanel-browser';\n";
const node = "const Mixpanel = require('mixpanel');\nconst mp = Mixpanel.init('token');\n";

describe('Mixpanel', () => {
  it('browser: identity, profile, super properties, events and groups', () => {
    expect(
      reports(`${browser}mixpanel.identify(user.id);
mixpanel.people.set({ $email: user.email, $first_name: user.firstName, plan: 'pro' });
mixpanel.people.set('$phone', user.phone);
mixpanel.register({ user_email: user.email });
mixpanel.track('Checkout', { customer: customer.fullName });
mixpanel.set_group('company', org.id);
mixpanel.get_group('company', org.id).set({ owner_email: owner.email });
mixpanel.track_with_groups('Invite', { seats: 3 }, { company: org.id });`),
    ).toEqual([
      '2: user ID reaches Mixpanel identify (identity argument)',
      '3: email reaches Mixpanel people.set',
      '3: name reaches Mixpanel people.set',
      '4: phone number reaches Mixpanel people.set',
      '5: email reaches Mixpanel register',
      '6: name reaches Mixpanel track',
      '7: organization ID reaches Mixpanel set_group (identity argument)',
      '8: organization ID reaches Mixpanel get_group (identity argument)',
      '8: email reaches Mixpanel group.set',
      '9: organization ID reaches Mixpanel track_with_groups',
    ]);
  });

  it('a named instance returned by init is a client too', () => {
    expect(
      reports(`${browser}const second = mixpanel.init('t', {}, 'second');\nsecond.alias(member.email);`),
    ).toEqual(['3: email reaches Mixpanel alias (identity argument)']);
  });

  it('node: message positions of people.* and groups.set', () => {
    expect(
      reports(
        `${node}mp.people.set(customer.id, { $name: customer.name, orders: 3 });
mp.track('Order', { distinct_id: customer.id, order_id: order.id });
mp.groups.set('company_id', company.id, { plan: company.plan });`,
        { filename: 'server.cjs' },
      ),
    ).toEqual([
      '3: user ID reaches Mixpanel people.set (identity argument)',
      '3: name reaches Mixpanel people.set',
      '4: user ID reaches Mixpanel track',
      '5: organization ID reaches Mixpanel groups.set (identity argument)',
    ]);
  });

  it('stays silent on event names, plan names, counts, order ids and hashed ids', () => {
    expect(
      reports(`${browser}mixpanel.identify(sha256(user.id));
mixpanel.track('Upgraded', { plan: plan.name, seats: team.members.length, order_id: order.id });
mixpanel.people.set({ email_verified: user.emailVerified });`),
    ).toEqual([]);
  });

  it('a local object with the same methods is not Mixpanel', () => {
    expect(
      reports(
        'const mixpanelLike = { identify() {}, people: { set() {} } };\nmixpanelLike.identify(user.id);\nmixpanelLike.people.set({ $email: user.email });',
      ),
    ).toEqual([]);
  });
});
