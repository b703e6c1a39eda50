import { describe, expect, it } from 'vitest';
import { adMatching, reports } from '../helpers/lint.js';

describe('TikTok Pixel', () => {
  it('reports advanced matching data given to ttq.identify', () => {
    expect(
      reports(`ttq.identify({ email: user.email, phone_number: customer.phone, external_id: member.id });`),
    ).toEqual([
      adMatching(1, 'email', 'TikTok Pixel', 'identify'),
      adMatching(1, 'phone number', 'TikTok Pixel', 'identify'),
      adMatching(1, 'user ID', 'TikTok Pixel', 'identify'),
    ]);
  });
  it('reports event parameters through window.ttq and a pixel instance', () => {
    expect(
      reports(
        `window.ttq.track('CompleteRegistration', { email: user.email });\nttq.instance('PIXEL').identify({ email: user.email });`,
      ),
    ).toEqual(['1: email reaches TikTok Pixel track', adMatching(2, 'email', 'TikTok Pixel', 'identify')]);
  });
  it('reports data reaching ttq through a local wrapper', () => {
    expect(
      reports(
        `const match = (traits: object) => window.ttq.identify(traits);\nmatch({ email: user.email });`,
      ),
    ).toEqual([adMatching(2, 'email', 'TikTok Pixel', 'identify')]);
  });
  it('stays silent on neutral event parameters', () => {
    expect(
      reports(
        `ttq.track('Purchase', { value: order.total, currency: 'EUR', content_id: product.id });\nttq.page();`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local ttq object', () => {
    expect(
      reports(`const ttq = { identify(_u: unknown) {} };\nttq.identify({ email: user.email });`),
    ).toEqual([]);
  });
});
