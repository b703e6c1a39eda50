import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Gainsight PX', () => {
  it('reports the user and account objects given to identify', () => {
    expect(
      reports(
        `aptrinsic('identify', { id: member.id, email: user.email }, { id: account.id, name: account.name });`,
      ),
    ).toEqual([
      "1: user ID reaches Gainsight PX aptrinsic('identify')",
      "1: email reaches Gainsight PX aptrinsic('identify')",
      "1: organization ID reaches Gainsight PX aptrinsic('identify')",
    ]);
  });
  it('reports user attributes set later', () => {
    expect(
      reports(`window.aptrinsic('set', 'user', { firstName: user.firstName, phone: customer.phone });`),
    ).toEqual([
      "1: name reaches Gainsight PX aptrinsic('set')",
      "1: phone number reaches Gainsight PX aptrinsic('set')",
    ]);
  });
  it('reports event properties', () => {
    expect(reports(`aptrinsic('track', 'invite', { invitee: invitee.email });`)).toEqual([
      "1: email reaches Gainsight PX aptrinsic('track')",
    ]);
  });
  it('stays silent on global context and neutral events', () => {
    expect(
      reports(
        `aptrinsic('set', 'globalContext', { page: 'Home', version: '2.0' });\naptrinsic('track', 'purchased', { amount: cart.total });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local aptrinsic function', () => {
    expect(
      reports(
        `function aptrinsic(..._a: unknown[]) {}\naptrinsic('identify', { id: member.id, email: user.email });`,
      ),
    ).toEqual([]);
  });
});
