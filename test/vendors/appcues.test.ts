import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Appcues', () => {
  it('reports identify and group on the web global', () => {
    expect(
      reports(
        `window.Appcues.identify(member.id, { email: user.email });\nAppcues.group(org.id, { name: org.name });`,
      ),
    ).toEqual([
      '1: user ID reaches Appcues identify (identity argument)',
      '1: email reaches Appcues identify',
      '2: organization ID reaches Appcues group (identity argument)',
    ]);
  });
  it('reports the React Native module', () => {
    expect(
      reports(
        `import * as Appcues from '@appcues/react-native';\nAppcues.identify(member.id);\nAppcues.track('Sent Message', { recipient: contact.email });`,
      ),
    ).toEqual(['2: user ID reaches Appcues identify (identity argument)', '3: email reaches Appcues track']);
  });
  it('reports the Capacitor plugin', () => {
    expect(
      reports(
        `import { Appcues } from '@appcues/capacitor';\nAppcues.identify({ userId: member.id, properties: { phone: customer.phone } });`,
      ),
    ).toEqual(['2: user ID reaches Appcues identify', '2: phone number reaches Appcues identify']);
  });
  it('stays silent on neutral events and pages', () => {
    expect(
      reports(
        `Appcues.page();\nAppcues.track('Exported report', { format: 'csv' });\nAppcues.identify(anonymousId, { plan: plan.name });`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local Appcues object', () => {
    expect(
      reports(
        `const Appcues = { identify(..._a: unknown[]) {} };\nAppcues.identify(member.id, { email: user.email });`,
      ),
    ).toEqual([]);
  });
});
