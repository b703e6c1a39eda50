import { describe, expect, it } from 'vitest';
import { reports } from '../helpers/lint.js';

describe('Customer.io', () => {
  it('reports the classic _cio.identify object', () => {
    expect(reports(`window._cio.identify({ id: member.id, email: user.email });`)).toEqual([
      '1: user ID reaches Customer.io identify',
      '1: email reaches Customer.io identify',
    ]);
  });
  it('reports identify on the cioanalytics global', () => {
    expect(reports(`cioanalytics.identify(member.id, { email: user.email });`)).toEqual([
      '1: user ID reaches Customer.io identify (identity argument)',
      '1: email reaches Customer.io identify',
    ]);
  });
  it('reports a customerio-node track call', () => {
    expect(
      reports(
        `import { TrackClient } from 'customerio-node';\nconst cio = new TrackClient(siteId, apiKey);\ncio.track(member.id, { name: 'purchase', data: { phone: customer.phone } });`,
      ),
    ).toEqual([
      '3: user ID reaches Customer.io track (identity argument)',
      '3: phone number reaches Customer.io track',
    ]);
  });
  it('reports a user object spread into a CDP browser track', () => {
    expect(
      reports(
        `import { AnalyticsBrowser } from '@customerio/cdp-analytics-browser';\nconst cio = AnalyticsBrowser.load({ writeKey: KEY });\ncio.track('Signed Up', { ...user });`,
      ),
    ).toEqual(['3: whole user object reaches Customer.io track']);
  });
  it('stays silent on neutral event data', () => {
    expect(reports(`_cio.track('utm_visit', { utm_source: params.source, plan: plan.name });`)).toEqual([]);
  });
  it('stays silent on a local object with the same method names', () => {
    expect(
      reports(
        `const _cio = { identify(..._a: unknown[]) {} };\n_cio.identify({ id: member.id, email: user.email });`,
      ),
    ).toEqual([]);
  });
});
