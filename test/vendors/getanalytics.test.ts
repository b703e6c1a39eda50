import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Analytics (getanalytics.io)', () => {
  it('reports identify on an Analytics() instance', () => {
    expect(
      reports(
        `import Analytics from 'analytics';\nconst analytics = Analytics({ app: 'my-app', plugins: [] });\nanalytics.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([
      '3: user ID reaches Analytics (getanalytics.io) identify (identity argument)',
      '3: email reaches Analytics (getanalytics.io) identify',
    ]);
  });
  it('reports track from the useAnalytics hook', () => {
    expect(
      reports(
        `import { useAnalytics } from 'use-analytics';\nfunction Signup() {\n  const { track } = useAnalytics();\n  track('Signed Up', { phone: customer.phone });\n}`,
      ),
    ).toEqual(['4: phone number reaches Analytics (getanalytics.io) track']);
  });
  it('reports a user object spread into page data', () => {
    expect(
      reports(
        `import { Analytics } from 'analytics';\nconst a = Analytics({ app: 'x' });\na.page({ ...user });`,
      ),
    ).toEqual(['3: whole user object reaches Analytics (getanalytics.io) page']);
  });
  it('stays silent on neutral payloads', () => {
    expect(
      reports(
        `import Analytics from 'analytics';\nconst analytics = Analytics({ app: 'my-app' });\nanalytics.track('cartCheckout', { item: 'pink socks', price: 20 });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const analytics = { identify(..._a: unknown[]) {} };\nanalytics.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
