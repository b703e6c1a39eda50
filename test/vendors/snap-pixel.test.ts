import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../helpers/lint.js';

describe('Snap Pixel', () => {
  it("reports user matching data in snaptr('init')", () => {
    expect(
      reports(`snaptr('init', 'PIXEL', { user_email: user.email, user_phone_number: customer.phone });`),
    ).toEqual([
      adMatching(1, 'email', 'Snap Pixel', "snaptr('init')"),
      adMatching(1, 'phone number', 'Snap Pixel', "snaptr('init')"),
    ]);
  });
  it('reports event parameters through window.snaptr', () => {
    expect(
      reports(`window.snaptr('track', 'SIGN_UP', { sign_up_method: 'email', user_email: user.email });`),
    ).toEqual(["1: email reaches Snap Pixel snaptr('track')"]);
  });
  it('reports data reaching snaptr through a local wrapper', () => {
    expect(
      reports(
        `function init(match: object) { self.snaptr('init', 'PIXEL', match); }\ninit({ user_email: customer.email });`,
      ),
    ).toEqual([adMatching(2, 'email', 'Snap Pixel', "snaptr('init')")]);
  });
  it('stays silent on purchase values', () => {
    expect(
      reports(
        `snaptr('init', 'PIXEL', {});\nsnaptr('track', 'PURCHASE', { price: cart.total, currency: 'USD', transaction_id: order.id });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local snaptr function', () => {
    expect(
      reports(`function snaptr(..._a: unknown[]) {}\nsnaptr('init', 'PIXEL', { user_email: user.email });`),
    ).toEqual([]);
  });
});
