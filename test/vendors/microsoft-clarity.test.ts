import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Microsoft Clarity', () => {
  it('reports the custom ID and friendly name of Clarity.identify', () => {
    expect(
      reports(
        `import Clarity from '@microsoft/clarity';\nClarity.identify(member.id, undefined, undefined, user.name);`,
      ),
    ).toEqual([
      '2: user ID reaches Microsoft Clarity identify (identity argument)',
      '2: name reaches Microsoft Clarity identify',
    ]);
  });
  it('reports a tag value under a personal key', () => {
    expect(
      reports(`import Clarity from '@microsoft/clarity';\nClarity.setTag('email', user.email);`),
    ).toEqual(['2: email reaches Microsoft Clarity setTag']);
  });
  it("reports the custom ID of the global clarity('identify')", () => {
    expect(reports(`clarity('identify', member.id);`)).toEqual([
      "1: user ID reaches Microsoft Clarity clarity('identify') (identity argument)",
    ]);
  });
  it("reports a custom tag of window.clarity('set')", () => {
    expect(reports(`window.clarity('set', 'userEmail', customer.email);`)).toEqual([
      "1: email reaches Microsoft Clarity clarity('set')",
    ]);
  });
  it('stays silent on neutral tags and events', () => {
    expect(
      reports(
        `import Clarity from '@microsoft/clarity';\nClarity.setTag('plan', plan.name);\nClarity.event('checkout');`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const Clarity = { setTag: (..._a: string[]) => undefined, identify: (..._a: string[]) => undefined };\nClarity.identify(member.id);\nClarity.setTag('email', user.email);`,
      ),
    ).toEqual([]);
  });
});
