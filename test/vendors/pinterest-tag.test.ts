import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../helpers/lint.js';

describe('Pinterest Tag', () => {
  it("reports enhanced match data in pintrk('load')", () => {
    expect(reports(`pintrk('load', '2613041334883', { em: user.email });`)).toEqual([
      adMatching(1, 'email', 'Pinterest Tag', "pintrk('load')"),
    ]);
  });
  it("reports pintrk('set') and event data", () => {
    expect(
      reports(
        `window.pintrk('set', { em: customer.email });\npintrk('track', 'signup', { lead_type: 'Newsletter', phone: customer.phone });`,
      ),
    ).toEqual([
      adMatching(1, 'email', 'Pinterest Tag', "pintrk('set')"),
      "2: phone number reaches Pinterest Tag pintrk('track')",
    ]);
  });
  it('reports data reaching pintrk through a local wrapper', () => {
    expect(
      reports(
        `const track = (data: object) => window.pintrk('track', 'lead', data);\ntrack({ em: user.email });`,
      ),
    ).toEqual(["2: email reaches Pinterest Tag pintrk('track') through track"]);
  });
  it('stays silent on checkout values', () => {
    expect(
      reports(
        `pintrk('page');\npintrk('track', 'checkout', { value: cart.total, order_quantity: 2, currency: 'USD' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local pintrk function', () => {
    expect(
      reports(`const pintrk = (..._a: unknown[]) => undefined;\npintrk('set', { em: user.email });`),
    ).toEqual([]);
  });
});
