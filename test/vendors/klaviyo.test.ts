import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Klaviyo', () => {
  it('reports profile fields given to klaviyo.identify', () => {
    expect(
      reports(`klaviyo.identify({ email: user.email, first_name: user.firstName, plan: 'pro' });`),
    ).toEqual(['1: email reaches Klaviyo identify', '1: name reaches Klaviyo identify']);
  });
  it('reports the legacy _learnq queue', () => {
    expect(
      reports(
        `window._learnq.push(['identify', { $email: user.email }]);\n_learnq.push(['track', 'Viewed Product', { buyer_phone: customer.phone }]);`,
      ),
    ).toEqual([
      "1: email reaches Klaviyo _learnq.push(['identify'])",
      "2: phone number reaches Klaviyo _learnq.push(['track'])",
    ]);
  });
  it('reports event properties and the queue form of the klaviyo object', () => {
    expect(
      reports(
        `window.klaviyo.track('Started Checkout', { email: user.email });\nklaviyo.push(['identify', { $phone_number: customer.phone }]);`,
      ),
    ).toEqual(['1: email reaches Klaviyo track', "2: phone number reaches Klaviyo push(['identify'])"]);
  });
  it('stays silent on product events', () => {
    expect(
      reports(`klaviyo.track('Viewed Product', { ProductName: product.name, Price: product.price });`),
    ).toEqual([]);
  });
  it('stays silent on a local klaviyo object', () => {
    expect(
      reports(`const klaviyo = { identify(_p: unknown) {} };\nklaviyo.identify({ email: user.email });`),
    ).toEqual([]);
  });
});
