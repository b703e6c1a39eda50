import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../helpers/lint.js';

describe('Microsoft UET', () => {
  it('reports enhanced conversion data pushed with set', () => {
    expect(
      reports(
        `window.uetq = window.uetq || [];\nwindow.uetq.push('set', { pid: { em: customer.email, ph: customer.phone } });`,
      ),
    ).toEqual([
      adMatching(2, 'email', 'Microsoft UET', "uetq.push('set')"),
      adMatching(2, 'phone number', 'Microsoft UET', "uetq.push('set')"),
    ]);
  });
  it('reports event parameters', () => {
    expect(reports(`uetq.push('event', 'submit_lead_form', { event_label: user.email });`)).toEqual([
      "1: email reaches Microsoft UET uetq.push('event')",
    ]);
  });
  it('reports data held in a variable and pushed onto window.uetq', () => {
    expect(reports(`const pid = { em: user.email };\nwindow.uetq.push('set', { pid });`)).toEqual([
      adMatching(1, 'email', 'Microsoft UET', "uetq.push('set')"),
    ]);
  });
  it('stays silent on revenue values', () => {
    expect(
      reports(`uetq.push('event', 'purchase', { revenue_value: cart.total, currency: 'USD' });`),
    ).toEqual([]);
  });
  it('stays silent on a local uetq array', () => {
    expect(reports(`const uetq: unknown[] = [];\nuetq.push('set', { pid: { em: user.email } });`)).toEqual(
      [],
    );
  });
});
