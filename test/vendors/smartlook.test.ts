import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Smartlook', () => {
  it('reports identify from smartlook-client', () => {
    expect(
      reports(
        `import Smartlook from 'smartlook-client';\nSmartlook.init(KEY);\nSmartlook.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([
      '3: user ID reaches Smartlook identify (identity argument)',
      '3: email reaches Smartlook identify',
    ]);
  });
  it('reports events and session properties', () => {
    expect(
      reports(
        `import Smartlook from 'smartlook-client';\nSmartlook.track('checkout', { buyer: customer.email });\nSmartlook.properties({ phone: customer.phone });`,
      ),
    ).toEqual(['2: email reaches Smartlook track', '3: phone number reaches Smartlook properties']);
  });
  it('reports the smartlook command function', () => {
    expect(reports(`window.smartlook('identify', member.id, { name: user.fullName });`)).toEqual([
      "1: user ID reaches Smartlook smartlook('identify') (identity argument)",
      "1: name reaches Smartlook smartlook('identify')",
    ]);
  });
  it('stays silent on neutral events and recording settings', () => {
    expect(
      reports(
        `import Smartlook from 'smartlook-client';\nSmartlook.record({ forms: false, emails: false });\nSmartlook.track('export', { format: 'pdf' });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local Smartlook object', () => {
    expect(
      reports(
        `const Smartlook = { identify(..._a: unknown[]) {} };\nSmartlook.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
