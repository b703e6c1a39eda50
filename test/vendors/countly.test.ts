import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Countly', () => {
  it('reports user details from the countly-sdk-web import', () => {
    expect(
      reports(
        `import Countly from 'countly-sdk-web';\nCountly.init({ app_key: KEY, url: URL, device_id: member.id });\nCountly.user_details({ name: user.fullName, email: user.email, organization: 'Acme' });`,
      ),
    ).toEqual([
      '2: user ID reaches Countly init',
      '3: name reaches Countly user_details',
      '3: email reaches Countly user_details',
    ]);
  });
  it('reports the async queue', () => {
    expect(
      reports(
        `Countly.q.push(['add_event', { key: 'invite', segmentation: { invitee: invitee.email } }]);\nCountly.q.push(['userData.set', 'phone', customer.phone]);`,
      ),
    ).toEqual([
      "1: email reaches Countly q.push(['add_event'])",
      "2: phone number reaches Countly q.push(['userData.set'])",
    ]);
  });
  it('reports add_event, change_id and userData on the global', () => {
    expect(
      reports(
        `window.Countly.add_event({ key: 'buy', segmentation: { email: user.email } });\nCountly.change_id(member.id, true);\nCountly.userData.set('phone', customer.phone);`,
      ),
    ).toEqual([
      '1: email reaches Countly add_event',
      '2: user ID reaches Countly change_id (identity argument)',
      '3: phone number reaches Countly userData.set',
    ]);
  });
  it('stays silent on neutral events', () => {
    expect(
      reports(
        `Countly.q.push(['track_sessions']);\nCountly.q.push(['add_event', { key: 'click', count: 1, segmentation: { button: 'signup' } }]);\nCountly.add_event({ key: 'purchase', sum: cart.total });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local Countly object', () => {
    expect(
      reports(
        `const Countly = { user_details(_u: unknown) {} };\nCountly.user_details({ email: user.email });`,
      ),
    ).toEqual([]);
  });
});
