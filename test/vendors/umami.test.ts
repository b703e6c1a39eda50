import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Umami', () => {
  it('reports identify on the umami global', () => {
    expect(reports(`umami.identify(member.id, { email: user.email });`)).toEqual([
      '1: user ID reaches Umami identify (identity argument)',
      '1: email reaches Umami identify',
    ]);
  });
  it('reports event data sent by @umami/node', () => {
    expect(
      reports(
        `import umami from '@umami/node';\numami.init({ websiteId: ID, hostUrl: HOST });\numami.track('signup', { email: user.email });\numami.identify({ phone: customer.phone });`,
      ),
    ).toEqual(['3: email reaches Umami track', '4: phone number reaches Umami identify']);
  });
  it('reports the useUmami hook', () => {
    expect(
      reports(
        `import { useUmami } from 'umami-analytics-react';\nconst { track } = useUmami();\ntrack('checkout', { buyer: customer.email });`,
      ),
    ).toEqual(['3: email reaches Umami track']);
  });
  it('stays silent on neutral events', () => {
    expect(
      reports(
        `window.umami.track('signup-button');\numami.track('purchase', { product: product.name, price: product.price });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local umami object', () => {
    expect(
      reports(
        `const umami = { identify(..._a: unknown[]) {} };\numami.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
