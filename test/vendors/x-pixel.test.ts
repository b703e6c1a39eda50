import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('X Pixel', () => {
  it('reports identity fields in event parameters', () => {
    expect(
      reports(`twq('event', 'tw-abc-def', { email_address: user.email, phone_number: customer.phone });`),
    ).toEqual(["1: email reaches X Pixel twq('event')", "1: phone number reaches X Pixel twq('event')"]);
  });
  it('reports through window.twq and a wrapper', () => {
    expect(
      reports(
        `const send = (p: object) => window.twq('event', 'tw-abc-def', p);\nsend({ email_address: user.email });`,
      ),
    ).toEqual(["2: email reaches X Pixel twq('event') through send"]);
  });
  it('reports a phone number held in a variable', () => {
    expect(
      reports(`const params = { phone_number: customer.phone };\nwindow.twq('event', 'tw-abc-def', params);`),
    ).toEqual(["1: phone number reaches X Pixel twq('event')"]);
  });
  it('stays silent on conversion values', () => {
    expect(
      reports(
        `twq('config', 'abc');\ntwq('event', 'tw-abc-def', { value: cart.total, currency: 'USD', conversion_id: order.id });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local twq function', () => {
    expect(
      reports(`function twq(..._a: unknown[]) {}\ntwq('event', 'x', { email_address: user.email });`),
    ).toEqual([]);
  });
});
