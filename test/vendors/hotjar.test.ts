import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Hotjar', () => {
  it('reports the user ID and attributes of Hotjar.identify', () => {
    expect(
      reports(`import Hotjar from '@hotjar/browser';\nHotjar.identify(member.id, { email: user.email });`),
    ).toEqual(['2: user ID reaches Hotjar identify (identity argument)', '2: email reaches Hotjar identify']);
  });
  it("reports the user ID of hj('identify')", () => {
    expect(reports(`hj('identify', member.id, { plan: 'pro' });`)).toEqual([
      "1: user ID reaches Hotjar hj('identify') (identity argument)",
    ]);
  });
  it('reports identifyHotjar from the useHotjar hook', () => {
    expect(
      reports(
        `import useHotjar from 'react-use-hotjar';\nfunction App() {\n  const { identifyHotjar } = useHotjar();\n  identifyHotjar(member.id, { email: user.email });\n}`,
      ),
    ).toEqual([
      '4: user ID reaches Hotjar identifyHotjar (identity argument)',
      '4: email reaches Hotjar identifyHotjar',
    ]);
  });
  it('reports an email embedded in a stateChange path', () => {
    expect(
      reports("import Hotjar from '@hotjar/browser';\nHotjar.stateChange(`/users/${user.email}`);"),
    ).toEqual(['2: email reaches Hotjar stateChange']);
  });
  it('stays silent on events and neutral attributes', () => {
    expect(
      reports(
        `import Hotjar from '@hotjar/browser';\nHotjar.event('checkout');\nHotjar.stateChange('/pricing');`,
      ),
    ).toEqual([]);
  });
  it('stays silent on a local hj function', () => {
    expect(
      reports(`const hj = (...a: unknown[]) => a;\nhj('identify', member.id, { email: user.email });`),
    ).toEqual([]);
  });
});
