import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../helpers/lint.js';

describe('Meta Pixel', () => {
  it('reports advanced matching data given to fbq init', () => {
    expect(reports(`fbq('init', PIXEL_ID, { em: user.email, ph: customer.phone });`)).toEqual([
      adMatching(1, 'email', 'Meta Pixel', "fbq('init')"),
      adMatching(1, 'phone number', 'Meta Pixel', "fbq('init')"),
    ]);
  });
  it('reports event parameters of fbq track through window', () => {
    expect(reports(`window.fbq('track', 'Lead', { email: lead.email, value: 10 });`)).toEqual([
      "1: email reaches Meta Pixel fbq('track')",
    ]);
  });
  it('reports ReactPixel.init advanced matching and trackCustom data', () => {
    expect(
      reports(
        `import ReactPixel from 'react-facebook-pixel';\nReactPixel.init(PIXEL_ID, { em: user.email });\nReactPixel.trackCustom('Invite', { ...user });`,
      ),
    ).toEqual([
      adMatching(2, 'email', 'Meta Pixel', 'init'),
      '3: whole user object reaches Meta Pixel trackCustom',
    ]);
  });
  it('reports fbq reached through ReactPixel.fbq (require)', () => {
    expect(
      reports(
        `const ReactPixel = require('react-facebook-pixel');\nReactPixel.fbq('trackSingle', PIXEL_ID, 'Purchase', { external_id: member.id });`,
      ),
    ).toEqual(["2: user ID reaches Meta Pixel fbq('trackSingle')"]);
  });
  it('stays silent on standard events with neutral data', () => {
    expect(
      reports(
        `fbq('init', PIXEL_ID);\nfbq('track', 'PageView');\nfbq('track', 'Purchase', { value: order.total, currency: 'USD' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local function with the same name', () => {
    expect(reports(`function fbq(..._a: unknown[]) {}\nfbq('init', PIXEL_ID, { em: user.email });`)).toEqual(
      [],
    );
  });
});
