import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../helpers/lint.js';

describe('Reddit Pixel', () => {
  it("reports advanced matching data in rdt('init')", () => {
    expect(reports(`rdt('init', 't2_abc', { email: user.email, externalId: member.id });`)).toEqual([
      adMatching(1, 'email', 'Reddit Pixel', "rdt('init')"),
      adMatching(1, 'user ID', 'Reddit Pixel', "rdt('init')"),
    ]);
  });
  it('reports event parameters through window.rdt', () => {
    expect(reports(`window.rdt('track', 'SignUp', { phoneNumber: customer.phone });`)).toEqual([
      "1: phone number reaches Reddit Pixel rdt('track')",
    ]);
  });
  it('reports data reaching rdt through a local wrapper', () => {
    expect(
      reports(`const match = (m: object) => window.rdt('init', 't2_abc', m);\nmatch({ email: user.email });`),
    ).toEqual([adMatching(2, 'email', 'Reddit Pixel', "rdt('init')")]);
  });
  it('stays silent on conversion ids and values', () => {
    expect(
      reports(`rdt('track', 'Purchase', { conversionId: order.id, value: cart.total, currency: 'USD' });`),
    ).toEqual([]);
  });
  it('stays silent on a local rdt function', () => {
    expect(
      reports(`const rdt = (..._a: unknown[]) => 0;\nrdt('init', 't2_abc', { email: user.email });`),
    ).toEqual([]);
  });
});
